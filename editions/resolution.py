"""A commune's adaptations in the language served.

The API resolves a service per field: the municipality's adaptation, the district's,
the central text. In an edition each layer uses its adaptation's published translation
where one exists (the commune's editors translate it like any page) — whether or not
the central service has a translation; fields nobody translated keep the German text
there, as the central translation does. Kept free of the communes app's imports so the
resolution code can call it wherever it lives.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from django.db.models import QuerySet
from wagtail.models import Page

from cms.i18n import DEFAULT_LANGUAGE, get_locale, locale_code, translation_chain


def served_locale_id(services: Sequence[Page]) -> int | None:
    """The edition being served: the locale of the translated services, if any."""
    for page in services:
        if locale_code(page.locale_id) != DEFAULT_LANGUAGE:
            return page.locale_id
    return None


def _edition_locale_ids(edition: str | None, services: Sequence[Page]) -> list[int]:
    """The locales to look for adaptations' translations in, best first: the edition
    asked for and its fallback chain (German excluded), or the services' own."""
    if edition is None:
        served = served_locale_id(services)
        return [] if served is None else [served]
    chain = [get_locale(code) for code in translation_chain(get_locale(edition))]
    return [locale.pk for locale in chain if locale.pk is not None]


def adaptations_in_edition(
    adaptations_by_layer: dict[int, dict],
    edition: str | None,
    services: Sequence[Page],
    adaptations: Callable[[], QuerySet],
) -> None:
    """Replace each layer's German adaptation by its visible translation (in place):
    in `edition` or, failing that, the next edition of its fallback chain.

    `adaptations()`: the visible adaptations, with what resolution reads prefetched
    (built only when an edition is served).
    """
    locale_ids = _edition_locale_ids(edition, services)
    if not locale_ids:
        return
    keys = [
        adaptation.translation_key
        for layer in adaptations_by_layer.values()
        for adaptation in layer.values()
    ]
    if not keys:
        return
    translations: dict = {}
    for adaptation in adaptations().filter(
        translation_key__in=keys, locale_id__in=locale_ids
    ):
        current = translations.get(adaptation.translation_key)
        rank = locale_ids.index(adaptation.locale_id)
        if current is None or rank < locale_ids.index(current.locale_id):
            translations[adaptation.translation_key] = adaptation
    for layer in adaptations_by_layer.values():
        for service_key, adaptation in list(layer.items()):
            layer[service_key] = translations.get(
                adaptation.translation_key, adaptation
            )
