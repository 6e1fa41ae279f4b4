"""Admin edit forms as the browser posts them, filled from a page, with changes applied."""

from __future__ import annotations

from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from catalogue.models import ServicePage


def stream_form_data(stream) -> list:
    """A StreamField value as the admin form posts it."""

    def flat(value):
        if isinstance(value, dict):
            return {k: "" if v is None else v for k, v in value.items()}
        return value

    return streamfield(
        [
            (child.block_type, flat(child.block.get_prep_value(child.value)))
            for child in stream
        ]
    )


def service_form_data(page: ServicePage, **changes) -> dict:
    """The admin edit form of a service, filled from the page, with `changes` applied."""
    data = {
        "title": page.title,
        "slug": page.slug,
        "leika_key": page.leika_key,
        "audience": page.audience,
        "keywords": page.keywords,
        "teaser": page.teaser,
        "last_reviewed": page.last_reviewed.isoformat() if page.last_reviewed else "",
        "next_review": page.next_review.isoformat() if page.next_review else "",
        "state_authority": page.state_authority_id or "",
        "comments": inline_formset([]),
    }
    for prefix in ServicePage.DURATIONS:
        for name in (f"{prefix}_duration", f"{prefix}_duration_max", f"{prefix}_unit"):
            value = getattr(page, name)
            data[name] = "" if value is None else value
    for module in ServicePage.NARRATIVE_MODULES[1:]:
        data[module] = rich_text(getattr(page, module))
    for name in (
        "required_documents",
        "fees",
        "legal_basis",
        "forms",
        "online_services",
    ):
        data[name] = stream_form_data(getattr(page, name))
    data.update(changes)
    return nested_form_data(data)


def content_form_data(page, **changes) -> dict:
    """The admin edit form of a commune content page, with `changes` applied."""
    data = {
        "title": page.title,
        "slug": page.slug,
        "intro": page.intro,
        "body": streamfield([]),  # rich text blocks would need Draftail JSON
        "comments": inline_formset([]),
    }
    data.update(changes)
    return nested_form_data(data)
