"""What of the response cache PostgreSQL keeps, because Redis can lose or restore it.

Two counters in one table (`ResponseCacheGeneration`, one row each):
- the **generation** (row 1): bumped only when a change could not be announced to Redis
  (Redis down, frozen or failing), in the change's own transaction or right after its
  commit. Every cached answer carries the generation it was computed under, so a newer
  one drops everything Redis may still hold from before.
- the **high-water mark** (row 2): the sequence number (graphql_schema/cache.py) Redis
  must have reached, raised in the transaction of every change. A Redis whose sequence
  is below it went back in time (restarted from an older snapshot) and is not trusted
  until the cache has reset it.

Each process reads both when it first needs them and then every
GRAPHQL_CACHE_GENERATION_SECONDS in a background thread (so a cache hit runs no SQL),
and takes its own commits at once: whatever Redis loses or restores, an answer outlives
the content it was computed from by at most that interval.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from typing import NamedTuple

from django.conf import settings
from django.db import DatabaseError, connection, connections

from cms.dbwatch import watch_connection

logger = logging.getLogger("graphql_schema")

GENERATION_ROW = 1
HIGH_WATER_ROW = 2


class State(NamedTuple):
    generation: int
    high_water: int


def _table() -> str:
    from .models import ResponseCacheGeneration

    return connection.ops.quote_name(ResponseCacheGeneration._meta.db_table)


def read_state() -> State:
    """The committed generation and high-water mark (0 before first use)."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT id, value FROM {_table()} WHERE id IN (%s, %s)",
            [GENERATION_ROW, HIGH_WATER_ROW],
        )
        rows = dict(cursor.fetchall())
    return State(rows.get(GENERATION_ROW, 0), rows.get(HIGH_WATER_ROW, 0))


def _upsert(row: int, first: int, update: str) -> int:
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {_table()} (id, value) VALUES (%s, %s) "
            f"ON CONFLICT (id) DO UPDATE SET value = {update} RETURNING value",
            [row, first],
        )
        return cursor.fetchone()[0]


def bump_generation() -> int:
    """Add one to the generation in the current transaction (created on first use)."""
    return _upsert(GENERATION_ROW, 1, f"{_table()}.value + 1")


def raise_high_water(value: int) -> int:
    """Raise the high-water mark to at least `value` in the current transaction."""
    # SQLite (`make run`) has no GREATEST; its two-argument MAX is the same.
    greatest = "MAX" if connection.vendor == "sqlite" else "GREATEST"
    return _upsert(
        HIGH_WATER_ROW, value, f"{greatest}({_table()}.value, EXCLUDED.value)"
    )


class _Known:
    """What this process knows of the generation and the high-water mark."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.value: State | None = None
        self.poller_pid: int | None = None

    def get(self) -> State | None:
        """The known state; None while it must be read (first use, after doubt)."""
        self._ensure_poller()
        return self.value

    def set(self, generation: int = 0, high_water: int = 0) -> None:
        """Take what this process committed itself (each counter only grows); read
        the rest when nothing is known yet."""
        with self.lock:
            if self.value is not None:
                self.value = State(
                    max(self.value.generation, generation),
                    max(self.value.high_water, high_water),
                )
                return
        with contextlib.suppress(DatabaseError):
            self.refresh()

    def forget(self) -> None:
        """Doubt what is known (Redis failed or went back): read it again before use."""
        with self.lock:
            self.value = None

    def refresh(self) -> State:
        """Read the committed state now (raises DatabaseError when unreachable)."""
        with watch_connection(
            connections["default"], seconds=settings.GRAPHQL_TIMEOUT_SECONDS
        ):
            value = read_state()
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
