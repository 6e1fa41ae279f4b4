"""Response cache of the GraphQL API, invalidated by a version bump on every change.

Every publish, unpublish, move, delete or save of a page, a view restriction, an image,
a document, a collection or a site bumps one version number in the shared cache (Redis in
production), so every app server stops serving older responses at once. When a CDN is
configured (Wagtail's frontend cache, see settings), the API's URLs are purged there too.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from graphql import parse, print_ast

from .limits import limit_settings

VERSION_KEY = "graphql-response:version"


def current_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY, 1)
    return version


def _increment_version() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not set yet
        cache.set(VERSION_KEY, 2, timeout=None)


def bump_version(**_kwargs) -> None:
    """Invalidate every cached response (signal handler)."""
    _increment_version()
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        purge_frontend_cache()
    elif not any(_changes_committed in entry for entry in connection.run_on_commit):
        transaction.on_commit(_changes_committed, robust=True)


def _changes_committed() -> None:
    """Once per transaction, after its commit: bump again and purge the CDN.

    A response computed between the first bump and the commit still saw the old data and
    may have been cached under the new version; a CDN purged before the commit could have
    fetched that response again.
    """
    _increment_version()
    purge_frontend_cache()


def purge_frontend_cache() -> None:
    """Ask the configured CDN backends (Wagtail's frontend cache) to drop API responses."""
    if getattr(settings, "WAGTAILFRONTENDCACHE", None) and getattr(
        settings, "FRONTEND_CACHE_GRAPHQL_URLS", None
    ):
        from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

        purge_urls_from_cache(settings.FRONTEND_CACHE_GRAPHQL_URLS)


@lru_cache(maxsize=256)
def normalised_query(query: str) -> str:
    """The query with formatting and comments removed, so equal queries share a key.

    Remembered per query text: frontends repeat the same few queries, and parsing one
    cost most of the time of a cache hit.
    """
    try:
        return print_ast(parse(query, no_location=True))
    except Exception:  # invalid queries are answered (with errors), just not cached
        return query


def response_key(request, query: str, variables, operation_name) -> str | None:
    """The cache key of a request, or None when it must not be cached."""
    if not settings.GRAPHQL_RESPONSE_CACHE_SECONDS or not isinstance(query, str):
        return None
    if "previewToken" in query or "token" in json.dumps(variables or {}).lower():
        return None  # drafts are never shared
    material = json.dumps(
        {
            "q": normalised_query(query),
            "v": variables or {},
            "o": operation_name,
            "site": request.get_host(),
            # Settings that change answers (validation) are part of the key.
            "config": limit_settings(),
        },
        sort_keys=True,
        default=str,
    )
    digest = hashlib.sha256(material.encode()).hexdigest()
    return f"graphql-response:{digest}"


def cached_response(key: str) -> tuple[int, tuple | None]:
    """The current version and the response stored under `key` for that version.

    One round trip to the cache (version and entry together); an entry stored under an
    older version counts as missing. Read the version before computing a response, so
    a change published meanwhile marks what is stored as stale.
    """
    values = cache.get_many([VERSION_KEY, key])
    version = values.get(VERSION_KEY)
    if version is None:
        return current_version(), None
    entry = values.get(key)
    if entry is not None and entry[0] == version:
        return version, entry[1]
    return version, None


def store_response(key: str, version: int, response: tuple) -> None:
    cache.set(key, (version, response), settings.GRAPHQL_RESPONSE_CACHE_SECONDS)


def connect_invalidation() -> None:
    """Bump the version on every change that can alter a response."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import (
        Collection,
        CollectionViewRestriction,
        Locale,
        PageViewRestriction,
        Site,
    )
    from wagtail.signals import (
        page_published,
        page_slug_changed,
        page_unpublished,
        post_page_move,
        published,
        unpublished,
    )

    for signal in (
        page_published,
        page_unpublished,
        post_page_move,
        page_slug_changed,
        published,
        unpublished,
    ):
        signal.connect(bump_version, dispatch_uid=f"graphql-cache-{id(signal)}")
    models = [
        PageViewRestriction,
        CollectionViewRestriction,
        Collection,
        Site,
        Locale,
        get_image_model(),
        get_document_model(),
    ]
    for model in models:
        for signal in (post_save, post_delete):
            signal.connect(
                bump_version,
                sender=model,
                dispatch_uid=f"graphql-cache-{model}-{signal}",
            )
    # Any page model: saving content directly (not through a revision) or deleting.
    for signal in (post_save, post_delete):
        signal.connect(_page_changed, dispatch_uid=f"graphql-cache-page-{id(signal)}")


def _page_changed(sender, **kwargs) -> None:
    from wagtail.models import Page

    if isinstance(kwargs.get("instance"), Page):
        bump_version()
