"""Benchmark the API's portal journeys under gunicorn: cold, warm, against REST API v2."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from graphql_schema.benchmark import (
    DEFAULT_REDIS_DB,
    Benchmark,
    default_output,
    pick_samples,
)

DEFAULT_DURATION = 10.0


class Command(BaseCommand):
    help = (
        "Start gunicorn (sync workers) on loopback against the current database and "
        "measure the portal's journeys with concurrent clients: our GraphQL API with "
        "the response cache off (cold) and on Redis (warm), Wagtail's REST API v2 on "
        "the same pages and a trivial Django view as the ceiling. Reports req/s, "
        "p50/p95/p99, SQL queries per request, peak worker RSS and errors, and "
        "writes them as JSON."
    )

    def add_arguments(self, parser):
        parser.add_argument("--clients", type=int, default=8, help="concurrent clients")
        parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
        budget = parser.add_mutually_exclusive_group()
        budget.add_argument(
            "--duration",
            type=float,
            default=None,
            help=f"measured seconds per journey (default {DEFAULT_DURATION:g})",
        )
        budget.add_argument(
            "--requests",
            type=int,
            default=None,
            help="measured requests per journey, instead of a duration",
        )
        parser.add_argument(
            "--warmup",
            type=int,
            default=20,
            help="requests per journey before measuring",
        )
        parser.add_argument(
            "--redis-db",
            type=int,
            default=DEFAULT_REDIS_DB,
            help="Redis database the benchmark owns and flushes (server of REDIS_URL)",
        )
        parser.add_argument(
            "--skip-warm",
            action="store_true",
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
            "--expensive",
            action="store_true",
            help="instead: replay the most expensive request shapes (issue 12) one at "
            "a time and report the server time of each (--requests times, default 5)",
        )
        parser.add_argument(
            "--print-samples",
            action="store_true",
            help="only print the sample commune and service picked (JSON)",
        )
        parser.add_argument(
            "--output",
            default=None,
            help="JSON file (default artifacts/benchmark/benchmark-<timestamp>.json)",
        )

    def handle(self, *args, **options):
        if options["print_samples"]:
            samples = pick_samples().__dict__
            self.stdout.write(json.dumps(samples, ensure_ascii=False))
            return
        if options["expensive"]:
            self.expensive(options)
            return
        if not 1 <= options["clients"] <= 64 or not 1 <= options["workers"] <= 32:
            raise CommandError("Keep it bounded: 1–64 clients, 1–32 workers.")
        if options["requests"] is None and options["duration"] is None:
            options["duration"] = DEFAULT_DURATION
        if options["duration"] is not None and not 0 < options["duration"] <= 600:
            raise CommandError("--duration must be 0–600 s.")
        if options["requests"] is not None and not 1 <= options["requests"] <= 100_000:
            raise CommandError("--requests must be 1–100000.")
        if not 0 <= options["warmup"] <= 10_000:
            raise CommandError("--warmup must be 0–10000.")
        output = Path(options["output"]) if options["output"] else default_output()
        report = Benchmark(
            clients=options["clients"],
            workers=options["workers"],
            requests=options["requests"],
            duration=options["duration"],
            warmup=options["warmup"],
            redis_db=options["redis_db"],
            skip_warm=options["skip_warm"],
            baseline_database=options["baseline_database"],
            write=self.stdout.write,
        ).run()
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
        self.stdout.write(f"\nResults written to {output}")
        errors = sum(result["errors"] for result in report["results"])
        if errors:
            raise CommandError(f"{errors} failed requests (see error_samples).")

    def expensive(self, options) -> None:
        from graphql_schema.bench_expensive import run_expensive

        requests = options["requests"] or 5
        if not 1 <= requests <= 1000:
            raise CommandError("--requests must be 1–1000 with --expensive.")
        report = run_expensive(
            pick_samples(),
            requests=requests,
            workers=options["workers"],
            write=self.stdout.write,
        )
        output = Path(options["output"]) if options["output"] else default_output()
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
        self.stdout.write(f"Results written to {output}")
