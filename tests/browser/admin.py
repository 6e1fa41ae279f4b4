"""Admin sessions in Chromium that collect every console error and CSP violation.

Violations are reported by a `securitypolicyviolation` listener installed in every
document before its own scripts run, and sent to Python at once (they survive
navigation); console errors and uncaught exceptions come from Playwright's events.
"""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from tests.live import ARTIFACTS

ADMIN_PASSWORD = {"admin": "admin"}
DEMO_PASSWORD = "demo-passwort"

# Reports every CSP violation of the document (and of frames it creates) to Python.
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.__llReportViolation(
    `${event.violatedDirective} blocked ${event.blockedURI || "inline"} ` +
    `at ${event.sourceFile || document.location.href}:${event.lineNumber}`
  );
});
"""


@dataclass
class Problems:
    """What went wrong in the browser, per kind, with the page it happened on."""

    csp_violations: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)

    def clear(self) -> None:
        self.csp_violations.clear()
        self.console_errors.clear()

    def assert_none(self, where: str = "") -> None:
        found = [f"CSP: {item}" for item in self.csp_violations] + [
            f"console: {item}" for item in self.console_errors
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
