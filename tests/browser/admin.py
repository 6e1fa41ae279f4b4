"""Admin sessions in Chromium that collect every console error and CSP violation.

Violations are reported by a `securitypolicyviolation` listener installed in every
document before its own scripts run, and sent to Python at once (they survive
navigation); console errors and uncaught exceptions come from Playwright's events
(Wagtail's autosave pausing on an incomplete form is told apart: see Problems).
"""

from __future__ import annotations

import json
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field

from tests.live import ARTIFACTS

ADMIN_PASSWORD = {"admin": "admin"}
DEMO_PASSWORD = "demo-passwort"

# Reports every CSP violation of the document (and of frames it creates) to Python, and
# every time Wagtail's autosave pauses (its own `w-autosave:error` event).
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.__llReportViolation(
    `${event.violatedDirective} blocked ${event.blockedURI || "inline"} ` +
    `at ${event.sourceFile || document.location.href}:${event.lineNumber}`
  );
});
document.addEventListener("w-autosave:error", () => {
  window.__llReportAutosavePause(document.location.href);
});
"""


# How Chromium logs a request that was answered with 400.
FAILED_WITH_400 = "the server responded with a status of 400"


@dataclass
class Problems:
    """What went wrong in the browser, per kind, with the page it happened on.

    Wagtail's autosave answers 400 while a form is incomplete — a new StreamField block
    or inline row before it is filled in — or when a newer revision was saved meanwhile,
    and tells the editor it has paused; Chromium logs each such answer as a console
    error. Each pause (Wagtail's `w-autosave:error` event) is recorded in
    `autosave_pauses`, and exactly one logged 400 per recorded pause is expected; every
    other console error still fails.
    """

    csp_violations: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    autosave_pauses: list[str] = field(default_factory=list)

    def clear(self) -> None:
        self.csp_violations.clear()
        self.console_errors.clear()
        self.autosave_pauses.clear()

    def unexpected_console_errors(self) -> list[str]:
        errors = list(self.console_errors)
        for _pause in self.autosave_pauses:
            logged = next((e for e in errors if FAILED_WITH_400 in e), None)
            if logged is not None:
                errors.remove(logged)
        return errors

    def assert_none(self, where: str = "") -> None:
        found = [f"CSP: {item}" for item in self.csp_violations] + [
            f"console: {item}" for item in self.unexpected_console_errors()
        ]
        assert not found, f"{where}: " + "\n".join(found)


@contextmanager
def admin_session(browser, base_url: str, username: str) -> Iterator:
    """A logged-in admin page of `username`, with `page.problems` collected."""
    context = browser.new_context(
        locale="de-DE",
        timezone_id="Europe/Berlin",
        viewport={"width": 1400, "height": 1000},
    )
    problems = Problems()
    context.expose_function(
        "__llReportViolation",
        lambda text: problems.csp_violations.append(f"{text} ({page.url})"),
    )
    context.expose_function(
        "__llReportAutosavePause", lambda url: problems.autosave_pauses.append(url)
    )
    context.add_init_script(REPORT_VIOLATIONS)
    page = context.new_page()
    page.on(
        "console",
        lambda message: (
            problems.console_errors.append(f"{message.text} ({page.url})")
            if message.type == "error"
            else None
        ),
    )
    page.on(
        "pageerror",
        lambda error: problems.console_errors.append(f"uncaught {error} ({page.url})"),
    )
    page.problems = problems
    page.goto(f"{base_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", ADMIN_PASSWORD.get(username, DEMO_PASSWORD))
    page.click("button[type=submit]")
    page.wait_for_url(f"{base_url}/admin/")
    try:
        yield page
    except Exception as failure:
        # What the editor saw when the test failed, for whoever reads the test log.
        failure.add_note(f"Last page in Chromium: {page.url}")
        with suppress(Exception):
            name = f"failed-{username}-{time.strftime('%Y%m%d-%H%M%S')}"
            screenshot(page, name)
            failure.add_note(f"Screenshot: {ARTIFACTS / name}.png")
        raise
    finally:
        context.close()


def open_admin_page(page, url: str) -> None:
    """Open an admin URL and wait until its scripts have run and requests settled."""
    response = page.goto(url)
    assert response is not None and response.status == 200, (
        f"{url}: HTTP {response.status if response else 'no response'}"
    )
    page.wait_for_load_state("networkidle")


def screenshot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def graphql(base_url: str, query: str, variables: dict | None = None) -> dict:
    """POST a query to the live server's GraphQL endpoint."""
    request = urllib.request.Request(
        f"{base_url}/graphql/",
        data=json.dumps({"query": query, "variables": variables or {}}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)
