"""A central service resolved for a commune over HTTP: municipality → district → central."""

import pytest
from wagtail.models import PageViewRestriction

from catalogue.factories import AuthorityPageFactory
from communes.factories import CommuneServiceAuthorityFactory, CommuneServicePageFactory

from .conftest import CITY_ARS, DISTRICT_ARS, MUNICIPALITY_ARS, child, publish

pytestmark = pytest.mark.django_db

SERVICE = """
query($commune: String) {
  service(leikaKey: "97000000000001", commune: $commune) {
    title teaser fullText processingTime
    commune { ars }
    authorities { name }
    localisedFields
    localisedBy { ars }
  }
}
"""


def test_municipality_gets_its_replacement_the_district_supplement_and_office(
    graphql, scenario
):
    service = graphql(SERVICE, {"commune": MUNICIPALITY_ARS}).data["service"]

    assert service["processingTime"] == "<p>Radebeul: sofort.</p>"
    assert service["fullText"] == "<p>Zentraler Volltext.</p>\n<p>Kreis: Ergänzung.</p>"
    assert service["teaser"] == "Zentraler Anreißer."
    assert service["authorities"] == [{"name": "Testzulassungsstelle"}]
    assert service["commune"] == {"ars": MUNICIPALITY_ARS}
    assert service["localisedFields"] == ["fullText", "processingTime", "authorities"]
    assert service["localisedBy"] == [{"ars": MUNICIPALITY_ARS}, {"ars": DISTRICT_ARS}]


def test_without_commune_the_service_shows_the_central_text_only(graphql, scenario):
    service = graphql(SERVICE).data["service"]

    assert service["fullText"] == "<p>Zentraler Volltext.</p>"
    assert service["processingTime"] == "<p>Zentral: zwei Wochen.</p>"
    assert service["commune"] is None
    assert service["authorities"] == []
    assert service["localisedFields"] == []
    assert service["localisedBy"] == []


def test_the_district_sees_only_its_own_adaptation(graphql, scenario):
    service = graphql(SERVICE, {"commune": DISTRICT_ARS}).data["service"]

    assert service["fullText"] == "<p>Zentraler Volltext.</p>\n<p>Kreis: Ergänzung.</p>"
    assert service["processingTime"] == "<p>Zentral: zwei Wochen.</p>"
    assert service["localisedFields"] == ["fullText", "authorities"]
    assert service["localisedBy"] == [{"ars": DISTRICT_ARS}]


def test_a_city_without_adaptation_shows_the_central_text(graphql, scenario):
    service = graphql(SERVICE, {"commune": CITY_ARS}).data["service"]

    assert service["fullText"] == "<p>Zentraler Volltext.</p>"
    assert service["commune"] == {"ars": CITY_ARS}
    assert service["localisedBy"] == []


def test_supplements_follow_central_then_district_then_municipality(graphql, scenario):
    adaptation = scenario.municipality_adaptation
    adaptation.local_full_text = "<p>Stadt: Ergänzung.</p>"
    adaptation.full_text_mode = "supplement"
    publish(adaptation)

    service = graphql(SERVICE, {"commune": MUNICIPALITY_ARS}).data["service"]

    assert service["fullText"] == (
        "<p>Zentraler Volltext.</p>\n<p>Kreis: Ergänzung.</p>\n<p>Stadt: Ergänzung.</p>"
    )


def test_a_municipality_replacement_wins_over_the_district_supplement(
    graphql, scenario
):
    adaptation = scenario.municipality_adaptation
    adaptation.local_full_text = "<p>Nur Radebeul.</p>"
    adaptation.full_text_mode = "replace"
    publish(adaptation)

    service = graphql(SERVICE, {"commune": MUNICIPALITY_ARS}).data["service"]
    assert service["fullText"] == "<p>Nur Radebeul.</p>"


def test_the_municipality_office_replaces_the_district_office(graphql, scenario):
    office = publish(
        AuthorityPageFactory(
            parent=child(scenario.municipality, "behoerden"), title="Bürgerbüro Test"
        )
    )
    CommuneServiceAuthorityFactory(
        adaptation=scenario.municipality_adaptation, authority=office
    )
    publish(scenario.municipality_adaptation)

    service = graphql(SERVICE, {"commune": MUNICIPALITY_ARS}).data["service"]
    assert service["authorities"] == [{"name": "Bürgerbüro Test"}]


