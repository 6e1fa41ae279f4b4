"""Every use of a private or undocumented part of Wagtail, grapple, graphene-django,
modelcluster or Django's SQL compiler.

Kept in one module so an upgrade has one file to review. `check_tested_versions` (a
system check, so `manage.py check` and `make test` fail) reports a release of those
packages the shims were not tested with, a private name that is gone, or a patched
method that changed shape: re-test (tests/browser for the admin, tests/api for the
API, tests/operations for the bulk writer), adapt the shims, then extend
TESTED_VERSIONS.
"""

from __future__ import annotations

import copy
import inspect
import json
from collections.abc import Iterable, Sequence
from importlib.metadata import version
from typing import TYPE_CHECKING, Any

from django.core.checks import CheckMessage, Error
from django.core.exceptions import PermissionDenied
from django.db import connection, models
from django.http import Http404
from django.urls import URLPattern, path
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from modelcluster.models import ClusterableModel
from wagtail import hooks
from wagtail.admin.auth import require_admin_access
from wagtail.admin.compare import BlockComparison
from wagtail.admin.views.chooser import BrowseView
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.admin.views.pages.workflow import WorkflowAction as PageWorkflowAction
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.admin.widgets.chooser import BaseChooser
from wagtail.admin.widgets.workflows import AdminTaskChooser
from wagtail.fields import StreamField
from wagtail.models import Page, ReferenceIndex, Site, TaskState

from cms.context import current as current_read_context
from cms.context import remembered_across_requests
from cms.formats import german_amount

# Distribution name → the (major, minor) releases the shims below were tested with.
TESTED_VERSIONS: dict[str, list[tuple[int, int]]] = {
    "wagtail": [(7, 4)],
    "wagtail-grapple": [(0, 31)],
    "graphene-django": [(3, 2)],
    "django": [(5, 2)],
    "django-modelcluster": [(6, 5)],
}


def init_marker(call: str, args: list[Any]) -> SafeString:
    """The element the `ll-init` controller turns into `call(*args)` in the browser."""
    return format_html(
        '<span hidden data-controller="ll-init" data-ll-init-call-value="{}" '
        'data-ll-init-args-value="{}"></span>',
        call,
        json.dumps(args),
    )


_original_chooser_render = BaseChooser.render


def _chooser_render(self, name, value, attrs=None, renderer=None) -> SafeString:
    # BaseChooser.render writes `<script>new PageChooser(id, options)</script>` after the
    # widget; the same call made through a marker (see cms/static/cms/js/admin-init.js).
    try:
        id_ = attrs["id"]
    except (KeyError, TypeError) as error:
        raise TypeError(
            "BaseChooser cannot be rendered without an 'id' attribute"
        ) from error
    value_data = self.get_value_data(value)
    widget_html = self.render_html(name, value_data, attrs)
    if isinstance(self, AdminTaskChooser):
        marker = init_marker("createTaskChooser", [id_])
    else:
        options = self.get_js_init_options(id_, name, value_data)
        marker = init_marker(self.js_constructor, [id_, options])
    return mark_safe(f"{widget_html}{marker}")


# OWASP "CSV injection": a cell starting with one of these is run as a formula by
# spreadsheet programs (tab and carriage return as well, since some strip them).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    """A text cell that a spreadsheet would run as a formula, prefixed with `'`."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


_wagtail_preprocess = SpreadsheetExportMixin.preprocess_field_value


def _preprocess_field_value(self, field, value, export_format):
    return neutralise_formula(_wagtail_preprocess(self, field, value, export_format))


# -- Page URLs: Wagtail's per-page comparison with every Site root ---------------------


class IndexedSiteRootPaths:
    """Page mixin: the Sites a page belongs to, found through an index of root paths.

    Wagtail's private `_get_relevant_site_root_paths` compares the page with every
    Site's root path; with a Site per commune that is hundreds of comparisons per URL.
    This looks the page's path prefixes up in an index instead (same result and order).
    """

    def _get_relevant_site_root_paths(self, cache_object: Any = None) -> tuple:
        return indexed_site_root_paths(self, cache_object)


