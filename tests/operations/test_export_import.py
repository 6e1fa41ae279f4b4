"""export_catalogue → import_catalogue into an empty database restores every row, even
when editors publish during the export; broken or foreign files are refused untouched."""

import json
import os
import subprocess
import sys
import time

import psycopg
import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import connection
from psycopg.types.string import TextLoader
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import (
    Collection,
    Comment,
    CommentReply,
    PageSubscription,
    PageViewRestriction,
)
from wagtail.users.models import UserProfile

from catalogue.models import ServicePage
from cms.backup import EXCLUDED_MODELS, exported_models
from tests.fresh_databases import (
    ROOT,
    manage,
    migrated_database_url,
    seeded_database_url,
)

pytestmark = pytest.mark.django_db

RESOLVED = (
    '{ service(leikaKey: "99088003002000", commune: "146270230230") '
    "{ title fullText localisedFields authorities { name } } }"
)


def editor_made_extras() -> None:
    """What editors create besides pages: tags, comments and replies, profiles, …"""
    user = get_user_model().objects.create_user(
        "kommentatorin", "k@example.org", "passwort-123"
    )
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "de"
    profile.current_time_zone = "Europe/Berlin"
    profile.save()
    image = get_image_model().objects.create(
        title="Wappen mit Schlagworten",
        file=get_test_image_file(),
        collection=Collection.objects.get(name="Zentrale Redaktion"),
    )
    image.tags.add("Wappen", "Sachsen")
    service = ServicePage.objects.live().order_by("pk").first()
    comment = Comment.objects.create(
        page=service,
        user=user,
        text="Bitte die Gebühr prüfen.",
        contentpath="teaser",
        revision_created=service.latest_revision,
    )
    CommentReply.objects.create(comment=comment, user=user, text="Erledigt.")
    PageSubscription.objects.create(page=service, user=user, comment_notifications=True)
    PageViewRestriction.objects.create(
        page=service.get_parent(), restriction_type="password", password="intern"
    )


def table_rows(cursor, table: str, columns: str, order: str) -> list[tuple]:
    cursor.execute(f'SELECT {columns} FROM "{table}" ORDER BY {order}')
    return cursor.fetchall()


def compared_tables() -> list[tuple[str, str, str]]:
    """(table, columns, order) of every exported model and its many-to-many tables.

    A many-to-many row's own id is not content (loading adds the pairs anew).
    """
    tables = []
    for model in exported_models():
        tables.append((model._meta.db_table, "*", f'"{model._meta.pk.column}"'))
        for field in model._meta.local_many_to_many:
            through = field.remote_field.through
            if through._meta.auto_created:
                pair = [f'"{f.column}"' for f in through._meta.local_fields[1:]]
                columns = ", ".join(pair)
                tables.append((through._meta.db_table, columns, columns))
    return tables


def test_the_round_trip_restores_every_row_of_every_model(tmp_path, graphql):
    editor_made_extras()
    original = tmp_path / "original.json"
    call_command("export_catalogue", str(original))
    expected_answer = graphql(RESOLVED).json

    target = migrated_database_url("restore")
    manage(target, "import_catalogue", str(original))

    # Row by row, column by column, straight from both databases.
    with psycopg.connect(target) as restored, connection.cursor() as source:
        # JSON columns as text, as Django's own connection reads them.
        for json_type in ("json", "jsonb"):
            restored.adapters.register_loader(json_type, TextLoader)
        restored_cursor = restored.cursor()
        differing = []
        for table, columns, order in compared_tables():
            before = table_rows(source, table, columns, order)
            after = table_rows(restored_cursor, table, columns, order)
            if before != after:
                changed = [
                    [(b, a) for b, a in zip(*pair, strict=True) if b != a]
                    for pair in zip(before, after, strict=False)
                    if pair[0] != pair[1]
                ]
                differing.append(
                    f"{table}: {len(before)} rows before, {len(after)} after; "
                    f"first change {changed[:1]}"
                )
    assert differing == []
    counts = json.loads(original.read_text())["counts"]
    for label in (
        "taggit.tag",
        "taggit.taggeditem",
        "wagtailcore.comment",
        "wagtailcore.commentreply",
        "wagtailusers.userprofile",
        "wagtailcore.pagesubscription",
        "wagtailcore.pageviewrestriction",
        "catalogue.servicepage",
        "communes.communeservicepage",
        "wagtailcore.revision",
    ):
        assert counts[label] > 0, label

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


def test_every_model_is_exported_except_the_named_derived_or_transient_ones():
    every = {
        model._meta.label_lower
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy
    }
    exported = {model._meta.label_lower for model in exported_models()}

    assert exported == every - set(EXCLUDED_MODELS)
    assert {"taggit.taggeditem", "wagtailusers.userprofile"} <= exported
    assert all(reason for reason in EXCLUDED_MODELS.values())


