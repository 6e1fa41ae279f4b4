"""Validation of client arguments: every malformed value becomes BAD_USER_INPUT."""

from __future__ import annotations

import re

from django.conf import settings
from wagtail.models import Locale

from cms.i18n import UnknownLocale, get_locale

from .errors import BadUserInput

LEIKA_KEY_RE = re.compile(r"^\d{14}$")
ARS_RE = re.compile(r"^\d{12}$")
POSTCODE_RE = re.compile(r"^\d{5}$")

DEFAULT_LIMIT = 20
MAX_LIMIT = getattr(settings, "GRAPHQL_MAX_LIMIT", 100)


def _shown(value: str) -> str:
    # Echo only a short, printable excerpt of what the client sent.
    text = "".join(ch for ch in str(value)[:30] if ch.isprintable())
    return text + ("…" if len(str(value)) > 30 else "")


def locale_arg(code: str | None) -> Locale:
    try:
        return get_locale(code)
    except UnknownLocale as error:
        raise BadUserInput(str(error)) from None


def leika_key_arg(value: str) -> str:
    value = value.strip()
    if not LEIKA_KEY_RE.match(value):
        raise BadUserInput(
            f"leikaKey must be exactly 14 digits (e.g. 99115001001000), got '{_shown(value)}'."
        )
    return value


def ars_arg(value: str, name: str = "commune") -> str:
    value = value.strip()
    if not ARS_RE.match(value):
        raise BadUserInput(
            f"{name} must be an ARS of exactly 12 digits (e.g. 146120000000), "
            f"got '{_shown(value)}'."
        )
    return value


def postcode_arg(value: str) -> str:
    value = value.strip()
    if not POSTCODE_RE.match(value):
        raise BadUserInput(f"postcode must be 5 digits, got '{_shown(value)}'.")
    return value


def id_arg(value: str | int) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        raise BadUserInput(f"id must be a numeric id, got '{_shown(value)}'.") from None
    if not 0 < number < 2**63:
        raise BadUserInput(f"id must be a positive number, got '{_shown(value)}'.")
    return number


def pagination_args(limit: int | None, offset: int | None) -> tuple[int, int]:
    limit = DEFAULT_LIMIT if limit is None else limit
    offset = 0 if offset is None else offset
    if not 1 <= limit <= MAX_LIMIT:
        raise BadUserInput(f"limit must be between 1 and {MAX_LIMIT}, got {limit}.")
    if offset < 0:
        raise BadUserInput(f"offset must be 0 or more, got {offset}.")
    return limit, offset


def one_of(**lookups) -> str:
    """Exactly one lookup argument must be given; returns its name."""
    given = [name for name, value in lookups.items() if value not in (None, "")]
    if len(given) != 1:
        names = ", ".join(lookups)
        raise BadUserInput(f"Give exactly one of: {names}.")
    return given[0]


# Orderings grapple's generic list fields accept (a leading "-" reverses).
ORDER_FIELDS = {
    "page": ("title", "id", "path", "first_published_at", "last_published_at"),
    "media": ("title", "id", "created_at"),
}


def order_arg(value: str, kind: str = "page") -> str:
    allowed = ORDER_FIELDS[kind]
    for item in (part.strip() for part in str(value).split(",")):
        if item.lstrip("-") not in allowed:
            raise BadUserInput(
                f"order must be one of {', '.join(allowed)} (optionally with a leading "
                f"'-'), got '{_shown(item)}'."
            )
    return value


CONTENT_TYPE_RE = re.compile(r"^[a-z_]+\.[a-z_]+$", re.IGNORECASE)


def content_type_arg(value: str) -> str:
    """grapple's contentType filter: comma-separated "app_label.ModelName" values."""
    for item in (part.strip() for part in str(value).split(",")):
        if not CONTENT_TYPE_RE.match(item):
            raise BadUserInput(
                f"contentType takes app_label.ModelName values such as "
                f"communes.ContentPage, got '{_shown(item)}'."
            )
    return value
