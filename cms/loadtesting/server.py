"""The app as operators run it: gunicorn on loopback, this checkout, the current
environment and database, with the measuring aids of BENCHMARK_ENDPOINTS mounted."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.core.management.base import CommandError

from .clients import Budget, KeepAliveClient, Response, Run, Workload, drive
from .journeys import CEILING_REQUEST, Request
from .middleware import SERVER_TIME_HEADER, SQL_QUERIES_HEADER

# The Redis database the benchmark owns and flushes; never the app's own.
DEFAULT_REDIS_DB = 15


def free_port() -> int:
    """A TCP port on loopback that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_env(**overrides: str) -> dict[str, str]:
    """This process's environment for the server: its settings module, DEBUG off and
    the measuring aids on."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": os.environ.get(
            "DJANGO_SETTINGS_MODULE", "cms.settings.dev"
        ),
        "DEBUG": "false",
        "BENCHMARK_ENDPOINTS": "1",
        # Static files are not collected for these runs; WhiteNoise would say so per worker.
        "PYTHONWARNINGS": ",".join(
            filter(
                None,
                [
                    os.environ.get("PYTHONWARNINGS"),
                    "ignore:No directory at:UserWarning",
                ],
            )
        ),
        **overrides,
    }


class Server:
    """gunicorn serving cms.wsgi on a free loopback port: sync workers, or gthread
    workers with `threads` each. A context manager: started and up inside, stopped after."""

    def __init__(
        self,
        *,
        workers: int,
        threads: int | None = None,
        env: Mapping[str, str] | None = None,
    ) -> None:
        self.port = free_port()
        gunicorn = shutil.which("gunicorn", path=str(Path(sys.executable).parent))
        if gunicorn is None:
            raise CommandError("gunicorn is not installed next to this Python.")
        command = [
            gunicorn,
            "cms.wsgi",
            "-b",
            f"127.0.0.1:{self.port}",
            "-w",
            str(workers),
            "--log-level",
            "warning",
            # gunicorn 27 shares ~/.gunicorn/gunicorn.ctl between all its servers otherwise.
            "--control-socket",
            str(Path(tempfile.gettempdir()) / f"lebenslagen-gunicorn-{self.port}.ctl"),
        ]
        command += (
            ["--threads", str(threads)] if threads else ["--worker-class", "sync"]
        )
        self.process = subprocess.Popen(
            command, cwd=settings.BASE_DIR, env=server_env(**(env or {}))
        )

    def __enter__(self) -> Server:
        try:
            self.wait_until_up()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def wait_until_up(self, seconds: float = 30) -> None:
        """Wait until the ceiling view answers; fail early if gunicorn exits."""
        url = f"http://127.0.0.1:{self.port}{CEILING_REQUEST[1]}"
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise CommandError(
                    f"gunicorn exited with status {self.process.returncode}."
                )
            try:
                urllib.request.urlopen(url, timeout=2)
                return
            except urllib.error.HTTPError:
                return
            except OSError:
                time.sleep(0.2)
        raise CommandError("gunicorn did not start.")

    def stop(self) -> None:
        """Graceful shutdown (SIGTERM), then SIGKILL if it hangs."""
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)

    def fetch(self, request: Request) -> Response:
        """One request on a connection of its own."""
        client = KeepAliveClient(self.port)
        try:
            return client.request(*request)
        finally:
            client.close()

    def workers(self) -> list[int]:
        """gunicorn's workers: processes whose parent is the arbiter (from /proc)."""
        children = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue  # the process ended meanwhile
            if int(fields[1]) == self.process.pid:
                children.append(int(stat.parent.name))
        return sorted(children)

    def drive(
        self, workload: Workload, *, clients: int, budget: Budget
    ) -> tuple[Run, dict[int, float]]:
        """`clients.drive` against this server, with its workers' peak RSS (MiB) over
        the run."""
        workers = self.workers()
        reset_peak_rss(workers)
        run = drive(self.port, workload, clients=clients, budget=budget)
        return run, peak_rss_mib(workers)


def cold_start(
    request: Request, *, env: Mapping[str, str] | None = None, seconds: float = 60
) -> dict:
    """How long a new worker takes to answer: gunicorn with one worker is started and
    sent `request` at once (the arbiter listens before its worker is up, so the request
    waits for it). Reports the seconds from starting gunicorn to that first answer, the
    server time and SQL of the first answer and of the next one, and the worker's RSS
    after both."""
    started = time.perf_counter()
    server = Server(workers=1, env=env)
    try:
        while True:
            if server.process.poll() is not None:
                raise CommandError(
                    f"gunicorn exited with status {server.process.returncode}."
                )
            try:
                status, first, body = server.fetch(request)
                break
            except OSError:
                if time.perf_counter() - started > seconds:
                    raise CommandError("gunicorn did not start.") from None
                time.sleep(0.02)
        answered = time.perf_counter() - started
        if status != 200:
            raise CommandError(f"The first answer failed: HTTP {status} {body[:200]!r}")
        _, following, _ = server.fetch(request)
        rss = current_rss_mib(server.workers())
    finally:
        server.stop()

    def number(headers: dict[str, str], name: str) -> float | None:
        return float(headers[name]) if name in headers else None

    return {
        "seconds_to_first_answer": round(answered, 2),
        "first_answer_server_ms": number(first, SERVER_TIME_HEADER),
        "first_answer_sql": number(first, SQL_QUERIES_HEADER),
        "next_answer_server_ms": number(following, SERVER_TIME_HEADER),
        "next_answer_sql": number(following, SQL_QUERIES_HEADER),
        "worker_rss_mib": round(max(rss.values()), 1) if rss else None,
    }


def describe_cold_start(figures: dict) -> str:
    return (
        f"Cold start (1 new worker): first answer {figures['seconds_to_first_answer']} "
        f"s after gunicorn started; it took {figures['first_answer_server_ms']} ms on "
        f"the server ({figures['first_answer_sql']:.0f} SQL), the next "
        f"{figures['next_answer_server_ms']} ms ({figures['next_answer_sql']:.0f} SQL); "
        f"worker RSS then {figures['worker_rss_mib']} MiB."
    )


def reset_peak_rss(pids: list[int]) -> None:
    """Start a new peak-RSS window for these processes (Linux; ignored elsewhere)."""
    for pid in pids:
        with contextlib.suppress(OSError):
            Path(f"/proc/{pid}/clear_refs").write_text("5")


def peak_rss_mib(pids: list[int]) -> dict[int, float]:
    """The peak resident set (VmHWM) of each of these processes still running, in MiB."""
    return _status_mib(pids, "VmHWM:")


def current_rss_mib(pids: list[int]) -> dict[int, float]:
    """The resident set (VmRSS) of each of these processes still running, in MiB."""
    return _status_mib(pids, "VmRSS:")


def _status_mib(pids: list[int], field: str) -> dict[int, float]:
    values = {}
    for pid in pids:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith(field):
                values[pid] = int(line.split()[1]) / 1024
    return values


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
            f"Redis at {url} is not reachable ({error}); start it (or, in a "
            "comparison without churn, pass --skip-warm)."
        ) from error
    finally:
        client.close()
