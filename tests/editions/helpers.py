"""Translating in the real admin, as the translation editor does it."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.test import Client
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from catalogue.models import ServicePage
from editions.languages import reviewers_group_name
from tests.factories import user_in_groups


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def start_translation(client: Client, page: Page, code: str) -> Page:
    """„Übersetzen“ on a German page into `code`; returns the new draft translation."""
    locale = Locale.objects.get(language_code=code)
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [locale.pk]},
    )
    # Wagtail answers a refused request with a redirect to the dashboard.
    assert response.status_code == 302 and response.url != "/admin/", response
    return page.get_translation(locale).specific


def translation_record(page: Page) -> Translation:
    source = TranslationSource.objects.get_for_instance(
        page.get_translation(Locale.objects.get(language_code="de"))
    )
    return Translation.objects.get(source=source, target_locale=page.locale)


def segment_ids(translation: Translation) -> dict[str, int]:
    """Each string segment of the source by its context path (e.g. `title`)."""
    return {
        segment.context.path: segment.pk
        for segment in StringSegment.objects.filter(
            source=translation.source
        ).select_related("context")
    }


def translate_segment(client: Client, page: Page, path: str, value: str):
    """Save one segment's translation through the editor's own endpoint."""
    translation = translation_record(page)
    url = reverse(
        "wagtail_localize:edit_string_translation",
        args=[translation.pk, segment_ids(translation)[path]],
    )
    return client.put(
        url,
        data=encode_multipart(BOUNDARY, {"value": value}),
        content_type=MULTIPART_CONTENT,
    )


def submit_for_review(client: Client, page: Page):
    return client.post(reverse("editions_submit_for_review", args=[page.pk]))


def review(client: Client, page: Page, action: str = "approve", comment: str = ""):
    state = WorkflowState.objects.for_instance(page).get(
        status=WorkflowState.STATUS_IN_PROGRESS
    )
    return client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, action, state.current_task_state.pk],
        ),
        {"comment": comment},
    )


def translate_every_segment(client: Client, page: Page) -> None:
    """Translate every string segment (its German text, marked with the language)."""
    translation = translation_record(page)
    for segment in StringSegment.objects.filter(
        source=translation.source
    ).select_related("string"):
        url = reverse(
            "wagtail_localize:edit_string_translation",
            args=[translation.pk, segment.pk],
        )
        value = f"[{page.locale.language_code}] {segment.string.data}"
        response = client.put(
            url,
            data=encode_multipart(BOUNDARY, {"value": value}),
            content_type=MULTIPART_CONTENT,
        )
        assert response.status_code in (200, 201)


def publish_translation(
    key: str, code: str, segments: dict[str, str], *, everything: bool = False
) -> ServicePage:
    """A translation into `code` with these segments (or all: `everything`), through
    submit and approval."""
    german = ServicePage.objects.get(leika_key=key, locale__language_code="de")
    admin = get_user_model().objects.create_superuser(
        f"chefin-{code}-{key}", "c@example.org", "x"
    )
    client = client_for(admin)
    page = start_translation(client, german, code)
    if everything:
        translate_every_segment(client, page)
    for path, value in segments.items():
        assert translate_segment(client, page, path, value).status_code == 201
    submit_for_review(client, page)
    reviewer = user_in_groups(f"pruefer-{code}-{key}", reviewers_group_name(code))
    review(client_for(reviewer), page)
    page.refresh_from_db()
    assert page.live
    return page
