"""A real server for end-to-end tests: its own PostgreSQL database, seeded, on a free port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from tests.fresh_databases import seeded_database_url

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "artifacts" / "browser"


def chromium_or_skip() -> str:
    """Debian's Chromium; under CI it must be there, elsewhere the test is skipped."""
    if Path(CHROMIUM).exists():
        return CHROMIUM
    message = (
        "Debian's Chromium is not installed: run `apt-get install chromium` "
        "(.ci/run does this in CI)."
    )
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class LiveServer:
    url: str
    database_url: str

    def query_one(self, sql: str, *params):
        with psycopg.connect(self.database_url) as connection:
            return connection.execute(sql, params).fetchone()


@pytest.fixture(scope="session")
def live_cms() -> Iterator[LiveServer]:
    """`manage.py runserver` on a seeded copy of the demo platform (development settings)."""
    database_url = seeded_database_url("browser", demo_users=True)
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "PORT": str(port),
        "PORTAL_HOSTNAME": "127.0.0.1",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
    }
    # The copy's site answers on this server's address, as `seed_demo` would have set it
    # from PORTAL_HOSTNAME and PORT.
    with psycopg.connect(database_url) as connection:
        connection.execute(
            "UPDATE wagtailcore_site SET hostname = '127.0.0.1', port = %s "
            "WHERE is_default_site",
            (port,),
        )
    manage = [sys.executable, str(ROOT / "manage.py")]
    server = subprocess.Popen(
        manage + ["runserver", f"127.0.0.1:{port}", "--noreload"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{url}/admin/login/", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        yield LiveServer(url=url, database_url=database_url)
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def browser(live_cms):
    """Headless Debian Chromium driven by Playwright (no browser download)."""
    executable = chromium_or_skip()
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=executable,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        try:
            yield instance
        finally:
            instance.close()
