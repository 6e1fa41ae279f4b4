"""„Übersetzungen“ lists what the user translates: central translators the catalogue,
a commune's own translators (its editors, once it has an edition) their commune's
pages — never another commune's."""

import pytest
from django.urls import reverse

from catalogue.models import LifeSituationPage, ServicePage
from communes.models import CommunePage
from editions.languages import translators_group_name
from editions.services import commune_edition_setup
from tests.editions.helpers import client_for, publish_translation
from tests.factories import user_in_groups

pytestmark = pytest.mark.django_db

RADEBEUL = "146270230230"
DRESDEN = "146120000000"


def commune(ars: str) -> CommunePage:
    return CommunePage.objects.get(ars=ars, locale__language_code="de")


@pytest.fixture
def editions_in_two_communes():
    return commune_edition_setup(commune(RADEBEUL), "hsb"), commune_edition_setup(
        commune(DRESDEN), "hsb"
    )


def listed(user) -> dict[str, list]:
    """Area title → the German pages listed there."""
    response = client_for(user).get(reverse("editions_translations"))
    assert response.status_code == 200
    return {
        item["area"].title: [row["page"] for row in item["rows"]]
        for item in response.context["areas"]
    }


def test_a_commune_translator_sees_only_their_communes_pages(editions_in_two_communes):
    radebeul = commune(RADEBEUL)
    translator = user_in_groups("radebeul-uebersetzung", "Radebeul Editors")

    areas = listed(translator)

    assert list(areas) == ["Radebeul"]
    pages = areas["Radebeul"]
    assert pages and all(page.path.startswith(radebeul.path) for page in pages)
    kinds = {type(page).__name__ for page in pages}
    assert {"CommuneServicePage", "ContentPage"} <= kinds  # adaptations and pages
    assert not any(type(page).__name__.endswith("IndexPage") for page in pages)
    assert not any(page.path.startswith(commune(DRESDEN).path) for page in pages)


def test_the_list_offers_translating_into_the_communes_edition(
    editions_in_two_communes,
):
    translator = user_in_groups("radebeul-uebersetzung", "Radebeul Editors")
    adaptation = next(
        page
        for page in listed(translator)["Radebeul"]
        if type(page).__name__ == "CommuneServicePage"
    )

    html = client_for(translator).get(reverse("editions_translations")).content.decode()

    translate = (
        reverse("wagtail_localize:submit_page_translation", args=[adaptation.pk])
        + "?select_locale=hsb"
    )
    assert translate in html
    dresden = commune(DRESDEN)
    assert f'data-area="{dresden.pk}"' not in html


def test_a_central_translator_sees_central_pages_only(editions_in_two_communes):
    translator = user_in_groups("zentral-hsb", translators_group_name("hsb"))

    areas = listed(translator)

    assert list(areas) == ["Zentraler Katalog"]
    assert {type(page) for page in areas["Zentraler Katalog"]} == {
        ServicePage,
        LifeSituationPage,
    }
    assert not any(
        page.path.startswith(commune(RADEBEUL).path)
        for page in areas["Zentraler Katalog"]
    )


def test_editors_of_a_commune_without_an_edition_have_no_translations_list(
    editions_in_two_communes,
):
    editor = user_in_groups("meissen", "Landkreis Meißen Editors")

    response = client_for(editor).get(reverse("editions_translations"))

    # Wagtail answers a refused request with a redirect to the dashboard.
    assert (response.status_code, response.url) == (302, "/admin/")


def test_outdated_central_translations_are_not_shown_to_commune_translators(
    editions_in_two_communes,
):
    publish_translation("99115030001000", "hsb", {"title": "Bydlenje přizjewić"})
    german = ServicePage.objects.get(
        leika_key="99115030001000", locale__language_code="de"
    )
    german.teaser = "Ein neuer Kurztext."
    german.save_revision().publish()
    central = user_in_groups("zentral-hsb", translators_group_name("hsb"))
    local = user_in_groups("radebeul-uebersetzung", "Radebeul Editors")

    def pages(user) -> tuple[str, str]:
        client = client_for(user)
        return (
            client.get(reverse("editions_translations")).content.decode(),
            client.get(reverse("wagtailadmin_home")).content.decode(),
        )

    central_list, central_dashboard = pages(central)
    local_list, local_dashboard = pages(local)

    assert "Veraltete Übersetzungen" in central_list
    assert "Veraltete Übersetzungen (1)" in central_dashboard
    assert "Veraltete Übersetzungen" not in local_list
    assert "Veraltete Übersetzungen" not in local_dashboard
