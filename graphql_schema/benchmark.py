"""Benchmark of the portal's journeys: our GraphQL API cold and warm, Wagtail's REST API v2
on the same data, and a trivial Django view as the ceiling of the stack.

Everything runs against gunicorn (sync workers) on loopback with the current database;
the servers expose the SQL query count of each request when BENCHMARK_ENDPOINTS is on
(cms/benchmarking.py).
"""

from __future__ import annotations

import itertools
import json
import os
import platform
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

from django.core.management.base import CommandError
from django.db import connection
from django.db.models import Case, Exists, IntegerField, OuterRef, Value, When

from catalogue.models import LifeSituationIndexPage, LifeSituationPage, ServicePage
from cms.benchmarking import SQL_QUERIES_HEADER
from cms.visibility import visible_pages
from communes.models import CommuneKind, CommunePage, CommuneServicePage

from .loadgen import (
    KeepAliveClient,
    child_pids,
    free_port,
    gunicorn_env,
    peak_rss_mib,
    percentile,
    reset_peak_rss,
    start_gunicorn,
    stop_gunicorn,
    wait_until_up,
)

GRAPHQL = "GraphQL"
REST_V2 = "REST API v2"
CEILING = "Django view"
COLD, WARM = "cold", "warm"
# Cold runs against --baseline-database.
BASELINE = "base"
JOURNEY_NAMES = (
    "commune overview",
    "service for a commune",
    "service list of 100",
    "search",
)
SEARCH_TERMS = ("Personalausweis", "Geburtsurkunde", "Ummeldung", "Gewerbe", "Hund")
# The Redis database the benchmark owns and flushes; never the app's own.
DEFAULT_REDIS_DB = 15

Request = tuple[str, str, bytes | None]  # method, path, body


@dataclass(frozen=True)
class Samples:
    """The content the journeys ask for, picked deterministically from the database."""

    commune_ars: str
    commune_name: str
    service_id: int
    leika_key: str
    service_title: str
    adapted: bool
    life_situation_index_id: int
    search_terms: tuple[str, ...]


@dataclass(frozen=True)
class Journey:
    """One kind of request, possibly rotating through variants (e.g. search terms)."""

    name: str
    api: str
    requests: tuple[Request, ...]
    # The same request for n items, for the SQL-per-request scaling check.
    sized: Callable[[int], Request] | None = None


@dataclass
class Measurement:
    """What the clients saw for one journey."""

    latencies: list[float] = field(default_factory=list)
    sql: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, seconds: float, sql: int | None, error: str | None) -> None:
        with self.lock:
            if error:
                self.errors.append(error)
                return
            self.latencies.append(seconds)
            if sql is not None:
                self.sql.append(sql)


def pick_samples() -> Samples:
    """The first published commune with adaptations (municipalities first, as they
    resolve two layers: district and commune), ordered by tree path, and its first
    adapted service; without adaptations, the first commune and service."""
    services = visible_pages(ServicePage.objects.all())
    adaptations = visible_pages(CommuneServicePage.objects.all()).filter(
        service__in=services
    )
    commune = (
        visible_pages(CommunePage.objects.all())
        .annotate(
            adapts=Exists(adaptations.filter(path__startswith=OuterRef("path"))),
            rank=Case(
                When(kind=CommuneKind.MUNICIPALITY, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            ),
        )
        .order_by("-adapts", "rank", "path")
        .first()
    )
    index = visible_pages(LifeSituationIndexPage.objects.all()).order_by("path").first()
    if commune is None or index is None or not services.exists():
        raise CommandError(
            "No catalogue in this database: first run `manage.py generate_catalogue "
            "--preset small` (or `--preset saxony`), or `manage.py seed_demo` for the "
            "demo content."
        )
    adaptation = (
        adaptations.filter(path__startswith=commune.path).order_by("path").first()
    )
    service = adaptation.service if adaptation else services.order_by("path").first()
    first_word = next(
        (word for word in service.title.split() if len(word) >= 4), service.title
    )
    terms = tuple(dict.fromkeys([*SEARCH_TERMS, first_word]))
    return Samples(
        commune_ars=commune.ars,
        commune_name=commune.title,
        service_id=service.pk,
        leika_key=service.leika_key,
        service_title=service.title,
        adapted=adaptation is not None,
        life_situation_index_id=index.pk,
        search_terms=terms,
    )


def baseline_samples(database_url: str) -> Samples:
    """`pick_samples` on another database, read by a child process."""
    from .loadgen import ROOT

    result = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "benchmark_api", "--print-samples"],
        env={**os.environ, "DATABASE_URL": database_url},
        capture_output=True,
        text=True,
        timeout=120,
    )
    if result.returncode != 0:
        raise CommandError(
            f"The baseline database gave no samples: {result.stderr.strip()[-500:]}"
        )
    values = json.loads(result.stdout.strip().splitlines()[-1])
    values["search_terms"] = tuple(values["search_terms"])
    return Samples(**values)


