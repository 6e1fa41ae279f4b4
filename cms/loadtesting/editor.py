"""An editor publishing while the clients read, checking each change reaches readers.

It runs in this process (a thread with its own database connection), publishes through
Wagtail's revisions as the admin does, and asks the server under test whether the change
shows. What it publishes is a `Change`, so other edits can take the teaser's place.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import connection

from catalogue.models import ServicePage
from cms.visibility import visible_pages

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
    page = visible_pages(ServicePage.objects.all()).order_by("?").first()
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


@dataclass
class Editor:
    """Publishes a change every `interval` seconds until `within` seconds before the
    end, and looks for each through the API until it shows or `within` has passed."""

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
                time.sleep(self.interval)
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
