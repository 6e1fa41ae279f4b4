"""What every answer looks up first — the hidden subtrees of the visibility rule, the
locales, the Sites' root paths, the communes asked about and which services each
adapts — is read once and kept across requests until the response cache's sequence
moves (cms/context.py). Each test warms it with one answer, changes what it holds and
asks again with another query (not answered from the cache).
"""

import json

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, Site

from catalogue.factories import LifeSituationPageFactory
from catalogue.models import LifeSituationIndexPage, LifeSituationPage, ServicePage
from communes.factories import CommuneServicePageFactory
from communes.models import CommunePage, CommuneServicePage

pytestmark = pytest.mark.django_db

KEY = "99115001001000"
SERVICES = "{ services(limit: 100) { items { leikaKey url } } }"
SERVICES_AGAIN = "{ services(limit: 99) { items { leikaKey url } } }"
SITUATIONS = "{ lifeSituations(limit: 100) { items { slug } } }"
RADEBEUL = "146270230230"  # in Landkreis Meißen; neither adapts the Geburtsurkunde
IN_RADEBEUL = (
    f'{{ service(leikaKey: "{KEY}", commune: "{RADEBEUL}") {{ teaser {{fields}} }} }}'
)
ADAPTATIONS = 'FROM "communes_communeservicepage"'
SITUATIONS_AGAIN = "{ lifeSituations(limit: 99) { items { slug } } }"


def ask(query: str) -> tuple[dict, list[str]]:
    with CaptureQueriesContext(connection) as queries:
        response = Client().post(
            "/graphql/", json.dumps({"query": query}), content_type="application/json"
        )
    body = response.json()
    assert "errors" not in body, body
    return body["data"], [query["sql"] for query in queries.captured_queries]


def reads_bookkeeping(sql: list[str]) -> dict[str, bool]:
    return {
        "locales": any('FROM "wagtailcore_locale"' in s for s in sql),
        "hidden subtrees": any("UNION" in s and "numchild" in s for s in sql),
        "sites": any('FROM "wagtailcore_site"' in s for s in sql),
    }


def slugs(data: dict) -> list[str]:
    return [item["slug"] for item in data["lifeSituations"]["items"]]


def test_a_second_answer_reads_no_locales_hidden_subtrees_or_sites():
    _, first = ask(SERVICES)
    data, second = ask(SERVICES_AGAIN)

    assert reads_bookkeeping(first) == {
        "locales": True,
        "hidden subtrees": True,
        "sites": True,
    }
    assert reads_bookkeeping(second) == {
        "locales": False,
        "hidden subtrees": False,
        "sites": False,
    }
    assert any('FROM "catalogue_servicepage"' in s for s in second)  # not cached
    assert all(item["url"].startswith("http") for item in data["services"]["items"])


def test_a_view_restriction_hides_a_service_from_the_next_answer():
    ask(SERVICES)
    PageViewRestriction.objects.create(
        page=ServicePage.objects.get(leika_key=KEY),
        restriction_type=PageViewRestriction.PASSWORD,
        password="geheim",
    )

    data, _ = ask(SERVICES_AGAIN)

    assert KEY not in [item["leikaKey"] for item in data["services"]["items"]]


def test_unpublishing_a_life_situation_hides_its_subpages_from_the_next_answer():
    index = LifeSituationIndexPage.objects.get(locale__language_code="de")
    parent = LifeSituationPageFactory(parent=index, slug="umzug-ins-ausland")
    LifeSituationPageFactory(parent=parent, slug="abmeldung-ins-ausland")
    assert "abmeldung-ins-ausland" in slugs(ask(SITUATIONS)[0])

    LifeSituationPage.objects.get(slug="umzug-ins-ausland").unpublish()

    assert "abmeldung-ins-ausland" not in slugs(ask(SITUATIONS_AGAIN)[0])


def test_a_page_published_below_an_unpublished_one_stays_hidden():
    index = LifeSituationIndexPage.objects.get(locale__language_code="de")
    parent = LifeSituationPageFactory(parent=index, slug="pflege-zu-hause")
    parent.unpublish()  # no subpages yet: not a hidden subtree
    ask(SITUATIONS)

    child = LifeSituationPageFactory(parent=parent, slug="pflegegrad-beantragen")
    child.save_revision().publish()

    assert "pflegegrad-beantragen" not in slugs(ask(SITUATIONS_AGAIN)[0])


def test_a_changed_site_address_shows_in_the_urls_of_the_next_answer():
    before, _ = ask(SERVICES)
    site = Site.objects.get(is_default_site=True)
    site.hostname = "lebenslagen.sachsen.example"
    site.port = 443
    site.save()

    after, _ = ask(SERVICES_AGAIN)

    assert not before["services"]["items"][0]["url"].startswith(
        "https://lebenslagen.sachsen.example/"
    )
    assert after["services"]["items"][0]["url"].startswith(
        "https://lebenslagen.sachsen.example/"
    )


def test_a_second_answer_about_a_service_no_layer_adapts_reads_no_adaptations():
    _, first = ask(IN_RADEBEUL.replace("{fields}", ""))
    data, second = ask(IN_RADEBEUL.replace("{fields}", "localisedFields"))

    assert any(ADAPTATIONS in s for s in first)
    assert not any(ADAPTATIONS in s for s in second)
    assert any('FROM "catalogue_servicepage"' in s for s in second)  # not cached
    assert data["service"]["localisedFields"] == []


def test_an_adaptation_published_in_a_commune_applies_in_the_next_answer():
    before, _ = ask(IN_RADEBEUL.replace("{fields}", ""))
    radebeul = CommunePage.objects.get(ars=RADEBEUL)
    CommuneServicePageFactory(
        parent=radebeul.get_children().get(slug="leistungen"),
        service=ServicePage.objects.get(leika_key=KEY, locale__language_code="de"),
        local_teaser="Radebeul: im Bürgerbüro am Markt.",
        teaser_mode="replace",
    ).save_revision().publish()

    after, _ = ask(IN_RADEBEUL.replace("{fields}", "localisedFields"))

    assert before["service"]["teaser"] != "Radebeul: im Bürgerbüro am Markt."
    assert after["service"]["teaser"] == "Radebeul: im Bürgerbüro am Markt."
    assert after["service"]["localisedFields"] == ["teaser"]


def test_an_unpublished_adaptation_stops_applying_in_the_next_answer():
    dresden = "146120000000"
    query = f'{{ service(leikaKey: "{KEY}", commune: "{dresden}") {{ {{fields}} }} }}'
    before, _ = ask(query.replace("{fields}", "localisedFields"))
    CommuneServicePage.objects.get(
        service__leika_key=KEY, url_path__startswith="/dresden/"
    ).unpublish()

    after, _ = ask(query.replace("{fields}", "localisedFields teaser"))

    assert before["service"]["localisedFields"] != []
    assert after["service"]["localisedFields"] == []


def test_an_unpublished_commune_is_gone_from_the_next_answer():
    query = f'{{ commune(ars: "{RADEBEUL}") {{ {{fields}} }} }}'
    before, _ = ask(query.replace("{fields}", "name"))
    CommunePage.objects.get(ars=RADEBEUL).unpublish()

    after, _ = ask(query.replace("{fields}", "name ars"))

    assert before["commune"]["name"] == "Radebeul"
    assert after["commune"] is None
