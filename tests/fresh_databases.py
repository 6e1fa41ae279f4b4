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


def scratch_database_url(suffix: str, template: str | None = None) -> str:
    """A freshly created database `<test database name>_<suffix>[_<xdist worker>]`:
    empty, or a copy of the database `template`."""
    base = os.environ.get("DATABASE_URL", "")
    if not base.startswith("postgres"):
        pytest.skip("This test runs on PostgreSQL: set DATABASE_URL.")
    server, _, name = base.rpartition("/")
    # Parallel workers (pytest-xdist) each get databases of their own.
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    database = f"{name}_{suffix}_{worker}" if worker else f"{name}_{suffix}"
    copy = f' TEMPLATE "{template}"' if template else ""
    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{database}"{copy}')
    return f"{server}/{database}"


def migrated_database_url(suffix: str) -> str:
    """A fresh database with every migration applied."""
    return scratch_database_url(suffix, template=_template("migrated"))


def seeded_database_url(suffix: str, *, demo_users: bool = False) -> str:
    """A fresh database with the demo platform, and with `demo_users` its demo users."""
    kind = "seeded_with_users" if demo_users else "seeded"
    return scratch_database_url(suffix, template=_template(kind))


# Migrating and seeding take most of a fresh database's minute: each kind is built once
# per test run (per worker), and every database of that kind is a copy of it.
_TEMPLATES: dict[str, str] = {}


def _template(kind: str) -> str:
    if kind not in _TEMPLATES:
        if kind == "migrated":
            url = scratch_database_url("template_migrated")
            manage(url, "migrate", "--noinput", "-v0")
        elif kind == "seeded":
            url = scratch_database_url("template_seeded", _template("migrated"))
            manage(url, "seed_demo", "-v0")
        else:
            url = scratch_database_url(f"template_{kind}", _template("migrated"))
            # Passwords hashed as production checks them (the test settings use MD5).
            manage(url, "seed_demo", "--demo-users", settings="cms.settings.dev")
        _TEMPLATES[kind] = url.rpartition("/")[2]
    return _TEMPLATES[kind]


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
