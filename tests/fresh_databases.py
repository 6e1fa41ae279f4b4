"""Fresh, empty PostgreSQL databases for tests that need one of their own (a live server,
fault injection, generate_catalogue), and management commands run against them in a
process of their own."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest

ROOT = Path(__file__).resolve().parents[1]


def scratch_database_url(suffix: str) -> str:
    """A freshly created, empty database `<test database name>_<suffix>`."""
    base = os.environ.get("DATABASE_URL", "")
    if not base.startswith("postgres"):
        pytest.skip("This test runs on PostgreSQL: set DATABASE_URL.")
    server, _, name = base.rpartition("/")
    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}_{suffix}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}_{suffix}"')
    return f"{server}/{name}_{suffix}"


def run_manage(
    *args: str,
    env: dict[str, str],
    drop: Callable[[str], bool] = lambda _name: False,
    timeout: int = 900,
) -> subprocess.CompletedProcess:
    """`manage.py args` with this environment, minus variables `drop` names, plus `env`."""
    environment = {key: value for key, value in os.environ.items() if not drop(key)}
    environment.update(env)
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=environment,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def manage(
    database_url: str,
    *args: str,
    check: bool = True,
    settings: str = "cms.settings.test",
) -> subprocess.CompletedProcess:
    """Run a management command against `database_url` in its own process."""
    result = run_manage(
        *args, env={"DATABASE_URL": database_url, "DJANGO_SETTINGS_MODULE": settings}
    )
    if check:
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return result
