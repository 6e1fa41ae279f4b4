"""Admin integration shared by every app."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_global_admin_js")
def admin_initialisers() -> str:
    # Must follow Wagtail's core.js (Stimulus), which the hook output does.
    return format_html('<script src="{}"></script>', static("cms/js/admin-init.js"))


@hooks.register("insert_editor_js")
def own_revision_tracking() -> str:
    return format_html('<script src="{}"></script>', static("cms/js/own-revision.js"))
