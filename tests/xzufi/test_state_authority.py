"""The central default office: a service's state authority travels as a Zuständigkeit
for the whole state (gebietID = the state's ARS) and comes back from an import."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.test import Client

from catalogue.models import AuthorityPage, ServicePage
from catalogue.services import CATALOGUE_EDITORS
from communes.models import CommunePage
from tests.xzufi.test_import import FIM, _message
from xzufi import mapping
from xzufi.export import ARS_SCHEME, export_all, ident
from xzufi.models import XzufiObject
from xzufi.schema import class_schema_name, json_schema_errors

pytestmark = pytest.mark.django_db

# The demo names a state authority for these services (catalogue/fixtures/demo).
DEMO_STATE_AUTHORITIES = {
    "Elterngeld beantragen": "Kommunaler Sozialverband Sachsen",
    "Schwerbehindertenausweis beantragen": "Kommunaler Sozialverband Sachsen",
    "Gaststättenerlaubnis beantragen": "Landesdirektion Sachsen",
}


def _state_wide(export, ars: str) -> list[dict]:
    """Zuständigkeiten for the area `ars` as transfer objects, in either form (2.2.0
    holds them inside their organisationseinheit)."""
    separate = export.zustaendigkeiten + [
        {"uebergeordnetes_objekt_id": oe["id"], "zustaendigkeit": zust}
        for oe in export.organisationseinheiten
        for zust in oe.get("zustaendigkeit", [])
    ]
    return [z for z in separate if z["zustaendigkeit"]["gebiet_id"][0]["value"] == ars]


def _german(model):
    return model.objects.live().filter(locale__language_code="de")


@pytest.mark.parametrize("version", mapping.VERSIONS)
def test_each_state_authority_is_exported_as_a_zustaendigkeit_for_the_whole_state(
    version, settings
):
    named = _german(ServicePage).exclude(state_authority=None)
    assert {s.title: s.state_authority.title for s in named} == DEMO_STATE_AUTHORITIES
    export = export_all(version)
    by_service = {
        z["zustaendigkeit"]["leistung_id"]["value"]: z
        for z in _state_wide(export, settings.XZUFI_STATE_ARS)
    }
    assert len(by_service) == len(DEMO_STATE_AUTHORITIES)
    offices = {o["id"]["value"]: o for o in export.organisationseinheiten}
    for service in named:
        leistung = f"L140000.LB.{service.leika_key}"
        zust = by_service[leistung]
        office = offices[zust["uebergeordnetes_objekt_id"]["value"]]
        assert office["name"]["name"][0]["_value"] == service.state_authority.title
        assert office["gebiet_id"][0]["value"] == "140000000000"
        inner = zust["zustaendigkeit"]
        assert inner["id"]["value"] == f"L140000.ZS.140000000000.{service.leika_key}.1"
        assert inner["gebiet_id"][0]["scheme_uri"] == ARS_SCHEME
        assert inner["rolle"] == mapping.RESPONSIBILITY_ROLE
        if version not in mapping.NESTED_RESPONSIBILITIES:
            name = class_schema_name("Zustaendigkeit", version)
            assert json_schema_errors(name, zust) == []
        else:  # inside the office, checked with it
            name = class_schema_name("Organisationseinheit", version)
            assert json_schema_errors(name, office) == []
            assert inner in office["zustaendigkeit"]


def test_the_state_ars_is_the_setting(settings):
    settings.XZUFI_STATE_ARS = "149999999999"
    export = export_all("2.3.1")
    assert len(_state_wide(export, "149999999999")) == len(DEMO_STATE_AUTHORITIES)
    assert _state_wide(export, "140000000000") == []


def _state_zustaendigkeit(service: ServicePage, office: AuthorityPage, n: int) -> dict:
    export = export_all("2.3.1")
    office_id = next(
        o["id"]
        for o in export.organisationseinheiten
        if o["name"]["name"][0]["_value"] == office.title
    )
    return {
        "uebergeordnetes_objekt_id": office_id,
        "zustaendigkeit": {
            "id": ident(f"{FIM}.ZS.{n}", FIM),
            "leistung_id": ident(f"L140000.LB.{service.leika_key}", "L140000"),
            "gebiet_id": [ident("140000000000", scheme_uri=ARS_SCHEME)],
            "rolle": "01",
            "position_darstellung": 0,
        },
    }


def test_import_names_the_state_authority_as_a_draft_or_published_and_loesche_clears_it(
    tmp_path,
):
    drafted, service = _german(ServicePage).filter(state_authority=None)[:2]
    office = _german(AuthorityPage).get(slug="landesamt-fuer-steuern-und-finanzen")

    # Without --publish: a draft revision in the workflow, the live page unchanged.
    draft = _state_zustaendigkeit(drafted, office, 6)
    call_command("import_xzufi", _message(tmp_path, "draft", zustaendigkeiten=[draft]))
    drafted.refresh_from_db()
    assert drafted.state_authority is None
    assert drafted.get_latest_revision_as_object().state_authority == office
    assert drafted.workflow_in_progress

    zust = _state_zustaendigkeit(service, office, 7)
    message = _message(tmp_path, "state", zustaendigkeiten=[zust])
    call_command("import_xzufi", "--publish", message)
    service.refresh_from_db()
    assert service.state_authority == office
    stored = XzufiObject.objects.get(object_id=f"{FIM}.ZS.7")
    assert stored.reference == {
        "service": str(service.translation_key),
        "authority": str(office.translation_key),
    }
    exported = _state_wide(export_all("2.3.1"), "140000000000")
    assert any(
        z["zustaendigkeit"]["leistung_id"]["value"].endswith(service.leika_key)
        for z in exported
    )

    deletion = ("Zustaendigkeit", ident(f"{FIM}.ZS.7", FIM))
    call_command(
        "import_xzufi",
        "--publish",
        _message(tmp_path, "delete", deletions=[deletion]),
    )
    service.refresh_from_db()
    assert service.state_authority is None
    assert not XzufiObject.objects.filter(object_id=f"{FIM}.ZS.7").exists()


def test_a_communes_office_is_refused_as_state_authority(tmp_path):
    service = _german(ServicePage).filter(state_authority=None).first()
    commune = CommunePage.objects.filter(locale__language_code="de").first()
    local_office = _german(AuthorityPage).descendant_of(commune).first()
    service.state_authority = local_office
    with pytest.raises(ValidationError) as error:
        service.full_clean()
    assert "Landesbehörde" in str(error.value)

    zust = _state_zustaendigkeit(service, local_office, 8)
    with pytest.raises(CommandError, match="Landesbehörde"):
        call_command(
            "import_xzufi",
            "--publish",
            _message(tmp_path, "local", zustaendigkeiten=[zust]),
        )
    service.refresh_from_db()
    assert service.state_authority is None


def test_the_field_is_in_the_service_edit_form_for_central_editors():
    user = get_user_model().objects.create_user(
        username="zentral", password="x", is_staff=True
    )
    user.groups.add(Group.objects.get(name=CATALOGUE_EDITORS))
    client = Client()
    client.force_login(user)
    service = _german(ServicePage).get(title="Elterngeld beantragen")
    response = client.get(f"/admin/pages/{service.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="id_state_authority"' in html
    assert "Zuständige Landesbehörde (landesweit)" in html
    assert "Zuständigkeit" in html
    # The chooser shows the chosen office.
    assert "Kommunaler Sozialverband Sachsen" in html
    form = response.context["form"]
    assert form.initial["state_authority"] == service.state_authority_id
