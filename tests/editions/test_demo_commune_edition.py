"""The demo (`make run`) has a commune in the Sorbian settlement area with an Upper
Sorbian edition: its hsb adaptation is served over the German central text, and its
translator demo user translates its pages only."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from tests.editions.helpers import client_for

pytestmark = pytest.mark.django_db

CROSTWITZ = "146250060060"
QUERY = """query($locale: String) {
  service(leikaKey: "99115030001000", commune: "146250060060", locale: $locale) {
    title teaser locale fallbackFields localisedFields localisedBy { name }
  }
}"""


@pytest.fixture
def demo(db, django_capture_on_commit_callbacks):
    # wagtail-localize publishes a translation once the seeding transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", "--demo-users", verbosity=0)


def test_crostwitz_serves_its_upper_sorbian_teaser_over_the_german_central_text(
    graphql, demo
):
    hsb = graphql(QUERY, {"locale": "hsb"}).data["service"]
    german = graphql(QUERY, {"locale": "de"}).data["service"]

    assert hsb["title"] == german["title"] == "Wohnsitz anmelden"
    assert hsb["teaser"].endswith("W Chrósćicach wam tež serbsce radźimy.")
    assert german["teaser"].endswith("In Crostwitz beraten wir Sie auch auf Sorbisch.")
    assert hsb["locale"] == "hsb"
    # The central service has no hsb edition: its text is German, and the teaser
    # is the German central teaser with Crostwitz's Sorbian sentence added.
    assert {"title", "teaser", "fullText"} <= set(hsb["fallbackFields"])
    assert [commune["name"] for commune in hsb["localisedBy"]] == ["Crostwitz"]


def test_the_crostwitz_translator_lists_only_crostwitz(demo):
    translator = get_user_model().objects.get(username="crostwitz-uebersetzung")

    response = client_for(translator).get(reverse("editions_translations"))

    areas = [item["area"].title for item in response.context["areas"]]
    assert areas == ["Crostwitz"]
