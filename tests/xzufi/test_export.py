"""Export of the demo catalogue to XZuFi 2.2.0 / 2.3.1, XML and the FIM Portal's JSON form."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from catalogue.models import AuthorityPage, ServicePage
from communes.models import CommunePage, CommuneServicePage
from xzufi import mapping
from xzufi.export import export_all
from xzufi.messages import write_xml
from xzufi.models import XzufiObject
from xzufi.schema import class_schema_name, json_schema_errors

pytestmark = pytest.mark.django_db

NS = {"x": mapping.NAMESPACES["2.3.1"]}


@pytest.mark.parametrize("version", mapping.VERSIONS)
def test_every_exported_object_validates_against_the_fim_portal_schemas(version):
    export = export_all(version)
    checked = 0
    for klasse, objects in export.classes():
        # 2.2.0 holds the Zuständigkeiten inside the offices (checked with them).
        nested = (
            klasse == "Zustaendigkeit" and version in mapping.NESTED_RESPONSIBILITIES
        )
        assert bool(objects) != nested, klasse
        for obj in objects:
            assert json_schema_errors(class_schema_name(klasse, version), obj) == []
            checked += 1
    assert checked > 60


def test_schema_check_fails_on_a_broken_leistung():
    leistung = export_all("2.3.1").leistungen[0]
    leistung["modul_text"][0]["leika_textmodul"] = "99"
    del leistung["sprachversion"]
    errors = json_schema_errors("Leistung231", leistung)
    assert any("sprachversion" in e for e in errors)
    assert any("modul_text[0].leika_textmodul" in e for e in errors)


def test_leika_key_is_referenzLeiKa_in_220_and_referenzLeistungsschluessel_in_231():
    service = ServicePage.objects.live().filter(locale__language_code="de").first()
    old = next(
        o
        for o in export_all("2.2.0").leistungen
        if o["id"]["value"].endswith(service.leika_key)
    )
    new = next(
        o
        for o in export_all("2.3.1").leistungen
        if o["id"]["value"].endswith(service.leika_key)
    )
    assert old["referenz_leika"][0]["code"] == service.leika_key
    assert new["referenz_leistungsschluessel"][0]["value"] == service.leika_key
    assert new["id"]["scheme_agency_id"] == "L140000"


def test_text_modules_are_mapped_one_to_one_by_code_with_structured_fees(settings):
    # Ids are fixed when first published; objects without one get the setting's agency.
    XzufiObject.objects.all().delete()
    settings.XZUFI_SCHEME_AGENCY_ID = "L999"
    export = export_all("2.3.1")
    service = (
        ServicePage.objects.live().exclude(fees=[]).exclude(prerequisites="").first()
    )
    leistung = next(
        o for o in export.leistungen if o["id"]["value"].endswith(service.leika_key)
    )
    assert leistung["id"] == {**leistung["id"], "scheme_agency_id": "L999"}
    by_code = {m["leika_textmodul"]: m for m in leistung["modul_text"]}
    assert by_code["02"]["inhalt"] == [{"language_code": "de", "_value": service.title}]
    assert by_code["09"]["inhalt"][0]["_value"] == service.module_html("prerequisites")
    codes = [m["leika_textmodul"] for m in leistung["modul_text"]]
    assert len(codes) == len(set(codes))
    kosten = leistung["modul_kosten"][0]["kosten"]
    assert len(kosten) == len(service.fee_list)
    first = service.fee_list[0]
    choice = kosten[0]["kostenauswahl"]
    if first["amount_max"] is None and first["amount"] is not None:
        assert choice["betrag"] == {
            "currency_code": "EUR",
            "value": float(first["amount"]),
        }
    else:
        assert "betrag_untergrenze" in choice


def test_every_published_language_edition_is_exported_with_its_code():
    service = ServicePage.objects.live().filter(locale__language_code="de").first()
    english = Locale.objects.get_or_create(language_code="en")[0]
    translation = service.copy_for_translation(english, copy_parents=True)
    translation.title = "Register a dog"
    translation.save_revision().publish()
    leistung = next(
        o
        for o in export_all("2.3.1").leistungen
        if o["id"]["value"].endswith(service.leika_key)
    )
    title = next(m for m in leistung["modul_text"] if m["leika_textmodul"] == "02")
    assert title["inhalt"] == [
        {"language_code": "de", "_value": service.title},
        {"language_code": "en", "_value": "Register a dog"},
    ]
    assert [s["language_code"] for s in leistung["sprachversion"]] == ["de", "en"]
    translation.refresh_from_db()
    translation.unpublish()
    leistung = next(
        o
        for o in export_all("2.3.1").leistungen
        if o["id"]["value"].endswith(service.leika_key)
    )
    assert [s["language_code"] for s in leistung["sprachversion"]] == ["de"]


def test_an_adaptation_carries_only_its_local_values_and_their_use():
    adaptation = CommuneServicePage.objects.live().exclude(local_procedure="").first()
    export = export_all("2.3.1")
    spez = next(
        s
        for s in export.spezialisierungen
        if s["id"]["value"].endswith(adaptation.service.leika_key)
        and s["gebiet_id"][0]["value"] in s["id"]["value"]
        and any(m["modul"] == "11" for m in s["modul"])
    )
    procedure = next(m for m in spez["modul"] if m["modul"] == "11")
    assert procedure["verwendung"] == mapping.USAGE_CODES[adaptation.procedure_mode]
    assert spez["leistung_id"]["value"].endswith(adaptation.service.leika_key)
    local = {mapping.FIELD_BY_CODE.get(m["modul"], m["modul"]) for m in spez["modul"]}
    assert "full_text" not in local or adaptation.local_full_text


def test_responsibilities_name_service_office_and_the_communes_ars():
    adaptation = (
        CommuneServicePage.objects.live().filter(authority_links__isnull=False).first()
    )
    commune = CommunePage.objects.ancestor_of(adaptation).get()
    export = export_all("2.3.1")
    mine = [
        z
        for z in export.zustaendigkeiten
        if z["zustaendigkeit"]["gebiet_id"][0]["value"] == commune.ars
        and z["zustaendigkeit"]["leistung_id"]["value"].endswith(
            adaptation.service.leika_key
        )
    ]
    assert len(mine) == adaptation.authority_links.count()
    assert len(commune.ars) == 12
    office_ids = {o["id"]["value"] for o in export.organisationseinheiten}
    assert all(z["uebergeordnetes_objekt_id"]["value"] in office_ids for z in mine)


def test_in_220_each_office_holds_its_zustaendigkeiten_as_231_sends_them_apart():
    separate = export_all("2.3.1").zustaendigkeiten
    export = export_all("2.2.0")
    assert export.zustaendigkeiten == []
    nested = {
        (oe["id"]["value"], zust["id"]["value"]): zust
        for oe in export.organisationseinheiten
        for zust in oe["zustaendigkeit"]
    }
    assert nested == {
        (
            z["uebergeordnetes_objekt_id"]["value"],
            z["zustaendigkeit"]["id"]["value"],
        ): z["zustaendigkeit"]
        for z in separate
    }
    # In XML: organisationseinheit/zustaendigkeit, no zustaendigkeitTransferObjekt.
    root = ET.fromstring(write_xml("2.2.0", export))
    ns = {"x": mapping.NAMESPACES["2.2.0"]}
    assert root.findall("x:schreibe/x:zustaendigkeitTransferObjekt", ns) == []
    inside = root.findall("x:schreibe/x:organisationseinheit/x:zustaendigkeit", ns)
    assert len(inside) == len(separate)
    assert inside[0].find("x:leistungID", ns).get("schemeAgencyID") == "L140000"


def test_export_command_writes_the_xml_message_and_the_json_form(tmp_path):
    call_command(
        "export_xzufi",
        "--xzufi-version",
        "2.3.1",
        "--format",
        "xml",
        "--output",
        str(tmp_path),
    )
    root = ET.parse(tmp_path / "xzufi-2.3.1.xml").getroot()
    assert root.get("xzufiVersion") == "2.3.1"
    leistungen = root.findall("x:schreibe/x:leistung", NS)
    assert (
        len(leistungen)
        == ServicePage.objects.live().filter(locale__language_code="de").count()
    )
    textmodul = leistungen[0].find("x:modulText/x:leikaTextmodul", NS)
    assert textmodul.find("code") is not None  # code without namespace, as XÖV does
    call_command(
        "export_xzufi",
        "--xzufi-version",
        "2.2.0",
        "--format",
        "json",
        "--output",
        str(tmp_path / "j"),
    )
    objects = json.loads((tmp_path / "j" / "leistungen.json").read_text())
    assert all(json_schema_errors("Leistung220", o) == [] for o in objects)
    assert {p.name for p in (tmp_path / "j").iterdir()} == {
        "index.json",
        "leistungen.json",
        "spezialisierungen.json",
        "organisationseinheiten.json",
        "zustaendigkeiten.json",
    }


def test_an_offices_id_stays_when_its_slug_changes_after_publishing():
    office = AuthorityPage.objects.live().filter(locale__language_code="de").first()
    before = {
        o["name"]["name"][0]["_value"]: o["id"]
        for o in export_all("2.3.1").organisationseinheiten
    }
    office.slug = "ganz-neuer-slug"
    office.save_revision().publish()
    after = {
        o["name"]["name"][0]["_value"]: o["id"]
        for o in export_all("2.3.1").organisationseinheiten
    }
    assert after[office.title] == before[office.title]
    assert "ganz-neuer-slug" not in after[office.title]["value"]
