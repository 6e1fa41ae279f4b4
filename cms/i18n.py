"""Locale lookup and German fallback shared by every public read."""

from __future__ import annotations

from collections.abc import Sequence

from django.conf import settings
from wagtail.models import Locale, Page

from cms.context import remembered_across_requests
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
    """Every Locale by language code, read once per read context, kept across
    requests while nothing changed (cms/context.py)."""
    return remembered_across_requests(
        "locales",
        lambda: {locale.language_code: locale for locale in Locale.objects.all()},
    )


def default_locale() -> Locale:
    return get_locale(DEFAULT_LANGUAGE)


def source_locale(locale: Locale) -> Locale:
    """Lists and searches run on the German source tree; translations are swapped in."""
    return locale if locale.language_code == DEFAULT_LANGUAGE else default_locale()


def translation_chain(locale: Locale) -> list[str]:
    """The editions to serve for `locale`, best first, German excluded: the locale itself,
    then its fallbacks (settings.CONTENT_LANGUAGE_FALLBACKS), German being the last
    resort of every chain."""
    code = locale.language_code
    chain = [code, *getattr(settings, "CONTENT_LANGUAGE_FALLBACKS", {}).get(code, [])]
    return [c for c in dict.fromkeys(chain) if c != DEFAULT_LANGUAGE]


def best_translations(model, keys, locale: Locale) -> dict:
    """For each translation key: its visible page in the first edition of the chain
    that has one (one query)."""
    chain = translation_chain(locale)
    if not chain or not keys:
        return {}
    best: dict = {}
    for page in visible_pages(
        model.objects.filter(translation_key__in=keys, locale__language_code__in=chain)
    ):
        rank = chain.index(locale_code(page.locale_id))
        current = best.get(page.translation_key)
        if current is None or rank < chain.index(locale_code(current.locale_id)):
            best[page.translation_key] = page
    return best


def with_translations(pages: Sequence[Page], locale: Locale) -> list[Page]:
    """Swap each page for its visible translation in `locale` (or the next edition of
    its fallback chain) where one exists.

    Pages without a translation stay in German; their `locale` tells the client what was
    served. One query per page type.
    """
    if not pages or locale.language_code == DEFAULT_LANGUAGE:
        return list(pages)
    translations = {}
    for model in {type(page) for page in pages}:
        keys = [p.translation_key for p in pages if type(p) is model]
        translations.update(best_translations(model, keys, locale))
    return [translations.get(page.translation_key, page) for page in pages]


def locale_code(locale_id: int) -> str:
    """A page's language code, without a query per page (once per read context)."""
    for locale in _locales().values():
        if locale.pk == locale_id:
            return locale.language_code
    # A locale added since the read context was opened.
    return Locale.objects.get(pk=locale_id).language_code