def _without_password(url: str) -> str:
    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        parts = parts._replace(netloc=netloc)
    return urlunsplit(parts)


def graphql_request(query: str) -> Request:
    return ("POST", "/graphql/", json.dumps({"query": query}).encode())


def graphql_journeys(samples: Samples) -> list[Journey]:
    """The four portal journeys through our API."""
    ars, key = samples.commune_ars, samples.leika_key

    def overview(limit: int) -> Request:
        return graphql_request(
            f'{{ commune(ars: "{ars}") {{ name }} '
            f"lifeSituations(topLevelOnly: true, limit: {limit}) {{ totalCount "
            f'items {{ slug title teaser services(commune: "{ars}") {{ leikaKey '
            f"title teaser localisedFields authorities {{ name }} }} }} }} }}"
        )

    def service_list(limit: int) -> Request:
        return graphql_request(
            f"{{ services(limit: {limit}) {{ totalCount items {{ id leikaKey slug "
            f"title teaser audience url }} }} }}"
        )

    def search(limit: int, term: str = samples.search_terms[0]) -> Request:
        return graphql_request(
            f'{{ catalogueSearch(query: "{term}", limit: {limit}) '
            f"{{ kind title url teaser }} }}"
        )

    service = graphql_request(
        f'{{ service(leikaKey: "{key}", commune: "{ars}") {{ id leikaKey slug title '
        "url locale audience teaser fullText prerequisites requiredDocuments "
        "fees { description amount amountMax currency } deadlines processingTime "
        "procedure legalBasis { title url } forms { title url } "
        "onlineServices { title url } furtherInformation notes keywords "
        "lifeSituations { slug title } lastReviewed commune { name } "
        "authorities { name address phone email website openingHours } "
        "localisedFields localisedBy { name kind } } }"
    )
    return [
        Journey("commune overview", GRAPHQL, (overview(100),), overview),
        Journey("service for a commune", GRAPHQL, (service,)),
        Journey("service list of 100", GRAPHQL, (service_list(100),), service_list),
        Journey(
            "search",
            GRAPHQL,
            tuple(search(20, term) for term in samples.search_terms),
            search,
        ),
    ]


def rest_journeys(samples: Samples) -> list[Journey]:
    """The same page data through Wagtail's REST API v2 (no per-commune resolution)."""

    def overview(limit: int) -> Request:
        return (
            "GET",
            f"/api/v2/pages/?type=catalogue.LifeSituationPage&child_of="
            f"{samples.life_situation_index_id}&fields=teaser,audience,keywords"
            f"&limit={limit}",
            None,
        )

    def service_list(limit: int) -> Request:
        return (
            "GET",
            "/api/v2/pages/?type=catalogue.ServicePage"
            f"&fields=leika_key,teaser,audience&limit={limit}",
            None,
        )

    def search(limit: int, term: str = samples.search_terms[0]) -> Request:
        return ("GET", f"/api/v2/pages/?search={quote(term)}&limit={limit}", None)

    return [
        Journey("commune overview", REST_V2, (overview(100),), overview),
        Journey(
            "service for a commune",
            REST_V2,
            (("GET", f"/api/v2/pages/{samples.service_id}/", None),),
        ),
        Journey("service list of 100", REST_V2, (service_list(100),), service_list),
        Journey(
            "search",
            REST_V2,
            tuple(search(20, term) for term in samples.search_terms),
            search,
        ),
    ]


