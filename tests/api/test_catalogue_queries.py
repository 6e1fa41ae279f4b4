"""The four catalogue entry points over HTTP: seeded data, order, pagination, lookups."""

from pathlib import Path

import pytest

from catalogue.importer import fixture_documents
from catalogue.models import LifeSituationIndexPage, LifeSituationPage, ServicePage

pytestmark = pytest.mark.django_db

LIFE_SITUATIONS = """
query($top: Boolean, $limit: Int, $offset: Int, $audience: Audience) {
  lifeSituations(topLevelOnly: $top, limit: $limit, offset: $offset, audience: $audience) {
    totalCount
    items { id slug title locale audience teaser }
  }
}
"""


def seeded_top_level_titles() -> list[str]:
    """The top-level life situations as the demo fixture lists them (not as the API's
    own depth rule finds them)."""
    catalogue = Path(__file__).resolve().parents[2] / "catalogue"
    (document,) = [
        d for d in fixture_documents(catalogue) if d["kind"] == "life_situation"
    ]
    return [record["title"] for record in document["records"]]


def top_level_life_situations():
    index = LifeSituationIndexPage.objects.get(locale__language_code="de")
    return LifeSituationPage.objects.child_of(index).order_by("path")


def test_life_situations_come_in_the_editors_tree_order(graphql):
    result = graphql(LIFE_SITUATIONS, {"top": True, "limit": 100})

    titles = [item["title"] for item in result.data["lifeSituations"]["items"]]
    assert titles == seeded_top_level_titles()
    assert titles[0] == "Geburt eines Kindes"
    assert len(titles) == 17
    assert result.data["lifeSituations"]["totalCount"] == 17


def test_moving_a_life_situation_in_the_tree_changes_the_api_order(graphql):
    first, second = top_level_life_situations()[:2]
    second.move(first, pos="left")

    titles = [
        item["title"]
        for item in graphql(LIFE_SITUATIONS, {"top": True, "limit": 2}).data[
            "lifeSituations"
        ]["items"]
    ]
    assert titles == [second.title, first.title]


def test_all_life_situations_include_sub_situations(graphql):
    result = graphql(LIFE_SITUATIONS, {"limit": 100})

    total = LifeSituationPage.objects.live().filter(locale__language_code="de").count()
    assert result.data["lifeSituations"]["totalCount"] == total > 17


def test_pagination_returns_the_requested_window_and_the_full_count(graphql):
    everything = graphql(LIFE_SITUATIONS, {"limit": 100}).data["lifeSituations"]
    window = graphql(LIFE_SITUATIONS, {"limit": 5, "offset": 10}).data["lifeSituations"]

    assert window["totalCount"] == everything["totalCount"]
    assert [i["id"] for i in window["items"]] == [
        i["id"] for i in everything["items"][10:15]
    ]


def test_audience_filter_returns_only_business_situations(graphql):
    result = graphql(LIFE_SITUATIONS, {"top": True, "audience": "BUSINESSES"})

    items = result.data["lifeSituations"]["items"]
    assert {item["audience"] for item in items} == {"BUSINESSES"}
    assert "Unternehmensgründung" in [item["title"] for item in items]


def test_life_situation_by_slug_has_children_and_ordered_services(graphql):
    page = LifeSituationPage.objects.get(slug="geburt-eines-kindes")
    expected_services = [link.service.title for link in page.service_links.all()]

    result = graphql(
        """query { lifeSituation(slug: "geburt-eines-kindes") {
            title body keywords parent { title }
            children { title parent { slug } }
            services { title leikaKey }
        } }"""
    )

    situation = result.data["lifeSituation"]
    assert situation["title"] == "Geburt eines Kindes"
    assert situation["parent"] is None
    assert situation["body"].startswith("<")
    assert situation["keywords"]
    assert [c["title"] for c in situation["children"]] == [
        c.title for c in page.get_children().live().order_by("path")
    ]
    assert {c["parent"]["slug"] for c in situation["children"]} == {page.slug}
    assert [s["title"] for s in situation["services"]] == expected_services


