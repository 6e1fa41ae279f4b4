"""Loads the demo translations of `editions/demo/translations.json` (idempotent).

Each translation is made the way the translation editor makes it — wagtail-localize's
translation of the German page, with the given segments translated — and published
directly, as seeded demo content is. What the file leaves out stays German.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation
from wagtail_localize.operations import TranslationCreator

from catalogue.models import LifeSituationPage, ServicePage

from .languages import german_name, translation_codes
from .workflow import translation_of

DATA_FILE = Path(__file__).parent / "demo" / "translations.json"


def translate_page(page: Page, locale: Locale, segments: dict[str, str | list[str]]):
    """Translate `page` into `locale` with these segments and publish it."""
    TranslationCreator(None, [locale]).create_translations(page)
    translation = translation_of(page.get_translation(locale))
    if translation is None:
        raise RuntimeError(f"{page} has no {locale} translation after creating it.")
    for path, values in segments.items():
        values = [values] if isinstance(values, str) else values
        sources = StringSegment.objects.filter(
            source=translation.source, context__path=path
        ).order_by("order")
        for source, value in zip(sources, values, strict=True):
            StringTranslation.objects.update_or_create(
                translation_of_id=source.string_id,
                locale=locale,
                context_id=source.context_id,
                defaults={"data": value},
            )
    translation.save_target(publish=True)


def load_demo_translations() -> Iterator[str]:
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    german = Locale.objects.get(language_code="de")
    pages: list[tuple[Page, dict]] = [
        (ServicePage.objects.get(leika_key=key, locale=german), editions)
        for key, editions in data["services"].items()
    ] + [
        (
            LifeSituationPage.objects.filter(slug=slug, locale=german)
            .order_by("depth")
            .first(),
            editions,
        )
        for slug, editions in data["life_situations"].items()
    ]
    counts = dict.fromkeys(translation_codes(), 0)
    for page, editions in pages:
        for code, segments in editions.items():
            locale = Locale.objects.get(language_code=code)
            if page.get_translation_or_none(locale) is None:
                translate_page(page, locale, segments)
                counts[code] += 1
    made = [f"{german_name(code)} {count}" for code, count in counts.items() if count]
    if made:
        yield "Demo translations: " + ", ".join(made)
