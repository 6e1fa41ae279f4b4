"""The response cache's generation: a counter in PostgreSQL that Redis cannot lose.

Every change that can alter an answer bumps it inside its own transaction. Each process
reads it when it first needs it and then every GRAPHQL_CACHE_GENERATION_SECONDS in a
background thread (so a cache hit runs no SQL), and takes its own commits at once. A
cached answer carries the generation it was computed under and is served only while the
process knows no newer one: whatever Redis loses or restores, an answer outlives the
content it was computed from by at most that interval.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time

from django.conf import settings
from django.db import DatabaseError, connection, connections

from cms.dbwatch import watch_connection

logger = logging.getLogger("graphql_schema")


def _table() -> str:
    from .models import ResponseCacheGeneration

    return connection.ops.quote_name(ResponseCacheGeneration._meta.db_table)


def read_generation() -> int:
    """The committed generation (0 before the first change)."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT value FROM {_table()} WHERE id = 1")
        row = cursor.fetchone()
    return row[0] if row else 0


def bump_generation() -> int:
    """Add one in the current transaction (the row is created on first use)."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {_table()} (id, value) VALUES (1, 1) "
            f"ON CONFLICT (id) DO UPDATE SET value = {_table()}.value + 1 "
            "RETURNING value"
        )
        return cursor.fetchone()[0]


class _Known:
    """What this process knows of the generation."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.value: int | None = None
        self.poller_pid: int | None = None

    def get(self) -> int | None:
        """The known generation; None while it must be read (first use, after doubt)."""
        self._ensure_poller()
        return self.value

    def set(self, value: int) -> None:
        with self.lock:
            if self.value is None or value > self.value:
                self.value = value

    def forget(self) -> None:
        """Doubt what is known (Redis failed or went back): read it again before use."""
        with self.lock:
            self.value = None

    def refresh(self) -> int:
        """Read the committed generation now (raises DatabaseError when unreachable)."""
        with watch_connection(
            connections["default"], seconds=settings.GRAPHQL_TIMEOUT_SECONDS
        ):
            value = read_generation()
        with self.lock:
            self.value = value
        return value

    def _ensure_poller(self) -> None:
        interval = settings.GRAPHQL_CACHE_GENERATION_SECONDS
        if interval <= 0 or self.poller_pid == os.getpid():
            return
        with self.lock:
            if self.poller_pid == os.getpid():
                return
            self.poller_pid = os.getpid()
        threading.Thread(
            target=_poll, args=(interval,), name="graphql-cache-generation", daemon=True
        ).start()


known = _Known()


def _poll(interval: float) -> None:
    while True:
        time.sleep(interval)
        try:
            known.refresh()
        except DatabaseError:
            # Keep what is known: while the database is unreachable nothing can be
            # published through it either. Reconnect on the next round.
            with contextlib.suppress(DatabaseError):
                connection.close()
