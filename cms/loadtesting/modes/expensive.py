"""The costliest request shapes, replayed one at a time with the server's own time.

The shapes of the security review (issue 12) that tied a server up, and the most
expensive query the cost model still accepts. Each is sent `requests` times by one
client to gunicorn with the response cache off; the server reports its own time per
request (`X-Server-Time-Ms`), which the README compares with the deadline.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict

from django.conf import settings

from ..clients import Budget, Workload, drive
from ..journeys import GRAPHQL, Request, graphql_request
from ..measurements import Measurement, result_row
from ..report import describe, new_report, request_failures
from ..samples import Samples, pick_samples
from ..server import Server, peak_rss_mib

MODE = "expensive"


def expensive_shapes(samples: Samples) -> dict[str, Request]:
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


def outcome(status: int, body: bytes) -> str:
    """The status and error codes of an answer: refusals are what these shapes test."""
    try:
        data = json.loads(body)
    except ValueError:
        return f"HTTP {status}, not JSON"
    codes = sorted(
        {error.get("extensions", {}).get("code") for error in data.get("errors", [])}
    )
    return f"HTTP {status}" + (f", {', '.join(codes)}" if codes else ", data")


def replay(server: Server, name: str, request: Request, requests: int) -> dict:
    """One shape, `requests` times by one client: a result row with its outcomes."""
    outcomes: set[str] = set()

    def check(status: int, body: bytes) -> None:
        outcomes.add(outcome(status, body))

    run = drive(
        server.port,
        Workload(pick=lambda _number: (name, request), check=check),
        clients=1,
        budget=Budget(requests=requests),
    )
    row = result_row(
        name,
        GRAPHQL,
        MODE,
        run.measurements.get(name, Measurement()),
        seconds=run.seconds,
        rss_mib=peak_rss_mib(server.workers()),
    )
    return {
        **row,
        "outcome": " / ".join(sorted(outcomes)),
        "request_bytes": len(request[2] or b""),
    }


def run_expensive(*, requests: int, workers: int, write: Callable[[str], None]) -> dict:
    """Replay each shape `requests` times, one after the other."""
    samples = pick_samples()
    report = new_report(MODE, {"requests": requests, "workers": workers})
    report["samples"] = asdict(samples)
    for line in [*describe(report), samples.describe()]:
        write(line)
    write(
        f"gunicorn {workers} sync workers; each shape {requests} times by 1 client.\n"
    )
    results = []
    with Server(workers=workers, env={"GRAPHQL_RESPONSE_CACHE_SECONDS": "0"}) as server:
        for name, request in expensive_shapes(samples).items():
            row = replay(server, name, request, requests)
            results.append(row)
            write(
                f"  {name}\n    {row['outcome']}; server p50 "
                f"{row['server_p50_ms']} ms, max {row['server_max_ms']} ms "
                f"({row['request_bytes']} bytes sent)"
            )
    deadline_ms = settings.GRAPHQL_TIMEOUT_SECONDS * 1000
    worst = max((row["server_max_ms"] or 0) for row in results)
    write(
        f"\nDeadline {deadline_ms:.0f} ms; the worst request took {worst} ms on the "
        "server."
    )
    report["results"] = results
    report["failures"] = request_failures(results)
    report["deadline_ms"] = deadline_ms
    return report