EDITOR = """
import pathlib, sys
from catalogue.models import ServicePage
from communes.models import CommunePage, ContentPage
progress = pathlib.Path(sys.argv[-2]); stop = pathlib.Path(sys.argv[-1])
services = list(ServicePage.objects.live().order_by("pk")[:20])
commune = CommunePage.objects.order_by("path").first()
for number in range(2000):
    if stop.exists():
        break
    service = ServicePage.objects.get(pk=services[number % len(services)].pk)
    service.teaser = f"Geändert während der Sicherung ({number})."
    service.save_revision().publish()
    page = commune.add_child(instance=ContentPage(
        title=f"Neu {number}", slug=f"neu-{number}", intro="Neu.", live=False))
    page.save_revision().publish()
    progress.write_text(str(number + 1))
"""


def test_an_export_taken_while_an_editor_publishes_restores_completely(tmp_path):
    source = seeded_database_url("export_source")
    progress, stop = tmp_path / "progress", tmp_path / "stop"
    environment = {
        **os.environ,
        "DATABASE_URL": source,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
    }
    script = tmp_path / "editor.py"
    script.write_text(EDITOR)
    editor = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "manage.py"),
            "shell",
            "-c",
            f"import sys; sys.argv += [{str(progress)!r}, {str(stop)!r}]; "
            f"exec(open({str(script)!r}).read())",
        ],
        env=environment,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while not progress.exists() and editor.poll() is None:
            assert time.monotonic() < deadline, "the editor did not start publishing"
            time.sleep(0.2)
        published_before = int(progress.read_text() or 0)
        exported = tmp_path / "during.json"
        manage(source, "export_catalogue", str(exported))
        published_during = int(progress.read_text() or 0) - published_before
    finally:
        stop.touch()
        _, errors = editor.communicate(timeout=120)
    assert editor.returncode == 0, errors[-2000:]
    assert published_during >= 1, "the export did not overlap with any publication"

    target = migrated_database_url("export_target")
    manage(target, "import_catalogue", str(exported))
    again = tmp_path / "again.json"
    manage(target, "export_catalogue", str(again))

    before, after = json.loads(exported.read_text()), json.loads(again.read_text())
    assert after["counts"] == before["counts"]
    assert after["objects"] == before["objects"]
    assert not list(tmp_path.glob(".*.part"))


# -- refusals: nothing is written, the message says why ------------------------------


@pytest.fixture
def export(tmp_path) -> dict:
    path = tmp_path / "export.json"
    call_command("export_catalogue", str(path))
    return json.loads(path.read_text())


def refusal(tmp_path, content) -> str:
    path = tmp_path / "broken.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content))
    pages_before = ServicePage.objects.count()
    with pytest.raises(CommandError) as raised:
        call_command("import_catalogue", str(path))
    assert ServicePage.objects.count() == pages_before
    return str(raised.value)


def test_import_refuses_a_row_missing_a_field_before_writing(tmp_path, export):
    service = next(
        r for r in export["objects"] if r["model"] == "catalogue.servicepage"
    )
    del service["fields"]["full_text"]

    message = refusal(tmp_path, export)

    assert "Nothing was imported" in message
    assert f"catalogue.servicepage {service['pk']}" in message
    assert "fields missing: full_text" in message


def test_import_refuses_a_reference_to_a_row_the_file_does_not_hold(tmp_path, export):
    adaptation = next(
        r for r in export["objects"] if r["model"] == "communes.communeservicepage"
    )
    adaptation["fields"]["service"] = 987654321

    message = refusal(tmp_path, export)

    assert "service points at catalogue.servicepage 987654321" in message


def test_import_refuses_a_file_whose_rows_do_not_match_its_header(tmp_path, export):
    export["objects"] = [
        row for row in export["objects"] if row["model"] != "wagtailcore.comment"
    ]
    export["counts"]["wagtailcore.comment"] = 3

    assert "announces 3 rows, the file holds 0" in refusal(tmp_path, export)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda e: e["objects"], "no format version"),
        (lambda e: {**e, "format": "anderes-system"}, "not an export of this platform"),
        (lambda e: {**e, "version": 99}, "format version 99"),
        (
            lambda e: {**e, "schema": {**e["schema"], "catalogue": ["0099_future"]}},
            "different database schema",
        ),
        (lambda e: {k: v for k, v in e.items() if k != "counts"}, "incomplete"),
    ],
    ids=["unversioned", "foreign", "future-version", "other-schema", "no-counts"],
)
def test_import_refuses_unknown_files(tmp_path, export, change, expected):
    assert expected in refusal(tmp_path, change(export))


def test_import_of_a_cut_off_file_says_so_without_a_traceback(tmp_path, export):
    path = tmp_path / "cut.json"
    path.write_text(json.dumps(export)[:-5000])
    target = migrated_database_url("refuse")

    result = manage(target, "import_catalogue", str(path), check=False)

    assert result.returncode != 0
    assert "not a complete export" in result.stderr
    assert "Traceback" not in result.stderr
    with psycopg.connect(target) as database:
        pages = database.execute("SELECT count(*) FROM wagtailcore_page").fetchone()
    assert pages == (2,)  # the root and Wagtail's welcome page of `migrate`


def test_import_refuses_a_database_that_already_has_content(tmp_path, export):
    path = tmp_path / "export.json"
    path.write_text(json.dumps(export))
    with pytest.raises(CommandError, match="already holds content"):
        call_command("import_catalogue", str(path))
