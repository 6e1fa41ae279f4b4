"""With Redis stopped, frozen or restored from an old snapshot, the API keeps answering
from the database, editors keep publishing, and no cached answer outlives its content.

The app runs under gunicorn (2 workers) with production settings against a Redis this
test starts on a free port.
"""

from __future__ import annotations

import time

import psycopg
import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from tests.faults import RedisServer, gunicorn, wait_until
from tests.fresh_databases import seeded_database_url

QUERY = """query($path: String) { page(urlPath: $path, site: "radebeul.localhost") {
  title ... on ContentPage { intro } } }"""
# The longest a worker may take to learn of a commit made by another worker when Redis
# could not tell it (GRAPHQL_CACHE_GENERATION_SECONDS below); the test waits that long.
GENERATION_SECONDS = 0.5


@pytest.fixture(scope="module")
def platform(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("redis-faults")
    database_url = seeded_database_url("redis_faults", demo_users=True)
    redis = RedisServer(directory=tmp)
    redis.start()
    env = {
        "REDIS_URL": redis.url,
        "GRAPHQL_CACHE_GENERATION_SECONDS": str(GENERATION_SECONDS),
        "CACHE_RETRY_SECONDS": "1",
    }
    try:
        with gunicorn(database_url, workers=2, env=env, tmp=tmp) as app:
            yield app, redis, database_url
    finally:
        redis.stop()


def content_page(database_url: str) -> dict:
    with psycopg.connect(database_url) as connection:
        row = connection.execute(
            "SELECT p.id, p.title, p.slug, p.url_path, c.intro FROM wagtailcore_page p "
            "JOIN communes_contentpage c ON c.page_ptr_id = p.id "
            "WHERE p.url_path LIKE '/radebeul/%%' AND p.live ORDER BY p.path LIMIT 1"
        ).fetchone()
    page_id, title, slug, url_path, intro = row
    return {
        "id": page_id,
        "title": title,
        "slug": slug,
        "path": url_path.removeprefix("/radebeul"),
        "intro": intro,
    }


def publish(app, page: dict, intro: str) -> None:
    """The Radebeul moderator publishes a new intro through the admin's edit form."""
    fields = nested_form_data(
        {
            "title": page["title"],
            "slug": page["slug"],
            "intro": intro,
            "body": streamfield([]),
            "comments": inline_formset([]),
        }
    )
    fields["action-publish"] = "action-publish"
    response = app.admin_post(f"/admin/pages/{page['id']}/edit/", fields)
    assert response.status == 302, response.body[:1000]


def served_intro(app, page: dict) -> str:
    response = app.graphql(QUERY, {"path": page["path"]})
    assert response.status == 200, response.body[:500]
    body = response.json()
    assert "errors" not in body, body
    return body["data"]["page"]["intro"]


def test_the_api_and_publishing_survive_redis_failing(platform):
    app, redis, database_url = platform
    page = content_page(database_url)
    app.log_in("radebeul-moderation", "demo-passwort")

    # Redis up: answers are cached there.
    assert served_intro(app, page) == page["intro"]
    assert served_intro(app, page) == page["intro"]
    assert int(redis.cli("DBSIZE")) > 0
    old_snapshot = redis.snapshot("before-publishing.rdb")
    publish(app, page, "Fassung A")
    for _ in range(4):
        assert served_intro(app, page) == "Fassung A"

    # Redis stopped: answers from the database, and the editor can publish.
    redis.stop()
    for _ in range(4):
        assert served_intro(app, page) == "Fassung A"
    ready = app.request("GET", "/readyz")
    assert ready.status == 200  # Redis is reported, not required
    assert ready.json()["cache"] == "unavailable"
    publish(app, page, "Fassung B")
    for _ in range(4):
        assert served_intro(app, page) == "Fassung B"

    # Redis back (empty): the published text is served, and cached again once the
    # workers try Redis again (CACHE_RETRY_SECONDS).
    redis.restart_from(None)

    def served_b_and_cached() -> bool:
        assert served_intro(app, page) == "Fassung B"
        return int(redis.cli("DBSIZE")) > 0

    wait_until(served_b_and_cached, timeout=20, step=0.2)

    # Redis frozen while the editor publishes; afterwards it comes back with entries
    # made before that publish (and a version that missed it): none of them is served.
    for _ in range(4):
        assert served_intro(app, page) == "Fassung B"
    redis.freeze()
    try:
        assert served_intro(app, page) == "Fassung B"
        publish(app, page, "Fassung C")
        assert served_intro(app, page) == "Fassung C"
    finally:
        redis.thaw()
    time.sleep(GENERATION_SECONDS * 2)
    for _ in range(8):
        assert served_intro(app, page) == "Fassung C"

    # Redis restored from the snapshot taken before A: its old entries and its old
    # version come back. No stale answer is served.
    redis.restart_from(old_snapshot)
    assert int(redis.cli("DBSIZE")) > 0
    for _ in range(8):
        assert served_intro(app, page) == "Fassung C"
