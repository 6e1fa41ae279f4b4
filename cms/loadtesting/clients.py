"""Concurrent keep-alive clients (threads in this process) sending a workload within a
budget of requests and/or seconds."""

from __future__ import annotations

import http.client
import itertools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from .journeys import GRAPHQL, Request
from .measurements import Measurement

Response = tuple[int, dict[str, str], bytes]  # status, headers, body


class KeepAliveClient:
    """One HTTP/1.1 connection, reused while the server keeps it open."""

    def __init__(self, port: int, timeout: float = 30) -> None:
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)

    def request(self, method: str, path: str, body: bytes | None = None) -> Response:
        headers = {"Accept": "application/json"}
        if body is not None:
            headers["Content-Type"] = "application/json"
        for attempt in (1, 2):
            try:
                self.connection.request(method, path, body=body, headers=headers)
                response = self.connection.getresponse()
                return response.status, dict(response.getheaders()), response.read()
            except (http.client.RemoteDisconnected, ConnectionError):
                # The server closed an idle kept-alive connection: reconnect once.
                self.connection.close()
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def close(self) -> None:
        self.connection.close()


def answer_error(api: str) -> Callable[[int, bytes], str | None]:
    """Why an answer of `api` is a failure, or None (GraphQL answers errors with 200)."""

    def check(status: int, body: bytes) -> str | None:
        if status != 200:
            return f"HTTP {status}: {body[:200]!r}"
        if api == GRAPHQL and body.startswith(b'{"errors"'):
            return body[:300].decode(errors="replace")
        return None

    return check


@dataclass(frozen=True)
class Budget:
    """When the clients stop: after `requests` in all, after `duration` seconds, or at
    whichever comes first."""

    requests: int | None = None
    duration: float | None = None


@dataclass(frozen=True)
class Workload:
    """What the clients send: request number n of a run with the label it is measured
    under, and how to tell a failed answer (status, body → reason or None)."""

    pick: Callable[[int], tuple[str, Request]]
    check: Callable[[int, bytes], str | None]


@dataclass(frozen=True)
class Run:
    """What the clients saw, per label, and how long they took."""

    measurements: dict[str, Measurement]
    seconds: float


def drive(port: int, workload: Workload, *, clients: int, budget: Budget) -> Run:
    """`clients` threads sending the workload's requests until the budget is spent."""
    counter = itertools.count()
    deadline = time.monotonic() + budget.duration if budget.duration else None
    measurements: dict[str, Measurement] = {}
    lock = threading.Lock()

    def measurement(label: str) -> Measurement:
        with lock:
            return measurements.setdefault(label, Measurement())

    def client() -> None:
        http = KeepAliveClient(port)
        try:
            while deadline is None or time.monotonic() < deadline:
                number = next(counter)
                if budget.requests is not None and number >= budget.requests:
                    return
                label, request = workload.pick(number)
                started = time.perf_counter()
                try:
                    status, headers, body = http.request(*request)
                    error = workload.check(status, body)
                except Exception as exc:  # any failure counts, the run goes on
                    error, headers = repr(exc)[:200], {}
                    http.close()
                    http = KeepAliveClient(port)
                measurement(label).record(time.perf_counter() - started, headers, error)
        finally:
            http.close()

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return Run(measurements, time.perf_counter() - started)
