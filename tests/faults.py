"""Parts for fault tests: a Redis of their own, the app under gunicorn with production
settings, a TCP proxy that can cut or freeze the way to PostgreSQL, and an editor who
publishes through the admin over HTTP. Everything listens on loopback only.
"""

from __future__ import annotations

import json
import os
import secrets
import select
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.live import free_port

ROOT = Path(__file__).resolve().parents[1]


def wait_until(condition, *, timeout: float = 30, step: float = 0.1) -> None:
    """Poll `condition` until it is true (a setup step, never an assertion of speed)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return
        time.sleep(step)
    raise AssertionError(f"gave up waiting after {timeout}s")


@dataclass
class RedisServer:
    """`redis-server` on a free loopback port, whose data this test owns."""

    directory: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            if os.environ.get("CI") == "true":
                pytest.fail("redis-server is not installed (.ci/run installs it).")
            pytest.skip("redis-server is not installed.")
        self.process = subprocess.Popen(
            [
                binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.directory),
                "--dbfilename",
                "dump.rdb",
                "--daemonize",
                "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_until(lambda: self.cli("PING") == "PONG")

    def cli(self, *command: str) -> str:
        result = subprocess.run(
            ["redis-cli", "-p", str(self.port), *command],
            capture_output=True,
            text=True,
            timeout=5,
        )
        return result.stdout.strip()

    def snapshot(self, name: str) -> Path:
        """Write the data to disk now (SAVE) and keep a copy under `name`."""
        assert self.cli("SAVE") == "OK"
        copy = self.directory / name
        shutil.copy(self.directory / "dump.rdb", copy)
        return copy

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)

    def restart_from(self, snapshot: Path | None) -> None:
        """Start again with the data of `snapshot` (None: empty)."""
        self.stop()
        dump = self.directory / "dump.rdb"
        dump.unlink(missing_ok=True)
        if snapshot is not None:
            shutil.copy(snapshot, dump)
        self.start()

    def freeze(self) -> None:
        self.process.send_signal(signal.SIGSTOP)

    def thaw(self) -> None:
        self.process.send_signal(signal.SIGCONT)


def use_redis(settings, server: RedisServer) -> None:
    """The response cache in `server` (pytest-django's `settings`), emptied."""
    from django.core.cache import cache

    settings.CACHES = {
        "default": {
            "BACKEND": "cms.cache_backend.ResilientRedisCache",
            "LOCATION": server.url,
        }
    }
    cache.clear()


class TcpProxy:
    """A TCP relay to PostgreSQL that can forward, refuse or freeze connections."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.mode = "forward"
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port = self.listener.getsockname()[1]
        self.connections: list[tuple[socket.socket, socket.socket | None]] = []
        self.lock = threading.Lock()
        self.running = True
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while self.running:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if self.mode == "refuse":
                client.close()
                continue
            upstream = None
            if self.mode == "forward":
                try:
                    upstream = socket.create_connection(
                        ("127.0.0.1", self.target_port), timeout=5
                    )
                except OSError:
                    client.close()
                    continue
            with self.lock:
                self.connections.append((client, upstream))
            if upstream is not None:
                threading.Thread(
                    target=self._relay, args=(client, upstream), daemon=True
                ).start()
            # Frozen: the client is accepted and then never answered.

    def _relay(self, client: socket.socket, upstream: socket.socket) -> None:
        pair = {client: upstream, upstream: client}
        try:
            while self.running:
                if self.mode == "hang":
                    time.sleep(0.05)
                    continue
                if self.mode == "refuse":
                    break
                readable, _, _ = select.select(list(pair), [], [], 0.1)
                for sock in readable:
                    data = sock.recv(65536)
                    if not data:
                        return
                    pair[sock].sendall(data)
        except OSError:
            pass
        finally:
            for sock in pair:
                sock.close()

    def set_mode(self, mode: str) -> None:
        """forward, refuse (cut every connection, refuse new ones) or hang."""
        self.mode = mode
        if mode == "refuse":
            with self.lock:
                for client, upstream in self.connections:
                    for sock in (client, upstream):
                        if sock is not None:
                            with suppress(OSError):
                                sock.shutdown(socket.SHUT_RDWR)
                            sock.close()
                self.connections.clear()

    def close(self) -> None:
        self.running = False
        self.set_mode("refuse")
        self.listener.close()


@dataclass
class Response:
    status: int
    headers: dict
    body: bytes

    def json(self) -> dict:
        return json.loads(self.body)


@dataclass
class App:
    """The app under gunicorn; requests go to loopback with a bounded wait."""

    url: str
    process: subprocess.Popen
    cookies: dict = field(default_factory=dict)

    def request(
        self, method: str, path: str, *, data: bytes | None = None, headers=None
    ) -> Response:
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        request = urllib.request.Request(
            self.url + path, data=data, headers=headers, method=method
        )
        opener = urllib.request.build_opener(_NoRedirect)
        try:
            with opener.open(request, timeout=60) as response:
                result = Response(
                    response.status, dict(response.headers), response.read()
                )
                raw_cookies = response.headers.get_all("Set-Cookie") or []
        except urllib.error.HTTPError as error:
            result = Response(error.code, dict(error.headers), error.read())
            raw_cookies = error.headers.get_all("Set-Cookie") or []
        for raw in raw_cookies:
            name, _, rest = raw.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        return result

    def graphql(self, query: str, variables: dict | None = None) -> Response:
        params = {"query": query}
        if variables:
            params["variables"] = json.dumps(variables)
        return self.request("GET", "/graphql/?" + urllib.parse.urlencode(params))

    def admin_post(self, path: str, fields: dict) -> Response:
        """A form POST as the browser sends it, with the CSRF double-submit cookie."""
        token = self.cookies.setdefault("csrftoken", secrets.token_hex(16))
        body = urllib.parse.urlencode({**fields, "csrfmiddlewaretoken": token}).encode()
        return self.request(
            "POST",
            path,
            data=body,
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )

    def log_in(self, username: str, password: str) -> None:
        response = self.admin_post(
            "/admin/login/", {"username": username, "password": password}
        )
        assert response.status == 302, response.body[:500]
        assert "sessionid" in self.cookies


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@contextmanager
def gunicorn(database_url: str, *, workers: int, env: dict, tmp: Path) -> Iterator[App]:
    """The app as the README deploys it (production settings, own control socket)."""
    port = free_port()
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": "fault-test-" + secrets.token_hex(16),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": database_url,
        "LOG_LEVEL": "WARNING",
        **env,
    }
    if "REDIS_URL" not in env:
        environment.pop("REDIS_URL", None)
    log = (tmp / f"gunicorn-{port}.log").open("w")
    process = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "cms.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--threads",
            "2",
            "--timeout",
            "30",
            "--control-socket",
            str(tmp / f"gunicorn-{port}.ctl"),
        ],
        cwd=ROOT,
        env=environment,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    app = App(url=f"http://127.0.0.1:{port}", process=process)

    def alive() -> bool:
        assert process.poll() is None, (tmp / f"gunicorn-{port}.log").read_text()[
            -3000:
        ]
        try:
            return app.request("GET", "/healthz").status == 200
        except OSError:
            return False

    try:
        wait_until(alive, timeout=60)
        yield app
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()
