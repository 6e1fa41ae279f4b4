"""Schemathesis reads the GraphQL schema and fuzzes every root field of the real endpoint."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, given, settings

pytestmark = pytest.mark.django_db


@pytest.fixture
def graphql_schema(db):
    """The schema as the endpoint publishes it by introspection (in-process WSGI)."""
    # As Django's test client does: keep the test's database connection open.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield schemathesis.graphql.from_wsgi("/graphql/", get_wsgi_application())
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def assert_safe(response) -> None:
    assert response.status_code < 500, response.text[:500]
    assert "Traceback" not in response.text
    for error in response.json().get("errors") or []:
        code = (error.get("extensions") or {}).get("code")
        assert code and code != "INTERNAL_SERVER_ERROR", error


def test_no_generated_query_gets_a_500_or_a_traceback(graphql_schema):
    operations = [result.ok() for result in graphql_schema.get_all_operations()]
    assert len(operations) >= 15  # every root field of the public schema
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=8,
            # No shrinking: a failure is reported as found, so the run stays short.
            phases=[Phase.explicit, Phase.generate],
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def check(case):
            assert_safe(case.call())

        check()


@pytest.mark.parametrize(
    "query",
    [
        '{ pages(order: "created_at") { title } }',
        '{ pages(order: "owner__password") { title } }',
        '{ images(order: "path") { title } }',
        '{ documents(order: "-file_hash") { title } }',
        "{ pages(limit: 1000) { title } }",
        '{ page(id: "abc") { title } }',
    ],
)
def test_generic_list_arguments_outside_the_allow_list_are_bad_user_input(
    graphql, query
):
    result = graphql(query)
    assert result.error_codes == ["BAD_USER_INPUT"], result
    assert "password" not in result.errors[0]["message"].replace("owner__password", "")
