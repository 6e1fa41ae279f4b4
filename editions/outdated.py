"""Outdated translations: the German source was published again after the text a
translation works from was taken, and these segments changed."""

from __future__ import annotations

from dataclasses import dataclass, field

from wagtail.models import Page
from wagtail_localize.models import StringSegment, Translation
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


@dataclass
class ChangedSegment:
    path: str  # wagtail-localize's segment path, e.g. `teaser` or `fees.<uuid>.description`
    field_label: str
    before: str | None
    after: str | None


@dataclass
class OutdatedTranslation:
    source_page: Page
    translation: Translation
    changes: list[ChangedSegment] = field(default_factory=list)


def _field_label(page: Page, path: str) -> str:
    name = path.split(".")[0]
    try:
        return str(page._meta.get_field(name).verbose_name)
    except Exception:  # a child relation or a name the model does not know
        return name


def _joined(strings: list[str] | None) -> str | None:
    return "\n".join(strings) if strings is not None else None


def changed_segments(translation: Translation) -> list[ChangedSegment]:
    """Segments of the live German page that differ from those the translation uses."""
    source = translation.source
    german = source.get_source_instance()
    # What the public reads now: the live revision, not a draft in progress.
    live = german.live_revision.as_object() if german.live_revision else german.specific
    # A field can have several segments (each paragraph of a rich text, each item of
    # a list): compare each field's strings in order, not one string per path.
    current: dict[str, list[str]] = {}
    for segment in extract_segments(live):
        if isinstance(segment, StringSegmentValue):
            current.setdefault(segment.path, []).append(segment.string.data)
    stored: dict[str, list[str]] = {}
    for path, data in (
        StringSegment.objects.filter(source=source)
        .order_by("order")
        .values_list("context__path", "string__data")
    ):
        stored.setdefault(path, []).append(data)
    return [
        ChangedSegment(
            path,
            _field_label(german, path),
            _joined(stored.get(path)),
            _joined(current.get(path)),
        )
        for path in sorted(set(current) | set(stored))
        if current.get(path) != stored.get(path)
    ]


def outdated_translations(
    locale_ids: set[int] | None = None,
) -> list[OutdatedTranslation]:
    """Translations whose German source was published after their source text was taken.

    Only translations whose segments really differ are listed (a republish without a
    text change is not a change for translators).
    """
    translations = Translation.objects.filter(enabled=True).select_related(
        "source", "target_locale"
    )
    if locale_ids is not None:
        translations = translations.filter(target_locale_id__in=locale_ids)
    result = []
    for translation in translations:
        german = translation.source.get_source_instance()
        if not isinstance(german, Page) or german.last_published_at is None:
            continue
        if german.last_published_at <= translation.source.last_updated_at:
            continue
        changes = changed_segments(translation)
        if changes:
            result.append(OutdatedTranslation(german, translation, changes))
    return result
