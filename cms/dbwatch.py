"""A watchdog that cuts database connections which do not answer in time.

A hung PostgreSQL (or a cut network) leaves a query waiting forever: neither Django nor
psycopg bound a read, and gunicorn's gthread workers do not stop long requests. Whoever
needs a bound registers the thread's connection with a time; shortly after it, the
watchdog shuts the connection's socket down, the waiting read fails and the caller gets
a database error it can answer with a coded 503.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import logging
import os
import socket
import threading
import time
from collections.abc import Iterator

from django.db.backends.base.base import BaseDatabaseWrapper

logger = logging.getLogger("cms.dbwatch")


class _Watchdog:
    """One thread per process that cuts database sockets of operations past due."""

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._heap: list[tuple[float, int]] = []
        self._watched: dict[int, BaseDatabaseWrapper] = {}
        self._ids = itertools.count(1)
        self._thread: threading.Thread | None = None
        self._pid: int | None = None

    def watch(self, at: float, wrapper: BaseDatabaseWrapper) -> int:
        watch_id = next(self._ids)
        with self._lock:
            self._ensure_thread()
            self._watched[watch_id] = wrapper
            heapq.heappush(self._heap, (at, watch_id))
            self._lock.notify()
        return watch_id

    def forget(self, watch_id: int | None) -> None:
        if watch_id is None:
            return
        with self._lock:
            self._watched.pop(watch_id, None)

    def _ensure_thread(self) -> None:
        # gunicorn forks workers after the app is loaded: start one thread per process.
        if self._thread is None or self._pid != os.getpid():
            self._pid = os.getpid()
            self._thread = threading.Thread(
                target=self._run, name="graphql-deadline-watchdog", daemon=True
            )
            self._thread.start()

    def _run(self) -> None:
        while True:
            with self._lock:
                while not self._heap:
                    self._lock.wait()
                at, watch_id = self._heap[0]
                delay = at - time.monotonic()
                if delay > 0:
                    self._lock.wait(timeout=delay)
                    continue
                heapq.heappop(self._heap)
                wrapper = self._watched.pop(watch_id, None)
            if wrapper is not None:
                _cut(wrapper)


@contextlib.contextmanager
def watch_connection(wrapper: BaseDatabaseWrapper, *, seconds: float) -> Iterator[None]:
    """Cut `wrapper`'s database socket if the block has not finished within `seconds`."""
    watch_id = watchdog.watch(time.monotonic() + seconds, wrapper)
    try:
        yield
    finally:
        watchdog.forget(watch_id)


def _cut(wrapper: BaseDatabaseWrapper) -> None:
    """Shut the socket of a Django connection down, so a blocked read returns."""
    raw = getattr(wrapper, "connection", None)
    pgconn = getattr(raw, "pgconn", None)
    if pgconn is None:
        return
    try:
        fd = pgconn.socket
        duplicate = socket.socket(fileno=os.dup(fd))
    except Exception:  # closed meanwhile: nothing to cut
        return
    logger.warning("Database did not answer before the deadline; connection cut.")
    with contextlib.suppress(OSError):
        duplicate.shutdown(socket.SHUT_RDWR)
    duplicate.close()


watchdog = _Watchdog()