def ceiling_journey() -> Journey:
    return Journey("ceiling", CEILING, (("GET", "/bench/ceiling/", None),))


def response_error(status: int, body: bytes, api: str) -> str | None:
    """Why a response is a failure, or None (GraphQL answers errors with status 200)."""
    if status != 200:
        return f"HTTP {status}: {body[:200]!r}"
    if api == GRAPHQL and body.startswith(b'{"errors"'):
        return body[:300].decode(errors="replace")
    return None


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


def check_response(journey: Journey, status: int, body: bytes) -> str | None:
    """A full check of one answer: not only no error, but the content asked for."""
    error = response_error(status, body, journey.api)
    if error or journey.api == CEILING:
        return error
    data = json.loads(body)
    if journey.api == GRAPHQL:
        data = data.get("data") or {}
        if any(value is None for value in data.values()):
            return f"empty answer: {body[:200]!r}"
        return None
    if "items" in data and not data["items"] and journey.name != "search":
        return f"no items: {body[:200]!r}"
    return None


class Server:
    """gunicorn with the benchmark endpoints on; knows its workers for RSS figures."""

    def __init__(self, *, workers: int, env: dict[str, str]):
        self.port = free_port()
        self.process = start_gunicorn(self.port, workers=workers, env=env)

    def __enter__(self) -> Server:
        try:
            wait_until_up(f"http://127.0.0.1:{self.port}/bench/ceiling/", self.process)
        except BaseException:
            stop_gunicorn(self.process)
            raise
        return self

    def __exit__(self, *exc_info) -> None:
        stop_gunicorn(self.process)

    def workers(self) -> list[int]:
        return child_pids(self.process.pid)

    def fetch(self, request: Request) -> tuple[int, dict[str, str], bytes]:
        client = KeepAliveClient(self.port)
        try:
            return client.request(*request)
        finally:
            client.close()


def sql_count(headers: dict[str, str]) -> int | None:
    value = headers.get(SQL_QUERIES_HEADER)
    return int(value) if value is not None else None


def measure(
    server: Server,
    journey: Journey,
    *,
    clients: int,
    requests: int | None,
    duration: float | None,
    warmup: int,
) -> dict:
    """Warm up, then run `requests` requests (or for `duration` seconds) with
    `clients` concurrent keep-alive clients; report throughput, latency, SQL and RSS."""
    status, _, body = server.fetch(journey.requests[0])
    if error := check_response(journey, status, body):
        raise CommandError(f"{journey.api} {journey.name}: {error}")
    counter = itertools.count()
    run(server, journey, counter, warmup, None, clients, Measurement())
    workers = server.workers()
    reset_peak_rss(workers)
    measurement = Measurement()
    counter = itertools.count()
    started = time.perf_counter()
    run(server, journey, counter, requests, duration, clients, measurement)
    elapsed = time.perf_counter() - started
    values = measurement.latencies
    return {
        "journey": journey.name,
        "api": journey.api,
        "requests": len(values),
        "errors": len(measurement.errors),
        "error_samples": measurement.errors[:5],
        "seconds": round(elapsed, 3),
        "requests_per_second": round(len(values) / elapsed, 1) if elapsed else 0,
        "p50_ms": round(percentile(values, 0.5), 1) if values else None,
        "p95_ms": round(percentile(values, 0.95), 1) if values else None,
        "p99_ms": round(percentile(values, 0.99), 1) if values else None,
        "sql_per_request": statistics.median(measurement.sql)
        if measurement.sql
        else None,
        "sql_min_max": [min(measurement.sql), max(measurement.sql)]
        if measurement.sql
        else None,
        "peak_rss_mib": round(peak, 1)
        if (peak := peak_rss_mib(workers)) is not None
        else None,
    }


