"""Submitting a translation to its „Sprachliche Prüfung“ and acting on it."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from wagtail.models import Page, TaskState
from wagtail_localize.models import Translation


def translation_of(page: Page) -> Translation | None:
    """The wagtail-localize translation that writes `page`, if it is one."""
    return (
        Translation.objects.filter(
            source__object__translation_key=page.translation_key,
            target_locale_id=page.locale_id,
            enabled=True,
        )
        .exclude(source__locale_id=page.locale_id)
        .select_related("source")
        .first()
    )


def can_submit_for_review(page: Page, user) -> bool:
    return (
        translation_of(page) is not None
        and page.permissions_for_user(user).can_edit()
        and page.get_workflow() is not None
        and not page.workflow_in_progress
    )


def submit_for_review(page: Page, user) -> None:
    """Write the translated segments into a draft revision and start the workflow.

    Untranslated segments keep the German text in the draft (wagtail-localize's
    fallback); the API reports those fields as served in German.
    """
    if not can_submit_for_review(page, user):
        raise PermissionDenied
    translation = translation_of(page)
    if translation is None:  # can_submit_for_review holds only for translations
        raise PermissionDenied
    translation.save_target(user=user, publish=False)
    page = Page.objects.get(pk=page.pk).specific
    page.get_workflow().start(page, user)


def review_actions(page: Page, user) -> tuple[TaskState | None, list[tuple[str, str]]]:
    """The current task state and the actions `user` may take on it (name, label)."""
    if not page.workflow_in_progress:
        return None, []
    state = page.current_workflow_task_state
    if state is None:
        return None, []
    actions = [
        (name, label)
        for name, label, _modal in state.task.specific.get_actions(page, user)
    ]
    return state, actions
