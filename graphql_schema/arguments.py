"""Validation of client arguments: every malformed value becomes BAD_USER_INPUT."""

from __future__ import annotations

import json
import re

from django.conf import settings
from graphene.utils.str_converters import to_camel_case
from graphql import GraphQLResolveInfo, get_named_type
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import Locale

from cms.i18n import UnknownLocale, get_locale
from communes.models import CommunePage
from communes.selectors import commune_by_ars

from .errors import BadUserInput, NotFound

LEIKA_KEY_RE = re.compile(r"^\d{14}$")
ARS_RE = re.compile(r"^\d{12}$")
POSTCODE_RE = re.compile(r"^\d{5}$")

DEFAULT_LIMIT = 20
MAX_LIMIT = getattr(settings, "GRAPHQL_MAX_LIMIT", 100)


def _shown(value: object) -> str:
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


def commune_arg(ars: str | None) -> CommunePage | None:
    """The commune a `commune` argument names: None if not given, NOT_FOUND if no
    published commune has that ARS."""
    if ars is None:
        return None
    commune = commune_by_ars(ars_arg(ars))
    if commune is None:
        raise NotFound(f"No commune with ARS {ars} is published on this platform.")
    return commune


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
    """grapple's contentType filter: comma-separated "app_label.ModelName" page types."""
    from django.apps import apps
    from wagtail.models import Page

    for item in (part.strip() for part in str(value).split(",")):
        model = None
        if CONTENT_TYPE_RE.match(item):
            app_label, name = item.split(".")
            try:
                model = apps.get_model(app_label, name)
            except LookupError:
                model = None
        if model is None or not issubclass(model, Page):
            raise BadUserInput(
                f"contentType takes page types as app_label.ModelName, such as "
                f"communes.ContentPage, got '{_shown(item)}'."
            )
    return value


# Free text a client may send: search terms, slugs, paths, tokens. Longer values are
# mistakes or attacks (Wagtail's search parser recurses once per word).
MAX_TEXT_LENGTH = 500
MAX_SEARCH_LENGTH = 200
MAX_SEARCH_WORDS = 20
SEARCH_ARGUMENTS = frozenset({"search", "searchQuery", "query"})


def text_arg(name: str, value: str) -> str:
    """A free-text argument (GraphQL name `name`) within the length caps."""
    if "\x00" in value:
        raise BadUserInput(f"{name} must not contain NUL characters.")
    search = name in SEARCH_ARGUMENTS
    cap = MAX_SEARCH_LENGTH if search else MAX_TEXT_LENGTH
    if len(value) > cap:
        raise BadUserInput(
            f"{name} may be at most {cap} characters long, got {len(value)}."
        )
    if search and len(value.split()) > MAX_SEARCH_WORDS:
        raise BadUserInput(f"{name} may hold at most {MAX_SEARCH_WORDS} words.")
    return value


def has_lone_surrogate(value: object) -> bool:
    """Whether a decoded JSON value holds text that is not valid Unicode ("\\ud800")."""
    try:
        if isinstance(value, str):
            value.encode("utf-8")
        elif value is not None:
            json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def lists_media(info: GraphQLResolveInfo) -> bool:
    """Whether a field returns images or documents, by the model behind its type."""
    graphene_type = getattr(get_named_type(info.return_type), "graphene_type", None)
    model = getattr(getattr(graphene_type, "_meta", None), "model", None)
    return isinstance(model, type) and issubclass(
        model, AbstractImage | AbstractDocument
    )


class ArgumentsMiddleware:
    """Checks arguments every field shares, grapple's generic ones included.

    Free text is length-capped; `order` is an allow-list (never an error that lists
    internal field names); page types must exist; ids are numbers; limit and offset
    are in range.
    """

    def resolve(self, next_, root, info, **kwargs):
        for name, value in kwargs.items():
            if isinstance(value, str):
                text_arg(to_camel_case(name), value)
        if kwargs.get("order") is not None:
            order_arg(kwargs["order"], "media" if lists_media(info) else "page")
        if kwargs.get("content_type") is not None:
            content_type_arg(kwargs["content_type"])
        for name in ("id", "collection"):
            if isinstance(kwargs.get(name), str):
                id_arg(kwargs[name])
        if kwargs.get("limit") is not None or kwargs.get("offset") is not None:
            pagination_args(kwargs.get("limit"), kwargs.get("offset"))
        return next_(root, info, **kwargs)
