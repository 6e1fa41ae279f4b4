"""Response cache of the GraphQL API: an accelerator, never a dependency.

An answer is stored with a stamp of two counters and served only while both still hold:
- the **version** in the shared cache (Redis), bumped in the transaction of every change
  and again after its commit, so every app server stops serving older answers at once;
- the **generation** in PostgreSQL (`generation.py`), bumped in the same transaction,
  which Redis cannot lose or restore from an old snapshot.
Each process also remembers the highest version it has seen: a lower one means Redis
went back in time (restarted from an older snapshot) and nothing stored is trusted until
the generation has been read again. Cache errors are misses; a failing Redis never fails
an editor's save (the generation is bumped anyway). When a CDN is configured (Wagtail's
frontend cache, see settings), the API's URLs are purged there too.
"""

from __future__ import annotations

import hashlib
import json
import threading
from functools import lru_cache

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from graphql import parse, print_ast

from cms.cache_backend import cache_breaker

from . import generation, preview
from .limits import limit_settings

VERSION_KEY = "graphql-response:version"


class _Seen:
    """The highest version and the cache failures this process has seen."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.highest = 0
        self.failures = 0


_seen = _Seen()
# Whether this thread's last lookup was a hit (True) or a miss (False); the benchmark's
# middleware reports it per request to measure hit rates.
last_lookup = threading.local()


def current_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, _seen.highest + 1, timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def _increment_version() -> None:
    """Best effort: Redis may be down; the generation in PostgreSQL still moved."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not set (yet, or Redis lost it)
        cache.set(VERSION_KEY, _seen.highest + 2, timeout=None)


class _Committed:
    """After the commit of a transaction with changes: bump again and purge the CDN.

    A response computed between the first bump and the commit still saw the old data and
    may have been cached under the new version; a CDN purged before the commit could have
    fetched that response again.
    """

    def __init__(self, value: int) -> None:
        self.value = value

    def __call__(self) -> None:
        generation.known.set(self.value)
        _increment_version()
        purge_frontend_cache()


def bump_version(**_kwargs) -> None:
    """Invalidate every cached response (signal handler)."""
    db = transaction.get_connection()
    if not db.in_atomic_block:
        generation.known.set(generation.bump_generation())
        _increment_version()
        purge_frontend_cache()
        return
    _increment_version()
    if not any(isinstance(entry[1], _Committed) for entry in db.run_on_commit):
        # The generation once per transaction (it is read by others after the commit).
        transaction.on_commit(_Committed(generation.bump_generation()), robust=True)


def purge_frontend_cache() -> None:
    """Ask the configured CDN backends (Wagtail's frontend cache) to drop API responses."""
    if getattr(settings, "WAGTAILFRONTENDCACHE", None) and getattr(
        settings, "FRONTEND_CACHE_GRAPHQL_URLS", None
    ):
        from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

        purge_urls_from_cache(settings.FRONTEND_CACHE_GRAPHQL_URLS)


# Process cache, safe: the answer depends on the query text only.
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
    if preview.names_a_token(query):
        preview.mark_private(request)
        return None  # drafts are never shared
    if cache_breaker.is_open():
        return None
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


def _trusted_generation() -> int:
    """The generation this process trusts, read from PostgreSQL when in doubt."""
    with _seen.lock:
        if cache_breaker.failures != _seen.failures:
            # Redis failed meanwhile: it may have come back with an older state.
            _seen.failures = cache_breaker.failures
            generation.known.forget()
    value = generation.known.get()
    if value is None:
        # A database that cannot answer raises here: the view answers 503.
        value = generation.known.refresh()
    return value


def cached_response(key: str) -> tuple[tuple | None, tuple | None]:
    """The stamp to store a new answer under, and the answer stored for it, if any.

    One round trip to the cache (version and entry together). Read the stamp before
    computing an answer, so a change published meanwhile marks what is stored as stale.
    A hit runs no SQL: the generation is known from the process's last read.
    """
    last_lookup.hit = False
    values = cache.get_many([VERSION_KEY, key])
    version = values.get(VERSION_KEY)
    if cache_breaker.is_open():
        return None, None
    with _seen.lock:
        went_back = version is not None and version < _seen.highest
        if version is not None and not went_back:
            _seen.highest = version
    if went_back:
        # Redis restarted from an older snapshot: move its version past everything
        # this process has seen and re-read the generation before trusting anything.
        cache.set(VERSION_KEY, _seen.highest + 1, timeout=None)
        generation.known.forget()
        return None, None
    if version is None:
        version = current_version()
        if version is None:
            return None, None
    trusted = _trusted_generation()
    stamp = (trusted, version)
    entry = values.get(key)
    if entry is not None and tuple(entry[0]) == stamp:
        last_lookup.hit = True
        return stamp, entry[1]
    return stamp, None


def store_response(key: str, stamp: tuple | None, response: tuple) -> None:
    if stamp is not None:
        cache.set(key, (stamp, response), settings.GRAPHQL_RESPONSE_CACHE_SECONDS)


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

    from cms.signals import pages_published_in_bulk

    for signal in (
        page_published,
        page_unpublished,
        post_page_move,
        page_slug_changed,
        published,
        unpublished,
    ):
        signal.connect(bump_version, dispatch_uid=f"graphql-cache-{id(signal)}")
    from wagtail.contrib.redirects.models import Redirect

    models = [
        Redirect,
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
    # Bulk writes (generate_catalogue) publish without Wagtail's signals.
    pages_published_in_bulk.connect(bump_version, dispatch_uid="graphql-cache-bulk")


def _page_changed(sender, **kwargs) -> None:
    from wagtail.models import Page

    if isinstance(kwargs.get("instance"), Page):
        bump_version()