def run(
    server: Server,
    journey: Journey,
    counter: itertools.count,
    limit: int | None,
    duration: float | None,
    clients: int,
    measurement: Measurement,
) -> None:
    """`clients` threads sending the journey's requests until the budget is spent."""
    deadline = time.monotonic() + duration if duration else None

    def client() -> None:
        http = KeepAliveClient(server.port)
        try:
            while True:
                if deadline is not None:
                    if time.monotonic() >= deadline:
                        return
                    number = next(counter)
                elif (number := next(counter)) >= limit:
                    return
                request = journey.requests[number % len(journey.requests)]
                started = time.perf_counter()
                try:
                    status, headers, body = http.request(*request)
                    error = response_error(status, body, journey.api)
                except Exception as exc:  # any failure counts, the run goes on
                    error, headers = repr(exc)[:200], {}
                    http.close()
                    http = KeepAliveClient(server.port)
                measurement.record(
                    time.perf_counter() - started, sql_count(headers), error
                )
        finally:
            http.close()

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def sql_scaling(server: Server, journey: Journey) -> dict:
    """SQL queries of the list journey at 10 and at 100 items: the fewest of the last
    three of five tries, so lookups a worker caches on first use do not count."""
    figures = {}
    for size in (10, 100):
        request = journey.sized(size)
        counts = []
        for _ in range(5):
            status, headers, body = server.fetch(request)
            if error := response_error(status, body, journey.api):
                raise CommandError(f"{journey.api} {journey.name}: {error}")
            counts.append(sql_count(headers))
        figures[size] = (min(counts[2:]), item_count(body, journey.api))
    return {
        "journey": journey.name,
        "api": journey.api,
        "sql_at_10": figures[10][0],
        "sql_at_100": figures[100][0],
        "items_at_10": figures[10][1],
        "items_at_100": figures[100][1],
        "equal": figures[10][0] == figures[100][0],
    }


def redis_url_for(db: int) -> str:
    """The Redis server of REDIS_URL (default: local) with the benchmark's own db."""
    app_url = os.environ.get("REDIS_URL", "")
    parts = urlsplit(app_url or "redis://127.0.0.1:6379/0")
    if app_url and (parts.path.strip("/") or "0") == str(db):
        raise CommandError(
            f"REDIS_URL uses database {db}, which the benchmark flushes: choose "
            "another --redis-db."
        )
    return urlunsplit((parts.scheme, parts.netloc, f"/{db}", "", ""))


def flush_redis(url: str) -> str:
    """Empty the benchmark's Redis database; return the server's version."""
    import redis

    client = redis.Redis.from_url(url, socket_connect_timeout=2)
    try:
        client.flushdb()
        return client.info("server")["redis_version"]
    except redis.RedisError as error:
        raise CommandError(
            f"Redis at {url} is not reachable ({error}); start it or pass --skip-warm."
        ) from error
    finally:
        client.close()


