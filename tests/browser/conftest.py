"""Fixtures of the browser suite: the live server's pages, looked up by type and place."""

from __future__ import annotations

import pytest


class PageIds:
    """Ids of the seeded platform's pages, found by content type and tree position."""

    def __init__(self, live_cms) -> None:
        self.live_cms = live_cms

    def first(self, model: str, under: str = "/") -> int:
        """The first page (tree order) of `app.model` whose url_path starts with `under`."""
        app_label, model_name = model.lower().split(".")
        row = self.live_cms.query_one(
            "SELECT p.id FROM wagtailcore_page p "
            "JOIN django_content_type ct ON ct.id = p.content_type_id "
            "WHERE ct.app_label = %s AND ct.model = %s AND p.url_path LIKE %s "
            "ORDER BY p.path LIMIT 1",
            app_label,
            model_name,
            under + "%",
        )
        assert row, f"no {model} under {under}"
        return row[0]

    def at(self, url_path: str) -> int:
        row = self.live_cms.query_one(
            "SELECT id FROM wagtailcore_page WHERE url_path = %s", url_path
        )
        assert row, f"no page at {url_path}"
        return row[0]


@pytest.fixture(scope="session")
def page_ids(live_cms) -> PageIds:
    return PageIds(live_cms)
