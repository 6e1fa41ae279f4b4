"""Admin integration of the editions."""

from django.template.loader import render_to_string
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from . import views
from .areas import outdated_in_areas, translation_areas


@hooks.register("register_admin_urls")
def editions_urls():
    return [
        path(
            "editions/submit/<int:page_id>/",
            views.submit_translation_for_review,
            name="editions_submit_for_review",
        ),
        path(
            "editions/",
            views.TranslationsView.as_view(),
            name="editions_translations",
        ),
    ]


class TranslationsMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return request.user.has_perm("wagtail_localize.submit_translation")


@hooks.register("register_admin_menu_item")
def translations_menu_item():
    return TranslationsMenuItem(
        "Übersetzungen",
        reverse("editions_translations"),
        icon_name="wagtail-localize-language",
        order=250,
    )


class OutdatedTranslationsPanel(Component):
    """Dashboard: translations in the user's areas and languages whose German text
    changed."""

    name = "outdated_translations"
    order = 115

    def __init__(self, request) -> None:
        self.request = request

    def render_html(self, parent_context=None) -> str:
        user = self.request.user
        if not user.has_perm("wagtail_localize.submit_translation"):
            return ""
        entries = outdated_in_areas(translation_areas(user))
        if not entries:
            return ""
        return render_to_string(
            "editions/outdated_translations_panel.html",
            {
                "entries": entries[:10],
                "count": len(entries),
                "report_url": reverse("editions_translations"),
            },
            request=self.request,
        )


@hooks.register("construct_homepage_panels")
def add_outdated_translations_panel(request, panels):
    panels.append(OutdatedTranslationsPanel(request))
