"""What an editor is told after approving a workflow step: what happened to the page."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest
from wagtail.models import Page


def approval_outcome(page: Page) -> str:
    """„… freigegeben und veröffentlicht“, or which step comes next."""
    page = Page.objects.get(pk=page.pk)  # as the approval left it
    task = page.current_workflow_task
    if task is not None:
        return f"„{page.title}“ freigegeben. Nächster Schritt: {task.name}."
    if page.live and not page.has_unpublished_changes:
        return f"„{page.title}“ freigegeben und veröffentlicht."
    return f"„{page.title}“ freigegeben."


def confirm_approval(request: HttpRequest, page: Page) -> None:
    messages.success(request, approval_outcome(page))
