"""Where an uncached request spends its time (issue 17, goal 1): a profile for the
next person to optimise with.

The request is sent `count` times through Django's test client (the whole middleware
stack and view, the response cache off), after a few unmeasured ones that build the
schema and fill per-process lookups, in a child process with the servers' environment
(`profile_like_the_servers`): with their Redis, so what the servers keep across
requests is kept here too. A plain pass gives the time per request, the SQL queries
and the time spent waiting for the database; a pass under
cProfile splits the time between compiling SQL, the database, turning rows into
models and the rest, and names the functions that take it. cProfile slows Python code
more than waiting, so its split is a share of profiled time, not of the plain one.
"""

from __future__ import annotations

import cProfile
import json
import pstats
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import CommandError
from django.db import connection
from django.test import Client
from django.test.utils import override_settings

from .journeys import GRAPHQL, JOURNEYS, Request
from .samples import pick_samples
from .server import server_env

PROFILED_REQUESTS = 50
WARMUP_REQUESTS = 5
# (file ending, function): the time of these, with what they call.
SQL_COMPILE = ("django/db/models/sql/compiler.py", "as_sql")
DATABASE = ("django/db/backends/utils.py", "_execute")
MODEL_INSTANCES = ("django/db/models/base.py", "from_db")
PROJECT_FOLDERS = ("catalogue", "communes", "graphql_schema", "cms")
# Project functions every request passes through (middleware, the view, resolver
# wrappers) take nearly all of the time and say nothing: listed are those below this.
WRAPPER_SHARE = 0.8
TOP = 10


class DatabaseTime:
    """An execute wrapper counting the queries and the time spent in the database."""

    def __init__(self) -> None:
        self.queries = 0
        self.seconds = 0.0

    def __call__(
        self, execute: Callable, sql: str, params: Any, many: bool, context: dict
    ) -> Any:
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - started
            self.queries += 1


def _send(client: Client, request: Request) -> None:
    method, path, body = request
    if method == "POST":
        response = client.post(path, body, content_type="application/json")
    else:
        response = client.get(path)
    if response.status_code != 200 or json.loads(response.content).get("errors"):
        raise CommandError(f"The profiled request failed: {response.content[:300]!r}")


def _short(filename: str) -> str:
    """A path fit for a report: from the project or the installed package on."""
    path = Path(filename)
    if "site-packages" in path.parts:
        return "/".join(path.parts[path.parts.index("site-packages") + 1 :])
    try:
        return str(path.relative_to(settings.BASE_DIR))
    except ValueError:
        return filename


def _in_project(filename: str) -> bool:
    short = _short(filename)
    return short.split("/", 1)[0] in PROJECT_FOLDERS and not short.startswith(
        "cms/loadtesting"
    )


def profile_request(request: Request, count: int = PROFILED_REQUESTS) -> dict:
    """The plain figures and the profile of `count` uncached requests."""
    client = Client()
    with override_settings(GRAPHQL_RESPONSE_CACHE_SECONDS=0, DEBUG=False):
        for _ in range(WARMUP_REQUESTS):
            _send(client, request)
        database = DatabaseTime()
        with connection.execute_wrapper(database):
            started = time.perf_counter()
            for _ in range(count):
                _send(client, request)
            plain = time.perf_counter() - started
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(count):
            _send(client, request)
        profiler.disable()
    # (file, line, function) → (calls, primitive calls, own, cumulative, callers);
    # typeshed does not declare the attribute.
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    profiled = sum(entry[2] for entry in stats.values())

    def cumulative(target: tuple[str, str]) -> float:
        ending, function = target
        return sum(
            entry[3]
            for (filename, _, name), entry in stats.items()
            if name == function and filename.replace("\\", "/").endswith(ending)
        )

    def share(seconds: float) -> float:
        return round(seconds / profiled, 3) if profiled else 0.0

    parts = {
        "sql_compile": share(cumulative(SQL_COMPILE)),
        "database": share(cumulative(DATABASE)),
        "model_instances": share(cumulative(MODEL_INSTANCES)),
    }
    parts["rest"] = round(1 - sum(parts.values()), 3)

    def listed(key: Callable[[tuple], float], keep: Callable[[str], bool]) -> list:
        chosen = sorted(
            (
                item
                for item in stats.items()
                if keep(item[0][0]) and key(item[1]) < WRAPPER_SHARE * profiled
            ),
            key=lambda item: key(item[1]),
            reverse=True,
        )[:TOP]
        return [
            {
                "function": f"{_short(filename)}:{line} {name}",
                "ms_per_request": round(key(entry) / count * 1000, 2),
                "calls_per_request": round(entry[1] / count, 1),
            }
            for (filename, line, name), entry in chosen
        ]

    return {
        "requests": count,
        "ms_per_request": round(plain / count * 1000, 2),
        "sql_per_request": round(database.queries / count, 1),
        "database_ms_per_request": round(database.seconds / count * 1000, 2),
        "profiled_ms_per_request": round(profiled / count * 1000, 2),
        "profiled_shares": parts,
        "project_functions_by_cumulative_time": listed(
            lambda entry: entry[3], _in_project
        ),
        "functions_by_own_time": listed(lambda entry: entry[2], lambda _f: True),
    }


def describe_profile(name: str, figures: dict) -> list[str]:
    """The profile as printed."""
    shares = figures["profiled_shares"]
    plain = figures["ms_per_request"]
    database = figures["database_ms_per_request"]
    lines = [
        f"Where the uncached „{name}“ spends its time ({figures['requests']} requests "
        "in this process, response cache off):",
        f"  {plain} ms per request, {figures['sql_per_request']:g} SQL queries, "
        f"{database} ms ({database / plain:.0%}) waiting for the database",
        "  under cProfile: "
        + ", ".join(
            f"{label} {shares[key]:.0%}"
            for key, label in (
                ("sql_compile", "compiling SQL"),
                ("database", "database"),
                ("model_instances", "rows to models"),
                ("rest", "the rest"),
            )
        ),
        "  project functions below the view and its resolver wrappers, cumulative ms "
        "per request (profiled):",
    ]
    lines += [
        f"    {row['ms_per_request']:>7.2f}  {row['function']} "
        f"(×{row['calls_per_request']:g})"
        for row in figures["project_functions_by_cumulative_time"]
    ]
    lines.append("  any function, own ms per request (profiled):")
    lines += [
        f"    {row['ms_per_request']:>7.2f}  {row['function']} "
        f"(×{row['calls_per_request']:g})"
        for row in figures["functions_by_own_time"]
    ]
    return lines


def profile_journey(name: str) -> dict:
    """`profile_request` of the GraphQL request of journey `name` about the first
    sample target."""
    journey = next((j for j in JOURNEYS if j.name == name), None)
    if journey is None:
        raise CommandError(f"No journey is called {name!r}.")
    return profile_request(journey.request(GRAPHQL, pick_samples().targets()[0]))


def profile_like_the_servers(name: str, env: Mapping[str, str]) -> dict:
    """`profile_journey` in a child process with the servers' environment `env`."""
    result = subprocess.run(
        [
            sys.executable,
            str(settings.BASE_DIR / "manage.py"),
            "benchmark",
            "--print-profile",
            name,
        ],
        env=server_env(**env),
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0:
        raise CommandError(f"Profiling failed: {result.stderr.strip()[-500:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])
