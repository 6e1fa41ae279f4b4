"""Precise invalidation of the response cache: a change drops the answers that depend on
it and keeps every other one cached.

Over HTTP (Django's test client, GET as a CDN sends it), once with the test settings'
in-process cache and once with a real Redis this module starts. An answer served from
the cache runs no SQL, so the SQL count of a repeated request tells whether it was
recomputed.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, PageViewRestriction

from catalogue.factories import ServicePageFactory
from catalogue.models import ServicePage
from communes.factories import CommuneServicePageFactory
from communes.models import CommunePage, CommuneServicePage
from graphql_schema.cache import SEQUENCE_KEY, _tags_seen, memory
from tests.faults import use_redis, wait_until

pytestmark = pytest.mark.django_db

DISTRICT = "146270000000"  # Landkreis Meißen
MUNICIPALITY = "146270230230"  # Radebeul, in Landkreis Meißen
CITY = "146120000000"  # Dresden, no district

WOHNSITZ = "99115030001000"  # adapted by Radebeul and Dresden
GEWERBE = "99050010006000"  # adapted by Landkreis Meißen and Dresden
GEBURTSURKUNDE = "99115001001000"  # adapted by Dresden only
EHE = "99115010001000"

SERVICE = (
    """query($key: String!) { service(leikaKey: $key) { leikaKey title teaser } }"""
)
RESOLVED = """query($key: String!, $commune: String!) {
  service(leikaKey: $key, commune: $commune) { leikaKey teaser localisedBy { name } } }"""
LIST = "{ services(limit: 100) { totalCount items { leikaKey title } } }"


@pytest.fixture(params=["locmem", "redis"])
def response_cache(request, settings):
    """The response cache in the test settings' memory cache, or in a real Redis."""
    if request.param == "redis":
        use_redis(settings, request.getfixturevalue("redis_server"))
        yield
        cache.clear()
    else:
        yield


@pytest.fixture
def redis(settings, redis_server):
    """The response cache in a real Redis."""
    use_redis(settings, redis_server)
    yield redis_server
    cache.clear()


def get(query: str, **variables: str):
    """GET /graphql/: (JSON body, SQL queries run, response)."""
    params = {"query": query}
    if variables:
        params["variables"] = json.dumps(variables)
    with CaptureQueriesContext(connection) as queries:
        response = Client().get("/graphql/", params)
    assert response.status_code == 200, response.content[:500]
    body = response.json()
    assert "errors" not in body, body
    return body["data"], len(queries), response


def cached(query: str, **variables: str) -> bool:
    """Whether the answer came from the cache (no SQL at all)."""
    return get(query, **variables)[1] == 0


def warm(query: str, **variables: str) -> dict:
    data = get(query, **variables)[0]
    assert cached(query, **variables)
    return data


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run a change's after-commit work (the second bump, CDN purges) as in production."""

    def run(change):
        with django_capture_on_commit_callbacks(execute=True):
            return change()

    return run


def publish(page) -> None:
    page.save_revision().publish()


def service(key: str) -> ServicePage:
    return ServicePage.objects.get(leika_key=key, locale__language_code="de")


def adaptation(commune_slug: str, service_slug: str) -> CommuneServicePage:
    return CommuneServicePage.objects.get(
        url_path=f"/{commune_slug}/leistungen/{service_slug}/"
    )


def test_publishing_service_b_keeps_the_cached_answer_about_service_a(
    response_cache, committed
):
    warm(SERVICE, key=WOHNSITZ)
    warm(SERVICE, key=EHE)
    other = service(EHE)
    other.teaser = "Neu: Termine online."

    committed(lambda: publish(other))

    assert cached(SERVICE, key=WOHNSITZ)
    data, queries, _ = get(SERVICE, key=EHE)
    assert queries > 0
    assert data["service"]["teaser"] == "Neu: Termine online."


def test_saving_a_draft_keeps_every_answer_cached(response_cache, committed):
    warm(SERVICE, key=WOHNSITZ)
    warm(LIST)
    page = service(WOHNSITZ)
    page.teaser = "Entwurf, noch nicht veröffentlicht."

    committed(lambda: page.save_revision())

    assert cached(SERVICE, key=WOHNSITZ)
    assert cached(LIST)


