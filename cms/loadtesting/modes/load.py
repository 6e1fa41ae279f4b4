"""Load: every portal journey, mixed, while an editor publishes.

Concurrent clients send the portal's journeys in random order, each about content
drawn from the whole catalogue, to gunicorn (gthread workers) with the response cache
as configured, for a bounded time and number of requests; meanwhile an editor publishes
a change every few seconds and checks each is visible within 5 s.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from django.conf import settings

from ..clients import Budget, Workload, answer_error, drive
from ..editor import Editor
from ..journeys import GRAPHQL, JOURNEYS, Request
from ..measurements import Measurement, result_row
from ..report import describe, format_table, new_report, request_failures
from ..samples import Catalogue
from ..server import Server, peak_rss_mib, reset_peak_rss

MODE = "load"
THREADS_PER_WORKER = 4


def mixed_journeys(catalogue: Catalogue) -> Callable[[int], tuple[str, Request]]:
    """Request number n: a journey and a target drawn at random (the same for the
    same n, so runs are repeatable)."""

    def pick(number: int) -> tuple[str, Request]:
        rng = random.Random(number)
        journey = rng.choice(JOURNEYS)
        return journey.name, journey.request(GRAPHQL, catalogue.draw(rng))

    return pick


def run_load(
    *,
    clients: int,
    workers: int,
    budget: Budget,
    publish_interval: float,
    write: Callable[[str], None],
) -> dict:
    """Readers and an editor at once; a result row per journey and one for all."""
    if budget.duration is None:
        raise ValueError(
            "The load mode runs for a duration (the editor publishes meanwhile)."
        )
    catalogue = Catalogue.load()
    report = new_report(
        MODE,
        {
            "clients": clients,
            "workers": workers,
            "threads": THREADS_PER_WORKER,
            "duration": budget.duration,
            "requests": budget.requests,
            "publish_interval": publish_interval,
        },
    )
    report["drawn_from"] = catalogue.sizes()
    for line in describe(report):
        write(line)
    overrides: dict[str, str] = {}
    if "locmem" in settings.CACHES["default"]["BACKEND"].lower():
        # Workers' local caches would not see this process's publishes.
        overrides["GRAPHQL_RESPONSE_CACHE_SECONDS"] = "0"
        write("No shared cache (REDIS_URL unset): response cache off.")
    write(
        f"gunicorn {workers} workers × {THREADS_PER_WORKER} threads; {clients} "
        f"clients for {budget.duration:g} s (at most {budget.requests} requests); an "
        f"editor publishes every {publish_interval:g} s.\n"
    )
    with Server(workers=workers, threads=THREADS_PER_WORKER, env=overrides) as server:
        pids = server.workers()
        reset_peak_rss(pids)
        editor = Editor(server.port, interval=publish_interval)
        publishing = editor.start(until=time.monotonic() + budget.duration)
        workload = Workload(pick=mixed_journeys(catalogue), check=answer_error(GRAPHQL))
        run = drive(server.port, workload, clients=clients, budget=budget)
        publishing.join()
        rss = peak_rss_mib(pids)
    rows = [
        result_row(
            journey.name, GRAPHQL, MODE, measurement, seconds=run.seconds, rss_mib=rss
        )
        for journey in JOURNEYS
        if (measurement := run.measurements.get(journey.name))
    ]
    everything = Measurement.merged(run.measurements.values())
    total = result_row(
        "all", GRAPHQL, MODE, everything, seconds=run.seconds, rss_mib=rss
    )
    report["results"] = [*rows, total]
    report["editor"] = editor.figures()
    report["failures"] = request_failures([total]) + editor.failures()
    write("\n".join(format_table(report["results"])))
    write(
        f"\n{total['requests']} requests in {run.seconds:.0f} s "
        f"({total['requests_per_second']:.0f}/s) with {clients} clients, "
        f"{total['errors']} failed; {editor.summary()}."
    )
    for name, measurement in run.measurements.items():
        for error in measurement.errors[:3]:
            write(f"  failed: {name}: {error}")
    return report
