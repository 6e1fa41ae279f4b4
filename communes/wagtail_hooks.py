"""Admin integration of the communes app: editorial reports and dashboard panels."""

from django.template.loader import render_to_string
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from .views import (
    OutdatedAdaptationsView,
    OverdueReviewsView,
    outdated_adaptations_for,
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
            entries=outdated_adaptations_for,
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