def test_an_adaptation_in_one_commune_keeps_answers_for_an_unrelated_commune(
    response_cache, committed
):
    warm(RESOLVED, key=WOHNSITZ, commune=MUNICIPALITY)
    warm(RESOLVED, key=WOHNSITZ, commune=DISTRICT)
    warm(RESOLVED, key=WOHNSITZ, commune=CITY)
    dresden = adaptation("dresden", "wohnsitz-anmelden")
    dresden.local_teaser = "Dresden: neu."
    dresden.teaser_mode = "replace"

    committed(lambda: publish(dresden))

    assert cached(RESOLVED, key=WOHNSITZ, commune=MUNICIPALITY)
    assert cached(RESOLVED, key=WOHNSITZ, commune=DISTRICT)
    data, queries, _ = get(RESOLVED, key=WOHNSITZ, commune=CITY)
    assert queries > 0
    assert data["service"]["teaser"] == "Dresden: neu."


def test_a_district_adaptation_refreshes_its_municipalities_only(
    response_cache, committed
):
    warm(RESOLVED, key=GEWERBE, commune=MUNICIPALITY)
    warm(RESOLVED, key=GEWERBE, commune=CITY)
    warm(RESOLVED, key=WOHNSITZ, commune=MUNICIPALITY)
    meissen = adaptation("landkreis-meissen", "gewerbe-anmelden")
    meissen.local_teaser = "Landkreis: neu."
    meissen.teaser_mode = "replace"

    committed(lambda: publish(meissen))

    # Radebeul has no adaptation of its own: the district's applies there.
    data, queries, _ = get(RESOLVED, key=GEWERBE, commune=MUNICIPALITY)
    assert queries > 0
    assert data["service"]["teaser"] == "Landkreis: neu."
    assert cached(RESOLVED, key=GEWERBE, commune=CITY)  # not in the district
    assert cached(RESOLVED, key=WOHNSITZ, commune=MUNICIPALITY)  # another service


def test_a_new_adaptation_in_a_municipality_refreshes_its_answer(
    response_cache, committed
):
    before = warm(RESOLVED, key=GEBURTSURKUNDE, commune=MUNICIPALITY)
    warm(RESOLVED, key=GEBURTSURKUNDE, commune=CITY)
    warm(RESOLVED, key=GEBURTSURKUNDE, commune=DISTRICT)
    assert before["service"]["localisedBy"] == []
    radebeul = CommunePage.objects.get(ars=MUNICIPALITY)
    services_index = radebeul.get_children().get(slug="leistungen")

    def create():
        page = CommuneServicePageFactory(
            parent=services_index,
            service=service(GEBURTSURKUNDE),
            local_teaser="Radebeul: im Bürgerbüro.",
            teaser_mode="replace",
        )
        publish(page)

    committed(create)

    data, queries, _ = get(RESOLVED, key=GEBURTSURKUNDE, commune=MUNICIPALITY)
    assert queries > 0
    assert data["service"]["teaser"] == "Radebeul: im Bürgerbüro."
    assert data["service"]["localisedBy"] == [{"name": "Radebeul"}]
    assert cached(RESOLVED, key=GEBURTSURKUNDE, commune=CITY)
    assert cached(RESOLVED, key=GEBURTSURKUNDE, commune=DISTRICT)


def test_an_adaptation_moved_to_another_service_refreshes_both(
    response_cache, committed
):
    before = warm(RESOLVED, key=WOHNSITZ, commune=MUNICIPALITY)
    warm(RESOLVED, key=GEBURTSURKUNDE, commune=MUNICIPALITY)
    assert before["service"]["localisedBy"] == [{"name": "Radebeul"}]
    radebeul = adaptation("radebeul", "wohnsitz-anmelden")
    radebeul.service = service(GEBURTSURKUNDE)

    committed(lambda: publish(radebeul))

    data, queries, _ = get(RESOLVED, key=WOHNSITZ, commune=MUNICIPALITY)
    assert queries > 0
    assert data["service"]["localisedBy"] == []
    data, queries, _ = get(RESOLVED, key=GEBURTSURKUNDE, commune=MUNICIPALITY)
    assert queries > 0
    assert data["service"]["localisedBy"] == [{"name": "Radebeul"}]


def keys_in(data: dict) -> list[str]:
    return [item["leikaKey"] for item in data["services"]["items"]]


