"""export_catalogue → import_catalogue into an empty database restores everything."""

import json

import pytest
from django.core.management import call_command

from tests.scratch import manage, scratch_database_url

pytestmark = pytest.mark.django_db

RESOLVED = (
    '{ service(leikaKey: "99088003002000", commune: "146270230230") '
    "{ title fullText localisedFields authorities { name } } }"
)


def test_the_round_trip_restores_the_catalogue_and_adaptations_with_nothing_lost(
    tmp_path, graphql
):
    original = tmp_path / "original.json"
    restored = tmp_path / "restored.json"
    call_command("export_catalogue", str(original))
    expected_answer = graphql(RESOLVED).json

    target = scratch_database_url("restore")
    manage(target, "migrate", "--noinput", "-v0")
    manage(target, "import_catalogue", str(original))
    manage(target, "export_catalogue", str(restored))

    before = json.loads(original.read_text())
    after = json.loads(restored.read_text())
    assert {row["model"] for row in before} >= {
        "catalogue.servicepage",
        "communes.communeservicepage",
        "wagtailcore.revision",
    }
    assert after == before

    # The restored platform answers the same API query the same way.
    code = (
        "import json; from django.test import Client; "
        f"print(json.dumps(Client().post('/graphql/', {{'query': {RESOLVED!r}}}, "
        "content_type='application/json').json()))"
    )
    answer = json.loads(
        manage(target, "shell", "-c", code).stdout.strip().splitlines()[-1]
    )
    assert answer == expected_answer


def test_import_refuses_a_database_that_already_has_content(tmp_path):
    from django.core.management import CommandError

    path = tmp_path / "export.json"
    call_command("export_catalogue", str(path))
    with pytest.raises(CommandError, match="already holds content"):
        call_command("import_catalogue", str(path))