def _site_root_index(site_root_paths: Any) -> tuple[Any, dict[str, list]]:
    by_path: dict[str, list] = {}
    for position, site_root in enumerate(site_root_paths):
        by_path.setdefault(site_root.root_path, []).append((position, site_root))
    return site_root_paths, by_path


def indexed_site_root_paths(page: Page, cache_object: Any = None) -> tuple:
    """The Site roots `page` lies under, in Wagtail's order, found by path prefix.

    In a read context (the API) the index is kept across requests while nothing
    changed (cms/context.py); elsewhere on the request or page, as Wagtail does."""
    if current_read_context() is not None:
        _paths, by_path = remembered_across_requests(
            "wagtail:site_root_index",
            lambda: _site_root_index(Site.get_site_root_paths()),
        )
    else:
        site_root_paths = page._get_site_root_paths(cache_object)
        holder = cache_object if cache_object is not None else page
        index = getattr(holder, "_lebenslagen_site_root_index", None)
        if index is None or index[0] is not site_root_paths:
            index = _site_root_index(site_root_paths)
            holder._lebenslagen_site_root_index = index
        by_path = index[1]
    matches: list[tuple[int, Any]] = []
    end = page.url_path.find("/", 1)
    while end != -1:
        matches.extend(by_path.get(page.url_path[: end + 1], ()))
        end = page.url_path.find("/", end + 1)
    matches.extend(by_path.get("/", ()))
    return tuple(
        site_root for _position, site_root in sorted(matches, key=lambda m: m[0])
    )


# -- Bulk writing of pages (cms/bulk.py) ------------------------------------------------


def tree_step(path: str) -> int:
    """The position of a page among its siblings, from its treebeard path."""
    return Page._str2int(path[-Page.steplen :])


def tree_path(parent_path: str, depth: int, step: int) -> str:
    """The treebeard path of the `step`-th child at `depth` below `parent_path`."""
    return Page._get_path(parent_path, depth, step)


def insert_rows(
    model: type[models.Model],
    objects: Sequence[models.Model],
    fields: list,
    returning_fields: list | None = None,
) -> list:
    """One multi-row INSERT of `fields` into the model's own table (no parents, no
    signals): what `bulk_create` does, for the multi-table page models it refuses."""
    return model._base_manager._insert(  # type: ignore[attr-defined]
        objects,
        fields=fields,
        returning_fields=returning_fields,
        using=connection.alias,
    )


def references_of(obj: models.Model) -> Iterable[tuple]:
    """(to content type, to id, model path, content path) of each reference the
    reference index would record for `obj`, extracted by Wagtail itself."""
    return set(ReferenceIndex._extract_references_from_object(obj))


def content_path_hash(content_path: str) -> Any:
    return ReferenceIndex._get_content_path_hash(content_path)


def assigned_child_relations(obj: models.Model) -> set[str]:
    """Names of the child relations (orderables) assigned in memory on a new object."""
    return set(getattr(obj, "_cluster_related_objects", {}))


# -- grapple and graphene-django ---------------------------------------------------------


def grapple_mixin_name(mixin: type) -> str:
    """The name of the grapple factory that made a root query mixin ("PagesQuery").

    grapple builds each mixin in a function of that name and gives the class no name
    of its own, so only `__qualname__` ("PagesQuery.<locals>.Mixin") tells them apart.
    """
    return getattr(mixin, "__qualname__", "").split(".")[0]


def grapple_site_filter(info, **kwargs):
    """The Site grapple's `page`/`pages` arguments (`site`, `inSite`) select."""
    # grapple's page module imports the API's page interface: import it late.
    from grapple.types.pages import get_site_filter

    return get_site_filter(info, **kwargs)