def test_lists_refresh_when_a_service_is_published_unpublished_or_moved(
    response_cache, committed, services_index
):
    before = warm(LIST)
    warm(SERVICE, key=WOHNSITZ)

    new = committed(
        lambda: ServicePageFactory(
            parent=services_index, title="Testdienst", leika_key="97000000000077"
        )
    )
    committed(lambda: publish(new))
    data, queries, _ = get(LIST)
    assert queries > 0
    assert data["services"]["totalCount"] == before["services"]["totalCount"] + 1
    assert "97000000000077" in keys_in(data)
    assert cached(SERVICE, key=WOHNSITZ)  # a new service leaves the others cached

    committed(lambda: ServicePage.objects.get(pk=new.pk).unpublish())
    data, queries, _ = get(LIST)
    assert queries > 0
    assert "97000000000077" not in keys_in(data)

    # Moved below an unpublished page, a live service leaves the list.
    ehe = service(EHE)
    holder = committed(
        lambda: ServicePageFactory(parent=services_index, title="Ablage")
    )
    committed(lambda: holder.unpublish())
    warm(LIST)
    committed(lambda: ehe.move(holder, pos="last-child"))
    data, queries, _ = get(LIST)
    assert queries > 0
    assert EHE not in keys_in(data)


def test_a_view_restriction_drops_what_it_hides(response_cache, committed):
    warm(SERVICE, key=WOHNSITZ)
    warm(LIST)

    committed(
        lambda: PageViewRestriction.objects.create(
            page=service(WOHNSITZ), restriction_type=PageViewRestriction.LOGIN
        )
    )

    assert get(SERVICE, key=WOHNSITZ)[0] == {"service": None}
    assert WOHNSITZ not in keys_in(get(LIST)[0])


def test_a_locale_change_drops_every_answer(response_cache, committed):
    warm(SERVICE, key=WOHNSITZ)
    warm(RESOLVED, key=WOHNSITZ, commune=CITY)

    committed(lambda: Locale.objects.get(language_code="de").save())

    assert not cached(SERVICE, key=WOHNSITZ)
    assert not cached(RESOLVED, key=WOHNSITZ, commune=CITY)


def test_get_answers_carry_their_tags_as_surrogate_keys(response_cache):
    page = service(WOHNSITZ)
    _data, _queries, first = get(SERVICE, key=WOHNSITZ)
    _data, queries, again = get(SERVICE, key=WOHNSITZ)

    assert queries == 0
    for response in (first, again):
        keys = response["Surrogate-Key"].split(" ")
        assert f"p:{page.pk}" in keys
        assert "all" in keys
        assert response["xkey"] == response["Surrogate-Key"]
        assert response["Cache-Tag"].split(",") == keys
    # A list depends on the membership of the services' list.
    assert "m:catalogue.servicepage" in get(LIST)[2]["Surrogate-Key"].split(" ")


def test_answers_with_many_tags_fall_back_to_coarse_ones(settings):
    settings.GRAPHQL_CACHE_MAX_TAGS = 5
    keys = get(LIST)[2]["Surrogate-Key"].split(" ")

    assert len(keys) <= 5
    assert not [key for key in keys if key.startswith("p:")]
    assert "m:catalogue.servicepage" in keys


def test_a_redis_that_went_back_serves_nothing_it_holds(redis):
    warm(SERVICE, key=WOHNSITZ)
    # As after a restart from an older snapshot: the sequence is lower than seen, and
    # the workers' listeners lost their connection.
    cache.set(SEQUENCE_KEY, 1, timeout=None)
    redis.cli("CLIENT", "KILL", "TYPE", "pubsub")
    wait_until(lambda: not memory.trusted(), timeout=5)

    assert not cached(SERVICE, key=WOHNSITZ)
    assert cached(SERVICE, key=WOHNSITZ)


def redis_calls(redis) -> int:
    """Commands Redis ran since the last call (each a round trip: no pipelines)."""
    stats = redis.cli("INFO", "commandstats")
    redis.cli("CONFIG", "RESETSTAT")
    return sum(
        int(line.split("calls=")[1].split(",")[0])
        for line in stats.splitlines()
        if line.startswith("cmdstat_") and not line.startswith("cmdstat_config")
    )


