"""Every place where this project reaches into Wagtail beyond its documented hooks.

Kept in one module so an upgrade has one file to review; `check_wagtail_version`
fails `manage.py check` (and so `make test`) on a Wagtail release these were not
tested with.
"""

from __future__ import annotations

from django.core import checks
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import URLPattern, path
from wagtail import VERSION as WAGTAIL_VERSION
from wagtail import hooks
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.chooser import BrowseView
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.models import Page

TESTED_WAGTAIL = (7, 4)

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


def install() -> None:
    """Neutralise formulas in every CSV/XLSX export of the admin.

    `SpreadsheetExportMixin.preprocess_field_value` is where every export view of
    Wagtail (reports, listings, form submissions) and ours turns a value into a cell,
    so one wrapper there covers them all.
    """
    SpreadsheetExportMixin.preprocess_field_value = _preprocess_field_value
    checks.register(check_wagtail_version)


def check_wagtail_version(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    if WAGTAIL_VERSION[:2] == TESTED_WAGTAIL:
        return []
    return [
        checks.Error(
            f"cms/compat.py was tested with Wagtail {TESTED_WAGTAIL[0]}."
            f"{TESTED_WAGTAIL[1]}, this is {WAGTAIL_VERSION[0]}.{WAGTAIL_VERSION[1]}.",
            hint="Review cms/compat.py against the new release, then update "
            "TESTED_WAGTAIL.",
            id="cms.E001",
        )
    ]


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
