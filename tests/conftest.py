"""Shared fixtures: a test database seeded once with the demo content, and API helpers."""

from __future__ import annotations

import json

import pytest
from django.core.management import call_command
from django.test import Client

from catalogue.models import ServiceIndexPage
from tests.live import browser, live_cms  # noqa: F401  (end-to-end fixtures)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Seed the demo catalogue and communes once; every test runs in a rolled-back transaction."""
    with django_db_blocker.unblock():
        call_command("seed_demo", verbosity=0)


class GraphQLResponse:
    """A GraphQL response with helpers to read data and error codes."""

    def __init__(self, http_response):
        self.http = http_response
        self.status_code = http_response.status_code
        self.json = http_response.json()
        self.data = self.json.get("data")
        self.errors = self.json.get("errors") or []

    @property
    def error_codes(self) -> list[str]:
        return [error.get("extensions", {}).get("code") for error in self.errors]

    def __repr__(self) -> str:
        return f"<GraphQLResponse {self.status_code} {json.dumps(self.json)[:500]}>"


@pytest.fixture(scope="module")
def redis_server(tmp_path_factory):
    """A `redis-server` of the test module's own (tests/faults.py)."""
    from tests.faults import RedisServer

    server = RedisServer(directory=tmp_path_factory.mktemp("redis"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def graphql(db):
    """POST a query to the real /graphql/ endpoint and return the parsed response."""
    client = Client()

    def run(query: str, variables: dict | None = None, **headers) -> GraphQLResponse:
        response = client.post(
            "/graphql/",
            data=json.dumps({"query": query, "variables": variables or {}}),
            content_type="application/json",
            **headers,
        )
        return GraphQLResponse(response)

    return run


@pytest.fixture
def services_index(db) -> ServiceIndexPage:
    return ServiceIndexPage.objects.get(locale__language_code="de")


@pytest.fixture(autouse=True)
def empty_response_cache():
    """Each test rolls back its data, so no cached response may outlive it (nor the
    worker's memory of one: a rollback changes data without a bump)."""
    from django.core.cache import cache

    from graphql_schema.cache import memory

    cache.clear()
    memory.forget()
    yield
    cache.clear()
    memory.forget()
