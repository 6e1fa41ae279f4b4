"""catalogueSearch over HTTP: German word forms, keyword weighting, commune pages."""

import pytest

from catalogue.factories import ServicePageFactory
from communes.factories import ContentPageFactory
from communes.models import CommunePage

pytestmark = pytest.mark.django_db

SEARCH = """query($q: String!, $commune: String, $limit: Int) {
  catalogueSearch(query: $q, commune: $commune, limit: $limit) {
    kind title url teaser service { leikaKey } lifeSituation { slug }
  }
}"""


def hits(graphql, query, **variables):
    result = graphql(SEARCH, {"q": query, **variables})
    assert result.errors == [], result
    return result.data["catalogueSearch"]


def test_an_inflected_word_finds_the_right_service_first(graphql):
    # "Geburtsurkunden" (plural) must find "Geburtsurkunde beantragen".
    found = hits(graphql, "Geburtsurkunden")
    assert found[0]["kind"] == "service"
    assert found[0]["service"]["leikaKey"] == "99115001001000"


def test_another_word_form_finds_the_service(graphql):
    found = hits(graphql, "Reisepässe")
    assert "99089002001000" in [h["service"]["leikaKey"] for h in found if h["service"]]


def test_a_keyword_only_match_ranks_above_a_body_only_match(graphql, services_index):
    ServicePageFactory(
        parent=services_index,
        title="Leistung Alpha",
        leika_key="96000000000001",
        teaser="Ein Anreißer ohne das Suchwort.",
        full_text="<p>Hier steht Zauberwortprüfung nur im Volltext.</p>",
    )
    ServicePageFactory(
        parent=services_index,
        title="Leistung Beta",
        leika_key="96000000000002",
        teaser="Ein anderer Anreißer.",
        full_text="<p>Nichts Besonderes.</p>",
        keywords="Zauberwortprüfung",
    )

    found = [h["service"]["leikaKey"] for h in hits(graphql, "Zauberwortprüfung")]

    assert found == ["96000000000002", "96000000000001"]


def test_life_situations_are_found_too(graphql):
    found = hits(graphql, "Umzug")
    assert "umzug" in [h["lifeSituation"]["slug"] for h in found if h["lifeSituation"]]


def test_commune_pages_appear_only_with_commune(graphql):
    dresden = CommunePage.objects.get(ars="146120000000")
    ContentPageFactory(
        parent=dresden,
        title="Elbwiesenfest Sonderseite",
        intro="Elbwiesenfest im Sommer",
    )

    without = hits(graphql, "Elbwiesenfest")
    with_dresden = hits(graphql, "Elbwiesenfest", commune="146120000000")
    with_radebeul = hits(graphql, "Elbwiesenfest", commune="146270230230")

    assert "page" not in [h["kind"] for h in without]
    assert [h["title"] for h in with_dresden if h["kind"] == "page"] == [
        "Elbwiesenfest Sonderseite"
    ]
    assert "page" not in [h["kind"] for h in with_radebeul]


def test_services_found_with_commune_are_resolved_for_it(graphql):
    result = graphql(
        """{ catalogueSearch(query: "Wohnsitz anmelden", commune: "146270230230") {
            service { leikaKey commune { ars } } } }"""
    )
    services = [h["service"] for h in result.data["catalogueSearch"] if h["service"]]
    assert services and {s["commune"]["ars"] for s in services} == {"146270230230"}


def test_an_empty_query_is_bad_user_input(graphql):
    result = graphql('{ catalogueSearch(query: "  ") { title } }')
    assert result.error_codes == ["BAD_USER_INPUT"]