def test_a_cache_hit_costs_one_redis_round_trip(redis, settings):
    # Without the worker's memory (tests/performance/test_worker_memory.py: no round
    # trip at all while Redis reports no change).
    settings.GRAPHQL_WORKER_MEMORY_BYTES = 0
    warm(RESOLVED, key=WOHNSITZ, commune=MUNICIPALITY)
    redis_calls(redis)

    assert cached(RESOLVED, key=WOHNSITZ, commune=MUNICIPALITY)
    assert redis_calls(redis) == 1

    # An entry another process stored: one more round trip for its tags.
    _tags_seen.clear()
    assert cached(RESOLVED, key=WOHNSITZ, commune=MUNICIPALITY)
    assert redis_calls(redis) == 2


class PurgeRecorder(BaseHTTPRequestHandler):
    """A CDN's purge API: records each request (method, path, headers, body)."""

    def _record(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.server.requests.append(
            (
                self.command,
                self.path,
                {k.lower(): v for k, v in self.headers.items()},
                body,
            )
        )
        payload = b'{"success": true, "errors": []}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_PURGE = do_POST = _record

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    server.requests = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def api_purges(requests: list) -> list:
    """The purges of API answers (Wagtail also purges the page's own URLs)."""
    return [
        request
        for request in requests
        if "xkey-purge" in request[2]
        or request[1].endswith("/purge_cache")
        or "/service/" in request[1]
        or request[1] == "/graphql/"
    ]


@pytest.fixture
def cdn(settings, purge_server):
    host, port = purge_server.server_address
    location = f"http://{host}:{port}"

    def configure(name: str, **params) -> list:
        backends = {
            "http": {"BACKEND": "graphql_schema.frontend_cache.HTTPBackend"},
            "cloudflare": {
                "BACKEND": "graphql_schema.frontend_cache.CloudflareBackend",
                "ZONEID": "zone1",
                "BEARER_TOKEN": "token",
            },
            "fastly": {
                "BACKEND": "graphql_schema.frontend_cache.FastlyBackend",
                "SERVICE_ID": "svc1",
                "API_TOKEN": "token",
            },
        }
        location_param = "LOCATION" if name == "http" else "API_URL"
        settings.WAGTAILFRONTENDCACHE = {
            name: {**backends[name], location_param: location, **params}
        }
        settings.FRONTEND_CACHE_GRAPHQL_URLS = ["https://api.example/graphql/"]
        return purge_server.requests

    return configure


def published_service_b(committed) -> ServicePage:
    page = service(EHE)
    page.teaser = "Neu."
    committed(lambda: publish(page))
    return page


def test_varnish_xkey_purges_by_key(cdn, committed):
    requests = cdn("http", PURGE_BY_KEY=True)
    page = published_service_b(committed)

    purges = api_purges(requests)
    assert purges, requests
    keys = " ".join(request[2]["xkey-purge"] for request in purges).split(" ")
    assert f"p:{page.pk}" in keys
    assert "m:catalogue.servicepage" in keys
    assert "all" not in keys  # no answer about another service is purged
    assert all(request[1] != "/graphql/" for request in purges)


def test_cloudflare_purges_by_tag(cdn, committed):
    requests = cdn("cloudflare", PURGE_BY_KEY=True)
    page = published_service_b(committed)

    bodies = [
        json.loads(request[3])
        for request in api_purges(requests)
        if request[1] == "/zones/zone1/purge_cache"
    ]
    tags = [tag for body in bodies if "tags" in body for tag in body["tags"]]
    assert f"p:{page.pk}" in tags
    assert not [body for body in bodies if "files" in body and body["files"] == []]


def test_fastly_purges_by_surrogate_key(cdn, committed):
    requests = cdn("fastly")
    page = published_service_b(committed)

    purges = [r for r in requests if r[1] == "/service/svc1/purge"]
    assert purges, requests
    keys = " ".join(request[2]["surrogate-key"] for request in purges).split(" ")
    assert f"p:{page.pk}" in keys
    assert purges[0][2]["fastly-key"] == "token"


def test_without_purge_by_key_the_api_urls_are_purged(cdn, committed):
    requests = cdn("http")
    published_service_b(committed)

    assert [request[1] for request in api_purges(requests)] == ["/graphql/"]
