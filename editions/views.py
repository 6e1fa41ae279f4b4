"""Admin views of the editions."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.decorators.http import require_POST
from wagtail.models import Page

from .languages import german_name
from .workflow import submit_for_review


@require_POST
def submit_translation_for_review(request, page_id: int):
    """„Zur sprachlichen Prüfung einreichen“ from the translation editor."""
    page = get_object_or_404(Page, pk=page_id).specific
    submit_for_review(page, request.user)
    messages.success(
        request,
        f"„{page.get_admin_display_title()}“ ({german_name(page.locale.language_code)}) "
        "wurde zur sprachlichen Prüfung eingereicht.",
    )
    return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))