def machine() -> dict:
    """The hardware and software the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    memory_gib = None
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory_gib = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW server_version")
            database = "PostgreSQL " + cursor.fetchone()[0]
        else:
            database = f"{connection.vendor} {connection.Database.sqlite_version}"
    from importlib.metadata import version

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": memory_gib,
        "python": platform.python_version(),
        "database": database,
        "django": version("django"),
        "wagtail": version("wagtail"),
        "gunicorn": version("gunicorn"),
        # Other work on the machine skews every figure: look at this first.
        "load_average": [round(load, 2) for load in os.getloadavg()],
    }


def content_size() -> dict:
    """How much published content the database holds (figures depend on it)."""
    return {
        "services": visible_pages(ServicePage.objects.all()).count(),
        "life_situations": visible_pages(LifeSituationPage.objects.all()).count(),
        "communes": visible_pages(CommunePage.objects.all()).count(),
        "adaptations": visible_pages(CommuneServicePage.objects.all()).count(),
    }


def ratios(results: list[dict]) -> dict:
    """The comparisons the benchmark exists for."""

    def find(journey: str, api: str, mode: str) -> dict | None:
        return next(
            (
                r
                for r in results
                if r["journey"] == journey and r["api"] == api and r["mode"] == mode
            ),
            None,
        )

    figures: dict[str, float | None] = {}
    ours = find("service for a commune", GRAPHQL, COLD)
    theirs = find("service for a commune", REST_V2, COLD)
    if ours and theirs and ours["p50_ms"] and theirs["p50_ms"]:
        figures["service for a commune: GraphQL cold p50 / REST API v2 detail p50"] = (
            round(ours["p50_ms"] / theirs["p50_ms"], 2)
        )
    for name in JOURNEY_NAMES:
        here, there = find(name, GRAPHQL, COLD), find(name, GRAPHQL, BASELINE)
        if here and there and here["p50_ms"] and there["p50_ms"]:
            figures[f"{name}: GraphQL cold p50 / same on the baseline database"] = (
                round(here["p50_ms"] / there["p50_ms"], 2)
            )
    ceiling = find("ceiling", CEILING, COLD)
    for name in JOURNEY_NAMES:
        for mode in (COLD, WARM):
            result = find(name, GRAPHQL, mode)
            if result and ceiling and ceiling["requests_per_second"]:
                figures[f"{name}: GraphQL {mode} req/s / ceiling req/s"] = round(
                    result["requests_per_second"] / ceiling["requests_per_second"], 3
                )
    return figures


def format_table(results: list[dict]) -> list[str]:
    header = (
        f"{'journey':<24}{'api':<13}{'mode':<6}{'req/s':>8}{'p50':>8}{'p95':>8}"
        f"{'p99':>8}{'SQL/req':>9}{'RSS MiB':>9}{'errors':>8}"
    )
    lines = [header, "-" * len(header)]
    for r in results:
        lines.append(format_row(r))
    return lines


def format_row(r: dict) -> str:
    def number(value, digits: int = 0) -> str:
        return "–" if value is None else f"{value:.{digits}f}"

    return (
        f"{r['journey']:<24}{r['api']:<13}{r['mode']:<6}"
        f"{number(r['requests_per_second'], 1):>8}{number(r['p50_ms'], 1):>8}"
        f"{number(r['p95_ms'], 1):>8}{number(r['p99_ms'], 1):>8}"
        f"{number(r['sql_per_request']):>9}{number(r['peak_rss_mib']):>9}"
        f"{r['errors']:>8}"
    )


def default_output() -> Path:
    from .loadgen import ROOT

    stamp = time.strftime("%Y%m%d-%H%M%S")
    return ROOT / "artifacts" / "benchmark" / f"benchmark-{stamp}.json"


@dataclass
class Benchmark:
    """One run: cold server (response cache off) with REST API v2 and the ceiling, then
    a warm server (response cache on Redis)."""

    clients: int
    workers: int
    requests: int | None
    duration: float | None
    warmup: int
    redis_db: int
    skip_warm: bool
    write: Callable[[str], None]
    baseline_database: str | None = None
    results: list[dict] = field(default_factory=list)

    def run(self) -> dict:
        samples = pick_samples()
        report = {
            "started_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "machine": machine(),
            "content": content_size(),
            "options": {
                "clients": self.clients,
                "workers": self.workers,
                "requests": self.requests,
                "duration": self.duration,
                "warmup": self.warmup,
            },
            "samples": samples.__dict__,
        }
        redis_url = redis_url_for(self.redis_db)
        if not self.skip_warm:
            report["machine"]["redis"] = flush_redis(redis_url)
        self.write_header(report)
        env = gunicorn_env(BENCHMARK_ENDPOINTS="1", REDIS_URL=redis_url)
        scaling = []
        with Server(
            workers=self.workers, env={**env, "GRAPHQL_RESPONSE_CACHE_SECONDS": "0"}
        ) as server:
            cold = [*graphql_journeys(samples), *rest_journeys(samples)]
            for journey in [*cold, ceiling_journey()]:
                self.measure(server, journey, COLD)
            for journey in cold:
                if journey.sized:
                    scaling.append(sql_scaling(server, journey))
        if self.baseline_database:
            # The same journeys on another database (say the small preset), in the
            # same run on the same machine: how latency grows with the content.
            baseline = baseline_samples(self.baseline_database)
            report["baseline"] = {
                "database": _without_password(self.baseline_database),
                "samples": baseline.__dict__,
            }
            with Server(
                workers=self.workers,
                env={
                    **env,
                    "GRAPHQL_RESPONSE_CACHE_SECONDS": "0",
                    "DATABASE_URL": self.baseline_database,
                },
            ) as server:
                for journey in graphql_journeys(baseline):
                    self.measure(server, journey, BASELINE)
        if not self.skip_warm:
            flush_redis(redis_url)
            with Server(
                workers=self.workers,
                env={**env, "GRAPHQL_RESPONSE_CACHE_SECONDS": "600"},
            ) as server:
                for journey in graphql_journeys(samples):
                    self.measure(server, journey, WARM)
            flush_redis(redis_url)
        report["results"] = self.results
        report["sql_scaling"] = scaling
        report["ratios"] = ratios(self.results)
        self.write_summary(report)
        return report

    def measure(self, server: Server, journey: Journey, mode: str) -> None:
        result = measure(
            server,
            journey,
            clients=self.clients,
            requests=self.requests,
            duration=self.duration,
            warmup=self.warmup,
        )
        result = {"journey": result.pop("journey"), "mode": mode, **result}
        self.results.append(result)
        self.write(format_row(result))

    def write_header(self, report: dict) -> None:
        m, c, s = report["machine"], report["content"], report["samples"]
        self.write(
            f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB RAM; "
            f"Python {m['python']}, {m['database']}, Django {m['django']}, "
            f"Wagtail {m['wagtail']}, gunicorn {m['gunicorn']}"
            + (f", Redis {m['redis']}" if "redis" in m else "")
            + f"; load average {' '.join(map(str, m['load_average']))}"
        )
        self.write(
            f"Content: {c['services']} services, {c['life_situations']} life "
            f"situations, {c['communes']} communes, {c['adaptations']} adaptations."
        )
        self.write(
            f"Samples: commune {s['commune_name']} ({s['commune_ars']}), service "
            f"„{s['service_title']}“ ({s['leika_key']}, page {s['service_id']}"
            f"{', adapted' if s['adapted'] else ''}); search "
            + ", ".join(s["search_terms"])
        )
        budget = (
            f"{self.duration:g} s" if self.duration else f"{self.requests} requests"
        )
        self.write(
            f"gunicorn {self.workers} sync workers; {self.clients} clients; "
            f"{budget} per journey after {self.warmup} warm-up requests. Latencies "
            "include queueing when clients outnumber workers; the clients share the "
            "machine.\n"
        )
        self.write("\n".join(format_table([])))

    def write_summary(self, report: dict) -> None:
        order = [*JOURNEY_NAMES, "ceiling"]
        ordered = sorted(
            report["results"],
            key=lambda r: (order.index(r["journey"]), r["api"] != GRAPHQL, r["mode"]),
        )
        self.write("\n" + "\n".join(format_table(ordered)))
        self.write("\nSQL queries per request at 10 and 100 items:")
        for row in report["sql_scaling"]:
            verdict = "equal" if row["equal"] else "NOT equal"
            self.write(
                f"  {row['journey']:<24}{row['api']:<13}{row['sql_at_10']:>4} "
                f"({row['items_at_10']} items) vs {row['sql_at_100']:>4} "
                f"({row['items_at_100']} items): {verdict}"
            )
        self.write("\nRatios:")
        for name, value in report["ratios"].items():
            self.write(f"  {name}: {value}")
