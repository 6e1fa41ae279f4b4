"""Admin integration shared by every app."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.views.home import (
    UserObjectsInWorkflowModerationPanel,
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
    in review; everything else follows in Wagtail's order."""
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
