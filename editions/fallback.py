"""Per-field provenance of an edition: which fields of a served translation are still
in German, and which editions of a page exist.

A translation made with wagtail-localize holds the German text in every segment nobody
has translated yet (its fallback when a draft is written). A field counts as served in
German when any of its segments has no translation in the page's language.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from uuid import UUID

from graphene.utils.str_converters import to_camel_case
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation

from cms.context import remembered_for
from cms.i18n import DEFAULT_LANGUAGE, locale_code
from cms.visibility import visible_pages

from .workflow import translation_of


def untranslated_field_names(page: Page) -> set[str]:
    """Model field names of `page` with a segment not translated into its language."""
    if locale_code(page.locale_id) == DEFAULT_LANGUAGE:
        return set()
    translation = translation_of(page)
    if translation is None:  # written by hand in its language: nothing falls back
        return set()
    segments = StringSegment.objects.filter(source=translation.source).values_list(
        "context__path", "string_id", "context_id"
    )
    by_field: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for path, string_id, context_id in segments:
        by_field[path.split(".")[0]].append((string_id, context_id))
    translated = set(
        StringTranslation.objects.filter(
            locale_id=page.locale_id,
            context_id__in=[c for pairs in by_field.values() for _s, c in pairs],
        ).values_list("translation_of_id", "context_id")
    )
    return {
        field
        for field, pairs in by_field.items()
        if any(pair not in translated for pair in pairs)
    }


def untranslated_fields(page: Page) -> list[str]:
    """API names (camelCase) of the fields of `page` that fall back to German."""
    return sorted(to_camel_case(name) for name in untranslated_field_names(page))


def resolved_fallback_fields(resolved) -> list[str]:
    """`untranslated_fields` of a service resolved for a commune: the central
    translation's, plus each local value a layer supplies in German — its adaptation
    is not translated, or that field of its translation is not."""
    page = resolved.page
    if locale_code(page.locale_id) == DEFAULT_LANGUAGE:
        return []
    names = untranslated_field_names(page)
    for adaptation, local in resolved.fields_per_layer:
        if locale_code(adaptation.locale_id) == DEFAULT_LANGUAGE:
            names |= set(local)
        else:
            german = {
                name.removeprefix("local_")
                for name in untranslated_field_names(adaptation)
            }
            names |= set(local) & german
    return sorted(to_camel_case(name) for name in names)


def available_locales(page: Page, siblings: Sequence[Page] = ()) -> list[str]:
    """Language codes of the published, public editions of `page` (German first).

    Read for `page` and its `siblings` (the list it came in) in one query per request.
    """
    return remembered_for(
        "available_locales",
        page.translation_key,
        {sibling.translation_key for sibling in siblings} | {page.translation_key},
        _available_locales,
    )


def _available_locales(keys: set[UUID]) -> dict[UUID, list[str]]:
    codes: dict[UUID, set[str]] = {key: set() for key in keys}
    for key, locale_id in visible_pages(
        Page.objects.filter(translation_key__in=keys)
    ).values_list("translation_key", "locale_id"):
        codes[key].add(locale_code(locale_id))
    return {
        key: sorted(found, key=lambda code: (code != DEFAULT_LANGUAGE, code))
        for key, found in codes.items()
    }
