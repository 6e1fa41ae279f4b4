"""Persisted queries (Apollo's APQ protocol): registered once, then run by hash over GET."""

import hashlib
import json

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from catalogue.models import ServicePage

pytestmark = pytest.mark.django_db

QUERY = "query Service($key: String) { service(leikaKey: $key) { leikaKey teaser } }"
VARIABLES = {"key": "99115030001000"}
DEEP = '{ lifeSituation(slug: "umzug") { children { children { title } } } }'
NOT_FOUND_BODY = {
    "errors": [
        {
            "message": "PersistedQueryNotFound",
            "extensions": {"code": "PERSISTED_QUERY_NOT_FOUND"},
        }
    ]
}


def sha256(query: str) -> str:
    return hashlib.sha256(query.encode()).hexdigest()


def persisted(digest: str, version: object = 1) -> dict:
    return {"persistedQuery": {"version": version, "sha256Hash": digest}}


def register(query: str = QUERY, digest: str | None = None, variables=None):
    """What an Apollo client sends after PersistedQueryNotFound: query and hash."""
    body = {
        "query": query,
        "variables": variables if variables is not None else VARIABLES,
        "extensions": persisted(digest or sha256(query)),
    }
    return Client().post(
        "/graphql/", data=json.dumps(body), content_type="application/json"
    )


def get_by_hash(
    digest: str = sha256(QUERY), client=None, variables=VARIABLES, **headers
):
    params = {"extensions": json.dumps(persisted(digest))}
    if variables:
        params["variables"] = json.dumps(variables)
    return (client or Client()).get("/graphql/", params, **headers)


def codes(response) -> list[str]:
    return [error["extensions"]["code"] for error in response.json()["errors"]]


def test_a_query_registered_with_its_hash_then_runs_by_hash_over_get():
    registered = register()
    assert registered.status_code == 200
    assert registered.json()["data"]["service"]["leikaKey"] == "99115030001000"

    response = get_by_hash()

    assert response.status_code == 200
    assert response.json() == registered.json()


def test_an_unknown_hash_answers_persisted_query_not_found_for_apollo_clients():
    response = get_by_hash(sha256("{ services { totalCount } }"))

    assert response.status_code == 200
    assert response.json() == NOT_FOUND_BODY
    # A CDN must not keep the miss, or clients would never see the registered query.
    assert response["Cache-Control"] == "no-store"
    assert not response.has_header("ETag")


def test_a_hash_that_is_not_the_querys_is_refused_and_not_registered():
    other = sha256("{ services { totalCount } }")

    response = register(QUERY, digest=other)

    assert response.status_code == 400
    assert codes(response) == ["PERSISTED_QUERY_HASH_MISMATCH"]
    assert get_by_hash(other).json() == NOT_FOUND_BODY


def test_a_get_by_hash_carries_etag_and_cache_control_and_answers_304():
    register()
    client = Client()
    first = get_by_hash(client=client)

    assert first.status_code == 200
    assert first["Cache-Control"].startswith("public, max-age=")
    etag = first["ETag"]

    second = get_by_hash(client=client, HTTP_IF_NONE_MATCH=etag)
    assert second.status_code == 304
    assert second["ETag"] == etag


def test_a_published_change_shows_in_the_next_get_by_hash():
    register()
    assert get_by_hash().json()["data"]["service"]["teaser"] != "Neu: auch online."

    page = ServicePage.objects.get(leika_key="99115030001000")
    page.teaser = "Neu: auch online."
    page.save_revision().publish()

    assert get_by_hash().json()["data"]["service"]["teaser"] == "Neu: auch online."


def test_a_get_by_hash_is_answered_from_the_response_cache_without_sql():
    register()
    get_by_hash()

    with CaptureQueriesContext(connection) as queries:
        response = get_by_hash()

    assert response.json()["data"]["service"]["leikaKey"] == "99115030001000"
    assert len(queries) <= 1  # at most the cache version lookup


def test_the_limits_apply_to_a_stored_query(settings):
    assert register(DEEP, variables={}).json()["data"]["lifeSituation"] is not None
    settings.GRAPHQL_MAX_DEPTH = 3

    with CaptureQueriesContext(connection) as queries:
        response = get_by_hash(sha256(DEEP), variables=None)

    assert codes(response) == ["QUERY_TOO_COMPLEX"]
    assert len(queries) == 0


def test_operations_of_a_batch_may_be_sent_by_hash():
    register()
    batch = [
        {"extensions": persisted(sha256(QUERY)), "variables": VARIABLES},
        {"query": "{ services(limit: 1) { totalCount } }"},
    ]

    response = Client().post(
        "/graphql/", data=json.dumps(batch), content_type="application/json"
    )

    first, second = response.json()
    assert first["data"]["service"]["leikaKey"] == "99115030001000"
    assert second["data"]["services"]["totalCount"] > 0


