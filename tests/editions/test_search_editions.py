"""Search works per edition: its own words with its language's rules, and German
texts for what is not translated yet."""

import pytest

from tests.editions.helpers import publish_translation

pytestmark = pytest.mark.django_db

KEY = "99115030001000"  # Wohnsitz anmelden
SEARCH = """query($q: String!, $locale: String) {
  catalogueSearch(query: $q, locale: $locale) { title service { leikaKey locale } }
}"""


def hits(graphql, query: str, locale: str) -> list[dict]:
    result = graphql(SEARCH, {"q": query, "locale": locale})
    assert result.errors == []
    return result.data["catalogueSearch"]


def test_english_finds_english_word_forms(graphql):
    publish_translation(
        KEY,
        "en",
        {
            "title": "Register your residence",
            "teaser": "Anyone moving into a flat must register within two weeks.",
        },
    )

    found = hits(graphql, "registering residences", "en")

    assert found[0]["title"] == "Register your residence"
    assert found[0]["service"] == {"leikaKey": KEY, "locale": "en"}


def test_upper_sorbian_finds_its_own_title(graphql):
    publish_translation(KEY, "hsb", {"title": "Bydlenje přizjewić"})

    found = hits(graphql, "Bydlenje", "hsb")

    assert [hit["title"] for hit in found] == ["Bydlenje přizjewić"]


def test_leichte_sprache_finds_german_word_forms(graphql):
    publish_translation(
        KEY, "de-x-ls", {"title": "Wohnung an·melden", "keywords": "Umzug, Wohnungen"}
    )

    found = hits(graphql, "Wohnung", "de-x-ls")

    assert {"leikaKey": KEY, "locale": "de-x-ls"} in [hit["service"] for hit in found]


def test_untranslated_services_are_found_in_german(graphql):
    found = hits(graphql, "Geburtsurkunden", "hsb")

    assert found and all(
        hit["service"]["locale"] == "de" for hit in found if hit["service"]
    )


def test_german_search_is_unchanged_by_translations(graphql):
    publish_translation(KEY, "hsb", {"title": "Bydlenje přizjewić"})

    found = hits(graphql, "Wohnsitz anmelden", "de")

    assert found[0]["title"] == "Wohnsitz anmelden"
    assert found[0]["service"]["locale"] == "de"
