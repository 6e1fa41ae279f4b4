"""Abuse limits refuse oversized queries before any SQL runs."""

import json

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def post(body: str | bytes, client=None):
    client = client or Client()
    with CaptureQueriesContext(connection) as queries:
        response = client.post("/graphql/", data=body, content_type="application/json")
    return response, queries


def nested_query(depth: int) -> str:
    # lifeSituation(1) > children(2) > children(3) > … > title
    inner = "title"
    for _ in range(depth - 2):
        inner = f"children {{ {inner} }}"
    return f'{{ lifeSituation(slug: "umzug") {{ {inner} }} }}'


def test_a_query_of_depth_10_runs(graphql):
    result = graphql(nested_query(10))
    assert result.errors == []
    assert result.data["lifeSituation"] is not None


def test_a_query_of_depth_11_is_refused_without_sql():
    response, queries = post(json.dumps({"query": nested_query(11)}))

    errors = response.json()["errors"]
    assert [e["extensions"]["code"] for e in errors] == ["QUERY_TOO_COMPLEX"]
    assert "depth 11 exceeds the limit of 10" in errors[0]["message"]
    assert len(queries) == 0


def test_200_aliases_of_services_are_refused_without_sql():
    aliases = " ".join(f"a{i}: services {{ totalCount }}" for i in range(200))

    response, queries = post(json.dumps({"query": f"{{ {aliases} }}"}))

    errors = response.json()["errors"]
    assert {e["extensions"]["code"] for e in errors} == {"QUERY_TOO_COMPLEX"}
    assert "aliases 200" in errors[0]["message"]
    assert len(queries) == 0


def test_fragments_count_towards_the_limits():
    fragment = (
        "fragment Deep on LifeSituation "
        "{ children { children { children { children { title } } } } }"
    )
    query = (
        '{ lifeSituation(slug: "umzug") { children { children { children { children '
        "{ children { ...Deep } } } } } } } " + fragment
    )
    response, queries = post(json.dumps({"query": query}))
    assert response.json()["errors"][0]["extensions"]["code"] == "QUERY_TOO_COMPLEX"
    assert len(queries) == 0


def test_a_2_mb_body_is_refused_without_sql():
    body = json.dumps(
        {"query": "{ services { totalCount } }", "padding": "x" * 2_000_000}
    )

    response, queries = post(body)

    assert response.status_code == 413
    assert response.json()["errors"][0]["extensions"]["code"] == "QUERY_TOO_COMPLEX"
    assert len(queries) == 0


def test_introspection_is_refused_when_switched_off(graphql, settings):
    assert graphql("{ __schema { queryType { name } } }").errors == []

    settings.GRAPHQL_INTROSPECTION = False
    result = graphql("{ __schema { queryType { name } } }")

    assert result.errors
    assert "introspection" in result.errors[0]["message"].lower()
    assert graphql("{ services { totalCount } }").errors == []


def test_small_batches_run_and_large_ones_are_refused():
    operation = {"query": "{ services(limit: 1) { totalCount } }"}

    small, _ = post(json.dumps([operation] * 3))
    large, queries = post(json.dumps([operation] * 50))

    assert small.status_code == 200
    assert len(small.json()) == 3
    assert large.status_code == 400
    assert large.json()["errors"][0]["extensions"]["code"] == "QUERY_TOO_COMPLEX"
    assert len(queries) == 0


@pytest.mark.parametrize(
    "body",
    [b"{not json", b'"just a string"', b"{}", b'{"query": 5}', b"[]", b"[1, 2]"],
)
def test_malformed_requests_get_a_coded_error_not_a_500(body):
    response, _ = post(body)
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert errors[0]["extensions"]["code"] in {"BAD_USER_INPUT", "QUERY_TOO_COMPLEX"}


def test_a_syntax_error_is_reported_with_a_code(graphql):
    result = graphql("{ services { ")
    assert result.error_codes == ["GRAPHQL_VALIDATION_FAILED"]


def test_cors_allows_only_configured_frontends(settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://www.amt24.sachsen.de"]
    client = Client()
    allowed = client.options(
        "/graphql/",
        HTTP_ORIGIN="https://www.amt24.sachsen.de",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
    )
    denied = client.options(
        "/graphql/",
        HTTP_ORIGIN="https://evil.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
    )
    assert allowed["Access-Control-Allow-Origin"] == "https://www.amt24.sachsen.de"
    assert "Access-Control-Allow-Origin" not in denied


def test_field_suggestions_are_off_with_introspection(graphql, settings):
    assert "Did you mean" in graphql("{ servics { totalCount } }").errors[0]["message"]

    settings.GRAPHQL_FIELD_SUGGESTIONS = False
    message = graphql("{ servics { totalCount } }").errors[0]["message"]

    assert message == "Cannot query field 'servics' on type 'Query'."
