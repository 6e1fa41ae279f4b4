"""Response cache of the GraphQL API: an accelerator, never a dependency.

**What an answer depends on.** While a request is answered, the code that loads content
records dependency tags in the request's read context (cms/context.py): `p:<id>` for
each page whose data went into it, `m:<model>` for the membership of a model's lists
(every list, search and lookup that is not by a unique key), `c:<ARS>` for a commune
looked up by its ARS (found or not), `l:<service>:<ARS>` for each (service, commune)
layer the resolution consulted, with or without an adaptation (`a:<ARS>` for all layers
of a commune when many services were resolved), and `all`, which every answer has.
An answer with more than GRAPHQL_CACHE_MAX_TAGS tags depends on the models of its pages
instead of the pages themselves, and on `all` alone if that is still too many.

**Invalidation by tag** (`invalidation.py` says which tags a change bumps). Redis holds
a sequence number and, per tag, the sequence number of its last bump. An answer is
stored with the values of its tags and served while they are unchanged: a publish bumps
its page, its model's lists and, for an adaptation, its layers — every other answer
stays cached. Tags are bumped in the transaction of the change and again after its
commit (an answer computed in between still saw the old data); an answer is only stored
if no bump happened anywhere while it was computed.

**Redis may fail or go back in time; PostgreSQL does not** (`generation.py`). Each
change raises a high-water mark in PostgreSQL to above the sequence number it took; a
Redis found below the mark (or below the highest number this process has seen, or
without a sequence) lost bumps: it is reset, and everything it holds is dropped. A bump
that Redis could not take bumps the generation in PostgreSQL instead, which every
answer is stamped with. Cache errors are misses; a failing Redis never fails an editor's
save. A hit costs one round trip to Redis (sequence, entry and the tags this process
saw it with; two for an entry new to the process) and no SQL; while no bump happened
since Redis last found it valid, none at all (`worker_memory.py`: each bump is also
published to every worker).

**The CDN**: cacheable GET answers carry their tags as surrogate keys
(`http_caching.py`); after each commit the bumped tags are purged by key where the
configured frontend-cache backend can, the API's URLs otherwise (`frontend_cache.py`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction
from graphql import parse, print_ast

from cms.cache_backend import cache_breaker
from cms.context import ReadContext

from . import generation, preview
from .limits import limit_settings
from .worker_memory import WorkerMemory

logger = logging.getLogger("graphql_schema")

SEQUENCE_KEY = "graphql-response:sequence"
# Answers this worker may serve without asking Redis while no bump happens.
memory = WorkerMemory(SEQUENCE_KEY)
TAG_PREFIX = "graphql-tag:"
# Every answer depends on it: bumped by changes that cannot be attributed precisely.
GLOBAL_TAG = "all"


class _Seen:
    """The highest sequence number and the cache failures this process has seen."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.highest = 0
        self.failures = 0


_seen = _Seen()
# Whether this thread's last lookup was a hit (True) or a miss (False); the benchmark's
# middleware reports it per request to measure hit rates.
last_lookup = threading.local()


def tag_key(tag: str) -> str:
    return TAG_PREFIX + tag


# -- What an answer depends on -------------------------------------------------------


def answer_tags(context: ReadContext) -> list[str]:
    """The tags an answer computed in `context` depends on, at most
    GRAPHQL_CACHE_MAX_TAGS (coarser ones beyond)."""
    limit = settings.GRAPHQL_CACHE_MAX_TAGS
    tags = set(context.tags)
    if len(tags) + len(context.pages) < limit:
        tags.update(f"p:{pk}" for pk in context.pages)
    else:
        # Every page bump also bumps its model's lists: coarser, still complete.
        pages = {tag for tag in tags if tag.startswith("p:")}
        tags -= pages
        if pages:
            tags.add("m:wagtailcore.page")
        tags.update(f"m:{label}" for label in set(context.pages.values()))
        if len(tags) >= limit:
            return [GLOBAL_TAG]
    tags.add(GLOBAL_TAG)
    return sorted(tags)


# -- Keys ----------------------------------------------------------------------------


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


# The response key of each request seen, by what the request says (method, body or
# query string, host, Accept, validation settings): a repeated request finds its kept
# answer (`kept_answer`) before its body is parsed. Bounded; emptied when full.
_keys_of_requests: dict[tuple, str] = {}


def _request_fingerprint(request) -> tuple | None:
    """What a request's response key is computed from, as sent; None for requests
    that take no shortcut (persisted queries: their registration can expire)."""
    if request.method == "POST":
        sent = request.body
        if b"persistedQuery" in sent:
            return None
        form = request.META.get("CONTENT_TYPE", "")
    elif request.method == "GET":
        sent = request.META.get("QUERY_STRING", "")
        if "persistedQuery" in sent:
            return None
        form = ""
    else:
        return None
    return (
        request.method,
        form,
        sent,
        request.get_host(),  # as the key has it (a refused host raises here)
        request.META.get("HTTP_ACCEPT"),
        limit_settings(),
    )


