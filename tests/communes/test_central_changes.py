"""A published central change reaches every commune at once and flags adaptations."""

import pytest
from django.urls import reverse

from communes.models import CommuneServicePage
from communes.selectors import outdated_adaptations
from tests.factories import user_in_groups

from .conftest import CITY_ARS, DISTRICT_ARS, MUNICIPALITY_ARS, publish

pytestmark = pytest.mark.django_db

TEASER = """query($commune: String) {
  service(leikaKey: "97000000000001", commune: $commune) { teaser localisedFields }
}"""


def test_a_new_central_teaser_shows_in_every_commune_without_republishing(
    graphql, scenario
):
    published_before = {
        page.pk: page.last_published_at
        for page in CommuneServicePage.objects.filter(service=scenario.service)
    }

    scenario.service.teaser = "Neuer zentraler Anreißer."
    publish(scenario.service)

    for ars in (None, DISTRICT_ARS, MUNICIPALITY_ARS, CITY_ARS):
        service = graphql(TEASER, {"commune": ars}).data["service"]
        assert service["teaser"] == "Neuer zentraler Anreißer.", ars
    assert published_before == {
        page.pk: page.last_published_at
        for page in CommuneServicePage.objects.filter(service=scenario.service)
    }


def test_the_adaptation_that_replaced_the_changed_module_is_listed_as_outdated(
    graphql, scenario, client
):
    adaptation = scenario.municipality_adaptation
    adaptation.local_teaser = "Radebeuler Anreißer."
    adaptation.teaser_mode = "replace"
    publish(adaptation)
    assert adaptation not in outdated_adaptations()

    scenario.service.teaser = "Neuer zentraler Anreißer."
    publish(scenario.service)

    assert adaptation in outdated_adaptations(scenario.municipality)
    # The replacement still wins until the commune reviews it.
    service = graphql(TEASER, {"commune": MUNICIPALITY_ARS}).data["service"]
    assert service["teaser"] == "Radebeuler Anreißer."

    client.force_login(user_in_groups("radebeul-redaktion", "Radebeul Editors"))
    report = client.get(reverse("communes_outdated_adaptations"))
    assert report.status_code == 200
    assert (
        reverse("wagtailadmin_pages:edit", args=(adaptation.pk,))
        in report.content.decode()
    )
    dashboard = client.get(reverse("wagtailadmin_home"))
    assert "Veraltete Anpassungen" in dashboard.content.decode()

    # Republishing the adaptation (after review) clears the flag.
    publish(adaptation)
    assert adaptation not in outdated_adaptations()


def test_other_communes_do_not_see_each_others_outdated_adaptations(scenario, client):
    scenario.service.teaser = "Neuer zentraler Anreißer."
    publish(scenario.service)

    client.force_login(
        user_in_groups("dresden-redaktion", "Landeshauptstadt Dresden Editors")
    )
    report = client.get(reverse("communes_outdated_adaptations"))

    content = report.content.decode()
    for adaptation in (scenario.municipality_adaptation, scenario.district_adaptation):
        assert reverse("wagtailadmin_pages:edit", args=(adaptation.pk,)) not in content


def test_the_outdated_report_exports_csv(scenario, client):
    scenario.service.teaser = "Neuer zentraler Anreißer."
    publish(scenario.service)
    client.force_login(user_in_groups("kreis-redaktion", "Landkreis Meißen Editors"))

    response = client.get(reverse("communes_outdated_adaptations") + "?export=csv")

    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    assert "97000000000001" in body
    assert "Landkreis Meißen" in body


def test_the_central_service_shows_which_communes_use_it(scenario, client, admin_user):
    client.force_login(admin_user)

    usage = client.get(reverse("wagtailadmin_pages:usage", args=(scenario.service.pk,)))

    content = usage.content.decode()
    for adaptation in (scenario.district_adaptation, scenario.municipality_adaptation):
        assert reverse("wagtailadmin_pages:edit", args=(adaptation.pk,)) in content
