"""With PostgreSQL unreachable or hung, /graphql/ answers a coded 503 in GraphQL's
error shape within its deadline, /readyz says so, and the app recovers by itself.

The app runs under gunicorn with production settings and reaches PostgreSQL through a
TCP proxy this test controls (loopback only): it forwards, refuses or freezes.
"""

from __future__ import annotations

import urllib.parse

import pytest

from tests.faults import TcpProxy, gunicorn, wait_until
from tests.fresh_databases import seeded_database_url

# Our resolvers and grapple's lazy page list (read by graphql-core, not a resolver).
QUERY = """{ service(leikaKey: "99115030001000") { title }
  services(limit: 3) { totalCount } pages(limit: 3) { title } }"""


@pytest.fixture(scope="module")
def platform(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("database-faults")
    database_url = seeded_database_url("database_faults", demo_users=True)
    parts = urllib.parse.urlsplit(database_url)
    proxy = TcpProxy(target_port=parts.port or 5432)
    proxied = parts._replace(netloc=f"{parts.username}@127.0.0.1:{proxy.port}").geturl()
    env = {
        "GRAPHQL_TIMEOUT_SECONDS": "2",
        "DATABASE_CONNECT_TIMEOUT": "2",
        "GRAPHQL_RETRY_AFTER_SECONDS": "7",
        # No REDIS_URL: the response cache is off, every request needs the database.
    }
    try:
        with gunicorn(proxied, workers=1, env=env, tmp=tmp) as app:
            yield app, proxy
    finally:
        proxy.close()


def assert_unavailable(response) -> None:
    assert response.status == 503, response.body[:500]
    assert response.headers["Content-Type"] == "application/json"
    assert response.headers["Retry-After"] == "7"
    body = response.json()
    assert [e["extensions"]["code"] for e in body["errors"]] == ["SERVICE_UNAVAILABLE"]
    assert b"<html" not in response.body.lower()


def test_a_lost_or_hung_database_gives_coded_503s_and_the_app_recovers(platform):
    app, proxy = platform
    pid = app.process.pid

    ok = app.graphql(QUERY)
    assert ok.status == 200
    assert ok.json()["data"]["service"]["title"]
    ready = app.request("GET", "/readyz")
    assert ready.status == 200
    assert ready.json()["database"] == "ok"

    # Connections cut and refused (database down).
    proxy.set_mode("refuse")
    for _ in range(3):
        assert_unavailable(app.graphql(QUERY))
    readiness = app.request("GET", "/readyz")
    assert readiness.status == 503
    assert readiness.json()["database"] == "unavailable"
    assert app.request("GET", "/healthz").status == 200

    # Back: the app reconnects by itself.
    proxy.set_mode("forward")
    wait_until(lambda: app.graphql(QUERY).status == 200, timeout=30, step=0.2)

    # Hung: connections stay open and nothing answers, for queries or new logins.
    proxy.set_mode("hang")
    for _ in range(2):
        assert_unavailable(app.graphql(QUERY))
    assert app.request("GET", "/readyz").status == 503

    proxy.set_mode("forward")
    responses = []

    def recovered() -> bool:
        response = app.graphql(QUERY)
        responses.append(response)
        return response.status == 200

    wait_until(recovered, timeout=30, step=0.2)
    for response in responses[:-1]:
        assert_unavailable(response)  # while recovering: coded 503s, nothing else
    assert responses[-1].json()["data"]["service"]["title"]
    assert app.request("GET", "/readyz").status == 200
    assert app.process.pid == pid and app.process.poll() is None  # never restarted