def test_life_situation_by_id_equals_by_slug(graphql):
    page = LifeSituationPage.objects.get(slug="umzug")
    by_id = graphql(f'query {{ lifeSituation(id: "{page.pk}") {{ slug title }} }}')
    assert by_id.data["lifeSituation"] == {"slug": "umzug", "title": page.title}


SERVICE = """
query($key: String) {
  service(leikaKey: $key) {
    id leikaKey slug title locale audience teaser fullText prerequisites
    requiredDocuments fees { description amount amountMax currency }
    deadlines processingTime procedure legalBasis { title url }
    forms { title url } onlineServices { title url }
    furtherInformation notes keywords lifeSituations { slug }
    lastReviewed commune { ars } authorities { name } localisedFields localisedBy { ars }
  }
}
"""


def test_service_by_leika_key_returns_every_module(graphql):
    page = ServicePage.objects.get(leika_key="99089001001000")

    service = graphql(SERVICE, {"key": "99089001001000"}).data["service"]

    assert service["title"] == page.title == "Personalausweis beantragen"
    assert service["locale"] == "de"
    assert service["fullText"].startswith("<")
    assert service["requiredDocuments"] == page.required_document_list
    assert service["fees"][0]["currency"] == "EUR"
    assert service["fees"][0]["description"] == page.fee_list[0]["description"]
    assert service["legalBasis"] and all(link["url"] for link in service["legalBasis"])
    assert "ausweise-und-dokumente" in [ls["slug"] for ls in service["lifeSituations"]]
    assert service["lastReviewed"] == page.last_reviewed.isoformat()
    # Central text: no commune, nothing localised.
    assert service["commune"] is None
    assert service["authorities"] == []
    assert service["localisedFields"] == []


def test_service_by_slug_and_by_id_find_the_same_service(graphql):
    page = ServicePage.objects.get(leika_key="99115030001000")
    by_slug = graphql('query { service(slug: "wohnsitz-anmelden") { id leikaKey } }')
    by_id = graphql(f'query {{ service(id: "{page.pk}") {{ id leikaKey }} }}')
    assert (
        by_slug.data["service"]
        == by_id.data["service"]
        == {
            "id": str(page.pk),
            "leikaKey": "99115030001000",
        }
    )


def test_unknown_leika_key_gives_null(graphql):
    result = graphql(SERVICE, {"key": "99999999999999"})
    assert result.errors == []
    assert result.data["service"] is None


def test_services_of_a_life_situation_follow_the_life_situation_order(graphql):
    page = LifeSituationPage.objects.get(slug="umzug")
    expected = [link.service.leika_key for link in page.service_links.all()]

    result = graphql(
        'query { services(lifeSituation: "umzug") { totalCount items { leikaKey } } }'
    )

    assert [s["leikaKey"] for s in result.data["services"]["items"]] == expected
    assert result.data["services"]["totalCount"] == len(expected)


def test_services_list_pages_through_all_services(graphql):
    query = (
        "query($o: Int) { services(limit: 20, offset: $o) { totalCount items { id } } }"
    )
    total = ServicePage.objects.live().filter(locale__language_code="de").count()
    seen = []
    for offset in range(0, total, 20):
        page = graphql(query, {"o": offset}).data["services"]
        assert page["totalCount"] == total
        seen += [item["id"] for item in page["items"]]
    assert len(seen) == len(set(seen)) == total >= 40


def test_services_audience_filter(graphql):
    result = graphql(
        "query { services(audience: BUSINESSES, limit: 100) { items { title audience } } }"
    )
    items = result.data["services"]["items"]
    assert {item["audience"] for item in items} == {"BUSINESSES"}
    assert "Gewerbe anmelden" in [item["title"] for item in items]
