"""The request shapes of the security review (issue 12): each is refused or bounded.

Timing attacks are asserted by what did not happen (no SQL ran, validation or a resolver
was never reached), never by a wall-clock bound.
"""

import json
import logging
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from graphql_schema import validation

pytestmark = pytest.mark.django_db


def post(body, client=None):
    client = client or Client()
    if not isinstance(body, str | bytes):
        body = json.dumps(body)
    with CaptureQueriesContext(connection) as queries:
        response = client.post("/graphql/", data=body, content_type="application/json")
    return response, [query["sql"] for query in queries.captured_queries]


def codes(response) -> list[str]:
    return [error["extensions"]["code"] for error in response.json()["errors"]]


@pytest.fixture
def validation_calls(monkeypatch):
    """Counts calls of graphql-core's validation by the endpoint (a spy, not a stub)."""
    calls = []
    original = validation.validate

    def spy(*args, **kwargs):
        calls.append(args[1])
        return original(*args, **kwargs)

    monkeypatch.setattr(validation, "validate", spy)
    validation.forget_prepared_queries()
    yield calls
    validation.forget_prepared_queries()


def exponential_fragments(levels: int = 21) -> str:
    fragments = " ".join(
        f"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}" for i in range(levels)
    )
    return f"query {{ ...F0 }} {fragments} fragment F{levels} on Query {{ __typename }}"


def test_fragments_spread_exponentially_are_refused_before_validation(
    validation_calls,
):
    query = exponential_fragments()
    assert len(query) < 1500  # the review's request was 879 bytes

    response, queries = post(
        {"query": query.replace("__typename", "communes { totalCount }")}
    )

    assert codes(response) == ["QUERY_TOO_COMPLEX"]
    assert (
        "fields 4194304 exceeds the limit of 400"
        in response.json()["errors"][0]["message"]
    )
    assert validation_calls == []
    assert queries == []


def test_thousands_of_repeated_fields_are_refused_before_validation(validation_calls):
    query = "{ " + " ".join(["communes { totalCount }"] * 4000) + " }"
    assert 80_000 < len(query) < 100_000

    response, queries = post({"query": query})

    assert codes(response) == ["QUERY_TOO_COMPLEX"]
    assert validation_calls == []
    assert queries == []


def test_a_query_within_the_cheap_limits_still_gets_graphql_cores_validation(
    validation_calls,
):
    response, _ = post({"query": "{ communes { totalCount nope } }"})

    assert codes(response) == ["GRAPHQL_VALIDATION_FAILED"]
    assert len(validation_calls) == 1


FAN_OUT = (
    "{ "
    + " ".join(
        f"a{i}: lifeSituations(limit: 100) {{ items {{ services(commune: "
        '"146270230230") { lifeSituations { services { fullText procedure '
        "prerequisites } } } } }"
        for i in range(30)
    )
    + " }"
)


def test_a_fan_out_within_every_limit_is_refused_by_its_estimated_cost():
    assert len(FAN_OUT) < 5000  # 4.4 kB in the review

    response, queries = post({"query": FAN_OUT})

    assert response.status_code == 400
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "QUERY_TOO_COMPLEX"
    assert error["extensions"]["cost"] > error["extensions"]["maxCost"] == 50_000
    assert "estimated cost" in error["message"]
    assert queries == []


def test_the_cost_follows_the_limit_given_in_a_variable():
    query = (
        "query($n: Int) { lifeSituations(limit: $n) { items { services { "
        "lifeSituations { services { title } } } } } }"
    )
    small, _ = post({"query": query, "variables": {"n": 1}})
    large, queries = post({"query": query, "variables": {"n": 100}})

    assert "errors" not in small.json()
    assert codes(large) == ["QUERY_TOO_COMPLEX"]
    assert queries == []


