"""The benchmark proper: what one app server does on the journeys both APIs answer.

A cold server (response cache off) runs our GraphQL API, Wagtail's REST API v2 on the
same pages and the ceiling view, and counts the SQL of the list journeys at 10 and at
100 items; optionally a server on a baseline database runs the cold GraphQL journeys
(how latency grows with the content); a warm server (response cache on the benchmark's
own Redis database) runs them again, each in turn with the ceiling view. Rows that a
ratio compares are measured in slices taken in turn (GraphQL and REST API v2 per
journey; each warm journey and the ceiling), so the host's drift over the minutes of a
run does not decide a goal. Ratios compare within the run. Besides: where
the uncached service and life situation for a commune spend their time (a profile in
this process), a new worker's cold start, peak RSS per worker and, with a churn
interval, the churn measurement (`churn.py`) in the same run.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace
from functools import partial

from django.core.management.base import CommandError

from ..clients import Budget, Run, Workload, answer_error, drive
from ..journeys import (
    CEILING,
    CEILING_REQUEST,
    COMPARED,
    GRAPHQL,
    JOURNEYS,
    REST_V2,
    Request,
)
from ..measurements import Measurement, result_row
from ..middleware import SQL_QUERIES_HEADER
from ..profiling import describe_profile, profile_like_the_servers
from ..report import (
    describe,
    format_row,
    format_table,
    new_report,
    request_failures,
    without_password,
)
from ..samples import Samples, pick_samples, samples_of
from ..server import (
    Server,
    cold_start,
    describe_cold_start,
    flush_redis,
    redis_url_for,
)
from .churn import CALM, CHURN, Churn, measure_churn, write_churn

COLD, WARM = "cold", "warm"
# Cold, one client at a time: the server's own time without queueing (goal 1).
ONE_CLIENT = "1 client"
# Cold runs against --baseline-database.
BASELINE = "base"
JOURNEY_NAMES = tuple(journey.name for journey in COMPARED)
# The requests goal 1 of issue 17 is about: profiled in every comparison.
PROFILED = ("service for a commune", "commune life situation")
CHURN_MODES = (CALM, CHURN)
# Issue 17's thresholds.
GOAL_REST_RATIO = 3.0  # goal 1: uncached req/s ≥ 3 × REST API v2 detail
GOAL_SERVER_P50_MS = 10.0  # goal 1: server time p50 with one client
GOAL_CEILING_RATIO = 0.9  # goal 3: warm req/s ≥ 0.9 × the bare Django view
# Rows compared with each other are measured in this many slices taken in turn.
SLICES = 4


@dataclass(frozen=True)
class Comparison:
    """The options of a comparison run."""

    clients: int
    workers: int
    budget: Budget
    warmup: int
    redis_db: int
    skip_warm: bool
    baseline_database: str | None = None
    churn: Churn | None = None


def check_first_answer(name: str, api: str, status: int, body: bytes) -> str | None:
    """A full check of one answer: not only no error, but the content asked for."""
    error = answer_error(api)(status, body)
    if error or api == CEILING:
        return error
    data = json.loads(body)
    if api == GRAPHQL:
        data = data.get("data") or {}
        if any(value is None for value in data.values()):
            return f"empty answer: {body[:200]!r}"
        return None
    if "items" in data and not data["items"] and name != "search":
        return f"no items: {body[:200]!r}"
    return None


@dataclass(frozen=True)
class Entry:
    """One row to measure: a journey through an API in a mode, the requests sent in
    turn and, for the ceiling measured beside a journey, that journey's name."""

    name: str
    api: str
    mode: str
    requests: tuple[Request, ...]
    beside: str | None = None


def prepare(server: Server, entry: Entry, options: Comparison) -> Workload:
    """Check the first answer and warm up: the workload ready to measure."""
    status, _, body = server.fetch(entry.requests[0])
    if error := check_first_answer(entry.name, entry.api, status, body):
        raise CommandError(f"{entry.api} {entry.name}: {error}")
    requests = entry.requests
    workload = Workload(
        pick=lambda number: (entry.name, requests[number % len(requests)]),
        check=answer_error(entry.api),
    )
    drive(
        server.port,
        workload,
        clients=options.clients,
        budget=Budget(requests=options.warmup),
    )
    return workload


