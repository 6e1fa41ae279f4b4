"""Admin integration of the communes app: outdated-adaptations report and dashboard panel."""

from django.template.loader import render_to_string
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from .views import OutdatedAdaptationsView, outdated_adaptations_for


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
    ]


@hooks.register("register_reports_menu_item")
def register_outdated_adaptations_menu_item():
    return MenuItem(
        "Veraltete Anpassungen",
        reverse("communes_outdated_adaptations"),
        icon_name="warning",
        order=700,
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
