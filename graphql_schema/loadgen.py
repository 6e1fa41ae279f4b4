"""Shared plumbing of `loadtest` and `benchmark_api`: gunicorn on loopback, HTTP clients.

The app runs as operators run it (gunicorn, this checkout, the current environment and
database); the clients are threads in the calling process.
"""

from __future__ import annotations

import contextlib
import http.client
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from django.core.management.base import CommandError

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    """A TCP port on loopback that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def percentile(values: list[float], share: float) -> float:
    """The `share` percentile of durations in seconds, in milliseconds."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000


def gunicorn_env(**overrides: str) -> dict[str, str]:
    """This process's environment for the server, with its settings module and DEBUG off."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": os.environ.get(
            "DJANGO_SETTINGS_MODULE", "cms.settings.dev"
        ),
        "DEBUG": "false",
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


def start_gunicorn(
    port: int, *, workers: int, env: dict[str, str], threads: int | None = None
) -> subprocess.Popen:
    """gunicorn serving cms.wsgi on 127.0.0.1:`port`: sync workers unless `threads`."""
    gunicorn = shutil.which("gunicorn", path=str(Path(sys.executable).parent))
    if gunicorn is None:
        raise CommandError("gunicorn is not installed next to this Python.")
    command = [
        gunicorn,
        "cms.wsgi",
        "-b",
        f"127.0.0.1:{port}",
        "-w",
        str(workers),
        "--log-level",
        "warning",
        # gunicorn 27 shares ~/.gunicorn/gunicorn.ctl between all its servers otherwise.
        "--control-socket",
        str(Path(tempfile.gettempdir()) / f"lebenslagen-gunicorn-{port}.ctl"),
    ]
    if threads:
        command += ["--threads", str(threads)]
    else:
        command += ["--worker-class", "sync"]
    return subprocess.Popen(command, cwd=ROOT, env=env)


def wait_until_up(url: str, server: subprocess.Popen, seconds: float = 30) -> None:
    """Wait until `url` answers (any HTTP status); fail early if gunicorn exits."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise CommandError(f"gunicorn exited with status {server.returncode}.")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.2)
    raise CommandError("gunicorn did not start.")


def stop_gunicorn(server: subprocess.Popen) -> None:
    """Graceful shutdown (SIGTERM), then SIGKILL if it hangs."""
    server.terminate()
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait(timeout=5)


def child_pids(pid: int) -> list[int]:
    """Processes whose parent is `pid` (gunicorn's workers), from /proc; [] elsewhere."""
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # the process ended meanwhile
        if int(fields[1]) == pid:
            children.append(int(stat.parent.name))
    return sorted(children)


def reset_peak_rss(pids: list[int]) -> None:
    """Start a new peak-RSS window for these processes (Linux; ignored elsewhere)."""
    for pid in pids:
        with contextlib.suppress(OSError):
            Path(f"/proc/{pid}/clear_refs").write_text("5")


def peak_rss_mib(pids: list[int]) -> float | None:
    """The highest peak resident set (VmHWM) among these processes, in MiB."""
    peaks = []
    for pid in pids:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmHWM:"):
                peaks.append(int(line.split()[1]) / 1024)
    return max(peaks) if peaks else None


class KeepAliveClient:
    """One HTTP/1.1 connection, reused while the server keeps it open."""

    def __init__(self, port: int, timeout: float = 30):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)

    def request(
        self, method: str, path: str, body: bytes | None = None
    ) -> tuple[int, dict[str, str], bytes]:
        headers = {"Accept": "application/json"}
        if body is not None:
            headers["Content-Type"] = "application/json"
        for attempt in (1, 2):
            try:
                self.connection.request(method, path, body=body, headers=headers)
                response = self.connection.getresponse()
                return response.status, dict(response.getheaders()), response.read()
            except (http.client.RemoteDisconnected, ConnectionError):
                # The server closed an idle kept-alive connection: reconnect once.
                self.connection.close()
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def close(self) -> None:
        self.connection.close()