def sliced(budget: Budget, slices: int) -> Budget:
    """One slice's share of a budget."""
    return Budget(
        requests=-(-budget.requests // slices) if budget.requests else None,
        duration=budget.duration / slices if budget.duration else None,
    )


@dataclass
class Slices:
    """What the slices of one row measured so far."""

    measurements: list[Measurement] = field(default_factory=list)
    seconds: float = 0.0
    peak_rss_mib: dict[int, float] = field(default_factory=dict)
    # When each slice began, in seconds from the first slice of the alternation.
    starts: list[float] = field(default_factory=list)

    def add(self, run: Run, rss: dict[int, float], name: str, began: float) -> None:
        self.starts.append(round(began, 3))
        self.measurements.append(run.measurements.get(name, Measurement()))
        self.seconds += run.seconds
        for pid, mib in rss.items():
            self.peak_rss_mib[pid] = max(self.peak_rss_mib.get(pid, 0.0), mib)


def alternating(
    server: Server,
    entries: list[Entry],
    options: Comparison,
    slices: int = SLICES,
) -> list[dict]:
    """Measure rows that are compared with each other in slices taken in turn, each
    row getting its budget in all: forward, then backward (A B, B A, A B, …), so a
    host that drifts steadily slows each of them alike. Ratios of the rows then
    depend on the code, not on the minute each was measured in."""
    workloads = [prepare(server, entry, options) for entry in entries]
    budget = sliced(options.budget, slices)
    measured = [Slices() for _ in entries]
    order = list(range(len(entries)))
    began = time.monotonic()
    for turn in range(slices):
        for index in order if turn % 2 == 0 else reversed(order):
            at = time.monotonic() - began
            run, rss = server.drive(
                workloads[index], clients=options.clients, budget=budget
            )
            measured[index].add(run, rss, entries[index].name, at)
    rows = []
    for entry, row_slices in zip(entries, measured, strict=True):
        row = result_row(
            entry.name,
            entry.api,
            entry.mode,
            Measurement.merged(row_slices.measurements),
            seconds=row_slices.seconds,
            rss_mib=row_slices.peak_rss_mib,
        )
        row["slice_starts"] = row_slices.starts
        if entry.beside:
            row["beside"] = entry.beside
        rows.append(row)
    return rows


def measure(server: Server, entry: Entry, options: Comparison) -> dict:
    """One row measured on its own, in one stretch."""
    return alternating(server, [entry], options, slices=1)[0]


def item_count(body: bytes, api: str) -> int:
    """How many items a list response holds (for the scaling check's report)."""
    data = json.loads(body)
    if api == REST_V2:
        return len(data.get("items", [])) if "items" in data else 1
    for value in (data.get("data") or {}).values():
        if isinstance(value, list):
            return len(value)
        if isinstance(value, dict) and "items" in value:
            return len(value["items"])
    return 0


def sql_scaling(
    server: Server, name: str, api: str, sized: Callable[[int], Request]
) -> dict:
    """SQL queries of a list journey at 10 and at 100 items: the fewest of the last
    three of five tries, so lookups a worker caches on first use do not count."""
    figures = {}
    for size in (10, 100):
        counts = []
        for _ in range(5):
            status, headers, body = server.fetch(sized(size))
            if error := answer_error(api)(status, body):
                raise CommandError(f"{api} {name}: {error}")
            counts.append(int(headers[SQL_QUERIES_HEADER]))
        figures[size] = (min(counts[2:]), item_count(body, api))
    return {
        "journey": name,
        "api": api,
        "sql_at_10": figures[10][0],
        "sql_at_100": figures[100][0],
        "items_at_10": figures[10][1],
        "items_at_100": figures[100][1],
        "equal": figures[10][0] == figures[100][0],
    }


def find_row(
    results: list[dict], journey: str, api: str, mode: str, beside: str | None = None
) -> dict | None:
    """The row of a journey through an API in a mode (and for the ceiling measured
    beside a journey, that journey)."""
    return next(
        (
            r
            for r in results
            if (r["journey"], r["api"], r["mode"], r.get("beside"))
            == (journey, api, mode, beside)
        ),
        None,
    )


def ratios(results: list[dict]) -> dict:
    """The comparisons the benchmark exists for."""

    find = partial(find_row, results)

    figures: dict[str, float | None] = {}
    for name in PROFILED:
        ours, theirs = find(name, GRAPHQL, COLD), find(name, REST_V2, COLD)
        if ours and theirs and ours["p50_ms"] and theirs["p50_ms"]:
            figures[f"{name}: GraphQL cold p50 / REST API v2 detail p50"] = round(
                ours["p50_ms"] / theirs["p50_ms"], 2
            )
        if ours and theirs and theirs["requests_per_second"]:
            figures[f"{name}: GraphQL cold req/s / REST API v2 detail req/s"] = round(
                ours["requests_per_second"] / theirs["requests_per_second"], 2
            )
    for name in JOURNEY_NAMES:
        here, there = find(name, GRAPHQL, COLD), find(name, GRAPHQL, BASELINE)
        if here and there and here["p50_ms"] and there["p50_ms"]:
            figures[f"{name}: GraphQL cold p50 / same on the baseline database"] = (
                round(here["p50_ms"] / there["p50_ms"], 2)
            )
    for name in JOURNEY_NAMES:
        for mode in (COLD, WARM):
            result = find(name, GRAPHQL, mode)
            ceiling = ceiling_for(results, name, mode)
            if result and ceiling and ceiling["requests_per_second"]:
                figures[f"{name}: GraphQL {mode} req/s / ceiling req/s"] = round(
                    result["requests_per_second"] / ceiling["requests_per_second"], 3
                )
    return figures


def ceiling_for(results: list[dict], journey: str, mode: str) -> dict | None:
    """The ceiling a journey's row is compared with: for a warm row the one measured in
    turn with it, else the cold server's."""
    if mode == WARM:
        return find_row(results, "ceiling", CEILING, WARM, beside=journey)
    return find_row(results, "ceiling", CEILING, COLD)


def issue_goals(results: list[dict], churn_goals: list[dict], cold: dict) -> list[dict]:
    """Issue 17's goals from this run's figures, each with `item` (the issue's
    numbering), the measured `value` and whether it is `met` (None: reported only)."""

    find = partial(find_row, results)

    def goal(item: int, text: str, at: str, value, met: bool | None) -> dict:
        return {"item": item, "goal": text, "at": at, "value": value, "met": met}

    goals = []
    for name in PROFILED:
        ours, theirs = find(name, GRAPHQL, COLD), find(name, REST_V2, COLD)
        ratio = (
            round(ours["requests_per_second"] / theirs["requests_per_second"], 2)
            if ours and theirs and theirs["requests_per_second"]
            else None
        )
        goals.append(
            goal(
                1,
                f"uncached req/s ≥ {GOAL_REST_RATIO:g} × REST API v2 detail",
                name,
                ratio,
                ratio is not None and ratio >= GOAL_REST_RATIO,
            )
        )
        single = find(name, GRAPHQL, ONE_CLIENT)
        server = single["server_p50_ms"] if single else None
        goals.append(
            goal(
                1,
                f"uncached server time p50 with one client ≤ {GOAL_SERVER_P50_MS:g} ms",
                name,
                server,
                server is not None and server <= GOAL_SERVER_P50_MS,
            )
        )
    for name in JOURNEY_NAMES:
        warm = find(name, GRAPHQL, WARM)
        ceiling = ceiling_for(results, name, WARM)
        if warm is None or not ceiling or not ceiling["requests_per_second"]:
            continue
        ratio = round(warm["requests_per_second"] / ceiling["requests_per_second"], 2)
        goals.append(
            goal(
                3,
                f"warm req/s ≥ {GOAL_CEILING_RATIO:g} × the bare Django view",
                name,
                ratio,
                ratio >= GOAL_CEILING_RATIO,
            )
        )
    goals += [{"item": 4, **churn_goal} for churn_goal in churn_goals]
    goals.append(
        goal(
            5,
            "cold start: seconds from starting gunicorn to the first answer",
            "one new worker, uncached service for a commune",
            cold.get("seconds_to_first_answer"),
            None,
        )
    )
    peaks = [peak for row in results for peak in row.get("peak_rss_per_worker_mib", [])]
    goals.append(
        goal(
            5,
            "peak RSS per worker, MiB",
            "the highest of any server and journey of this run",
            max(peaks) if peaks else None,
            None,
        )
    )
    return goals


def describe_goals(goals: list[dict]) -> list[str]:
    """The goals as printed: item, goal, where, value, verdict."""
    verdicts = {True: "met", False: "NOT met", None: "reported"}
    return [
        f"  {g['item']}. {g['goal']} ({g['at']}): {g['value']} — {verdicts[g['met']]}"
        for g in goals
    ]


def compared(
    server: Server,
    mode: str,
    samples: Samples,
    options: Comparison,
    *,
    with_rest: bool = False,
    with_ceiling: bool = False,
) -> Iterator[dict]:
    """Each journey both APIs answer through GraphQL, in turn with the same journey
    through REST API v2 and/or with the ceiling when asked: what it is compared with."""
    targets = samples.targets()
    for journey in COMPARED:
        entries = [
            Entry(
                journey.name,
                api,
                mode,
                tuple(journey.request(api, target) for target in targets),
            )
            for api in (GRAPHQL, *([REST_V2] if with_rest else []))
        ]
        if with_ceiling:
            entries.append(
                Entry("ceiling", CEILING, mode, (CEILING_REQUEST,), beside=journey.name)
            )
        yield from alternating(
            server, entries, options, slices=SLICES if len(entries) > 1 else 1
        )


def run_comparison(options: Comparison, write: Callable[[str], None]) -> dict:
    """One run: cold with REST API v2 and the ceiling, the baseline, then warm."""
    samples = pick_samples()
    budget = options.budget
    report = new_report(
        "benchmark",
        {
            "clients": options.clients,
            "workers": options.workers,
            "requests": budget.requests,
            "duration": budget.duration,
            "warmup": options.warmup,
        },
    )
    report["samples"] = asdict(samples)
    redis_url = redis_url_for(options.redis_db)
    if not options.skip_warm:
        report["machine"]["redis"] = flush_redis(redis_url)
    write_header(report, samples, options, write)
    results: list[dict] = []

    def record(rows: Iterable[dict]) -> None:
        for row in rows:
            results.append(row)
            write(format_row(row))

    cold = {"REDIS_URL": redis_url, "GRAPHQL_RESPONSE_CACHE_SECONDS": "0"}
    scaling = []
    with Server(workers=options.workers, env=cold) as server:
        record(compared(server, COLD, samples, options, with_rest=True))
        ceiling = Entry("ceiling", CEILING, COLD, (CEILING_REQUEST,))
        record([measure(server, ceiling, options)])
        # Goal 1's server time: one client, so no request waits for another.
        single = replace(options, clients=1)
        for journey in COMPARED:
            if journey.name in PROFILED:
                requests = tuple(
                    journey.request(GRAPHQL, target) for target in samples.targets()
                )
                entry = Entry(journey.name, GRAPHQL, ONE_CLIENT, requests)
                record([measure(server, entry, single)])
        target = samples.targets()[0]
        for api in (GRAPHQL, REST_V2):
            for journey in COMPARED:
                if journey.limit:
                    sized = partial(journey.request, api, target)
                    scaling.append(sql_scaling(server, journey.name, api, sized))
    target = samples.targets()[0]
    report["profile"] = {}
    for journey in JOURNEYS:
        if journey.name in PROFILED:
            figures = profile_like_the_servers(journey.name, env=cold)
            report["profile"][journey.name] = figures
            write("\n" + "\n".join(describe_profile(journey.name, figures)))
    first = next(j for j in COMPARED if j.name == PROFILED[0])
    report["cold_start"] = cold_start(first.request(GRAPHQL, target), env=cold)
    write("\n" + describe_cold_start(report["cold_start"]) + "\n")
    if options.baseline_database:
        # The same journeys on another database (say the small preset), in the same
        # run on the same machine: how latency grows with the content.
        baseline = samples_of(options.baseline_database)
        report["baseline"] = {
            "database": without_password(options.baseline_database),
            "samples": asdict(baseline),
        }
        with Server(
            workers=options.workers,
            env={**cold, "DATABASE_URL": options.baseline_database},
        ) as server:
            record(compared(server, BASELINE, baseline, options))
    if not options.skip_warm:
        flush_redis(redis_url)
        with Server(
            workers=options.workers,
            env={"REDIS_URL": redis_url, "GRAPHQL_RESPONSE_CACHE_SECONDS": "600"},
        ) as server:
            record(compared(server, WARM, samples, options, with_ceiling=True))
        flush_redis(redis_url)
    churn = None
    if options.churn:
        write("")
        churn = measure_churn(options.churn, write)
        report["churn"] = churn["churn"]
    report["results"] = results + (churn["results"] if churn else [])
    report["failures"] = request_failures(results) + (
        churn["failures"] if churn else []
    )
    report["sql_scaling"] = scaling
    report["ratios"] = ratios(results)
    # Every server's rows, the churn server's too: goal 5's peak RSS is over all.
    report["goals"] = issue_goals(
        report["results"], churn["goals"] if churn else [], report["cold_start"]
    )
    write_summary(report, write)
    return report


def write_header(
    report: dict,
    samples: Samples,
    options: Comparison,
    write: Callable[[str], None],
) -> None:
    budget = options.budget
    per_journey = (
        f"{budget.duration:g} s" if budget.duration else f"{budget.requests} requests"
    )
    for line in [*describe(report), samples.describe()]:
        write(line)
    write(
        f"gunicorn {options.workers} sync workers; {options.clients} clients; "
        f"{per_journey} per journey after {options.warmup} warm-up requests. "
        "Latencies include queueing when clients outnumber workers; the clients "
        "share the machine.\n"
    )
    write("\n".join(format_table([])))


def write_summary(report: dict, write: Callable[[str], None]) -> None:
    order = [*JOURNEY_NAMES, "ceiling"]
    ordered = sorted(
        (r for r in report["results"] if r["mode"] not in CHURN_MODES),
        # The ceiling measured in turn with a journey is printed with it.
        key=lambda r: (
            order.index(r.get("beside") or r["journey"]),
            r["api"] != GRAPHQL,
            r["mode"],
        ),
    )
    write("\n" + "\n".join(format_table(ordered)))
    write("\nSQL queries per request at 10 and 100 items:")
    for row in report["sql_scaling"]:
        verdict = "equal" if row["equal"] else "NOT equal"
        write(
            f"  {row['journey']:<24}{row['api']:<13}{row['sql_at_10']:>4} "
            f"({row['items_at_10']} items) vs {row['sql_at_100']:>4} "
            f"({row['items_at_100']} items): {verdict}"
        )
    write("\nPeak RSS per worker (MiB), the highest of any journey:")
    for (api, mode), peaks in rss_per_worker(report["results"]).items():
        write(f"  {api} {mode}: {', '.join(f'{peak:.0f}' for peak in peaks)}")
    write("\nRatios:")
    for name, value in report["ratios"].items():
        write(f"  {name}: {value}")
    if "profile" in report:
        for name, figures in report["profile"].items():
            write("\n" + "\n".join(describe_profile(name, figures)))
    if "cold_start" in report:
        write("\n" + describe_cold_start(report["cold_start"]))
    if "churn" in report:
        write("\nChurn (service for a commune, Zipf-like pairs):")
        write_churn(
            {
                "results": [r for r in report["results"] if r["mode"] in CHURN_MODES],
                "churn": report["churn"],
                "goals": [g for g in report["goals"] if g["item"] == 4],
            },
            write,
        )
    if "goals" in report:
        write("\nIssue 17's goals in this run:")
        write("\n".join(describe_goals(report["goals"])))


def rss_per_worker(results: list[dict]) -> dict[tuple[str, str], list[float]]:
    """Per server (api and mode), each worker's highest peak over its journeys."""
    peaks: dict[tuple[str, str], list[float]] = {}
    for row in results:
        key = (row["api"], row["mode"])
        mine = peaks.setdefault(key, [])
        for index, peak in enumerate(row.get("peak_rss_per_worker_mib", [])):
            if index < len(mine):
                mine[index] = max(mine[index], peak)
            else:
                mine.append(peak)
    return peaks
