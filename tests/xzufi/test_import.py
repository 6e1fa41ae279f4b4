"""Import of XZuFi messages: create, update as workflow draft, delete, refuse, repeat."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Revision

from catalogue.models import AuthorityPage, ServicePage
from communes.models import CommunePage, CommuneServicePage
from xzufi.export import Export, export_all, ident
from xzufi.messages import write_xml
from xzufi.models import XzufiObject, XzufiRun

pytestmark = pytest.mark.django_db

FIM = "L100042"
DRESDEN = "146120000000"


def _message(tmp_path, name, version="2.3.1", deletions=(), **objects) -> str:
    export = Export(
        leistungen=objects.get("leistungen", []),
        spezialisierungen=objects.get("spezialisierungen", []),
        organisationseinheiten=objects.get("organisationseinheiten", []),
        zustaendigkeiten=objects.get("zustaendigkeiten", []),
    )
    path = tmp_path / f"{name}.xml"
    path.write_text(write_xml(version, export, list(deletions)))
    return str(path)


def _fim_objects() -> dict:
    """A new FIM Stammtext, an office in Dresden, its adaptation and responsibility."""
    export = export_all("2.3.1")
    leistung = copy.deepcopy(export.leistungen[0])
    leistung["id"] = ident(f"{FIM}.LB.101954", FIM)
    leistung["referenz_leistungsschluessel"][0]["value"] = "99123456789000"
    title = next(m for m in leistung["modul_text"] if m["leika_textmodul"] == "02")
    title["inhalt"] = [
        {"language_code": "de", "_value": "Stammtext aus der FIM-Bibliothek"}
    ]
    office = copy.deepcopy(export.organisationseinheiten[0])
    office["id"] = ident(f"{FIM}.OE.2292", FIM)
    office["name"] = {"name": [{"language_code": "de", "_value": "Bürgerbüro Test"}]}
    office["gebiet_id"] = [ident(DRESDEN)]
    spez = {
        "id": ident(f"{FIM}.SP.1", FIM),
        "leistung_id": leistung["id"],
        "gebiet_id": [ident(DRESDEN)],
        "modul": [
            {
                "modul": "16",
                "verwendung": "ersetzen",
                "inhalt": [{"language_code": "de", "_value": "<p>Nur in Dresden.</p>"}],
                "weiterfuehrender_link": [],
            }
        ],
        "modul_kosten": [],
    }
    zust = {
        "uebergeordnetes_objekt_id": office["id"],
        "zustaendigkeit": {
            "id": ident(f"{FIM}.ZS.1", FIM),
            "leistung_id": leistung["id"],
            "gebiet_id": [ident(DRESDEN)],
            "rolle": "01",
            "position_darstellung": 0,
        },
    }
    return {
        "leistungen": [leistung],
        "organisationseinheiten": [office],
        "spezialisierungen": [spez],
        "zustaendigkeiten": [zust],
    }


def _imported(klasse: str, object_id: str):
    stored = XzufiObject.objects.get(klasse=klasse, object_id=object_id)
    return stored


def test_schreibe_then_loesche_of_each_class(tmp_path):
    objects = _fim_objects()
    call_command("import_xzufi", "--publish", _message(tmp_path, "write", **objects))
    service = ServicePage.objects.get(leika_key="99123456789000")
    office = AuthorityPage.objects.get(title="Bürgerbüro Test")
    dresden = CommunePage.objects.get(ars=DRESDEN)
    adaptation = CommuneServicePage.objects.descendant_of(dresden).get(service=service)
    assert service.live and office.live and adaptation.live
    assert office.get_parent().get_parent().specific == dresden
    assert adaptation.local_notes == "<p>Nur in Dresden.</p>"
    assert adaptation.notes_mode == "replace"
    assert [link.authority_id for link in adaptation.authority_links.all()] == [
        office.pk
    ]
    assert _imported("Leistung", f"{FIM}.LB.101954").origin == "imported"

    deletions = [
        ("Zustaendigkeit", ident(f"{FIM}.ZS.1", FIM)),
        ("LeistungSpezialisierung", ident(f"{FIM}.SP.1", FIM)),
        ("Organisationseinheit", ident(f"{FIM}.OE.2292", FIM)),
        ("Leistung", ident(f"{FIM}.LB.101954", FIM)),
        ("Leistung", ident(f"{FIM}.LB.gibt-es-nicht", FIM)),
        ("Onlinedienst", ident(f"{FIM}.OD.3", FIM)),
    ]
    call_command(
        "import_xzufi", "--publish", _message(tmp_path, "delete", deletions=deletions)
    )
    for page in (service, office, adaptation):
        page.refresh_from_db()
        assert not page.live
        assert Revision.objects.for_instance(page).exists()  # history stays
    latest = adaptation.get_latest_revision_as_object()
    assert list(latest.authority_links.all()) == []
    run = XzufiRun.objects.first()
    assert run.succeeded
    assert run.problems == [
        f"Löschung eines unbekannten Objekts: Leistung {FIM}.LB.gibt-es-nicht "
        f"(schemeAgencyID {FIM})",
        f"Löschung eines unbekannten Objekts: Onlinedienst {FIM}.OD.3 "
        f"(schemeAgencyID {FIM})",
    ]


def test_a_new_fim_stammtext_arrives_as_a_draft_for_the_central_team(tmp_path):
    objects = _fim_objects()
    call_command(
        "import_xzufi", _message(tmp_path, "new", leistungen=objects["leistungen"])
    )
    service = ServicePage.objects.get(leika_key="99123456789000")
    assert not service.live
    assert (
        service.get_latest_revision_as_object().title
        == "Stammtext aus der FIM-Bibliothek"
    )


def test_an_update_of_a_published_service_lands_as_a_draft_in_the_workflow(
    tmp_path, exported
):
    directory = exported("2.3.1", "json", "json")
    objects = json.loads((directory / "leistungen.json").read_text())
    changed = objects[0]
    title = next(m for m in changed["modul_text"] if m["leika_textmodul"] == "02")
    old_title = title["inhalt"][0]["_value"]
    title["inhalt"][0]["_value"] = "Neuer Titel aus dem Stammtext"
    (directory / "leistungen.json").write_text(json.dumps(objects))
    call_command("import_xzufi", str(directory))
    leika = changed["referenz_leistungsschluessel"][0]["value"]
    service = ServicePage.objects.get(leika_key=leika, locale__language_code="de")
    assert service.live and service.title == old_title  # the public text is untouched
    assert service.has_unpublished_changes
    assert (
        service.get_latest_revision_as_object().title == "Neuer Titel aus dem Stammtext"
    )
    assert service.workflow_in_progress
    assert service.current_workflow_state.workflow == service.get_workflow()
    # Nothing else was changed: the other services had the same content.
    assert (
        ServicePage.objects.filter(
            has_unpublished_changes=True, locale__language_code="de"
        ).count()
        == 1
    )


def test_an_unknown_element_survives_the_round_trip(tmp_path, exported, emptied):
    path = exported("2.3.1", "xml", "first")
    text = path.read_text()
    unknown = "<xzufi:zukunftsfeld>bleibt erhalten</xzufi:zukunftsfeld>"
    text = text.replace("</xzufi:leistung>", f"  {unknown}\n    </xzufi:leistung>", 1)
    path.write_text(text)
    emptied()
    call_command("import_xzufi", "--publish", str(path))
    again = exported("2.3.1", "xml", "second").read_text()
    assert again.count("zukunftsfeld>bleibt erhalten</") == 1
    # Placed where it was (at the end of its object); only the message id differs.
    assert _without_message_id(again) == _without_message_id(text)


def _without_message_id(text: str) -> str:
    return re.sub(r"<xzufi:nachrichtID>\w+</xzufi:nachrichtID>", "", text)


def _nothing_written(before: int) -> bool:
    return (
        Revision.objects.count() == before
        and ServicePage.objects.filter(leika_key="99123456789000").count() == 0
    )


def test_a_malformed_message_is_refused_with_the_element_path_and_nothing_written(
    tmp_path,
):
    before = Revision.objects.count()
    path = _message(tmp_path, "ok", **_fim_objects())
    text = Path(path).read_text()
    broken = tmp_path / "broken.xml"
    broken.write_text(text.replace("<code>02</code>", "<code>99</code>", 1))
    with pytest.raises(CommandError) as error:
        call_command("import_xzufi", "--publish", str(broken))
    assert (
        "/xzufiNachricht/schreibe[1]/leistung/modulText[1]/leikaTextmodul[1]/code"
        in str(error.value)
    )
    truncated = tmp_path / "truncated.xml"
    truncated.write_text(text[: len(text) // 2])
    with pytest.raises(CommandError, match="kein wohlgeformtes XML"):
        call_command("import_xzufi", "--publish", str(truncated))
    assert _nothing_written(before)
    assert not XzufiRun.objects.first().succeeded


def test_a_wrong_version_is_refused(tmp_path):
    before = Revision.objects.count()
    text = Path(_message(tmp_path, "ok", **_fim_objects())).read_text()
    wrong = tmp_path / "wrong.xml"
    wrong.write_text(text.replace('xzufiVersion="2.3.1"', 'xzufiVersion="2.1.0"'))
    with pytest.raises(
        CommandError, match=r"/xzufiNachricht/@xzufiVersion: Version „2.1.0“"
    ):
        call_command("import_xzufi", "--publish", str(wrong))
    mixed = tmp_path / "mixed.xml"  # 2.2.0 declared, 2.3.1 content
    mixed.write_text(
        text.replace('xzufiVersion="2.3.1"', 'xzufiVersion="2.2.0"').replace(
            "2_3_1", "2_2_0"
        )
    )
    with pytest.raises(CommandError, match=r"/xzufiNachricht/schreibe\[1\]/leistung"):
        call_command("import_xzufi", "--publish", str(mixed))
    assert _nothing_written(before)


def test_a_dangling_reference_is_refused_and_nothing_written(tmp_path):
    before = Revision.objects.count()
    objects = _fim_objects()
    objects["spezialisierungen"][0]["leistung_id"] = ident(f"{FIM}.LB.fehlt", FIM)
    with pytest.raises(CommandError) as error:
        call_command(
            "import_xzufi", "--publish", _message(tmp_path, "dangling", **objects)
        )
    assert "/xzufiNachricht/schreibe[3]/spezialisierung/leistungID" in str(error.value)
    assert f"{FIM}.LB.fehlt" in str(error.value)
    assert _nothing_written(before)


def test_a_re_import_is_a_no_op(tmp_path):
    path = _message(tmp_path, "twice", **_fim_objects())
    call_command("import_xzufi", "--publish", path)
    before = Revision.objects.count()
    call_command("import_xzufi", "--publish", path)
    assert Revision.objects.count() == before
    run = XzufiRun.objects.first()
    assert run.counts["angelegt"] == 0 and run.counts["geändert"] == 0
    assert run.counts["unverändert"] == 4


def test_a_bare_fim_portal_leistungen_file_is_imported_in_its_version(
    tmp_path, exported
):
    directory = exported("2.2.0", "json", "json")
    objects = json.loads((directory / "leistungen.json").read_text())[:1]
    objects[0]["id"] = ident(f"{FIM}.LB.7", FIM)
    objects[0]["referenz_leika"][0]["code"] = "99123456789000"
    single = tmp_path / "fim.json"
    single.write_text(json.dumps(objects))
    call_command("import_xzufi", str(single))
    assert XzufiRun.objects.first().xzufi_version == "2.2.0"
    assert not ServicePage.objects.get(leika_key="99123456789000").live  # a draft
    objects[0]["modul_text"][0]["leika_textmodul"] = "99"
    single.write_text(json.dumps(objects))
    with pytest.raises(
        CommandError, match=r"fim.json\[0\]\.modul_text\[0\]\.leika_textmodul"
    ):
        call_command("import_xzufi", str(single))


def test_the_product_layers_below_never_import_xzufi():
    import ast

    root = Path(__file__).resolve().parents[2]
    for package in ("cms", "catalogue", "communes", "graphql_schema"):
        for path in (root / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(), str(path))):
                names = []
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0:
                    names = [node.module or ""]
                assert not any(n.split(".")[0] == "xzufi" for n in names), path
