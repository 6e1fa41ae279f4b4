"""Admin integration of the communes app: editorial reports, dashboard panels, the
central service read-only, the adaptation editor's central values, portal previews."""

from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from .services import CENTRAL_CHECKED_ACTION
from .views import (
    AdaptationCheckedView,
    CentralChangesView,
    CentralServiceCompareView,
    CentralServiceView,
    CentralValuesView,
    OutdatedAdaptationsView,
    OverdueReviewsView,
    outdated_adaptations_to_check,
    overdue_reviews_for,
)


@hooks.register("register_admin_urls")
def register_outdated_adaptations_urls():
    return [
        path(
            "reports/outdated-adaptations/",
            OutdatedAdaptationsView.as_view(),
            name="communes_outdated_adaptations",
        ),
        path(
            "reports/outdated-adaptations/results/",
            OutdatedAdaptationsView.as_view(results_only=True),
            name="communes_outdated_adaptations_results",
        ),
        path(
            "communes/adaptations/<int:page_id>/central-changes/",
            CentralChangesView.as_view(),
            name="communes_central_changes",
        ),
        path(
            "communes/adaptations/<int:page_id>/checked/",
            AdaptationCheckedView.as_view(),
            name="communes_adaptation_checked",
        ),
        path(
            "communes/central-services/<int:page_id>/",
            CentralServiceView.as_view(),
            name="communes_central_service",
        ),
        path(
            "communes/central-services/<int:page_id>/compare/"
            "<int:revision_a>...<int:revision_b>/",
            CentralServiceCompareView.as_view(),
            name="communes_central_service_compare",
        ),
        path(
            "communes/central-values/",
            CentralValuesView.as_view(),
            name="communes_central_values",
        ),
        path(
            "reports/overdue-reviews/",
            OverdueReviewsView.as_view(),
            name="communes_overdue_reviews",
        ),
        path(
            "reports/overdue-reviews/results/",
            OverdueReviewsView.as_view(results_only=True),
            name="communes_overdue_reviews_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_outdated_adaptations_menu_item():
    return MenuItem(
        "Veraltete Anpassungen",
        reverse("communes_outdated_adaptations"),
        icon_name="warning",
        order=700,
    )


@hooks.register("register_reports_menu_item")
def register_overdue_reviews_menu_item():
    return MenuItem(
        "Überfällige Prüfungen",
        reverse("communes_overdue_reviews"),
        icon_name="date",
        order=710,
    )


class ReportPanel(Component):
    """Dashboard panel with the first entries of a report, shown only when it has any."""

    def __init__(self, request, *, name, order, template, entries, report_url_name):
        self.request = request
        self.name, self.order, self.template = name, order, template
        self.entries, self.report_url_name = entries, report_url_name

    def render_html(self, parent_context=None) -> str:
        entries = self.entries(self.request.user)
        count = entries.count()
        if not count:
            return ""
        return render_to_string(
            self.template,
            {
                "entries": entries[:10],
                "count": count,
                "report_url": reverse(self.report_url_name),
            },
            request=self.request,
        )


@hooks.register("construct_homepage_panels")
def add_report_panels(request, panels):
    panels.append(
        ReportPanel(
            request,
            name="outdated_adaptations",
            order=110,
            template="communes/outdated_adaptations_panel.html",
            entries=outdated_adaptations_to_check,
            report_url_name="communes_outdated_adaptations",
        )
    )
    panels.append(
        ReportPanel(
            request,
            name="overdue_reviews",
            order=120,
            template="communes/overdue_reviews_panel.html",
            entries=overdue_reviews_for,
            report_url_name="communes_overdue_reviews",
        )
    )


@hooks.register("register_log_actions")
def register_central_checked_action(actions) -> None:
    actions.register_action(
        CENTRAL_CHECKED_ACTION,
        "Zentrale Änderungen geprüft",
        "Zentrale Änderungen geprüft: keine Änderung der Anpassung nötig",
    )


@hooks.register("insert_editor_js")
def adaptation_editor_js() -> str:
    return format_html(
        '<script src="{}"></script>', static("communes/js/adaptation-editor.js")
    )


@hooks.register("insert_global_admin_css")
def communes_admin_css() -> str:
    return format_html(
        '<link rel="stylesheet" href="{}">', static("communes/css/admin.css")
    )


@hooks.register("register_portal_previews")
def register_portal_previews() -> dict:
    from .previews import portal_previews

    return portal_previews()
