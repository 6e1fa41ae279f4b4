"""An editor publishing while the clients read, checking each change reaches readers.

It runs in this process (a thread with its own database connection) or, with the
server's cache settings, in a process of its own (`EditorProcess`); it publishes
through Wagtail's revisions as the admin does, and asks the server under test whether
the change shows. What it publishes is a `Change`: a service's teaser, or a random
adaptation's or service's teaser as commune and central editors change them all day.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.core.management.base import CommandError
from django.db import connection

from catalogue.models import ServicePage
from cms.i18n import default_locale
from cms.visibility import visible_pages
from communes.models import CommuneServicePage, LocalTextMode
from communes.selectors import commune_owning

from .clients import KeepAliveClient
from .journeys import Request, graphql_request

VISIBLE_WITHIN_SECONDS = 5.0


@dataclass(frozen=True)
class Edit:
    """A published change: the request that reads it back and whether an answer
    (parsed JSON) shows it."""

    request: Request
    shows: Callable[[dict], bool]


Change = Callable[[int], Edit]  # the editor's n-th change, published


def change_a_service_teaser(number: int) -> Edit:
    """Publish a changed teaser of a random published service."""
    # German pages: the readers ask without `locale` (language editions are copies).
    page = (
        visible_pages(ServicePage.objects.all(), locale=default_locale())
        .order_by("?")
        .first()
    )
    teaser = f"Lasttest-Änderung {number}: {page.teaser[:200]}"
    page.teaser = teaser
    page.save_revision().publish()

    def shows(answer: dict) -> bool:
        service = (answer.get("data") or {}).get("service") or {}
        return service.get("teaser") == teaser

    return Edit(
        graphql_request(f'{{ service(leikaKey: "{page.leika_key}") {{ teaser }} }}'),
        shows,
    )


def change_an_adaptation_or_service(number: int) -> Edit:
    """Publish, with even odds, a new local teaser of a random published adaptation
    (read back for its commune) or a changed teaser of a random service."""
    if random.Random(number).random() < 0.5:
        return change_a_service_teaser(number)
    services = visible_pages(ServicePage.objects.all(), locale=default_locale())
    adaptation = (
        visible_pages(CommuneServicePage.objects.all(), locale=default_locale())
        .filter(service__in=services)
        .order_by("?")
        .first()
    )
    commune = commune_owning(adaptation) if adaptation else None
    if adaptation is None or commune is None:
        return change_a_service_teaser(number)  # a catalogue without adaptations
    teaser = f"Lasttest-Änderung {number} vor Ort ({time.time_ns()})"
    adaptation.local_teaser = teaser
    adaptation.teaser_mode = LocalTextMode.REPLACE
    adaptation.save_revision().publish()

    def shows(answer: dict) -> bool:
        service = (answer.get("data") or {}).get("service") or {}
        return service.get("teaser") == teaser

    return Edit(
        graphql_request(
            f'{{ service(leikaKey: "{adaptation.service.leika_key}", '
            f'commune: "{commune.ars}") {{ teaser }} }}'
        ),
        shows,
    )


CHANGES: dict[str, Change] = {
    "service": change_a_service_teaser,
    "adaptation-or-service": change_an_adaptation_or_service,
}


@dataclass
class Editor:
    """Publishes a change every `interval` seconds (on a fixed beat, however long a
    publish takes) until `within` seconds before the end, and looks for each through
    the API until it shows or `within` has passed."""

    port: int
    interval: float
    change: Change = change_a_service_teaser
    within: float = VISIBLE_WITHIN_SECONDS
    published: int = 0
    visible: int = 0
    seconds_until_visible: list[float] = field(default_factory=list)
    failure: str | None = None

    def start(self, until: float) -> threading.Thread:
        """Run in a thread until the monotonic time `until`; join it when done."""
        thread = threading.Thread(target=self.run, args=(until,), name="editor")
        thread.start()
        return thread

    def run(self, until: float) -> None:
        client = KeepAliveClient(self.port)
        beat = time.monotonic()
        try:
            while time.monotonic() < until - self.within:
                edit = self.change(self.published + 1)
                published_at = time.monotonic()
                self.published += 1
                while time.monotonic() < published_at + self.within:
                    status, _, body = client.request(*edit.request)
                    if status == 200 and edit.shows(json.loads(body)):
                        self.visible += 1
                        self.seconds_until_visible.append(
                            time.monotonic() - published_at
                        )
                        break
                    time.sleep(0.1)
                beat += self.interval
                time.sleep(max(0.0, beat - time.monotonic()))
        except Exception as exc:  # reported; the readers' run goes on
            self.failure = repr(exc)[:300]
        finally:
            client.close()
            connection.close()

    def figures(self) -> dict:
        delays = self.seconds_until_visible
        return {
            "publish_interval": self.interval,
            "visible_within_seconds": self.within,
            "published": self.published,
            "visible": self.visible,
            "seconds_until_visible_max": round(max(delays), 2) if delays else None,
            "failure": self.failure,
        }

    def failures(self) -> list[str]:
        """What makes a run fail: a change that did not show in time, a failed editor."""
        failures = []
        if self.visible < self.published:
            failures.append(
                f"{self.published - self.visible} published changes not visible "
                f"within {self.within:g} s"
            )
        if self.failure:
            failures.append(f"the editor failed: {self.failure}")
        return failures

    def summary(self) -> str:
        return (
            f"{self.published} changes published, {self.visible} visible within "
            f"{self.within:g} s"
            + (f"; the editor failed: {self.failure}" if self.failure else "")
        )


class EditorProcess:
    """The editor in a process of its own (`manage.py benchmark --editor-for PORT`),
    started with the server's cache settings, so that its publishes invalidate the
    cache the server reads. A context manager: started inside, stopped after."""

    def __init__(
        self,
        port: int,
        *,
        interval: float,
        seconds: float,
        change: str = "adaptation-or-service",
        **env: str,
    ) -> None:
        self.process = subprocess.Popen(
            [
                sys.executable,
                str(settings.BASE_DIR / "manage.py"),
                "benchmark",
                f"--editor-for={port}",
                f"--publish-interval={interval}",
                f"--duration={seconds}",
                f"--change={change}",
            ],
            env={**os.environ, **env},
            cwd=settings.BASE_DIR,
            stdout=subprocess.PIPE,
            text=True,
        )

    def __enter__(self) -> EditorProcess:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)
        if self.process.stdout:
            self.process.stdout.close()

    def wait_until_ready(self) -> None:
        """Block until the editor has loaded Django and starts its beat."""
        line = self.process.stdout.readline() if self.process.stdout else ""
        if line.strip() != READY:
            self.process.kill()
            raise CommandError(f"The editor process did not start: {line!r}")

    def figures(self, timeout: float = 60) -> dict:
        """The editor's figures and failures once it has finished."""
        output, _ = self.process.communicate(timeout=timeout)
        lines = output.strip().splitlines()
        if self.process.returncode != 0 or not lines:
            raise CommandError(
                f"The editor process failed (status {self.process.returncode})."
            )
        return json.loads(lines[-1])


READY = "editor ready"


def edit_for(port: int, *, interval: float, seconds: float, change: str) -> str:
    """What the editor process does: publish for `seconds`, then its figures as JSON.
    Checking visibility stops at half the time at most, so short runs publish too."""
    editor = Editor(
        port,
        interval=interval,
        change=CHANGES[change],
        within=min(VISIBLE_WITHIN_SECONDS, seconds / 2),
    )
    print(READY, flush=True)
    editor.run(until=time.monotonic() + seconds)
    return json.dumps({**editor.figures(), "failures": editor.failures()})