def remember_key_of(request, key: str) -> None:
    """`key` is the response key of this request (computed the long way)."""
    fingerprint = _request_fingerprint(request)
    if fingerprint is not None:
        if len(_keys_of_requests) >= MAX_KEYS_SEEN:
            _keys_of_requests.clear()
        _keys_of_requests[fingerprint] = key


def kept_answer(request) -> Cached | None:
    """The answer this worker keeps for a request it answered before, while Redis
    reports no change (`worker_memory.py`); None to answer it the long way."""
    if not settings.GRAPHQL_RESPONSE_CACHE_SECONDS:
        return None
    fingerprint = _request_fingerprint(request)
    key = _keys_of_requests.get(fingerprint) if fingerprint is not None else None
    if key is None:
        return None
    state = generation.known.get()
    if state is None or cache_breaker.failures != _seen.failures:
        return None  # in doubt: the long way reads the state again
    kept = memory.answer(key, state.generation)
    if kept is None:
        return None
    last_lookup.hit = True
    return Cached(*kept)


# -- Reading -------------------------------------------------------------------------


@dataclass(frozen=True)
class Stamp:
    """What was true when an answer's computation began."""

    generation: int
    sequence: int


@dataclass
class Cached:
    """A stored answer: (JSON text, status) and the tags it depends on."""

    response: tuple
    tags: list[str]


def _trusted_state() -> generation.State:
    """The PostgreSQL state this process trusts, read again when in doubt."""
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


def _reset(floor: int) -> int:
    """Redis lost bumps: move its sequence past `floor` and drop every answer."""
    value = floor + 1
    cache.set_many({SEQUENCE_KEY: value, tag_key(GLOBAL_TAG): value}, timeout=None)
    with contextlib.suppress(Exception):  # the listeners reconnect to a new Redis
        memory.publish(value)
    with _seen.lock:
        _seen.highest = max(_seen.highest, value)
    return value


# The tags of the entries this process has stored or served, per cache key: a hint
# (what is fetched, not what is trusted — the entry's own tags are checked), so a hit
# on a key seen before takes one round trip. Bounded; emptied when full.
_tags_seen: dict[str, tuple[str, ...]] = {}
MAX_KEYS_SEEN = 20_000


def _remember_tags(key: str, tags: Iterable[str]) -> None:
    if len(_tags_seen) >= MAX_KEYS_SEEN:
        _tags_seen.clear()
    _tags_seen[key] = tuple(tags)


def _stamped(keys: list[str]) -> tuple[Stamp, dict] | None:
    """The stamp of this moment and the values of `keys`, in one round trip to Redis;
    None when Redis cannot be used (then nothing it holds is trusted)."""
    values = cache.get_many([SEQUENCE_KEY, *keys])
    if cache_breaker.is_open():
        return None
    sequence: int | None = values.get(SEQUENCE_KEY)
    state = _trusted_state()
    with _seen.lock:
        floor = max(_seen.highest, state.high_water)
        if sequence is not None and sequence >= floor:
            _seen.highest = sequence
    if sequence is None or sequence < floor:
        # Empty, restarted from an older snapshot or it missed bumps: trust nothing
        # it holds; answers computed from now on are stored under the new sequence.
        if sequence is not None:
            logger.warning(
                "Response cache: Redis went back (%s < %s).", sequence, floor
            )
        return Stamp(state.generation, _reset(floor)), {}
    return Stamp(state.generation, sequence), values


def current_stamp() -> Stamp | None:
    """What is true now (one round trip to Redis), for a request that looks up no
    answer; None when Redis cannot be used."""
    stamped = _stamped([])
    return stamped[0] if stamped is not None else None


def hears_every_change() -> bool:
    """Whether this process learns of every change through the cache: a shared one
    (Redis), or a local one with the response cache on (one process: `make run`, the
    tests; production turns the response cache off without Redis)."""
    return bool(settings.GRAPHQL_RESPONSE_CACHE_SECONDS) or not isinstance(
        caches["default"], LocMemCache
    )


