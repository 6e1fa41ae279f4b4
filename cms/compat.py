"""Every use of a private or undocumented part of Wagtail, in one place.

Kept in one module so an upgrade has one file to review. `check_tested_versions` (a
system check, so `manage.py check` and `make test` fail) reports a Wagtail release the
shims were not tested with, or a patched method that changed shape: re-test the admin
(tests/browser), adapt the shims, then extend TESTED_VERSIONS.
"""

from __future__ import annotations

import inspect
import json
from typing import Any

import wagtail
from django.core.checks import CheckMessage, Error
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import URLPattern, path
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from wagtail import hooks
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.chooser import BrowseView
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.admin.widgets.chooser import BaseChooser
from wagtail.admin.widgets.workflows import AdminTaskChooser
from wagtail.models import Page

TESTED_VERSIONS = {"wagtail": [(7, 4)]}


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


def dispatch_without_csrf_cookie(view_class: type, view, request, *args, **kwargs):
    """`view_class.dispatch` without the `ensure_csrf_cookie` that graphene-django's
    GraphQLView puts on it (through `method_decorator`, which keeps `__wrapped__`)."""
    return view_class.dispatch.__wrapped__(view, request, *args, **kwargs)


def apply() -> None:
    """Install the shims (called once from the cms app's ready())."""
    # Chooser widgets start from a marker instead of an inline script (admin CSP).
    BaseChooser.render = _chooser_render
    # Every CSV/XLSX export of the admin (Wagtail's reports and listings, ours) turns
    # values into cells here, so one wrapper neutralises formulas in all of them.
    SpreadsheetExportMixin.preprocess_field_value = _preprocess_field_value


def check_tested_versions(app_configs=None, **kwargs) -> list[CheckMessage]:
    """Errors when Wagtail is not a tested version, or a patched method changed shape."""
    errors: list[CheckMessage] = []
    if wagtail.VERSION[:2] not in TESTED_VERSIONS["wagtail"]:
        errors.append(
            Error(
                f"Wagtail {wagtail.__version__} is not a version cms/compat.py was "
                "tested with.",
                hint="Run the browser suite (tests/browser) against it, adapt the shims "
                "in cms/compat.py, then add the version to TESTED_VERSIONS.",
                id="cms.E001",
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


def admin_url_overrides(prefix: str) -> list[URLPattern]:
    """URL patterns placed before Wagtail's admin URLs, at the same paths."""

    def usage_view(**kwargs):
        return require_admin_access(PlatformAdminPageTypesUsageView.as_view(**kwargs))

    return [
        path(
            f"{prefix}choose-page/<int:parent_page_id>/",
            require_admin_access(ScopedChooserBrowseView.as_view()),
        ),
        path(f"{prefix}reports/page-types-usage/", usage_view()),
        path(
            f"{prefix}reports/page-types-usage/results/",
            usage_view(results_only=True),
        ),
    ]
