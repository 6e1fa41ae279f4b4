"""Admin: operators see the XZuFi runs, editors see where a text came from."""

from __future__ import annotations

import copy

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client

from catalogue.models import ServicePage
from catalogue.services import CATALOGUE_EDITORS
from tests.xzufi.test_import import FIM, _fim_objects, _message
from xzufi.export import ident
from xzufi.models import XzufiObject

pytestmark = pytest.mark.django_db


def _client(**flags) -> Client:
    user = get_user_model().objects.create_user(
        username=f"u{len(flags)}", password="x", is_staff=True, **flags
    )
    client = Client()
    client.force_login(user)
    return client


def _messages(response) -> list[str]:
    return [str(m) for m in response.context["messages"]]


def test_operators_see_the_last_runs_with_counts_and_problems(tmp_path):
    call_command(
        "import_xzufi",
        _message(
            tmp_path, "del", deletions=[("Leistung", ident(f"{FIM}.LB.weg", FIM))]
        ),
    )
    operator = _client(is_superuser=True)
    response = operator.get("/admin/reports/xzufi/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "unbekannte Löschungen: 1" in html
    assert f"Löschung eines unbekannten Objekts: Leistung {FIM}.LB.weg" in html
    editor = _client()
    editor_user = get_user_model().objects.get(username="u0")
    editor_user.groups.add(Group.objects.get(name=CATALOGUE_EDITORS))
    refused = editor.get("/admin/reports/xzufi/")
    assert refused.status_code != 200
    assert "unbekannte Löschungen" not in refused.content.decode()


def test_editors_see_the_fim_origin_and_a_waiting_newer_stammtext(tmp_path):
    objects = _fim_objects()
    call_command(
        "import_xzufi",
        "--publish",
        _message(tmp_path, "v1", leistungen=objects["leistungen"]),
    )
    service = ServicePage.objects.get(leika_key="99123456789000")
    operator = _client(is_superuser=True)
    edit = f"/admin/pages/{service.pk}/edit/"
    shown = _messages(operator.get(edit))
    assert any(
        f"FIM-Stammtext {FIM}.LB.101954 (schemeAgencyID {FIM})" in m for m in shown
    )
    assert not any("wartet" in m for m in shown)

    newer = copy.deepcopy(objects["leistungen"][0])
    newer["versionsinformationen"] = {
        "erstellt_datum_zeit": None,
        "erstellt_durch": None,
        "geaendert_datum_zeit": None,
        "geaendert_durch": None,
        "version": "1.4",
    }
    title = next(m for m in newer["modul_text"] if m["leika_textmodul"] == "02")
    title["inhalt"] = [{"language_code": "de", "_value": "Neuere Fassung"}]
    call_command("import_xzufi", _message(tmp_path, "v2", leistungen=[newer]))
    shown = _messages(operator.get(edit))
    assert any("neuerer Stammtext (1.4) wartet als Entwurf" in m for m in shown)
    # Publishing it takes the waiting text up.
    service.refresh_from_db()
    service.get_latest_revision().publish()
    assert XzufiObject.objects.get(object_id=f"{FIM}.LB.101954").pending_version == ""
    shown = _messages(operator.get(edit))
    assert not any("wartet" in m for m in shown)
    assert any(
        f"FIM-Stammtext {FIM}.LB.101954" in m and "Version 1.4" in m for m in shown
    )


def test_an_own_service_says_it_is_the_editorial_teams_text():
    service = ServicePage.objects.live().first()
    shown = _messages(
        _client(is_superuser=True).get(f"/admin/pages/{service.pk}/edit/")
    )
    assert "Herkunft: eigener Text der Redaktion." in shown
