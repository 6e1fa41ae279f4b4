"""Benchmark and load-test the API under gunicorn: one command, four modes."""

from __future__ import annotations

import json
from argparse import SUPPRESS, ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from cms.loadtesting.clients import Budget
from cms.loadtesting.editor import CHANGES, edit_for
from cms.loadtesting.modes.churn import Churn, phase_seconds, run_churn
from cms.loadtesting.modes.comparison import Comparison, run_comparison
from cms.loadtesting.modes.expensive import run_expensive
from cms.loadtesting.modes.load import run_load
from cms.loadtesting.profiling import profile_journey
from cms.loadtesting.report import default_output, write_report
from cms.loadtesting.samples import pick_samples
from cms.loadtesting.server import DEFAULT_REDIS_DB

COMPARISON, EXPENSIVE, LOAD, CHURN = "benchmark", "expensive", "load", "churn"
# The defaults of each mode. A comparison runs each journey for `duration` seconds (or
# `requests` requests), a load test all of them mixed for `duration` in all, a churn
# run each of its phases for `duration` (default: six publishes' time).
DEFAULTS: dict[str, dict[str, object]] = {
    COMPARISON: {
        "clients": 8,
        "duration": 10.0,
        "warmup": 20,
        "redis_db": DEFAULT_REDIS_DB,
        "skip_warm": False,
    },
    EXPENSIVE: {"requests": 5},
    LOAD: {
        "clients": 16,
        "duration": 60.0,
        "requests": 100_000,
        "publish_interval": 2.0,
    },
    CHURN: {"clients": 8, "redis_db": DEFAULT_REDIS_DB},
}
# Options some modes do not read: refused there rather than ignored.
ONLY_IN = {
    "clients": (COMPARISON, LOAD, CHURN),
    "duration": (COMPARISON, LOAD, CHURN),
    "warmup": (COMPARISON,),
    "redis_db": (COMPARISON, CHURN),
    "with_churn": (COMPARISON,),
    "requests": (COMPARISON, EXPENSIVE, LOAD),
    "skip_warm": (COMPARISON,),
    "baseline_database": (COMPARISON,),
    "publish_interval": (LOAD,),
}


