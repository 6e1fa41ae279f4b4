"""A commune's adaptations in the language served.

The API resolves a service per field: the municipality's adaptation, the district's,
the central text. In an edition each layer uses its adaptation's published translation
where one exists (the commune's editors translate it like any page); fields nobody
translated keep the German text there, as the central translation does. Kept free of
the communes app's imports so the resolution code can call it wherever it lives.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db.models import QuerySet
from wagtail.models import Page

from cms.i18n import DEFAULT_LANGUAGE, locale_code


def served_locale_id(services: Sequence[Page]) -> int | None:
    """The edition being served: the locale of the translated services, if any."""
    for page in services:
        if locale_code(page.locale_id) != DEFAULT_LANGUAGE:
            return page.locale_id
    return None


def adaptations_in_edition(
    adaptations_by_layer: dict[int, dict], services: Sequence[Page], queryset: QuerySet
) -> None:
    """Replace each layer's German adaptation by its visible translation (in place).

    `queryset`: the visible adaptations, with what resolution reads prefetched.
    """
    locale_id = served_locale_id(services)
    if locale_id is None:
        return
    keys = [
        adaptation.translation_key
        for layer in adaptations_by_layer.values()
        for adaptation in layer.values()
    ]
    if not keys:
        return
    translations = {
        adaptation.translation_key: adaptation
        for adaptation in queryset.filter(translation_key__in=keys, locale_id=locale_id)
    }
    for layer in adaptations_by_layer.values():
        for service_key, adaptation in list(layer.items()):
            layer[service_key] = translations.get(
                adaptation.translation_key, adaptation
            )