def test_an_unpublished_office_is_not_named(graphql, scenario):
    kept, dropped = (
        publish(
            AuthorityPageFactory(
                parent=child(scenario.municipality, "behoerden"), title=title
            )
        )
        for title in ("Bürgerbüro Test", "Außenstelle Test")
    )
    for order, office in enumerate((kept, dropped)):
        CommuneServiceAuthorityFactory(
            adaptation=scenario.municipality_adaptation,
            authority=office,
            sort_order=order,
        )
    publish(scenario.municipality_adaptation)

    service = graphql(SERVICE, {"commune": MUNICIPALITY_ARS}).data["service"]
    assert service["authorities"] == [
        {"name": "Bürgerbüro Test"},
        {"name": "Außenstelle Test"},
    ]
    dropped.unpublish()
    service = graphql(SERVICE, {"commune": MUNICIPALITY_ARS}).data["service"]
    assert service["authorities"] == [{"name": "Bürgerbüro Test"}]


def test_a_draft_change_to_an_adaptation_is_not_visible(graphql, scenario):
    adaptation = scenario.municipality_adaptation
    adaptation.local_processing_time = "<p>Entwurf.</p>"
    adaptation.save_revision()

    service = graphql(SERVICE, {"commune": MUNICIPALITY_ARS}).data["service"]
    assert service["processingTime"] == "<p>Radebeul: sofort.</p>"


def test_a_never_published_adaptation_is_ignored(graphql, scenario):
    CommuneServicePageFactory(
        parent=child(scenario.city, "leistungen"),
        service=scenario.service,
        live=False,
        local_full_text="<p>Dresden-Entwurf.</p>",
        full_text_mode="replace",
    )

    service = graphql(SERVICE, {"commune": CITY_ARS}).data["service"]
    assert service["fullText"] == "<p>Zentraler Volltext.</p>"


def test_an_unpublished_adaptation_no_longer_applies(graphql, scenario):
    scenario.municipality_adaptation.unpublish()

    service = graphql(SERVICE, {"commune": MUNICIPALITY_ARS}).data["service"]
    assert service["processingTime"] == "<p>Zentral: zwei Wochen.</p>"
    assert service["localisedBy"] == [{"ars": DISTRICT_ARS}]


def test_the_services_list_resolves_every_item_for_the_commune(graphql, scenario):
    result = graphql(
        """query { services(commune: "146270230230", search: "Testfahrzeug") {
            items { leikaKey processingTime } } }"""
    )
    items = result.data["services"]["items"]
    assert {
        "leikaKey": "97000000000001",
        "processingTime": "<p>Radebeul: sofort.</p>",
    } in (items)


def test_commune_services_list_own_and_district_adaptations(graphql, scenario):
    result = graphql(
        """query { commune(ars: "146270230230") {
            services(limit: 100) { totalCount items { leikaKey processingTime commune { ars } } }
        } }"""
    )
    services = result.data["commune"]["services"]
    keys = [item["leikaKey"] for item in services["items"]]
    assert "97000000000001" in keys
    # Radebeul's demo adaptations and the district's (vehicle registration) both count.
    assert "99088003002000" in keys and "99115030001000" in keys
    assert services["totalCount"] == len(keys)
    assert {item["commune"]["ars"] for item in services["items"]} == {MUNICIPALITY_ARS}


def test_life_situation_services_resolve_for_the_commune_argument(graphql):
    result = graphql(
        """query { lifeSituation(slug: "auto-und-verkehr", commune: "146270230230") {
            services { leikaKey commune { ars } } } }"""
    )
    services = result.data["lifeSituation"]["services"]
    assert services
    assert {s["commune"]["ars"] for s in services} == {MUNICIPALITY_ARS}


def test_a_view_restricted_district_neither_applies_nor_is_named(graphql, scenario):
    # The one visibility rule: a district hidden from the public is no district.
    PageViewRestriction.objects.create(
        page=scenario.district, restriction_type=PageViewRestriction.LOGIN
    )

    service = graphql(SERVICE, {"commune": MUNICIPALITY_ARS}).data["service"]
    communes = graphql(
        '{ communes(search: "Radebeul") { items { ars district { ars } } } }'
    ).data["communes"]["items"]

    assert service["fullText"] == "<p>Zentraler Volltext.</p>"
    assert service["localisedBy"] == [{"ars": MUNICIPALITY_ARS}]
    assert communes == [{"ars": MUNICIPALITY_ARS, "district": None}]
