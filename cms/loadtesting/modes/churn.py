"""A working day in the benchmark: readers while editors publish (issue 17, goal 4).

Readers ask for one service as a commune shows it (the portal's most frequent request)
about (service, commune) pairs drawn Zipf-like from the whole catalogue, from gunicorn
with the response cache on the benchmark's own Redis database. One server, three phases
of the same length: a warm-up (not measured), the readers alone (`calm`), then the
readers while an editor process publishes a random adaptation or service every
`interval` seconds (`churn`). The server says of each answer whether the response cache
gave it (`X-Response-Cache`); the report gives hit rate, req/s and p50/p95/p99 of both
phases and the goals as met or not. The hit rate is also given for the answers about
pairs asked for before in the run: a first request is a miss whatever invalidation does,
so that rate is what a publish costs the cache.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass

from ..clients import Budget, Workload, answer_error
from ..editor import EditorProcess
from ..journeys import GRAPHQL, JOURNEYS, Request
from ..measurements import Measurement, result_row
from ..report import describe, format_table, new_report, request_failures
from ..samples import ZIPF_EXPONENT, Catalogue
from ..server import (
    Server,
    cold_start,
    describe_cold_start,
    flush_redis,
    redis_url_for,
)

MODE = "churn"
CALM, CHURN = "calm", "churn"
PHASES = ("warm-up", CALM, CHURN)
JOURNEY = next(
    journey for journey in JOURNEYS if journey.name == "service for a commune"
)
# The goals are stated for one publish every 10 s: a phase then holds 6 publishes.
GOAL_INTERVAL = 10.0
GOAL_HIT_RATE = 0.95
GOAL_P95_RATIO = 2.0
PUBLISHES_PER_PHASE = 6
# Answers about a pair asked for before in the run (warm-up included): their hit rate
# is what invalidation decides; a first request of a pair is a miss whatever it does.
REPEATED = f"{JOURNEY.name}, pair asked before"
# Request numbers of each phase start this far apart, so no phase repeats the draws of
# another (a phase replaying the warm-up's draws would hit more than readers do).
PHASE_STRIDE = 10_000_000


@dataclass(frozen=True)
class Churn:
    """The options of a churn run: `seconds` per phase."""

    interval: float
    seconds: float
    clients: int
    workers: int
    redis_db: int


def phase_seconds(interval: float, duration: float | None) -> float:
    """A phase's length: as given, else long enough for PUBLISHES_PER_PHASE publishes."""
    return duration if duration is not None else PUBLISHES_PER_PHASE * interval


class AskedBefore:
    """The (service, commune) pairs drawn so far in a run, from every client thread."""

    def __init__(self) -> None:
        self._pairs: set[tuple[str, str]] = set()
        self._lock = threading.Lock()

    def seen(self, pair: tuple[str, str]) -> bool:
        """Whether `pair` was drawn before; from now on it was."""
        with self._lock:
            if pair in self._pairs:
                return True
            self._pairs.add(pair)
            return False


def popular_services(
    catalogue: Catalogue, phase: int, asked: AskedBefore | None = None
) -> Workload:
    """Request number n of a phase: the service for a commune, the pair drawn
    Zipf-like (the same for the same n and phase, so runs are repeatable). With
    `asked`, a request about a pair drawn before in the run is measured as REPEATED."""
    draw = catalogue.popular()

    def pick(number: int) -> tuple[str, Request]:
        rng = random.Random(phase * PHASE_STRIDE + number)
        target = draw(rng)
        label = JOURNEY.name
        if asked is not None and asked.seen((target.leika_key, target.commune_ars)):
            label = REPEATED
        return label, JOURNEY.request(GRAPHQL, target)

    return Workload(pick=pick, check=answer_error(GRAPHQL))


def goals(calm: dict, churn: dict, interval: float) -> list[dict]:
    """The goals of issue 17 (item 4), each with the measured value and met or not.

    The hit rate is given twice: over all answers (the goal as written: at state scale
    bounded by how many pairs a phase asks for the first time) and over answers about
    pairs asked before (what precise invalidation keeps)."""
    hit_rate = churn["cache_hit_rate"]
    repeated_rate = churn.get("asked_before", {}).get("cache_hit_rate")
    ratio = (
        round(churn["p95_ms"] / calm["p95_ms"], 2)
        if churn["p95_ms"] and calm["p95_ms"]
        else None
    )
    at = f"one publish every {interval:g} s" + (
        "" if interval == GOAL_INTERVAL else f" (the goal is for {GOAL_INTERVAL:g} s)"
    )
    return [
        {
            "goal": f"cache hit rate under churn ≥ {GOAL_HIT_RATE:.0%}",
            "at": at,
            "value": hit_rate,
            "met": hit_rate is not None and hit_rate >= GOAL_HIT_RATE,
        },
        {
            "goal": f"cache hit rate under churn ≥ {GOAL_HIT_RATE:.0%}, on pairs "
            "asked before in the run",
            "at": at,
            "value": repeated_rate,
            "met": repeated_rate is not None and repeated_rate >= GOAL_HIT_RATE,
        },
        {
            "goal": f"p95 under churn ≤ {GOAL_P95_RATIO:g} × p95 without",
            "at": at,
            "value": ratio,
            "met": ratio is not None and ratio <= GOAL_P95_RATIO,
        },
    ]


