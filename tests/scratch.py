"""Scratch PostgreSQL databases for tests that need an empty platform of their own."""

from __future__ import annotations

import os
import subprocess
import sys
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


def manage(
    database_url: str, *args: str, check: bool = True
) -> subprocess.CompletedProcess:
    """Run a management command against `database_url` in its own process."""
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
    }
    result = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    if check:
        assert result.returncode == 0, result.stderr[-2000:]
    return result
