"""Per-field provenance of an edition: which fields of a served translation are still
in German, and which editions of a page exist.

A translation made with wagtail-localize holds the German text in every segment nobody
has translated yet (its fallback when a draft is written). A field counts as served in
German when any of its segments has no translation in the page's language.

A list's items read this in one go: the segments of every page of the list (and of
their communes' adaptations) are loaded together, once per request (cms/context.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any
from uuid import UUID

from django.db.models import Q
from graphene.utils.str_converters import to_camel_case
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from cms.context import remembered_for
from cms.i18n import DEFAULT_LANGUAGE, locale_code
from cms.visibility import visible_pages

UNTRANSLATED = "editions:untranslated"


def untranslated_field_names(page: Page, siblings: Iterable[Page] = ()) -> set[str]:
    """Model field names of `page` with a segment not translated into its language.

    Read for `page` and its `siblings` in three queries per request at most.
    """
    if locale_code(page.locale_id) == DEFAULT_LANGUAGE:
        return set()
    batch = {p.pk: p for p in siblings if locale_code(p.locale_id) != DEFAULT_LANGUAGE}
    batch[page.pk] = page
    return remembered_for(
        UNTRANSLATED,
        page.pk,
        batch,
        lambda pks: _untranslated_names([batch[pk] for pk in pks]),
    )


def _untranslated_names(pages: Sequence[Page]) -> dict[int, set[str]]:
    """`untranslated_field_names` of translated pages, together: their wagtail-localize
    translations, the segments of their sources and the segments' translations."""
    wanted = {(page.translation_key, page.locale_id): page.pk for page in pages}
    sources: dict[int, tuple[int, int]] = {}  # page pk → (source id, locale id)
    condition = Q()
    for key, locale_id in wanted:
        condition |= Q(source__object_id=key, target_locale_id=locale_id)
    for object_id, locale_id, source_id, source_locale_id in Translation.objects.filter(
        condition, enabled=True
    ).values_list(
        "source__object_id", "target_locale_id", "source_id", "source__locale_id"
    ):
        pk = wanted.get((object_id, locale_id))
        if pk is not None and source_locale_id != locale_id:
            sources[pk] = (source_id, locale_id)
    # Pages written by hand in their language: nothing falls back.
    result: dict[int, set[str]] = {page.pk: set() for page in pages}
    if not sources:
        return result
    segments: dict[int, list[tuple[str, int, int]]] = defaultdict(list)
    for source_id, path, string_id, context_id in StringSegment.objects.filter(
        source_id__in={source for source, _locale in sources.values()}
    ).values_list("source_id", "context__path", "string_id", "context_id"):
        segments[source_id].append((path.split(".")[0], string_id, context_id))
    translated = set(
        StringTranslation.objects.filter(
            locale_id__in={locale for _source, locale in sources.values()},
            context_id__in={c for rows in segments.values() for _f, _s, c in rows},
        ).values_list("translation_of_id", "context_id", "locale_id")
    )
    for pk, (source_id, locale_id) in sources.items():
        result[pk] = {
            field
            for field, string_id, context_id in segments[source_id]
            if (string_id, context_id, locale_id) not in translated
        }
    return result


def text_field_names(page: Page) -> set[str]:
    """Model field names of `page` that hold text to translate (no query)."""
    return {
        segment.path.split(".")[0]
        for segment in extract_segments(page)
        if isinstance(segment, StringSegmentValue)
    }


def untranslated_fields(page: Page, siblings: Iterable[Page] = ()) -> list[str]:
    """API names (camelCase) of the fields of `page` that fall back to German."""
    return sorted(
        to_camel_case(name) for name in untranslated_field_names(page, siblings)
    )


def _german_in_layer(
    adaptation: Page, names: set[str], siblings: list[Page]
) -> set[str]:
    """Of the fields an adaptation sets, those it supplies in German."""
    if locale_code(adaptation.locale_id) == DEFAULT_LANGUAGE:
        return set(names)
    german = {
        name.removeprefix("local_")
        for name in untranslated_field_names(adaptation, siblings)
    }
    return names & german


def _edition_layers(resolved: Any) -> list[Page]:
    """The pages a list of resolved services reads segments of: the services and their
    communes' adaptations."""
    pages: list[Page] = []
    for item in resolved.batch:
        pages.append(item.page)
        pages.extend(adaptation for adaptation, _commune in item.layers)
    return pages


def resolved_locale(resolved: Any) -> str:
    """The edition served for a service resolved for a commune: the central text's, or
    the edition asked for when only a commune's adaptation has a translation into it."""
    served = locale_code(resolved.page.locale_id)
    if served != DEFAULT_LANGUAGE:
        return served
    for adaptation, names in resolved.fields_per_layer:
        code = locale_code(adaptation.locale_id)
        if code != DEFAULT_LANGUAGE and names:
            return code
    return served


def resolved_fallback_fields(resolved: Any) -> list[str]:
    """`untranslated_fields` of a service resolved for a commune, per field through
    its layers (central, district, municipality): a field falls back to German when the
    last value that replaces it is German, or a German value is added to it.

    The central text counts as German in every field when it has no translation
    itself (then `resolved_locale` is the edition a commune layer supplies); an
    untranslated service without any translated layer is German as a whole: `locale`
    says so and no field is named.
    """
    if resolved_locale(resolved) == DEFAULT_LANGUAGE:
        return []
    siblings = _edition_layers(resolved)
    page = resolved.page
    if locale_code(page.locale_id) == DEFAULT_LANGUAGE:
        names = text_field_names(page)
    else:  # a copy: the remembered set is shared by the request
        names = set(untranslated_field_names(page, siblings))
    for adaptation, local in resolved.fields_per_layer:
        german = _german_in_layer(adaptation, local, siblings)
        for name in local:
            if resolved.replaces(adaptation, name):
                names.discard(name)
            if name in german:
                names.add(name)
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
