"""The shared cache (Redis) as an accelerator, never a dependency.

django-redis with `IGNORE_EXCEPTIONS` turns a failing Redis into cache misses; on top,
a circuit breaker skips Redis for `CACHE_RETRY_SECONDS` after a failure, so a frozen
Redis costs one socket timeout per process and pause, not one per cache call. Callers
that must know whether the cache can be trusted ask `cache_breaker`.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from django.conf import settings
from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted

logger = logging.getLogger("cms.cache")


class CacheBreaker:
    """Open (Redis skipped) for a while after a failure; `failures` counts openings."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open_until = 0.0
        self.failures = 0

    def is_open(self) -> bool:
        return time.monotonic() < self._open_until

    def failed(self, error: BaseException) -> None:
        with self._lock:
            already_open = self.is_open()
            self._open_until = time.monotonic() + settings.CACHE_RETRY_SECONDS
            self.failures += 1
        if not already_open:
            logger.warning(
                "Cache unavailable (%s); answering without it for %ss.",
                type(getattr(error, "__cause__", None) or error).__name__,
                settings.CACHE_RETRY_SECONDS,
            )


cache_breaker = CacheBreaker()


class _GuardedClient:
    """Forwards to django-redis' client unless the breaker is open."""

    def __init__(self, client: Any) -> None:
        self._client = client

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._client, name)
        if not callable(attribute):
            return attribute

        def guarded(*args: Any, **kwargs: Any) -> Any:
            if cache_breaker.is_open():
                raise ConnectionInterrupted(connection=None)
            try:
                return attribute(*args, **kwargs)
            except ConnectionInterrupted as error:
                cache_breaker.failed(error)
                raise

        return guarded


class ResilientRedisCache(RedisCache):
    """django-redis whose failures are misses and whose outages are skipped quickly."""

    def __init__(self, server: str, params: dict[str, Any]) -> None:
        params = {**params, "OPTIONS": {**params.get("OPTIONS", {})}}
        params["OPTIONS"]["IGNORE_EXCEPTIONS"] = True
        super().__init__(server, params)
        self._guarded: _GuardedClient | None = None

    @property
    def client(self) -> Any:
        if self._guarded is None:
            self._guarded = _GuardedClient(super().client)
        return self._guarded