def cached_response(key: str) -> tuple[Stamp | None, Cached | None]:
    """The stamp to store a new answer under, and the answer stored, if still valid.

    One round trip to Redis for a key this process has seen (the sequence, the entry
    and the tags it had), two otherwise (then the entry's tags). Read the stamp before
    computing an answer. A hit runs no SQL: the PostgreSQL state is known from the
    process's last read.
    """
    last_lookup.hit = False
    state = _trusted_state()
    kept = memory.answer(key, state.generation)
    if kept is not None:
        last_lookup.hit = True
        return None, Cached(*kept)
    # The tags this process last saw the entry with are read in the same round trip.
    expected = _tags_seen.get(key, ())
    stamped = _stamped([key, *map(tag_key, expected)])
    if stamped is None:
        return None, None
    stamp, values = stamped
    entry = values.get(key)
    if entry is None:
        return stamp, None
    stored_generation, versions, response = entry
    if stored_generation != stamp.generation:
        return stamp, None
    current = values
    if not set(versions) <= set(expected):
        current = cache.get_many([tag_key(tag) for tag in versions])
        if cache_breaker.is_open():
            return None, None
        _remember_tags(key, versions)
    for tag, version in versions.items():
        if current.get(tag_key(tag)) != version:
            return stamp, None
    last_lookup.hit = True
    cached = Cached(tuple(response), list(versions))
    memory.keep(key, stamp.sequence, stamp.generation, cached.response, cached.tags)
    return stamp, cached


def store_response(
    key: str, stamp: Stamp | None, response: tuple, tags: list[str]
) -> None:
    """Store an answer with its tags' current values, unless anything was bumped
    since `stamp` was read (it may have been computed from older data)."""
    if stamp is None:
        return
    keys = [tag_key(tag) for tag in tags]
    values = cache.get_many([SEQUENCE_KEY, *keys])
    if cache_breaker.is_open() or values.get(SEQUENCE_KEY) != stamp.sequence:
        return
    versions = {}
    for tag, tag_key_ in zip(tags, keys, strict=True):
        version = values.get(tag_key_)
        if version is None:
            # First use of the tag (or Redis evicted it): it starts at the stamp's
            # number; a bump racing with this makes the entry invalid, never stale.
            if not cache.add(tag_key_, stamp.sequence, timeout=None):
                return
            version = stamp.sequence
        versions[tag] = version
    _remember_tags(key, versions)
    cache.set(
        key,
        (stamp.generation, versions, response),
        settings.GRAPHQL_RESPONSE_CACHE_SECONDS,
    )
    memory.keep(key, stamp.sequence, stamp.generation, response, list(versions))


# -- Invalidation --------------------------------------------------------------------


def _bump_in_redis(tags: set[str]) -> int | None:
    """Set each tag to a new sequence number; None when Redis did not take it."""
    failures = cache_breaker.failures
    try:
        try:
            number = cache.incr(SEQUENCE_KEY)
        except ValueError:  # no sequence: Redis lost its state
            with _seen.lock:
                floor = max(_seen.highest, (generation.known.value or (0, 0))[1])
            number = _reset(floor)
        if number is None:
            return None
        cache.set_many({tag_key(tag): number for tag in tags}, timeout=None)
        memory.publish(number)
    except Exception:  # a cache backend that raises: the generation takes over
        logger.warning("Response cache: a bump failed.", exc_info=True)
        return None
    if cache_breaker.failures != failures or cache_breaker.is_open():
        return None
    with _seen.lock:
        _seen.highest = max(_seen.highest, number)
    return number


@dataclass
class _Committed:
    """After the commit of a transaction with changes: bump again and purge the CDN.

    An answer computed between the first bump and the commit still saw the old data;
    a CDN purged before the commit could have fetched that answer again.
    """

    tags: set[str] = field(default_factory=set)
    generation: int = 0
    high_water: int = 0

    def __call__(self) -> None:
        if _bump_in_redis(self.tags) is None:
            self._bump_generation()
        generation.known.set(self.generation, self.high_water)
        from .frontend_cache import purge

        purge(self.tags)

    def _bump_generation(self) -> None:
        try:
            self.generation = generation.bump_generation()
        except Exception:  # the database went away right after the commit
            logger.exception("Response cache: could not bump the generation.")


def invalidate(tags: Iterable[str]) -> None:
    """Bump `tags`: every cached answer depending on one of them is dropped."""
    tags = set(tags)
    db = transaction.get_connection()
    if not db.in_atomic_block:
        pending = _Committed(tags)
        number = _bump_in_redis(tags)
        if number is None:
            pending._bump_generation()
        else:
            pending.high_water = generation.raise_high_water(number)
        generation.known.set(pending.generation, pending.high_water)
        from .frontend_cache import purge

        purge(tags)
        return
    found = next(
        (entry[1] for entry in db.run_on_commit if isinstance(entry[1], _Committed)),
        None,
    )
    first = found is None
    pending = found if found is not None else _Committed()
    if first:
        transaction.on_commit(pending, robust=True)
    pending.tags |= tags
    number = _bump_in_redis(tags)
    if number is None:
        if not pending.generation:
            pending.generation = generation.bump_generation()
    elif first:
        # Once per transaction: the bump after the commit takes a higher number, and
        # a Redis found below this mark later missed it. The row lock also orders
        # concurrent publishing transactions.
        pending.high_water = generation.raise_high_water(number + 1)


def invalidate_everything(**_kwargs) -> None:
    """Drop every cached answer (signal handler for changes without precise tags)."""
    invalidate({GLOBAL_TAG})
