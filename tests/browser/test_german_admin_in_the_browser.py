"""What Chromium shows a German editor — including the texts the admin's scripts write
(relative times, autosave state, side panels) — has no English leftovers."""

from __future__ import annotations

from tests.browser.admin import admin_session, open_admin_page
from tests.catalogue.test_german_admin_texts import LEFTOVERS


def english_leftovers(page) -> list[str]:
    lines = page.locator("body").inner_text().splitlines()
    return [
        f"{page.url}: {line.strip()[:120]}"
        for line in lines
        for pattern in LEFTOVERS
        if pattern.search(line)
    ]


def test_a_german_editor_sees_german_on_the_pages_they_open(
    browser, live_cms, page_ids
):
    service = page_ids.at("/portal/leistungen/personalausweis-beantragen/")
    adaptation = page_ids.at("/radebeul/leistungen/personalausweis-beantragen/")
    visits = {
        "redaktion": [
            "/admin/",
            "/admin/services/",
            f"/admin/pages/{service}/edit/",
            f"/admin/pages/{service}/history/",
            "/admin/pages/search/?q=Personalausweis",
            "/admin/hilfe/",
        ],
        "radebeul-redaktion": [
            "/admin/",
            f"/admin/pages/{adaptation}/edit/",
            "/admin/reports/outdated-adaptations/",
        ],
    }
    found = []
    for user, urls in visits.items():
        with admin_session(browser, live_cms.url, user) as page:
            for url in urls:
                open_admin_page(page, live_cms.url + url)
                # The status side panel holds the dates Wagtail writes as relative times.
                toggle = page.locator("button[data-side-panel-toggle=status]")
                if toggle.count():
                    toggle.click()
                found += english_leftovers(page)
            page.problems.assert_none(f"German pages of {user}")
    assert not found, "\n".join(found)
