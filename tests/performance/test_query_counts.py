"""SQL per request depends on the query's shape, not on how many items it returns."""

import pytest
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from catalogue.factories import LifeSituationPageFactory, ServicePageFactory
from catalogue.models import (
    AuthorityPage,
    LifeSituationIndexPage,
    LifeSituationPage,
    LifeSituationService,
    ServicePage,
)
from communes.factories import CommuneServicePageFactory
from communes.models import CommunePage, CommuneServiceAuthority

from .conftest import post_counting_queries

pytestmark = pytest.mark.django_db

JOURNEYS = {
    "service list": """{ services(limit: $N) { totalCount items {
        id leikaKey title url locale audience teaser fullText requiredDocuments
        fees { amount } legalBasis { url } forms { url } onlineServices { url }
        keywords lifeSituations { slug title } lastReviewed } } }""",
    "service list resolved for a commune": """{ services(limit: $N, commune: "146270230230")
        { items { title teaser fullText processingTime fees { amount } forms { url }
          authorities { name openingHours commune { name } } localisedFields
          localisedBy { name } commune { name } } } }""",
    "life-situation overview": """{ lifeSituations(limit: $N) { items {
        title url locale teaser keywords image { title } parent { title } children { title }
        services { title leikaKey } } } }""",
    "commune life-situation overview": """{ lifeSituations(limit: $N) { items {
        title services(commune: "146270230230") { title teaser authorities { name }
        localisedFields } } } }""",
    "communes": """{ communes(limit: $N) { items { ars name url kind postcodes
        coatOfArms { title } district { name } authorities { name } } } }""",
}


def count_queries(query: str) -> tuple[int, dict]:
    body, queries = post_counting_queries(query)
    assert "errors" not in body, body["errors"]
    return queries, body


@pytest.fixture
def many_items(services_index):
    """Enough published services, life situations and communes for 100 items each."""
    index = LifeSituationIndexPage.objects.get(locale__language_code="de")
    picture = Image.objects.create(
        title="Kachel", file=get_test_image_file(filename="kachel.png")
    )
    services = [ServicePageFactory(parent=services_index) for _ in range(60)]
    radebeul_services = (
        CommunePage.objects.get(ars="146270230230")
        .get_children()
        .get(slug="leistungen")
    )
    for service in services[:30]:
        CommuneServicePageFactory(
            parent=radebeul_services, service=service, local_teaser="Lokal."
        )
    for number in range(40):
        situation = LifeSituationPageFactory(parent=index)
        for order, service in enumerate(services[number : number + 3]):
            LifeSituationService.objects.create(
                life_situation=situation, service=service, sort_order=order
            )
    # Every life situation gets a picture, so 10 and 100 items do the same work.
    LifeSituationPage.objects.update(image=picture)
    from wagtail.models import Page

    for number in range(100):
        Page.get_first_root_node().add_child(
            instance=CommunePage(
                title=f"Gemeinde {number}",
                slug=f"gemeinde-{number}",
                ars=f"1462702{number:05d}",
                kind="municipality",
                postcodes=f"09{number:03d}",  # one postcode per commune
                coat_of_arms=picture,
            )
        )


def test_query_count_is_the_same_for_10_and_100_items(many_items):
    # One test for all journeys: building 300 pages once keeps the suite fast.
    # Warm what is kept across requests (hidden subtrees, locales, Sites' root paths)
    # as any running server has: counted is the steady state of each shape.
    for query in JOURNEYS.values():
        count_queries(query.replace("$N", "1"))
    counts = {}
    for journey, query in JOURNEYS.items():
        few, _ = count_queries(query.replace("$N", "10"))
        many, body = count_queries(query.replace("$N", "100"))
        assert len(next(iter(body["data"].values()))["items"]) == 100, journey
        counts[journey] = (few, many)

    unbounded = {name: c for name, c in counts.items() if c[0] != c[1]}
    assert unbounded == {}
    # And the absolute numbers stay small (shape-bound, asserted as a budget).
    assert max(many for _few, many in counts.values()) <= 15, counts


# Issue 17, goal 1: the portal's most frequent uncached answers, with every module.
SERVICE_FOR_A_COMMUNE = """{ service(leikaKey: "99115001001000", commune: "146270230230") {
    id leikaKey slug title url locale audience teaser fullText prerequisites
    requiredDocuments fees { description amount } deadlines processingTime procedure
    legalBasis { title url } forms { title url } onlineServices { title url }
    furtherInformation notes keywords lifeSituations { slug title } lastReviewed
    commune { name } authorities { name address phone email website openingHours }
    localisedFields localisedBy { name kind } } }"""
LOCAL_MEMORY_CACHE = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
}
COMMUNE_LIFE_SITUATION = """{ lifeSituation(slug: "geburt-eines-kindes",
    commune: "146270230230") { title services { title teaser authorities { name } } } }"""


@pytest.mark.parametrize(
    "query, expected",
    [
        # statement timeout set and reset, locales, roots of hidden subtrees, the
        # commune with its district, the service, its adaptations, their offices,
        # its life situations
        (SERVICE_FOR_A_COMMUNE, 9),
        # … the life situation, its services, their adaptations and offices
        (COMMUNE_LIFE_SITUATION, 9),
    ],
    ids=["service for a commune", "commune life situation"],
)
def test_uncached_answers_for_a_commune_take_a_fixed_number_of_queries(
    query, expected, settings
):
    settings.GRAPHQL_RESPONSE_CACHE_SECONDS = 0
    # The tests' local-memory cache, whatever REDIS_URL the shell has: with Redis, values
    # kept across requests would make the count lower (see test_kept_across_requests).
    settings.CACHES = LOCAL_MEMORY_CACHE
    # Radebeul adapts the service with an office of its own: every layer has work.
    radebeul = CommunePage.objects.get(ars="146270230230")
    adaptation = CommuneServicePageFactory(
        parent=radebeul.get_children().get(slug="leistungen"),
        service=ServicePage.objects.get(
            leika_key="99115001001000", locale__language_code="de"
        ),
        local_teaser="Lokal.",
    )
    CommuneServiceAuthority.objects.create(
        adaptation=adaptation,
        authority=AuthorityPage.objects.live().first(),
        sort_order=0,
    )
    count_queries(query)  # process-wide lookups (site root paths) as any server has
    queries, body = count_queries(query)
    answer = next(iter(body["data"].values()))
    services = answer.get("services", [answer])
    assert any(service["authorities"] for service in services), answer
    assert queries == expected, queries
