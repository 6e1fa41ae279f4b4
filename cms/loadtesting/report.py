"""One report for every mode: what was measured on which machine and content, the
printed table of result rows, and the same as JSON."""

from __future__ import annotations

import json
import os
import platform
import sqlite3
import time
from importlib.metadata import version
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.db import connection

from catalogue.models import LifeSituationPage, ServicePage
from cms.visibility import visible_pages
from communes.models import CommunePage, CommuneServicePage


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
            database = f"{connection.vendor} {sqlite3.sqlite_version}"
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


def new_report(mode: str, options: dict) -> dict:
    """The start of every report; modes add `results` and their own sections."""
    return {
        "mode": mode,
        "started_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "machine": machine(),
        "content": content_size(),
        "options": options,
    }


def request_failures(rows: list[dict]) -> list[str]:
    """What makes a run fail: any failed request."""
    failed = sum(row["errors"] for row in rows)
    return [f"{failed} failed requests (see error_samples)"] if failed else []


def describe(report: dict) -> list[str]:
    """The machine and content lines printed before any figure."""
    m, c = report["machine"], report["content"]
    return [
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB RAM; "
        f"Python {m['python']}, {m['database']}, Django {m['django']}, "
        f"Wagtail {m['wagtail']}, gunicorn {m['gunicorn']}"
        + (f", Redis {m['redis']}" if "redis" in m else "")
        + f"; load average {' '.join(map(str, m['load_average']))}",
        f"Content: {c['services']} services, {c['life_situations']} life "
        f"situations, {c['communes']} communes, {c['adaptations']} adaptations.",
    ]


def format_table(rows: list[dict]) -> list[str]:
    header = (
        f"{'journey':<24}{'api':<13}{'mode':<6}{'req/s':>8}{'p50':>8}{'p95':>8}"
        f"{'p99':>8}{'SQL/req':>9}{'hits %':>8}{'RSS MiB':>9}{'errors':>8}"
    )
    return [header, "-" * len(header), *map(format_row, rows)]


def format_row(r: dict) -> str:
    def number(value: float | None, digits: int = 0) -> str:
        return "–" if value is None else f"{value:.{digits}f}"

    rate = r.get("cache_hit_rate")
    hits = None if rate is None else rate * 100

    return (
        f"{r['journey']:<24}{r['api']:<13}{r['mode']:<6}"
        f"{number(r['requests_per_second'], 1):>8}{number(r['p50_ms'], 1):>8}"
        f"{number(r['p95_ms'], 1):>8}{number(r['p99_ms'], 1):>8}"
        f"{number(r['sql_per_request']):>9}{number(hits, 1):>8}"
        f"{number(r['peak_rss_mib']):>9}"
        f"{r['errors']:>8}"
    )


def default_output(mode: str) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    return settings.BASE_DIR / "artifacts" / "benchmark" / f"{mode}-{stamp}.json"


def write_report(report: dict, output: Path) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")


def without_password(url: str) -> str:
    """A database URL fit for a report."""
    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        parts = parts._replace(netloc=netloc)
    return urlunsplit(parts)