def test_the_portals_journeys_stay_well_within_the_cost_limit():
    from tests.performance.test_query_counts import JOURNEYS

    for name, query in JOURNEYS.items():
        response, _ = post({"query": query.replace("$N", "100")})
        assert "errors" not in response.json(), (name, response.json())


def test_an_operation_past_its_deadline_stops_with_timeout(settings):
    settings.GRAPHQL_TIMEOUT_SECONDS = 0  # every resolver finds the deadline passed

    response, queries = post({"query": "{ services(limit: 100) { items { title } } }"})

    body = response.json()
    assert response.status_code == 200
    assert codes(response) == ["TIMEOUT"]
    assert len(body["errors"]) == 1  # one error for the operation, not one per field
    assert body.get("data") is None
    assert queries == []  # stopped before the first resolver reached the database


def test_an_answer_larger_than_the_size_cap_is_refused(settings):
    settings.GRAPHQL_MAX_RESPONSE_BYTES = 2_000

    response, _ = post({"query": "{ services(limit: 100) { items { title teaser } } }"})

    assert response.status_code == 400
    assert codes(response) == ["RESPONSE_TOO_LARGE"]
    assert response.json()["errors"][0]["extensions"]["size"] > 2_000


def test_answers_above_the_cache_size_are_computed_again_not_stored(settings):
    settings.GRAPHQL_RESPONSE_CACHE_MAX_BYTES = 2_000
    large = "{ services(limit: 100) { items { title teaser } } }"
    small = "{ services(limit: 1) { totalCount } }"

    _, first = post({"query": large})
    _, again = post({"query": large})
    post({"query": small})
    _, small_again = post({"query": small})

    assert any("catalogue_servicepage" in sql for sql in first)
    # Not stored: the services are read again.
    assert any("catalogue_servicepage" in sql for sql in again)
    assert small_again == []  # small answers still come from the cache


def test_every_operation_of_a_batch_gets_its_own_statement_timeout(settings):
    settings.GRAPHQL_RESPONSE_CACHE_SECONDS = 0
    operation = {"query": "{ services(limit: 1) { totalCount } }"}

    response, queries = post([operation, operation])

    assert response.status_code == 200
    set_timeout = [
        sql for sql in queries if "statement_timeout" in sql and "'0'" not in sql
    ]
    reset = [sql for sql in queries if "statement_timeout" in sql and "'0'" in sql]
    assert len(set_timeout) == 2
    assert len(reset) == 2


def _statement_timeout() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        return cursor.fetchone()[0]


def test_in_autocommit_the_api_keeps_its_statement_timeout_and_other_requests_drop_it(
    settings,
):
    """Production's path: the connection of another thread is outside the test's
    transaction. The timeout is set once for the API, not per request, and an admin
    request on the same connection runs without it."""
    settings.GRAPHQL_RESPONSE_CACHE_SECONDS = 0
    operation = {"query": "{ services(limit: 1) { totalCount } }"}

    def on_a_connection_of_its_own():
        client = Client()
        try:
            assert not connection.in_atomic_block
            _, first = post(operation, client)
            _, second = post(operation, client)
            during_the_api = _statement_timeout()
            client.get("/admin/login/")
            after_an_admin_request = _statement_timeout()
            return first, second, during_the_api, after_an_admin_request
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=1) as pool:
        first, second, during, after = pool.submit(on_a_connection_of_its_own).result()

    assert [sql for sql in first if "statement_timeout" in sql] == [
        "SELECT set_config('statement_timeout', '10000', false)"
    ]
    assert not [sql for sql in second if "statement_timeout" in sql]
    assert during == "10s"
    assert after == "0"