def dispatch_without_csrf_cookie(view_class: Any, view, request, *args, **kwargs):
    """`view_class.dispatch` without the `ensure_csrf_cookie` that graphene-django's
    GraphQLView puts on it (through `method_decorator`, which keeps `__wrapped__`)."""
    return view_class.dispatch.__wrapped__(view, request, *args, **kwargs)


def compiled_sql(queryset: models.QuerySet) -> tuple[Any, str | None, tuple]:
    """The compiler of `queryset` after compiling it, its SQL and parameters (SQL None
    for a query Django knows to be empty)."""
    from django.core.exceptions import EmptyResultSet

    compiler = queryset.query.get_compiler(using=queryset.db)
    try:
        sql, params = compiler.as_sql()
    except EmptyResultSet:
        return compiler, None, ()
    return compiler, sql, tuple(params)


def run_compiled(
    queryset: models.QuerySet, compiler: Any, sql: str, params: Sequence
) -> list:
    """The rows of `queryset` as models (with its annotations and prefetches), fetched
    with SQL compiled before for the same shape instead of compiling it again.

    Django's ModelIterable reads the compiler's select and row layout, which compiling
    set up; a shallow copy per call, bound to this thread's connection, answers with
    the given SQL and parameters.
    """
    from django.db import connections

    using = queryset.db
    fresh = copy.copy(compiler)
    fresh.connection = connections[using]
    fresh.using = using
    fresh.as_sql = lambda *args, **kwargs: (sql, params)
    # The converters of each column (from_db_value and the backend's) follow from
    # the select, which is the same for every call: found once per database alias.
    kept = compiler.__dict__.setdefault("_lebenslagen_converters", {})
    if using not in kept:
        columns = [column for column, *_ in compiler.select[: compiler.col_count]]
        kept[using] = fresh.get_converters(columns)
    converters = kept[using]
    fresh.get_converters = lambda expressions: converters
    clone = queryset._chain()  # type: ignore[attr-defined]
    clone.query.get_compiler = lambda *args, **kwargs: fresh
    return list(clone)


# -- Rows to models: work Wagtail and modelcluster repeat for every row ----------------

_original_json_field = StreamField.json_field
_original_clusterable_init = ClusterableModel.__init__


def _kept_json_field(self: StreamField) -> models.JSONField:
    # Wagtail builds a new JSONField for every StreamField value read from the
    # database (and every lookup); it holds no state, so one per StreamField serves.
    field = self.__dict__.get("_lebenslagen_json_field")
    if field is None:
        field = _original_json_field.__get__(self, type(self))
        self.__dict__["_lebenslagen_json_field"] = field
    return field


def _clusterable_init(self: ClusterableModel, *args: Any, **kwargs: Any) -> None:
    # A row from the database comes as positional values only: no child objects to
    # separate out, so skip listing the model's child relations (done per instance).
    if kwargs:
        _original_clusterable_init(self, *args, **kwargs)
    else:
        super(ClusterableModel, self).__init__(*args)


# What the shims above replace: (name, original, the line the shim relies on).
REPLACED: tuple[tuple[str, Any, str], ...] = (
    (
        "StreamField.json_field",
        getattr(_original_json_field, "fget", _original_json_field),
        "return models.JSONField(encoder=DjangoJSONEncoder)",
    ),
    (
        "ClusterableModel.__init__",
        _original_clusterable_init,
        "if any(name in kwargs for name in child_relation_names):",
    ),
)


def apply() -> None:
    """Install the shims (called once from the cms app's ready())."""
    # Rows become models with less repeated work (issue 17, goal 1).
    StreamField.json_field = property(_kept_json_field)
    ClusterableModel.__init__ = _clusterable_init
    # Chooser widgets start from a marker instead of an inline script (admin CSP).
    BaseChooser.render = _chooser_render
    # Every CSV/XLSX export of the admin (Wagtail's reports and listings, ours) turns
    # values into cells here, so one wrapper neutralises formulas in all of them.
    SpreadsheetExportMixin.preprocess_field_value = _preprocess_field_value


