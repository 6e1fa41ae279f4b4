"""Search on `make run`'s default database (SQLite) ranks as on PostgreSQL."""

from __future__ import annotations

import json

import pytest

from tests.fresh_databases import run_manage

SEARCH = """
import json
from django.test import Client
query = '{ catalogueSearch(query: "%s", limit: 10) { title } }'
response = Client().post(
    "/graphql/", {"query": query}, content_type="application/json"
)
print(json.dumps([hit["title"] for hit in response.json()["data"]["catalogueSearch"]]))
"""


@pytest.fixture(scope="module")
def sqlite_env(tmp_path_factory) -> dict[str, str]:
    database = tmp_path_factory.mktemp("sqlite") / "db.sqlite3"
    env = {
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
    }
    for command in (["migrate", "--noinput", "-v0"], ["seed_demo", "-v0"]):
        result = run_manage(*command, env=env)
        assert result.returncode == 0, result.stderr[-2000:]
    return env


def search(env: dict[str, str], words: str) -> list[str]:
    result = run_manage("shell", "-v0", "-c", SEARCH % words, env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Personalausweis", "Personalausweis beantragen"),
        ("Reisepass", "Reisepass beantragen"),
        ("Gewerbe anmelden", "Gewerbe anmelden"),
    ],
)
def test_the_readme_examples_put_the_service_among_the_first_hits(
    sqlite_env, words, expected
):
    titles = search(sqlite_env, words)
    assert expected in titles[:10], titles
    # The best hits come first: the service outranks pages that merely mention it.
    assert titles.index(expected) < 3, titles
