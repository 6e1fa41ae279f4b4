"""Locales: missing translations fall back to German and say so; translations are served."""

import pytest
from wagtail.models import Locale

from catalogue.models import ServicePage

pytestmark = pytest.mark.django_db

QUERY = """query($locale: String) {
  service(leikaKey: "99115030001000", locale: $locale) { title locale }
}"""


def translate_to_english(page: ServicePage) -> ServicePage:
    english = Locale.objects.get(language_code="en")
    parent = page.get_parent()
    if parent.get_translation_or_none(english) is None:  # set up by the editions
        parent.copy_for_translation(
            english, copy_parents=True
        ).save_revision().publish()
    translation = page.copy_for_translation(english)
    translation.title = "Register your residence"
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


def test_english_without_translation_falls_back_to_german(graphql):
    service = graphql(QUERY, {"locale": "en"}).data["service"]
    assert service == {"title": "Wohnsitz anmelden", "locale": "de"}


def test_english_with_translation_is_served_in_english(graphql):
    translate_to_english(ServicePage.objects.get(leika_key="99115030001000"))

    service = graphql(QUERY, {"locale": "en"}).data["service"]
    assert service == {"title": "Register your residence", "locale": "en"}
    german = graphql(QUERY, {"locale": "de"}).data["service"]
    assert german == {"title": "Wohnsitz anmelden", "locale": "de"}


def test_lists_swap_in_translations_and_keep_german_elsewhere(graphql):
    translate_to_english(ServicePage.objects.get(leika_key="99115030001000"))

    items = graphql(
        '{ services(locale: "en", limit: 100) { totalCount items { leikaKey title locale } } }'
    ).data["services"]["items"]

    by_key = {item["leikaKey"]: item for item in items}
    assert by_key["99115030001000"] == {
        "leikaKey": "99115030001000",
        "title": "Register your residence",
        "locale": "en",
    }
    assert by_key["99089001001000"]["locale"] == "de"


def test_an_unpublished_translation_is_not_served(graphql):
    translation = translate_to_english(
        ServicePage.objects.get(leika_key="99115030001000")
    )
    translation.unpublish()

    assert graphql(QUERY, {"locale": "en"}).data["service"]["locale"] == "de"
