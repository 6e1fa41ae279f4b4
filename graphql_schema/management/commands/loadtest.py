"""Drive the portal's main journeys against gunicorn while editors publish; report."""

from __future__ import annotations

import json
import random
import subprocess
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from catalogue.models import LifeSituationPage, ServicePage
from communes.models import CommunePage
from graphql_schema.loadgen import (
    free_port,
    gunicorn_env,
    percentile,
    start_gunicorn,
    stop_gunicorn,
    wait_until_up,
)


@dataclass
class Results:
    """What the clients saw, guarded by a lock."""

    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    published: int = 0
    visible: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, journey: str, seconds: float, error: str | None) -> None:
        with self.lock:
            self.latencies.setdefault(journey, []).append(seconds)
            if error:
                self.errors.append(f"{journey}: {error}")


class Command(BaseCommand):
    help = (
        "Start gunicorn on loopback, run the portal's main GraphQL journeys with "
        "concurrent clients for a bounded time and number of requests while an editor "
        "publishes changes, and report requests, errors and p50/p95/p99 latency."
    )

    def add_arguments(self, parser):
        parser.add_argument("--duration", type=float, default=60, help="seconds")
        parser.add_argument("--clients", type=int, default=16)
        parser.add_argument("--max-requests", type=int, default=100_000)
        parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
        parser.add_argument(
            "--publish-interval",
            type=float,
            default=2.0,
            help="seconds between publishes",
        )
        parser.add_argument("--json", dest="json_path", default=None)

    def handle(self, *args, **options):
        if not 0 < options["duration"] <= 600 or not 0 < options["clients"] <= 64:
            raise CommandError("Keep it bounded: duration 1–600 s, 1–64 clients.")
        fixtures = self.fixtures()
        port = free_port()
        server = self.start_gunicorn(port, options["workers"])
        base = f"http://127.0.0.1:{port}/graphql/"
        try:
            wait_until_up(base + "?query=%7B__typename%7D", server)
            results = Results()
            deadline = time.monotonic() + options["duration"]
            budget = threading.Semaphore(options["max_requests"])
            clients = [
                threading.Thread(
                    target=self.client, args=(base, fixtures, results, deadline, budget)
                )
                for _ in range(options["clients"])
            ]
            editor = threading.Thread(
                target=self.editor,
                args=(base, results, deadline, options["publish_interval"]),
            )
            for thread in [*clients, editor]:
                thread.start()
            for thread in [*clients, editor]:
                thread.join()
        finally:
            stop_gunicorn(server)
        self.report(results, options)
        if results.errors or results.visible < results.published:
            raise CommandError(
                f"{len(results.errors)} failed requests, "
                f"{results.published - results.visible} published changes not visible."
            )

    def fixtures(self) -> dict:
        communes = list(CommunePage.objects.live().values_list("ars", "postcodes"))
        if not communes:
            raise CommandError("No content: run seed_demo or generate data first.")
        return {
            "ars": [ars for ars, _ in communes],
            "postcodes": [codes.split()[0] for _, codes in communes if codes],
            "keys": list(
                ServicePage.objects.live().values_list("leika_key", flat=True)
            ),
            "slugs": list(
                LifeSituationPage.objects.live().values_list("slug", flat=True)[:50]
            ),
        }

    def start_gunicorn(self, port: int, workers: int) -> subprocess.Popen:
        overrides = {}
        if "locmem" in settings.CACHES["default"]["BACKEND"].lower():
            # Workers' local caches would not see this process's publishes.
            overrides["GRAPHQL_RESPONSE_CACHE_SECONDS"] = "0"
            self.stdout.write("No shared cache (REDIS_URL unset): response cache off.")
        return start_gunicorn(
            port, workers=workers, threads=4, env=gunicorn_env(**overrides)
        )

    @staticmethod
    def post(base: str, query: str) -> dict:
        request = urllib.request.Request(
            base,
            data=json.dumps({"query": query}).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.load(response)

    def journeys(self, fixtures: dict) -> dict:
        ars = random.choice(fixtures["ars"])
        key = random.choice(fixtures["keys"])
        slug = random.choice(fixtures["slugs"])
        postcode = random.choice(fixtures["postcodes"] or ["01067"])
        return {
            "commune by postcode": f'{{ communes(postcode: "{postcode}") {{ items {{ ars name }} }} }}',
            "life situations": "{ lifeSituations(topLevelOnly: true) { items { slug title teaser } } }",
            "commune life situation": f'{{ lifeSituation(slug: "{slug}", commune: "{ars}") {{ title services {{ title teaser authorities {{ name }} }} }} }}',
            "service for a commune": f'{{ service(leikaKey: "{key}", commune: "{ars}") {{ title fullText fees {{ amount }} authorities {{ name }} localisedFields }} }}',
            "service list of 100": "{ services(limit: 100) { totalCount items { leikaKey title teaser } } }",
            "search": '{ catalogueSearch(query: "Ausweis") { kind title } }',
        }

    def client(self, base, fixtures, results: Results, deadline, budget) -> None:
        while time.monotonic() < deadline and budget.acquire(blocking=False):
            journey, query = random.choice(list(self.journeys(fixtures).items()))
            started = time.perf_counter()
            error = None
            try:
                body = self.post(base, query)
                if body.get("errors"):
                    error = body["errors"][0].get("message", "error")[:200]
            except Exception as exc:  # any failure counts, the run goes on
                error = repr(exc)[:200]
            results.record(journey, time.perf_counter() - started, error)

    def editor(self, base, results: Results, deadline, interval: float) -> None:
        """Publish a changed teaser regularly; check the API shows it within 5 s."""
        from django.db import connection

        number = 0
        try:
            while time.monotonic() < deadline - 5:
                number += 1
                page = ServicePage.objects.live().order_by("?").first()
                teaser = f"Lasttest-Änderung {number}: {page.teaser[:200]}"
                page.teaser = teaser
                page.save_revision().publish()
                results.published += 1
                query = f'{{ service(leikaKey: "{page.leika_key}") {{ teaser }} }}'
                seen_by = time.monotonic() + 5
                while time.monotonic() < seen_by:
                    if self.post(base, query)["data"]["service"]["teaser"] == teaser:
                        results.visible += 1
                        break
                    time.sleep(0.1)
                time.sleep(interval)
        finally:
            connection.close()

    def report(self, results: Results, options: dict) -> None:
        everything = [s for values in results.latencies.values() for s in values]
        rows = [("journey", "requests", "p50 ms", "p95 ms", "p99 ms")]
        for journey, values in sorted(results.latencies.items()):
            rows.append(
                (
                    journey,
                    len(values),
                    *(f"{percentile(values, q):.0f}" for q in (0.5, 0.95, 0.99)),
                )
            )
        if everything:
            rows.append(
                (
                    "all",
                    len(everything),
                    *(f"{percentile(everything, q):.0f}" for q in (0.5, 0.95, 0.99)),
                )
            )
        for row in rows:
            self.stdout.write(
                f"{row[0]:<26}{row[1]:>10}{row[2]:>9}{row[3]:>9}{row[4]:>9}"
            )
        requests_per_second = len(everything) / options["duration"] if everything else 0
        self.stdout.write(
            f"{len(everything)} requests in {options['duration']:.0f} s "
            f"({requests_per_second:.0f}/s) with {options['clients']} clients, "
            f"{len(results.errors)} failed; {results.published} changes published, "
            f"{results.visible} visible within 5 s."
        )
        for error in results.errors[:10]:
            self.stdout.write(f"  failed: {error}")
        if options["json_path"]:
            Path(options["json_path"]).write_text(
                json.dumps(
                    {
                        "requests": len(everything),
                        "failed": len(results.errors),
                        "published": results.published,
                        "visible": results.visible,
                        "p50_ms": percentile(everything, 0.5) if everything else None,
                        "p95_ms": percentile(everything, 0.95) if everything else None,
                        "p99_ms": percentile(everything, 0.99) if everything else None,
                    },
                    indent=2,
                )
            )
