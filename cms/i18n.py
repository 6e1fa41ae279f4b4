"""Locale lookup and German fallback shared by every public read."""

from __future__ import annotations

from collections.abc import Sequence

from django.conf import settings
from wagtail.models import Locale, Page

from cms.context import remembered
from cms.visibility import visible_pages

DEFAULT_LANGUAGE = settings.LANGUAGE_CODE


class UnknownLocale(ValueError):
    """A locale code that is not one of the configured content languages."""


def content_language_codes() -> list[str]:
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def get_locale(code: str | None) -> Locale:
    """The Locale for a configured language code; raises UnknownLocale otherwise."""
    code = (code or DEFAULT_LANGUAGE).strip().lower()
    if code not in content_language_codes():
        raise UnknownLocale(
            f"Unknown locale '{code[:20]}'. Use one of: {', '.join(content_language_codes())}."
        )
    # Configured but without content yet: an unsaved Locale.
    return _locales().get(code) or Locale(language_code=code)


def _locales() -> dict[str, Locale]:
    """Every Locale by language code, read once per read context (cms/context.py)."""
    return remembered(
        "locales",
        lambda: {locale.language_code: locale for locale in Locale.objects.all()},
    )


def default_locale() -> Locale:
    return get_locale(DEFAULT_LANGUAGE)


def source_locale(locale: Locale) -> Locale:
    """Lists and searches run on the German source tree; translations are swapped in."""
    return locale if locale.language_code == DEFAULT_LANGUAGE else default_locale()


def with_translations(pages: Sequence[Page], locale: Locale) -> list[Page]:
    """Swap each page for its visible translation in `locale` where one exists.

    Pages without a translation stay in German; their `locale` tells the client what was
    served. One query for the whole list.
    """
    if not pages or locale.language_code == DEFAULT_LANGUAGE or locale.pk is None:
        return list(pages)
    translations = {}
    for model in {type(page) for page in pages}:
        keys = [p.translation_key for p in pages if type(p) is model]
        translations.update(
            {
                page.translation_key: page
                for page in visible_pages(
                    model.objects.filter(translation_key__in=keys), locale=locale
                )
            }
        )
    return [translations.get(page.translation_key, page) for page in pages]


def locale_code(locale_id: int) -> str:
    """A page's language code, without a query per page (once per read context)."""
    for locale in _locales().values():
        if locale.pk == locale_id:
            return locale.language_code
    # A locale added since the read context was opened.
    return Locale.objects.get(pk=locale_id).language_code
