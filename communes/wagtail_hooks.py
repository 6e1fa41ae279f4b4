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


class OverdueReviewsPanel(Component):
    """Dashboard panel: texts the user may edit whose review date has passed."""

    name = "overdue_reviews"
    order = 120

    def __init__(self, request):
        self.request = request

    def render_html(self, parent_context=None) -> str:
        pages = overdue_reviews_for(self.request.user)
        count = pages.count()
        if not count:
            return ""
        return render_to_string(
            "communes/overdue_reviews_panel.html",
            {
                "pages": pages[:10],
                "count": count,
                "report_url": reverse("communes_overdue_reviews"),
            },
            request=self.request,
        )


class OutdatedAdaptationsPanel(Component):
    """Dashboard panel: the user's adaptations whose central text changed since."""

    name = "outdated_adaptations"
    order = 110

    def __init__(self, request):
        self.request = request

    def render_html(self, parent_context=None) -> str:
        adaptations = outdated_adaptations_for(self.request.user)
        count = adaptations.count()
        if not count:
            return ""
        return render_to_string(
            "communes/outdated_adaptations_panel.html",
            {
                "adaptations": adaptations[:10],
                "count": count,
                "report_url": reverse("communes_outdated_adaptations"),
            },
            request=self.request,
        )


@hooks.register("construct_homepage_panels")
def add_outdated_adaptations_panel(request, panels):
    panels.append(OutdatedAdaptationsPanel(request))
    panels.append(OverdueReviewsPanel(request))