def installed_versions() -> dict[str, tuple[int, int]]:
    """(major, minor) of each package whose private parts this module uses."""
    found = {}
    for name in TESTED_VERSIONS:
        major, minor = version(name).split(".")[:2]
        found[name] = (int(major), int("".join(c for c in minor if c.isdigit()) or 0))
    return found


def private_api_errors() -> list[str]:
    """The private names this module relies on that the installed packages lack."""
    from graphene_django.views import GraphQLView
    from grapple.types import pages as grapple_pages

    expected = [
        (Page, "_get_relevant_site_root_paths"),
        (Page, "_get_site_root_paths"),
        (Page, "_get_path"),
        (Page, "_str2int"),
        (models.QuerySet, "_insert"),
        (models.QuerySet, "_chain"),
        (ReferenceIndex, "_extract_references_from_object"),
        (ReferenceIndex, "_get_content_path_hash"),
        (GraphQLView.dispatch, "__wrapped__"),
        (grapple_pages, "get_site_filter"),
        (grapple_pages, "PagesQuery"),
    ]
    return [
        f"{getattr(owner, '__qualname__', owner.__name__)}.{name}"
        for owner, name in expected
        if not hasattr(owner, name)
    ]


def check_tested_versions(
    app_configs=None, installed: dict[str, tuple[int, int]] | None = None, **kwargs
) -> list[CheckMessage]:
    """Errors for an untested Wagtail/grapple/graphene-django release, a private name
    that is gone, or a patched method that changed shape."""
    errors: list[CheckMessage] = []
    for name, release in (installed or installed_versions()).items():
        if release not in TESTED_VERSIONS[name]:
            errors.append(
                Error(
                    f"{name} {release[0]}.{release[1]} is not a version cms/compat.py "
                    "was tested with.",
                    hint="Run the suite (tests/browser, tests/api, tests/operations) "
                    "against it, adapt the shims in cms/compat.py, then add the "
                    "version to TESTED_VERSIONS.",
                    id="cms.E001",
                )
            )
    for missing in private_api_errors():
        errors.append(
            Error(
                f"{missing}, used by cms/compat.py, no longer exists.",
                hint="Adapt the shim in cms/compat.py that uses it.",
                id="cms.E003",
            )
        )
    for name, original, expected in REPLACED:
        if expected not in inspect.getsource(original):
            errors.append(
                Error(
                    f"{name} changed; cms/compat.py replaces it assuming it does "
                    f"„{expected}“.",
                    hint="Check whether the shim is still right (or still needed).",
                    id="cms.E004",
                )
            )
    if "<script>{js}</script>" not in inspect.getsource(_original_chooser_render):
        errors.append(
            Error(
                "BaseChooser.render no longer writes the inline script that "
                "cms/compat.py replaces.",
                hint="Check how this Wagtail version initialises chooser widgets.",
                id="cms.E002",
            )
        )
    return errors


class ScopedChooserBrowseView(BrowseView):
    """The page chooser refuses to open a parent the user may not choose from.

    `construct_page_chooser_queryset` narrows the children listed, but Wagtail shows
    the parent page itself (title, status) for any id in the URL.
    """

    def get(self, request, parent_page_id=None):
        if parent_page_id is not None and not request.user.is_superuser:
            pages = Page.objects.filter(pk=parent_page_id, depth__gt=1)
            if pages.exists():
                for hook in hooks.get_hooks("construct_page_chooser_queryset"):
                    pages = hook(pages, request)
                if not pages.exists():
                    raise Http404
        return super().get(request, parent_page_id)