@pytest.mark.parametrize(
    "extensions",
    [
        "not json",
        "[1, 2]",
        '{"persistedQuery": "abc"}',
        json.dumps(persisted(sha256(QUERY), version=2)),
        json.dumps(persisted(sha256(QUERY), version=True)),
        json.dumps(persisted("abc123")),
        json.dumps(persisted("g" * 64)),
        json.dumps(persisted(12345)),
    ],
)
def test_malformed_persisted_query_extensions_are_bad_user_input(extensions):
    response = Client().get("/graphql/", {"extensions": extensions})

    assert response.status_code == 400
    assert codes(response) == ["BAD_USER_INPUT"]
    assert "extensions" in response.json()["errors"][0]["message"] or (
        "version" in response.json()["errors"][0]["message"]
    )


def test_other_extensions_without_a_persisted_query_are_ignored():
    response = Client().get(
        "/graphql/",
        {"query": "{ services(limit: 1) { totalCount } }", "extensions": "{}"},
    )
    assert response.status_code == 200
    assert response.json()["data"]["services"]["totalCount"] > 0


@pytest.fixture
def persisted_only(settings, tmp_path):
    """Only the queries of a committed Apollo manifest may run."""
    manifest = tmp_path / "persisted-queries.json"
    manifest.write_text(
        json.dumps(
            {
                "format": "apollo-persisted-query-manifest",
                "version": 1,
                "operations": [
                    {"id": sha256(QUERY), "body": QUERY, "name": "Service"},
                ],
            }
        )
    )
    settings.GRAPHQL_PERSISTED_QUERIES_FILE = str(manifest)
    settings.GRAPHQL_PERSISTED_QUERIES_ONLY = True


def test_with_persisted_queries_only_the_manifest_queries_run(persisted_only):
    by_hash = get_by_hash()
    assert by_hash.json()["data"]["service"]["leikaKey"] == "99115030001000"
    # The same text sent in full is in the list, too.
    assert register().json()["data"]["service"]["leikaKey"] == "99115030001000"


def test_with_persisted_queries_only_other_queries_are_refused(persisted_only):
    other = "{ services { totalCount } }"

    ad_hoc = Client().get("/graphql/", {"query": other})
    registration = register(other, variables={})

    assert ad_hoc.status_code == 400
    assert codes(ad_hoc) == ["PERSISTED_QUERY_NOT_IN_LIST"]
    assert codes(registration) == ["PERSISTED_QUERY_NOT_IN_LIST"]
    assert get_by_hash(sha256(other), variables=None).json() == NOT_FOUND_BODY


def test_only_queries_that_run_can_be_registered():
    from django.core.cache import cache

    broken = "{ services { nope } }"
    too_deep = (
        "{ " + " ".join(f"a{i}: services {{ totalCount }}" for i in range(40)) + " }"
    )
    for query in (broken, too_deep, "not graphql at all"):
        response = register(query, variables={})
        assert codes(response) == ["PERSISTED_QUERY_REFUSED"], query
        assert cache.get("graphql-persisted:" + sha256(query)) is None


def test_a_persisted_query_larger_than_the_cap_is_not_registered(settings):
    settings.GRAPHQL_PERSISTED_QUERY_MAX_BYTES = 200
    padded = QUERY + " " * 300

    response = register(padded)

    assert codes(response) == ["PERSISTED_QUERY_REFUSED"]
    assert "at most 200 bytes" in response.json()["errors"][0]["message"]
    assert get_by_hash(sha256(padded)).json() == NOT_FOUND_BODY


def test_registrations_per_client_are_bounded(settings):
    settings.GRAPHQL_PERSISTED_REGISTRATIONS_PER_HOUR = 3
    queries = [f"{{ services(limit: {n}) {{ totalCount }} }}" for n in range(1, 6)]

    statuses = [register(query, variables={}).status_code for query in queries]

    assert statuses == [200, 200, 200, 429, 429]
    assert codes(register(queries[4], variables={})) == ["PERSISTED_QUERY_REFUSED"]
    # Known queries still run by hash; registering one of them again costs nothing.
    assert get_by_hash(sha256(queries[0]), variables=None).status_code == 200
    assert register(queries[0], variables={}).status_code == 200


def test_registrations_behind_the_proxy_are_counted_per_client(settings, client):
    # Behind the documented proxy every request comes from the proxy's address; one
    # client using up its registrations must not lock out the others.
    settings.TRUSTED_PROXY_COUNT = 1
    settings.GRAPHQL_PERSISTED_REGISTRATIONS_PER_HOUR = 1

    def register_from(address: str, query: str) -> int:
        body = {"query": query, "variables": {}, "extensions": persisted(sha256(query))}
        return client.post(
            "/graphql/",
            body,
            content_type="application/json",
            REMOTE_ADDR="10.0.0.1",
            # A client's own header entry stands left of what the proxy appended.
            HTTP_X_FORWARDED_FOR=f"203.0.113.99, {address}",
        ).status_code

    query = "{{ lifeSituations(limit: {}) {{ totalCount }} }}".format
    assert register_from("198.51.100.1", query(7)) == 200
    assert register_from("198.51.100.1", query(8)) == 429
    assert register_from("198.51.100.2", query(9)) == 200