def test_typename_works_with_introspection_off_schema_and_type_do_not(settings):
    settings.GRAPHQL_INTROSPECTION = False

    typename, _ = post(
        {"query": "{ services(limit: 1) { __typename items { __typename title } } }"}
    )
    schema, _ = post({"query": "{ __schema { queryType { name } } }"})
    type_, _ = post({"query": '{ __type(name: "Service") { name } }'})

    assert "errors" not in typename.json()
    assert typename.json()["data"]["services"]["__typename"] == "ServiceList"
    assert codes(schema) == ["GRAPHQL_VALIDATION_FAILED"]
    assert codes(type_) == ["GRAPHQL_VALIDATION_FAILED"]
    assert "introspection" in schema.json()["errors"][0]["message"]


THOUSAND_WORDS = " ".join(["Geburtsurkunde"] * 1000)


@pytest.mark.parametrize(
    "query",
    [
        "query($q: String) { pages(searchQuery: $q) { title } }",
        "query($q: String) { services(search: $q) { totalCount } }",
        "query($q: String!) { catalogueSearch(query: $q) { title } }",
        "query($q: String) { images(searchQuery: $q) { title } }",
    ],
)
def test_a_thousand_word_search_is_bad_user_input_in_one_short_log_line(query, caplog):
    with caplog.at_level(logging.INFO):
        response, queries = post({"query": query, "variables": {"q": THOUSAND_WORDS}})

    assert response.status_code == 200
    assert codes(response) == ["BAD_USER_INPUT"]
    lines = [r for r in caplog.records if r.name.startswith("graphql_schema")]
    assert all(record.exc_info is None for record in lines)
    assert all(len(record.getMessage()) < 300 for record in lines)


def test_an_overlong_free_text_argument_is_bad_user_input():
    response, _ = post(
        {
            "query": "query($s: String) { page(slug: $s) { title } }",
            "variables": {"s": "x" * 5000},
        }
    )
    assert codes(response) == ["BAD_USER_INPUT"]
    assert "at most 500 characters" in response.json()["errors"][0]["message"]


@pytest.mark.parametrize(
    "content_type", ["catalogue.Unknown", "auth.User", "wagtailcore.nope,x.y", "1.2"]
)
def test_an_unknown_content_type_is_bad_user_input(content_type):
    for query in (
        "query($c: String) { pages(contentType: $c) { title } }",
        'query($c: String) { page(slug: "umzug", contentType: $c) { title } }',
    ):
        response, _ = post({"query": query, "variables": {"c": content_type}})
        assert codes(response) == ["BAD_USER_INPUT"], (query, response.json())


def test_a_lone_surrogate_is_bad_user_input():
    in_variables = '{"query": "query($s: String) { page(slug: $s) { title } }", "variables": {"s": "\\ud800"}}'
    in_query = '{"query": "{ page(slug: \\"a\\ud800\\") { title } }"}'

    for body in (in_variables, in_query):
        response, queries = post(body)
        assert response.status_code == 400
        assert codes(response) == ["BAD_USER_INPUT"]
        assert queries == []


def test_get_answers_with_errors_are_not_public():
    client = Client()
    ok = client.get("/graphql/", {"query": "{ services(limit: 1) { totalCount } }"})
    partial = client.get(
        "/graphql/",
        {
            "query": '{ services(limit: 1) { totalCount } service(leikaKey: "1") { title } }'
        },
    )

    assert ok["Cache-Control"].startswith("public")
    assert partial.status_code == 200
    assert partial.json()["errors"]
    assert partial["Cache-Control"] == "no-store"
    assert "ETag" not in partial


def test_a_timeout_is_not_cached_publicly(settings):
    settings.GRAPHQL_TIMEOUT_SECONDS = 0

    response = Client().get(
        "/graphql/", {"query": "{ services(limit: 1) { totalCount } }"}
    )

    assert codes(response) == ["TIMEOUT"]
    assert response["Cache-Control"] == "no-store"


def test_a_refused_host_gets_json_not_an_html_page():
    response = Client().post(
        "/graphql/",
        data=json.dumps({"query": "{ services { totalCount } }"}),
        content_type="application/json",
        HTTP_HOST="böse host",
    )

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert codes(response) == ["BAD_USER_INPUT"]
