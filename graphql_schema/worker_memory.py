"""Cached answers kept in the worker's memory between changes (issue 17, goal 3).

A hit from Redis costs a round trip: the sequence, the entry and its tags. While no tag
anywhere is bumped, an answer found valid at sequence number n stays valid. So every
bump publishes its new number on a Redis channel (`cache.py`), a thread per worker
process listens, and an answer found valid at the number the listener heard last is
served from memory without asking Redis. A bump in this process empties the memory at
once; one in another process reaches it as soon as the message arrives and the listener
runs (milliseconds: a request answered in that moment may still get the older answer).

Redis is still the only judge: the memory is trusted only while the listener is
subscribed and has heard from Redis (a message or the answer to its ping) within the
trust window, only for the generation this process knows, and never while the cache
breaker is open. The window is shorter than the cache's socket timeout: a publish that
Redis cannot take (frozen) fails only after that timeout and then bumps the generation
in PostgreSQL, and by then no worker trusts its memory any more. Whenever the window
lapses, the listener connects, loses Redis or hears a number lower than before, the
memory is emptied. Without Redis (local-memory cache) there is
nothing to save and the memory is off; `GRAPHQL_WORKER_MEMORY_BYTES=0` turns it off.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import redis
from django.conf import settings
from django.core.cache import cache, caches

from cms.cache_backend import ResilientRedisCache, cache_breaker

logger = logging.getLogger("graphql_schema")

CHANNEL = "graphql-response:bumps"


def trust_seconds() -> float:
    """How long the memory is trusted after the listener last heard from Redis."""
    return 0.8 * settings.CACHE_TIMEOUT_SECONDS


def ping_seconds() -> float:
    """How often the listener pings Redis while no bump arrives."""
    return trust_seconds() / 4


@dataclass(frozen=True)
class _Entry:
    sequence: int
    generation: int
    expires_at: float
    response: tuple
    tags: list[str]
    size: int


class WorkerMemory:
    """The answers of one worker process, and what it heard of the sequence kept in
    the cache under `sequence_key`."""

    def __init__(self, sequence_key: str) -> None:
        self._sequence_key = sequence_key
        self._lock = threading.Lock()
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self._bytes = 0
        # The sequence the listener heard last, and when it last heard from Redis.
        self._sequence: int | None = None
        self._heard_at = 0.0
        # The last bump of this process: what was found valid before it is stale.
        self._floor = 0
        # The listener thread (per process and Redis) and what it serves.
        self._listener: tuple[int, str] | None = None
        self.served = 0

    # -- Answers ---------------------------------------------------------------------

    def answer(self, key: str, generation: int) -> tuple[tuple, list[str]] | None:
        """The answer (response, tags) kept for `key`, if it is still valid without
        asking Redis."""
        if not self.trusted():
            return None
        with self._lock:
            entry = self._entries.get(key)
            if (
                entry is None
                or entry.sequence != self._sequence
                or entry.generation != generation
                or entry.expires_at <= time.monotonic()
            ):
                return None
            self._entries.move_to_end(key)
            self.served += 1
            return entry.response, entry.tags

    def keep(
        self,
        key: str,
        sequence: int,
        generation: int,
        response: tuple,
        tags: list[str],
    ) -> None:
        """Keep an answer (response, tags) that Redis found valid at `sequence`."""
        limit = settings.GRAPHQL_WORKER_MEMORY_BYTES
        size = len(response[0])
        if not self.trusted() or size > limit // 8:
            return
        entry = _Entry(
            sequence,
            generation,
            time.monotonic() + settings.GRAPHQL_RESPONSE_CACHE_SECONDS,
            response,
            tags,
            size,
        )
        with self._lock:
            if sequence < self._floor:
                return
            previous = self._entries.pop(key, None)
            if previous is not None:
                self._bytes -= previous.size
            self._entries[key] = entry
            self._bytes += size
            while self._bytes > limit:
                _key, oldest = self._entries.popitem(last=False)
                self._bytes -= oldest.size

    def forget(self) -> None:
        with self._lock:
            self._empty()

    def _empty(self) -> None:
        """Drop every kept answer (lock held)."""
        self._entries.clear()
        self._bytes = 0

    # -- The sequence ----------------------------------------------------------------

    def bumped_here(self, number: int) -> None:
        """This process bumped Redis to `number`: nothing kept so far, nor anything
        found valid before `number`, is served again."""
        with self._lock:
            self._floor = max(self._floor, number)
            self._empty()

    def publish(self, number: int) -> None:
        """Tell every worker that Redis is at sequence `number` after a bump in this
        process (raises when Redis cannot take the message)."""
        self.bumped_here(number)
        backend = caches["default"]
        if isinstance(backend, ResilientRedisCache):
            backend.client.get_client(write=True).publish(CHANNEL, number)

    def heard(self, number: int) -> None:
        """The listener heard that Redis is at sequence `number` (messages arrive in
        the order Redis took the bumps)."""
        with self._lock:
            went_back = self._sequence is not None and number < self._sequence
            self._heard_now(forget=went_back)
            self._sequence = number

    def _alive(self) -> None:
        with self._lock:
            self._heard_now(forget=False)

    def _heard_now(self, *, forget: bool) -> None:
        """Redis answered (lock held): what was kept survives only if the trust window
        never lapsed since it was last heard from (a publish may have failed)."""
        now = time.monotonic()
        if forget or now - self._heard_at >= trust_seconds():
            self._empty()
        self._heard_at = now

    def _lost(self, wanted: tuple[int, str]) -> None:
        with self._lock:
            if self._listener != wanted:
                return  # a listener for another Redis took over
            self._sequence = None
            self._heard_at = 0.0
            self._empty()

    def trusted(self) -> bool:
        """Whether kept answers may be served now (starts the listener)."""
        location = _redis_location()
        if location is None or cache_breaker.is_open():
            return False
        self._ensure_listener(location)
        return (
            self._sequence is not None
            and time.monotonic() - self._heard_at < trust_seconds()
        )

    # -- The listener ----------------------------------------------------------------

    def _ensure_listener(self, location: str) -> None:
        wanted = (os.getpid(), location)
        if self._listener == wanted:
            return
        with self._lock:
            if self._listener == wanted:
                return
            # A new process (gunicorn forks after import) or another Redis (tests).
            self._listener = wanted
            self._sequence = None
            self._floor = 0
            self._empty()
        threading.Thread(
            target=self._listen,
            args=(wanted,),
            name="graphql-cache-listener",
            daemon=True,
        ).start()

    def _listen(self, wanted: tuple[int, str]) -> None:
        timeout = settings.CACHE_TIMEOUT_SECONDS
        while self._listening(wanted):
            client: Any = None
            try:
                client = redis.Redis.from_url(
                    wanted[1],
                    socket_connect_timeout=timeout,
                    socket_timeout=ping_seconds() + timeout,
                )
                subscription = client.pubsub()
                subscription.subscribe(CHANNEL)
                self._listen_on(subscription, wanted)
            except Exception as error:  # Redis went away: trust nothing it said
                logger.info("Response cache: the listener lost Redis (%s).", error)
            finally:
                self._lost(wanted)
                if client is not None:
                    with contextlib.suppress(Exception):
                        client.close()
            if self._listening(wanted):
                time.sleep(settings.CACHE_RETRY_SECONDS)
        with self._lock:
            if self._listener == wanted:
                self._listener = None

    def _listening(self, wanted: tuple[int, str]) -> bool:
        """Whether the listener for `wanted` is still the one this process needs."""
        return self._listener == wanted and _redis_location() == wanted[1]

    def _listen_on(self, subscription: Any, wanted: tuple[int, str]) -> None:
        subscribed = subscription.get_message(timeout=settings.CACHE_TIMEOUT_SECONDS)
        if subscribed is None or subscribed["type"] != "subscribe":
            raise ConnectionError("no subscription")
        # Subscribed first, then read: no bump falls between the two. A Redis without
        # a sequence (new or emptied) gets one from the next lookup, which publishes it.
        sequence = cache.get(self._sequence_key)
        if cache_breaker.is_open():
            raise ConnectionError("the cache breaker is open")
        self.forget()
        if sequence is not None:
            self.heard(int(sequence))
        else:
            self._alive()
        while self._listening(wanted):
            message = subscription.get_message(timeout=ping_seconds())
            if message is None:
                subscription.ping()
            elif message["type"] == "message":
                self.heard(int(message["data"]))
            elif message["type"] == "pong":
                self._alive()
            if time.monotonic() - self._heard_at > settings.CACHE_RETRY_SECONDS:
                raise ConnectionError("Redis did not answer the pings")


def _redis_location() -> str | None:
    """The Redis of the response cache, when the worker memory is on."""
    if settings.GRAPHQL_WORKER_MEMORY_BYTES <= 0:
        return None
    backend = settings.CACHES["default"]
    if backend["BACKEND"] != f"{ResilientRedisCache.__module__}.ResilientRedisCache":
        return None
    return backend["LOCATION"]
