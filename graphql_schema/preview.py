"""Draft previews: a request that carries a preview token is private.

Its answer may hold a draft, so it is never stored in the response cache and is sent
with `Cache-Control: private, no-store`. A request counts as carrying a token when its
query has a `token` or `previewToken` argument (whatever its value), or when a resolver
used a token.
"""

from __future__ import annotations

from functools import lru_cache

from django.http import HttpRequest
from graphql import ArgumentNode, GraphQLError, parse, visit
from graphql.language import Visitor
from wagtail.models import Page, Site

from cms.pages import page_from_preview_token

from .request import state_of

TOKEN_ARGUMENTS = frozenset({"token", "previewToken"})


class _TokenArguments(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.found = False

    def enter_argument(self, node: ArgumentNode, *_args):
        if node.name.value in TOKEN_ARGUMENTS:
            self.found = True
            return self.BREAK
        return None


# Process cache, safe: the answer depends on the query text only.
@lru_cache(maxsize=256)
def names_a_token(query: str) -> bool:
    """Whether the query passes a preview token anywhere (remembered per query text)."""
    try:
        document = parse(query, no_location=True)
    except GraphQLError:
        return False
    visitor = _TokenArguments()
    visit(document, visitor)
    return visitor.found


def mark_private(request: HttpRequest) -> None:
    state_of(request).private = True


def is_private(request: HttpRequest) -> bool:
    return state_of(request).private


def previewed_page(
    request: HttpRequest,
    token: str | None,
    model: type[Page] | None = None,
    *,
    site: Site | None = None,
) -> Page | None:
    """The page a preview token grants (the one token rule), marking the request private."""
    if token is None:
        return None
    mark_private(request)
    return page_from_preview_token(token, model, site=site)
