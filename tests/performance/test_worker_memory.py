"""Cached answers served from the worker's memory while Redis reports no change: a
repeated answer costs no round trip to Redis, and a publish here or in another worker
drops what the memory kept (issue 17, goal 3)."""

from __future__ import annotations

import json
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from catalogue.models import ServicePage
from graphql_schema.cache import memory
from graphql_schema.worker_memory import trust_seconds
from tests.faults import RedisServer, use_redis, wait_until
from tests.fresh_databases import run_manage

pytestmark = pytest.mark.django_db

SERVICE = """query($key: String!) { service(leikaKey: $key) { leikaKey teaser } }"""
WOHNSITZ = "99115030001000"
EHE = "99115010001000"


@pytest.fixture
def redis(settings, redis_server):
    """The response cache in a real Redis, with this process's listener on it."""
    use_redis(settings, redis_server)
    memory.forget()
    get(SERVICE, key=EHE)  # starts the listener; Redis now has a sequence
    wait_until(memory.trusted, timeout=10)
    yield redis_server
    cache.clear()


def get(query: str, **variables: str) -> tuple[dict, int]:
    """GET /graphql/: (data, SQL queries run)."""
    params = {"query": query, "variables": json.dumps(variables)}
    with CaptureQueriesContext(connection) as queries:
        response = Client().get("/graphql/", params)
    assert response.status_code == 200, response.content[:500]
    return response.json()["data"], len(queries)


def redis_lookups(server: RedisServer) -> int:
    """How many MGET commands Redis has answered (a cache lookup is one MGET)."""
    stats = server.cli("INFO", "commandstats")
    found = re.search(r"cmdstat_mget:calls=(\d+)", stats)
    return int(found.group(1)) if found else 0


def test_a_repeated_answer_comes_from_memory_without_asking_redis(redis):
    first, _ = get(SERVICE, key=WOHNSITZ)  # computed and stored
    get(SERVICE, key=WOHNSITZ)
    lookups = redis_lookups(redis)

    again, queries = get(SERVICE, key=WOHNSITZ)

    assert again == first
    assert queries == 0
    assert redis_lookups(redis) == lookups


def test_a_publish_here_drops_what_the_memory_kept(
    redis, django_capture_on_commit_callbacks
):
    for _ in range(2):
        get(SERVICE, key=WOHNSITZ)
        get(SERVICE, key=EHE)
    page = ServicePage.objects.get(leika_key=EHE, locale__language_code="de")
    page.teaser = "Neu: Termine online."
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()

    data, queries = get(SERVICE, key=EHE)
    assert queries > 0
    assert data["service"]["teaser"] == "Neu: Termine online."
    # The other answer is still valid: Redis says so once, then memory serves it.
    assert get(SERVICE, key=WOHNSITZ)[1] == 0
    wait_until(memory.trusted)
    lookups = redis_lookups(redis)
    assert get(SERVICE, key=WOHNSITZ)[1] == 0
    assert redis_lookups(redis) == lookups


def test_a_bump_in_another_worker_reaches_this_workers_memory(redis):
    for _ in range(3):
        _, queries = get(SERVICE, key=EHE)
    assert queries == 0
    page = ServicePage.objects.get(leika_key=EHE, locale__language_code="de")

    # Another process takes a bump of the page's tag in the same Redis, as a worker
    # publishing the page does before and after its commit.
    bumped = run_manage(
        "shell",
        "-c",
        "from graphql_schema.cache import _bump_in_redis; "
        f"print(_bump_in_redis({{'p:{page.pk}'}}))",
        env={
            "REDIS_URL": redis.url,
            "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        },
    )
    assert bumped.returncode == 0, bumped.stderr[-2000:]
    number = int(bumped.stdout.split()[-1])
    wait_until(lambda: memory._sequence == number, timeout=5)

    assert get(SERVICE, key=EHE)[1] > 0


def test_the_memory_is_not_trusted_while_redis_does_not_answer(redis):
    get(SERVICE, key=WOHNSITZ)
    get(SERVICE, key=WOHNSITZ)
    assert get(SERVICE, key=WOHNSITZ)[1] == 0

    redis.freeze()
    try:
        wait_until(lambda: not memory.trusted(), timeout=trust_seconds() + 2)
        # Without Redis the answer is computed (and nothing is kept).
        assert get(SERVICE, key=WOHNSITZ)[1] > 0
    finally:
        redis.thaw()
    wait_until(memory.trusted, timeout=15)


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_an_answer_from_memory_has_the_body_and_headers_of_one_from_redis(
    redis, settings, method
):
    def ask():
        variables = {"key": WOHNSITZ}
        client = Client()
        if method == "GET":
            return client.get(
                "/graphql/", {"query": SERVICE, "variables": json.dumps(variables)}
            )
        return client.post(
            "/graphql/",
            json.dumps({"query": SERVICE, "variables": variables}),
            content_type="application/json",
        )

    settings.GRAPHQL_WORKER_MEMORY_BYTES = 0
    ask()
    from_redis = ask()
    settings.GRAPHQL_WORKER_MEMORY_BYTES = 32 * 1024 * 1024
    wait_until(memory.trusted)
    ask()
    served = memory.served

    from_memory = ask()

    assert memory.served == served + 1
    assert from_memory.status_code == from_redis.status_code == 200
    assert from_memory.content == from_redis.content
    assert dict(from_memory.headers) == dict(from_redis.headers)
