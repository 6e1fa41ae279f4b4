"""Fristen and Bearbeitungsdauer as duration + unit: exported as XZuFi's structured
Frist / Bearbeitungsdauer beside the text, read back; the texts stay as they are."""

from __future__ import annotations

import copy
import xml.etree.ElementTree as ET

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import Client

from catalogue.models import ServicePage
from catalogue.services import CATALOGUE_EDITORS
from tests.xzufi.test_import import _message
from xzufi import mapping
from xzufi.export import export_all
from xzufi.messages import write_xml
from xzufi.schema import class_schema_name, json_schema_errors

pytestmark = pytest.mark.django_db


def _service(title: str) -> ServicePage:
    return ServicePage.objects.live().get(locale__language_code="de", title=title)


def _leistung(export, service: ServicePage) -> dict:
    return next(
        o for o in export.leistungen if o["id"]["value"].endswith(service.leika_key)
    )


def _modules(value) -> list[dict]:
    return value if isinstance(value, list) else [value]


@pytest.mark.parametrize("version", mapping.VERSIONS)
def test_a_processing_time_span_and_a_typed_deadline_are_exported_structured(version):
    elterngeld = _service("Elterngeld beantragen")
    geburt = _service("Geburt beim Standesamt anzeigen")
    export = export_all(version)

    (dauer,) = _modules(_leistung(export, elterngeld)["modul_bearbeitungsdauer"])
    assert [e["fristauswahl"] for e in dauer["bearbeitungsdauer"]] == [
        {"dauer": 4, "einheit": "WOCHE", "dauer_bis": 8, "einheit_bis": "WOCHE"}
    ]
    # The text stays the module's description.
    assert dauer["beschreibung"][0]["_value"] == elterngeld.module_html(
        "processing_time"
    )
    (frist,) = _modules(_leistung(export, geburt)["modul_frist"])
    (entry,) = frist["frist"]
    assert entry["typ"] == mapping.DEADLINE_TYPE
    assert entry["fristauswahl"] == {
        "dauer": 1,
        "einheit": "WOCHE",
        "dauer_bis": None,
        "einheit_bis": None,
    }
    for service in (elterngeld, geburt):
        leistung = _leistung(export, service)
        name = class_schema_name("Leistung", version)
        assert json_schema_errors(name, leistung) == []

    # In XML the choice is an element named after the structure (FristDauer).
    xml = ET.fromstring(write_xml(version, export))
    ns = {"x": mapping.NAMESPACES[version]}
    spans = xml.findall(".//x:bearbeitungsdauer/x:fristauswahl/x:fristDauer", ns)
    assert {
        (
            s.findtext("x:dauer", namespaces=ns),
            s.findtext("x:einheit/code", namespaces=ns),
        )
        for s in spans
    } >= {("4", "WOCHE"), ("3", "MONAT"), ("25", "ARBEITSTAG")}


def test_an_imported_duration_updates_the_fields_and_a_stichtag_clears_them(tmp_path):
    service = _service("Kindergeld beantragen")
    text = service.processing_time
    leistung = _leistung(export_all("2.3.1"), service)

    changed = copy.deepcopy(leistung)
    (module,) = changed["modul_bearbeitungsdauer"]
    module["bearbeitungsdauer"][0]["fristauswahl"] = {
        "dauer": 2,
        "einheit": "MONAT",
        "dauer_bis": None,
        "einheit_bis": None,
    }
    call_command(
        "import_xzufi", "--publish", _message(tmp_path, "dauer", leistungen=[changed])
    )
    service.refresh_from_db()
    assert (
        service.processing_duration,
        service.processing_duration_max,
        service.processing_unit,
    ) == (2, None, "months")
    assert service.processing_time == text

    # A Stichtag has no structured form of ours: the fields are emptied, text stays.
    module["bearbeitungsdauer"][0]["fristauswahl"] = {"von": "2026-01-01", "bis": None}
    call_command(
        "import_xzufi",
        "--publish",
        _message(tmp_path, "stichtag", leistungen=[changed]),
    )
    service.refresh_from_db()
    assert service.duration("processing") is None
    assert service.processing_unit == ""
    assert service.processing_time == text


def test_a_duration_needs_its_unit_and_an_upper_bound_not_below_it():
    service = _service("Kindergeld beantragen")
    service.processing_unit = ""
    with pytest.raises(ValidationError) as error:
        service.full_clean()
    assert "Einheit" in str(error.value.message_dict["processing_unit"])
    service.processing_unit = "weeks"
    service.processing_duration_max = 2
    with pytest.raises(ValidationError) as error:
        service.full_clean()
    assert "Obergrenze" in str(error.value.message_dict["processing_duration_max"])


def test_the_structured_fields_sit_beside_the_texts_in_the_module_tab():
    user = get_user_model().objects.create_user(
        username="zentral", password="x", is_staff=True
    )
    user.groups.add(Group.objects.get(name=CATALOGUE_EDITORS))
    client = Client()
    client.force_login(user)
    service = _service("Elterngeld beantragen")
    html = client.get(f"/admin/pages/{service.pk}/edit/").content.decode()
    assert "Bearbeitungsdauer als Zeitspanne (optional)" in html
    assert "Frist als Zeitspanne (optional)" in html
    for name in ("processing_duration", "processing_duration_max", "deadline_unit"):
        assert f'id="id_{name}"' in html
    assert '<option value="weeks" selected>Wochen</option>' in html
