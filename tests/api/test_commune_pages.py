"""A commune's own pages stay reachable through grapple's `page` with typed blocks."""

import pytest

from communes.models import CommunePage, ContentPage

pytestmark = pytest.mark.django_db

PAGE = """query($path: String!, $site: String) {
  page(urlPath: $path, site: $site) {
    title
    ... on ContentPage {
      intro
      body { blockType ... on ParagraphBlock { value } ... on HeadingBlock { value } }
    }
  }
}"""


def test_a_commune_page_by_url_path_within_its_site(graphql):
    dresden = CommunePage.objects.get(ars="146120000000")
    page = ContentPage.objects.child_of(dresden).live().first()

    result = graphql(PAGE, {"path": f"/{page.slug}/", "site": "dresden.localhost"})

    data = result.data["page"]
    assert result.errors == []
    assert data["title"] == page.title
    assert data["intro"] == page.intro
    assert data["body"][0]["blockType"] == "ParagraphBlock"
    assert data["body"][0]["value"].startswith("<p")


def test_a_path_is_looked_up_within_the_requested_site_only(graphql):
    from communes.factories import ContentPageFactory

    dresden = CommunePage.objects.get(ars="146120000000")
    ContentPageFactory(parent=dresden, slug="striezelmarkt", title="Striezelmarkt")

    in_dresden = graphql(PAGE, {"path": "/striezelmarkt/", "site": "dresden.localhost"})
    in_radebeul = graphql(
        PAGE, {"path": "/striezelmarkt/", "site": "radebeul.localhost"}
    )

    assert in_dresden.data["page"]["title"] == "Striezelmarkt"
    assert in_radebeul.data["page"] is None


def test_an_unpublished_commune_page_is_not_served(graphql):
    dresden = CommunePage.objects.get(ars="146120000000")
    page = ContentPage.objects.child_of(dresden).live().first()
    page.unpublish()

    result = graphql(PAGE, {"path": f"/{page.slug}/", "site": "dresden.localhost"})
    assert result.data["page"] is None


def test_an_offices_opening_hours_read_as_one_line_per_row(graphql):
    response = graphql(
        '{ commune(ars: "146270230230") { authorities { name openingHours } } }'
    )

    offices = {
        o["name"]: o["openingHours"] for o in response.data["commune"]["authorities"]
    }
    lines = offices["Bürgerbüro Radebeul"].split("\n")
    assert lines[0] == "Montag 09:00–12:00"
    assert lines[-1] == "Samstag 09:00–12:00 (jeden ersten Samstag im Monat)"


def test_opening_hours_of_an_office_not_saved_yet_read_the_same():
    from catalogue.models import AuthorityPage

    office = AuthorityPage(
        title="Bürgerbüro",
        opening_hours=[
            ("hours", {"weekday": "tue", "opens": "13:00", "closes": "18:00"})
        ],
    )
    assert office.opening_hours_text == "Dienstag 13:00–18:00"