def measure_churn(options: Churn, write: Callable[[str], None]) -> dict:
    """The three phases on one server: result rows, the editor's figures, the goals
    and the failures (failed requests, changes not visible, a failed editor)."""
    catalogue = Catalogue.load()
    redis_url = redis_url_for(options.redis_db)
    redis_version = flush_redis(redis_url)
    sizes = catalogue.sizes()
    write(
        f"Churn: {options.clients} clients read „{JOURNEY.name}“ about (service, "
        f"commune) pairs drawn Zipf-like (s = {ZIPF_EXPONENT:g}) from "
        f"{sizes['services']} services × {sizes['communes']} communes; gunicorn "
        f"{options.workers} sync workers, response cache on Redis "
        f"{redis_version}. Phases of {options.seconds:g} s: warm-up, readers alone "
        f"({CALM}), readers while an editor process publishes a random adaptation or "
        f"service every {options.interval:g} s ({CHURN})."
    )
    env = {"REDIS_URL": redis_url, "GRAPHQL_RESPONSE_CACHE_SECONDS": "600"}
    budget = Budget(duration=options.seconds)
    measured: dict[str, tuple[Measurement, float, dict[int, float]]] = {}
    repeated: dict[str, Measurement] = {}
    asked = AskedBefore()
    with Server(workers=options.workers, env=env) as server:

        def phase(number: int) -> tuple[Measurement, float, dict[int, float]]:
            run, rss = server.drive(
                popular_services(catalogue, number, asked),
                clients=options.clients,
                budget=budget,
            )
            repeated[PHASES[number]] = run.measurements.get(REPEATED, Measurement())
            measurement = Measurement.merged(
                run.measurements.get(label, Measurement())
                for label in (JOURNEY.name, REPEATED)
            )
            # A line per phase: the run is long and otherwise silent.
            write(
                f"  {PHASES[number]}: {len(measurement.latencies)} answers, "
                f"{measurement.cache_hits} from the cache"
            )
            return measurement, run.seconds, rss

        phase(0)  # warm-up: the cache holds what readers asked for lately
        measured[CALM] = phase(1)
        with EditorProcess(
            server.port,
            interval=options.interval,
            seconds=options.seconds,
            REDIS_URL=redis_url,
        ) as editor:
            editor.wait_until_ready()
            measured[CHURN] = phase(2)
            edits = editor.figures()
    flush_redis(redis_url)
    rows = [
        result_row(JOURNEY.name, GRAPHQL, mode, m, seconds=seconds, rss_mib=rss)
        for mode, (m, seconds, rss) in measured.items()
    ]
    for row in rows:
        part = repeated[row["mode"]].figures(measured[row["mode"]][1])
        row["asked_before"] = {
            key: part[key] for key in ("cache_hits", "cache_misses", "cache_hit_rate")
        }
        # The hit rate a cache that never drops an answer would reach: every answer
        # about a pair asked before (the rest are first requests).
        answers = row["cache_hits"] + row["cache_misses"]
        row["hit_rate_bound"] = (
            round((part["cache_hits"] + part["cache_misses"]) / answers, 4)
            if answers
            else None
        )
    failures = edits.pop("failures")
    return {
        "results": rows,
        "churn": {
            "publish_interval": options.interval,
            "seconds_per_phase": options.seconds,
            "clients": options.clients,
            "workers": options.workers,
            "zipf_exponent": ZIPF_EXPONENT,
            "drawn_from": sizes,
            "redis": redis_version,
            "editor": edits,
        },
        "goals": goals(rows[0], rows[1], options.interval),
        "failures": request_failures(rows) + failures,
    }


def describe_rate(rate: float | None) -> str:
    return "–" if rate is None else f"{rate:.2%}"


def write_churn(section: dict, write: Callable[[str], None]) -> None:
    """The churn rows, the editor's publishes and the goals, as printed."""
    write("\n".join(format_table(section["results"])))
    editor = section["churn"]["editor"]
    write(
        f"\n{editor['published']} publishes during {CHURN}, {editor['visible']} "
        f"visible to readers within {editor['visible_within_seconds']:g} s"
        + (f"; the editor failed: {editor['failure']}" if editor["failure"] else "")
        + "."
    )
    for row in section["results"]:
        before = row["asked_before"]
        write(
            f"  {row['mode']}: {row['cache_hits']} of "
            f"{row['cache_hits'] + row['cache_misses']} answers from the cache "
            f"({before['cache_hits']} of "
            f"{before['cache_hits'] + before['cache_misses']} about pairs asked "
            "before; a cache that drops nothing would give "
            f"{describe_rate(row['hit_rate_bound'])}), "
            f"{row['requests_per_second']} req/s, p50/p95/p99 {row['p50_ms']} / "
            f"{row['p95_ms']} / {row['p99_ms']} ms"
        )
    write("Goals:")
    for goal in section["goals"]:
        write(
            f"  {goal['goal']}, at {goal['at']}: {goal['value']} — "
            + ("met" if goal["met"] else "NOT met")
        )


def run_churn(options: Churn, write: Callable[[str], None]) -> dict:
    """The churn mode alone, with a new worker's cold start (response cache off: the
    whole path a first request takes)."""
    report = new_report(
        MODE,
        {
            "publish_interval": options.interval,
            "seconds_per_phase": options.seconds,
            "clients": options.clients,
            "workers": options.workers,
        },
    )
    for line in describe(report):
        write(line)
    section = measure_churn(options, write)
    write_churn(section, write)
    first = JOURNEY.request(GRAPHQL, Catalogue.load().popular()(random.Random(0)))
    report["cold_start"] = cold_start(
        first, env={"GRAPHQL_RESPONSE_CACHE_SECONDS": "0"}
    )
    write(describe_cold_start(report["cold_start"]))
    report.update(section)
    return report
