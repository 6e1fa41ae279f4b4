"""The API serves every configured edition, says which locale it served and which
editions exist, and names the fields that fell back to German."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from editions.languages import edition_codes
from tests.editions.helpers import publish_translation

pytestmark = pytest.mark.django_db

KEY = "99115030001000"
LS_TITLE = "Sich an·melden, wenn Sie um·ziehen"
QUERY = """query($locale: String) {
  service(leikaKey: "99115030001000", locale: $locale) {
    title teaser locale availableLocales fallbackFields
  }
}"""


@pytest.mark.parametrize("code", edition_codes())
def test_every_configured_edition_is_accepted_as_locale(graphql, code):
    result = graphql(QUERY, {"locale": code})
    assert result.errors == []
    assert result.data["service"]["availableLocales"] == ["de"]


def test_leichte_sprache_falls_back_to_german_per_field(graphql):
    publish_translation(KEY, "de-x-ls", {"title": LS_TITLE})

    service = graphql(QUERY, {"locale": "de-x-ls"}).data["service"]

    assert service["title"] == LS_TITLE
    assert service["locale"] == "de-x-ls"
    assert service["availableLocales"] == ["de", "de-x-ls"]
    assert service["teaser"].startswith("Wer in eine Wohnung einzieht")
    assert {"teaser", "fullText"} <= set(service["fallbackFields"])
    assert "title" not in service["fallbackFields"]


def test_a_fully_translated_field_is_not_named_as_fallback(graphql):
    publish_translation(
        KEY,
        "en",
        {"title": "Register your residence", "teaser": "Register within two weeks."},
    )

    service = graphql(QUERY, {"locale": "en"}).data["service"]

    assert service["teaser"] == "Register within two weeks."
    assert "teaser" not in service["fallbackFields"]


def test_german_has_no_fallback_fields_and_lists_its_editions(graphql):
    publish_translation(KEY, "hsb", {"title": "Bydlenje přizjewić"})

    service = graphql(QUERY, {"locale": "de"}).data["service"]

    assert service["fallbackFields"] == []
    assert service["availableLocales"] == ["de", "hsb"]


LIST = """query($locale: String) {
  services(locale: $locale, limit: 100) { items { leikaKey title locale } }
}"""


def test_a_configured_fallback_chain_is_followed_before_german(graphql, settings):
    settings.CONTENT_LANGUAGE_FALLBACKS = {"hsb": ["de-x-ls", "de"]}
    publish_translation(KEY, "de-x-ls", {"title": LS_TITLE})

    service = graphql(QUERY, {"locale": "hsb"}).data["service"]
    items = graphql(LIST, {"locale": "hsb"}).data["services"]["items"]

    assert (service["title"], service["locale"]) == (LS_TITLE, "de-x-ls")
    assert {"leikaKey": KEY, "title": LS_TITLE, "locale": "de-x-ls"} in items


def test_without_a_chain_an_edition_falls_back_to_german_only(graphql):
    publish_translation(KEY, "de-x-ls", {"title": LS_TITLE})

    service = graphql(QUERY, {"locale": "hsb"}).data["service"]

    assert service["locale"] == "de"


def test_a_list_reads_the_editions_of_all_its_items_at_once(graphql):
    publish_translation(KEY, "hsb", {"title": "Bydlenje přizjewić"})
    query = """{ services(limit: %d) { items { leikaKey availableLocales } } }"""

    graphql(query % 1)  # warm what is kept across requests, as any server has
    with CaptureQueriesContext(connection) as few:
        graphql(query % 2)
    with CaptureQueriesContext(connection) as many:
        items = graphql(query % 40).data["services"]["items"]

    assert len(many.captured_queries) == len(few.captured_queries)
    editions = {item["leikaKey"]: item["availableLocales"] for item in items}
    assert editions[KEY] == ["de", "hsb"]
    assert {tuple(codes) for key, codes in editions.items() if key != KEY} == {("de",)}


def test_fallback_fields_count_in_the_cost_of_each_item(graphql, settings):
    settings.GRAPHQL_MAX_COST = 1  # every query is refused, with its estimate

    def cost(fields: str) -> int:
        query = '{ services(locale: "hsb", limit: 50) { items { FIELDS } } }'
        result = graphql(query.replace("FIELDS", fields))
        (error,) = result.errors
        return error["extensions"]["cost"]

    assert cost("leikaKey fallbackFields") - cost("leikaKey locale") == 50 * (3 - 1)
