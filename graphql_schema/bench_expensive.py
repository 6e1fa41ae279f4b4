"""`benchmark_api --expensive`: the costliest request shapes, replayed with server time.

The shapes of the security review (issue 12) that tied a server up, and the most
expensive query the cost model still accepts. Each is sent one at a time to gunicorn
with the response cache off; the server reports its own time per request
(`X-Server-Time-Ms`), which the README compares with the deadline.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable

from django.conf import settings

from cms.benchmarking import SERVER_TIME_HEADER

from .benchmark import Samples, Server, graphql_request
from .loadgen import KeepAliveClient, gunicorn_env, percentile


def expensive_shapes(samples: Samples) -> dict[str, tuple]:
    """Name → request of each shape; the largest accepted query first."""
    ars = samples.commune_ars
    largest = (
        f"{{ lifeSituations(limit: 100) {{ items {{ title teaser services(commune: "
        f'"{ars}") {{ title teaser fullText processingTime localisedFields '
        f"authorities {{ name }} }} }} }} }}"
    )
    fan_out = (
        "{ "
        + " ".join(
            f"a{i}: lifeSituations(limit: 100) {{ items {{ services(commune: "
            f'"{ars}") {{ lifeSituations {{ services {{ fullText procedure '
            "prerequisites } } } } }"
            for i in range(30)
        )
        + " }"
    )
    fragments = " ".join(
        f"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}" for i in range(21)
    )
    exponential = (
        f"query {{ ...F0 }} {fragments} fragment F21 on Query "
        "{ communes { totalCount } }"
    )
    return {
        "largest accepted fan-out (services resolved for 100 life situations)": (
            graphql_request(largest)
        ),
        "review's fan-out: 30 aliases × nested lists (refused by cost)": (
            graphql_request(fan_out)
        ),
        "review's exponential fragments (refused by the cheap limits)": (
            graphql_request(exponential)
        ),
    }


def _outcome(status: int, body: bytes) -> str:
    try:
        data = json.loads(body)
    except ValueError:
        return f"HTTP {status}, not JSON"
    codes = sorted(
        {error.get("extensions", {}).get("code") for error in data.get("errors", [])}
    )
    return f"HTTP {status}" + (f", {', '.join(codes)}" if codes else ", data")


def run_expensive(
    samples: Samples,
    *,
    requests: int,
    workers: int,
    write: Callable[[str], None],
) -> dict:
    """Replay each shape `requests` times, one after the other."""
    env = gunicorn_env(BENCHMARK_ENDPOINTS="1", GRAPHQL_RESPONSE_CACHE_SECONDS="0")
    results = []
    with Server(workers=workers, env=env) as server:
        client = KeepAliveClient(server.port)
        try:
            for name, request in expensive_shapes(samples).items():
                server_ms, client_seconds, outcomes = [], [], set()
                for _ in range(requests):
                    started = time.perf_counter()
                    status, headers, body = client.request(*request)
                    client_seconds.append(time.perf_counter() - started)
                    server_ms.append(float(headers.get(SERVER_TIME_HEADER, "nan")))
                    outcomes.add(_outcome(status, body))
                row = {
                    "shape": name,
                    "requests": requests,
                    "request_bytes": len(request[2] or b""),
                    "outcome": " / ".join(sorted(outcomes)),
                    "server_ms_p50": round(statistics.median(server_ms), 1),
                    "server_ms_max": round(max(server_ms), 1),
                    "client_ms_p95": round(percentile(client_seconds, 0.95), 1),
                }
                results.append(row)
                write(
                    f"  {name}\n    {row['outcome']}; server p50 "
                    f"{row['server_ms_p50']} ms, max {row['server_ms_max']} ms "
                    f"({row['request_bytes']} bytes sent)"
                )
        finally:
            client.close()
    deadline_ms = settings.GRAPHQL_TIMEOUT_SECONDS * 1000
    worst = max(row["server_ms_max"] for row in results)
    write(
        f"\nDeadline {deadline_ms:.0f} ms; the worst request took {worst} ms on the "
        "server."
    )
    return {"deadline_ms": deadline_ms, "results": results}