class PlatformAdminPageTypesUsageView(PageTypesUsageReportView):
    """Wagtail's page types report, for platform admins only.

    It names the last edited page of every page type across all tenants.
    """

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ConfirmingWorkflowAction(PageWorkflowAction):
    """Wagtail's workflow action (the dashboard's „Genehmigen“), confirming an approval.

    Wagtail redirects back without a word; the approver is told whether the page went
    live or on to the next step (cms/workflow_messages.py).
    """

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        self.task_state.refresh_from_db()
        if self.task_state.status == TaskState.STATUS_APPROVED:
            from cms.workflow_messages import confirm_approval

            confirm_approval(request, self.object)
        return response


def admin_url_overrides(prefix: str) -> list[URLPattern]:
    """URL patterns placed before Wagtail's admin URLs, at the same paths."""

    def usage_view(**kwargs):
        return require_admin_access(PlatformAdminPageTypesUsageView.as_view(**kwargs))

    return [
        path(
            f"{prefix}choose-page/<int:parent_page_id>/",
            require_admin_access(ScopedChooserBrowseView.as_view()),
        ),
        path(
            f"{prefix}pages/workflow/action/<int:page_id>/<slug:action_name>/"
            "<int:task_state_id>/",
            require_admin_access(ConfirmingWorkflowAction.as_view()),
        ),
        path(f"{prefix}reports/page-types-usage/", usage_view()),
        path(
            f"{prefix}reports/page-types-usage/results/",
            usage_view(results_only=True),
        ),
    ]


class AmountComparison(BlockComparison):
    """An amount in the revision comparison: „46,00 € → 49,50 €“, „–“ when empty.

    Wagtail compares unknown blocks by the text of `render_basic`, which shows
    „46.0“ and „49.50“ diffed character by character, and „None“ for no amount.
    """

    @staticmethod
    def text(value) -> str:
        return "–" if value is None else f"{german_amount(value)} €"

    def htmlvalue(self, val) -> SafeString:
        return format_html("{}", self.text(val))

    def htmldiff(self) -> SafeString:
        before, after = self.text(self.val_a), self.text(self.val_b)
        if before == after:
            return format_html("{}", after)
        return format_html(
            '<span class="deletion">{}</span> → <span class="addition">{}</span>',
            before,
            after,
        )


if TYPE_CHECKING:
    # Mixed into modelsearch's SQLite query compilers (untyped: Any to mypy).
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteSearchQueryCompiler as _RankedCompilerBase,
    )
else:
    _RankedCompilerBase = object


class HigherIsBetterRankMixin(_RankedCompilerBase):
    """SQLite search scores that mean what PostgreSQL's mean: higher is more relevant.

    SQLite's FTS5 ranks with bm25, where lower (more negative) is better, and the
    backend orders ascending. Results of several searches merged by score (the
    catalogue search runs one per page type) then put the weakest hits first. The
    rank is negated and the ordering turned round to match.
    """

    def _build_rank_expression(self, vectors, config):
        return -super()._build_rank_expression(vectors, config)

    def search(self, config, start, stop, score_field=None):
        results = super().search(config, None, None, score_field)
        if self.order_by_relevance and results.query.order_by:
            # modelsearch ordered by (score, -pk): keep the tie-break, flip the score.
            score, *rest = results.query.order_by
            results = results.order_by(f"-{score}", *rest)
        return results[start:stop]


def ranked_sqlite_search_backend(params: dict):
    """modelsearch's SQLite backend, ranking as on PostgreSQL (see above)."""
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteAutocompleteQueryCompiler,
        SQLiteSearchBackend,
        SQLiteSearchQueryCompiler,
    )

    class QueryCompiler(HigherIsBetterRankMixin, SQLiteSearchQueryCompiler):
        pass

    class AutocompleteQueryCompiler(
        HigherIsBetterRankMixin, SQLiteAutocompleteQueryCompiler
    ):
        pass

    class Backend(SQLiteSearchBackend):
        query_compiler_class = QueryCompiler
        autocomplete_query_compiler_class = AutocompleteQueryCompiler

    return Backend(params)
