"""Locale lookup and German fallback shared by every public read."""

from __future__ import annotations

from collections.abc import Sequence

from django.conf import settings
from wagtail.models import Locale, Page

from cms.memo import per_request
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
    locale = per_request(
        f"locale:{code}", Locale.objects.filter(language_code=code).first
    )
    if locale is None:  # configured but no content in it yet
        locale = Locale(language_code=code)
    return locale


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


_LOCALE_CODES: dict[int, str] = {}


def locale_code(locale_id: int) -> str:
    """A page's language code without a query per page (locales rarely change)."""
    if locale_id not in _LOCALE_CODES:
        _LOCALE_CODES.update(Locale.objects.values_list("id", "language_code"))
    return _LOCALE_CODES[locale_id]
