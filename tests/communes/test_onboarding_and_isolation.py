"""Onboarding a commune in one command; commune editors can touch only their own tree."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail.models import Site, WorkflowPage

from catalogue.models import ServicePage
from communes.models import CommunePage, CommuneServicePage
from tests.factories import user_in_groups

from .conftest import CITY_ARS, MUNICIPALITY_ARS

pytestmark = pytest.mark.django_db

COSWIG = {
    "ars": "146270100100",
    "name": "Coswig",
    "kind": "municipality",
    "hostname": "coswig.example",
    "postcodes": "01640",
}


def onboard(**overrides):
    options = {**COSWIG, **overrides}
    call_command(
        "create_commune", *[f"--{k}={v}" for k, v in options.items()], verbosity=0
    )


def test_create_commune_twice_gives_one_tree_one_site_two_groups():
    onboard()
    onboard(postcodes="01640,01623")

    communes = CommunePage.objects.filter(ars="146270100100")
    assert communes.count() == 1
    commune = communes.get()
    assert commune.live
    assert commune.postcode_list == ["01623", "01640"]
    assert [c.slug for c in commune.get_children().order_by("path")] == [
        "leistungen",
        "behoerden",
    ]
    assert Site.objects.filter(hostname="coswig.example").count() == 1
    assert Site.objects.get(hostname="coswig.example").root_page_id == commune.pk
    assert set(
        Group.objects.filter(name__startswith="Coswig").values_list("name", flat=True)
    ) == {
        "Coswig Editors",
        "Coswig Moderators",
    }
    assert WorkflowPage.objects.get(page=commune).workflow.name == "Coswig: Freigabe"


def test_create_commune_refuses_an_ars_that_does_not_fit_the_kind():
    with pytest.raises(CommandError, match="sieben Nullen"):
        onboard(ars="146270000000", name="Falsch", hostname="falsch.example")


def test_create_commune_refuses_a_malformed_ars():
    with pytest.raises(CommandError, match="12 Ziffern"):
        onboard(ars="14627", hostname="kurz.example")


@pytest.fixture
def radebeul_editor(client):
    client.force_login(user_in_groups("radebeul-redaktion", "Radebeul Editors"))
    return client


def edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def test_a_commune_editor_can_edit_own_adaptations(radebeul_editor):
    own = CommuneServicePage.objects.descendant_of(
        CommunePage.objects.get(ars=MUNICIPALITY_ARS)
    ).first()
    assert radebeul_editor.get(edit_url(own)).status_code == 200


def test_a_commune_editor_cannot_edit_another_communes_pages(radebeul_editor):
    dresden = CommunePage.objects.get(ars=CITY_ARS)
    foreign = CommuneServicePage.objects.descendant_of(dresden).first()
    title = foreign.title

    get = radebeul_editor.get(edit_url(foreign))
    post = radebeul_editor.post(edit_url(foreign), {"title": "Übernommen"})

    for response in (get, post):
        assert response.status_code in (302, 403)
        if response.status_code == 302:
            assert response.url == reverse("wagtailadmin_home")
    foreign.refresh_from_db()
    assert foreign.title == title
    assert radebeul_editor.get(edit_url(dresden)).status_code in (302, 403)


def test_a_commune_editor_cannot_edit_the_central_catalogue(radebeul_editor):
    service = ServicePage.objects.get(leika_key="99115030001000")
    response = radebeul_editor.get(edit_url(service))
    assert response.status_code in (302, 403)
    add = radebeul_editor.get(
        reverse(
            "wagtailadmin_pages:add",
            args=("catalogue", "servicepage", service.get_parent().pk),
        )
    )
    assert add.status_code in (302, 403)


def test_commune_editors_cannot_publish_moderators_can():
    commune = CommunePage.objects.get(ars=MUNICIPALITY_ARS)
    editor = user_in_groups("ed", "Radebeul Editors")
    moderator = user_in_groups("mod", "Radebeul Moderators")
    assert not commune.permissions_for_user(editor).can_publish()
    assert commune.permissions_for_user(moderator).can_publish()
    dresden = CommunePage.objects.get(ars=CITY_ARS)
    assert not dresden.permissions_for_user(moderator).can_edit()
