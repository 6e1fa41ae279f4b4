"""The configured editions: codes, names, fallback chains and XZuFi codes (settings)."""

from __future__ import annotations

from django.conf import settings

# German names of the editions for group and workflow names in the admin.
GERMAN_NAMES = {
    "de": "Deutsch",
    "de-x-ls": "Leichte Sprache",
    "en": "Englisch",
    "hsb": "Obersorbisch",
}


def source_language() -> str:
    """The language every edition is translated from."""
    return settings.LANGUAGE_CODE


def edition_codes() -> list[str]:
    """Every configured content language, the source first."""
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def translation_codes() -> list[str]:
    """The editions translated from the source."""
    return [code for code in edition_codes() if code != source_language()]


def german_name(code: str) -> str:
    return GERMAN_NAMES.get(code) or dict(settings.WAGTAIL_CONTENT_LANGUAGES)[code]


def fallback_chain(code: str) -> list[str]:
    """The languages served for `code`, in order: itself, its fallbacks, the source."""
    chain = [code, *getattr(settings, "CONTENT_LANGUAGE_FALLBACKS", {}).get(code, [])]
    if source_language() not in chain:
        chain.append(source_language())
    return list(dict.fromkeys(chain))


def xzufi_code(code: str) -> str:
    """The language code of an edition in XZuFi exchange."""
    return getattr(settings, "CONTENT_LANGUAGE_XZUFI_CODES", {}).get(code, code)


def translators_group_name(code: str) -> str:
    return f"Übersetzung {german_name(code)}"


def reviewers_group_name(code: str) -> str:
    return f"Sprachprüfung {german_name(code)}"


def workflow_name(code: str) -> str:
    return f"Sprachliche Prüfung {german_name(code)}"
