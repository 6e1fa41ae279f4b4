"""Admin integration shared by every app."""

from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.home import (
    UserObjectsInWorkflowModerationPanel,
    WhatsNewInWagtailVersionPanel,
    WorkflowObjectsToModeratePanel,
)

from cms.workflow_messages import confirm_approval


@hooks.register("insert_global_admin_js")
def admin_initialisers() -> str:
    # Must follow Wagtail's core.js (Stimulus), which the hook output does.
    return format_html('<script src="{}"></script>', static("cms/js/admin-init.js"))


@hooks.register("insert_editor_js")
def own_revision_tracking() -> str:
    return format_html('<script src="{}"></script>', static("cms/js/own-revision.js"))


@hooks.register("construct_homepage_panels")
def tasks_first(request, panels) -> None:
    """The dashboard starts with what awaits the user's approval, then their own pages
    in review; everything else follows in Wagtail's order. Wagtail's English release
    notes on the internet are left out."""
    panels[:] = [p for p in panels if not isinstance(p, WhatsNewInWagtailVersionPanel)]
    for panel in panels:
        if isinstance(panel, WorkflowObjectsToModeratePanel):
            panel.order = 1
        elif isinstance(panel, UserObjectsInWorkflowModerationPanel):
            panel.order = 2


@hooks.register("after_edit_page")
def confirm_approval_from_the_edit_form(request, page) -> None:
    # Wagtail only says „wurde aktualisiert“; the approver must know whether the page
    # went live or on to the next step. (From the dashboard: cms/compat.py.)
    if (
        "action-workflow-action" in request.POST
        and request.POST.get("workflow-action-name") == "approve"
    ):
        confirm_approval(request, page)


def editors_guide(request):
    return TemplateResponse(
        request,
        "cms/editors_guide.html",
        {"page_title": "Leitfaden für Redaktionen", "header_icon": "help"},
    )


@hooks.register("register_admin_urls")
def editors_guide_url():
    return [path("hilfe/", editors_guide, name="cms_editors_guide")]


@hooks.register("register_help_menu_item")
def editors_guide_menu_item() -> MenuItem:
    return MenuItem(
        "Leitfaden für Redaktionen",
        reverse("cms_editors_guide"),
        icon_name="help",
        order=10,
        name="leitfaden",
    )


@hooks.register("construct_help_menu")
def only_our_guide(request, menu_items) -> None:
    """„Hilfe“ leads to our German guide (and keyboard shortcuts), not to Wagtail's
    English pages on the internet."""
    menu_items[:] = [
        item
        for item in menu_items
        if item.name == "leitfaden" or "shortcut" in item.name
    ]