class Command(BaseCommand):
    help = (
        "Start gunicorn on loopback against the current database and drive the "
        "portal's journeys with concurrent clients. By default a comparison: our "
        "GraphQL API with the response cache off (cold) and on Redis (warm), "
        "Wagtail's REST API v2 on the same pages and a trivial Django view as the "
        "ceiling. --expensive replays the costliest request shapes with server time; "
        "--load mixes every journey while an editor publishes; --churn SECONDS "
        "reads popular services while an editor publishes every SECONDS and reports "
        "the cache's hit rate. Reports req/s, p50/p95/p99, SQL queries and server "
        "time per request, cache hits, peak RSS per worker, a new worker's cold "
        "start and errors, and writes them as JSON."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        mode = parser.add_mutually_exclusive_group()
        mode.add_argument(
            "--expensive",
            action="store_true",
            help="replay the most expensive request shapes (issue 12) one at a time "
            "and report the server time of each (--requests times, default 5)",
        )
        mode.add_argument(
            "--load",
            action="store_true",
            help="mix every portal journey, about content drawn from the whole "
            "catalogue, for --duration seconds (default 60) while an editor publishes "
            "a change every --publish-interval seconds, each checked to be visible",
        )
        mode.add_argument(
            "--churn",
            type=float,
            default=None,
            metavar="SECONDS",
            help="a working day: clients read services for communes, drawn Zipf-like "
            "from the whole catalogue, with the response cache on, first alone, then "
            "while an editor process publishes a random adaptation or service every "
            "SECONDS; reports hit rate, req/s and p50/p95/p99 of both phases "
            "(--duration seconds each, default six publishes' time)",
        )
        mode.add_argument(
            "--print-profile",
            metavar="JOURNEY",
            default=None,
            help="only print where the uncached GraphQL request of JOURNEY spends its "
            "time, in this process (JSON)",
        )
        mode.add_argument(
            "--print-samples",
            action="store_true",
            help="only print the sample commune and service picked (JSON)",
        )
        parser.add_argument(
            "--clients",
            type=int,
            default=None,
            help="concurrent clients (default 8; 16 with --load)",
        )
        parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
        parser.add_argument(
            "--duration",
            type=float,
            default=None,
            help="measured seconds per journey (default 10); with --load of the "
            "whole run (default 60)",
        )
        parser.add_argument(
            "--requests",
            type=int,
            default=None,
            help="measured requests per journey, instead of a duration; with "
            "--expensive per shape (default 5); with --load at most in all",
        )
        parser.add_argument(
            "--warmup",
            type=int,
            default=None,
            help="requests per journey before measuring (default 20)",
        )
        parser.add_argument(
            "--redis-db",
            type=int,
            default=None,
            help="Redis database the benchmark owns and flushes (server of REDIS_URL; "
            f"default {DEFAULT_REDIS_DB})",
        )
        parser.add_argument(
            "--skip-warm",
            action="store_true",
            default=None,
            help="no warm (cached) runs, e.g. without Redis",
        )
        parser.add_argument(
            "--baseline-database",
            default=None,
            metavar="URL",
            help="also run the cold GraphQL journeys on this database (e.g. the small "
            "preset) and report p50 ratios against it",
        )
        parser.add_argument(
            "--with-churn",
            type=float,
            default=None,
            metavar="SECONDS",
            help="in a comparison: also run the --churn measurement in the same run "
            "(phases of six publishes' time)",
        )
        # The editor process of a churn run (EditorProcess starts it).
        parser.add_argument("--editor-for", type=int, default=None, help=SUPPRESS)
        parser.add_argument(
            "--change", choices=sorted(CHANGES), default="service", help=SUPPRESS
        )
        parser.add_argument(
            "--publish-interval",
            type=float,
            default=None,
            help="with --load: seconds between the editor's publishes (default 2)",
        )
        parser.add_argument(
            "--output",
            default=None,
            help="JSON file (default artifacts/benchmark/<mode>-<timestamp>.json)",
        )

    def handle(self, *args: str, **options: Any) -> None:
        if options["print_profile"] is not None:
            self.stdout.write(json.dumps(profile_journey(options["print_profile"])))
            return
        if options["print_samples"]:
            self.stdout.write(pick_samples().as_json())
            return
        if options["editor_for"] is not None:
            self.stdout.write(
                edit_for(
                    options["editor_for"],
                    interval=options["publish_interval"],
                    seconds=options["duration"],
                    change=options["change"],
                )
            )
            return
        mode = (
            EXPENSIVE
            if options["expensive"]
            else LOAD
            if options["load"]
            else CHURN
            if options["churn"] is not None
            else COMPARISON
        )
        for name, modes in ONLY_IN.items():
            if options[name] is not None and mode not in modes:
                flag = "--" + name.replace("_", "-")
                raise CommandError(f"{flag} does not apply to the {mode} mode.")
        defaults = dict(DEFAULTS[mode])
        if mode == COMPARISON and options["requests"] is not None:
            if options["duration"] is not None:
                raise CommandError("Give --duration or --requests, not both.")
            del defaults["duration"]  # the requests are the budget
        for name, value in defaults.items():
            if options[name] is None:
                options[name] = value
        self.check_bounds(mode, options)
        output = Path(options["output"]) if options["output"] else default_output(mode)
        report = self.run(mode, options)
        write_report(report, output)
        self.stdout.write(f"\nResults written to {output}")
        if report["failures"]:
            raise CommandError("; ".join(report["failures"]) + ".")

    def check_bounds(self, mode: str, options: dict[str, Any]) -> None:
        """Keep every run bounded in time and in what it asks of the machine."""
        clients = options.get("clients") or 1
        if not 1 <= clients <= 64 or not 1 <= options["workers"] <= 32:
            raise CommandError("Keep it bounded: 1–64 clients, 1–32 workers.")
        if options["duration"] is not None and not 0 < options["duration"] <= 600:
            raise CommandError("--duration must be 0–600 s.")
        most = 1000 if mode == EXPENSIVE else 100_000
        if options["requests"] is not None and not 1 <= options["requests"] <= most:
            raise CommandError(f"--requests must be 1–{most} in the {mode} mode.")
        if mode == COMPARISON and not 0 <= options["warmup"] <= 10_000:
            raise CommandError("--warmup must be 0–10000.")
        if mode == LOAD and not 0 < options["publish_interval"] <= 600:
            raise CommandError("--publish-interval must be 0–600 s.")
        interval = options["churn"] if mode == CHURN else options.get("with_churn")
        if interval is not None:
            if not 0 < interval <= 600:
                raise CommandError("The churn's SECONDS must be 0–600.")
            duration = options["duration"] if mode == CHURN else None
            if phase_seconds(interval, duration) > 600:
                raise CommandError("A churn phase must last at most 600 s.")
            if options.get("skip_warm"):
                raise CommandError("--with-churn needs Redis: not with --skip-warm.")

    def run(self, mode: str, options: dict[str, Any]) -> dict:
        write = self.stdout.write
        budget = Budget(requests=options["requests"], duration=options["duration"])
        if mode == EXPENSIVE:
            return run_expensive(
                requests=options["requests"], workers=options["workers"], write=write
            )
        if mode == CHURN:
            return run_churn(self.churn(options, options["churn"]), write)
        if mode == LOAD:
            return run_load(
                clients=options["clients"],
                workers=options["workers"],
                budget=budget,
                publish_interval=options["publish_interval"],
                write=write,
            )
        return run_comparison(
            Comparison(
                clients=options["clients"],
                workers=options["workers"],
                budget=budget,
                warmup=options["warmup"],
                redis_db=options["redis_db"],
                skip_warm=options["skip_warm"],
                baseline_database=options["baseline_database"],
                churn=(
                    self.churn(options, options["with_churn"], duration=None)
                    if options["with_churn"]
                    else None
                ),
            ),
            write,
        )

    def churn(
        self, options: dict[str, Any], interval: float, **overrides: Any
    ) -> Churn:
        """The churn options (in a comparison, its duration is per journey)."""
        duration = overrides.get("duration", options["duration"])
        return Churn(
            interval=interval,
            seconds=phase_seconds(interval, duration),
            clients=options["clients"],
            workers=options["workers"],
            redis_db=options["redis_db"],
        )
