"""A commune's adaptations have editions too: the commune's own editors translate them,
its moderators approve them, and the API layers the commune's Upper Sorbian text over
the central Upper Sorbian text."""

import pytest
from django.urls import reverse

from communes.models import CommunePage, CommuneServicePage
from editions.services import commune_edition_setup
from tests.editions.helpers import (
    client_for,
    publish_translation,
    review,
    start_translation,
    submit_for_review,
    translate_segment,
)
from tests.factories import user_in_groups
from tests.performance.conftest import post_counting_queries

pytestmark = pytest.mark.django_db

KEY = "99115030001000"
RADEBEUL = "146270230230"
HSB_TITLE = "Bydlenje přizjewić"
HSB_FORM = "Wobkrućenje wobydlerja"
QUERY = """query($locale: String) {
  service(leikaKey: "99115030001000", commune: "146270230230", locale: $locale) {
    title locale forms { title } procedure localisedFields localisedBy { name }
    fallbackFields
  }
}"""


@pytest.fixture
def radebeul_hsb():
    radebeul = CommunePage.objects.get(ars=RADEBEUL, locale__language_code="de")
    return commune_edition_setup(radebeul, "hsb")


@pytest.fixture
def adaptation() -> CommuneServicePage:
    radebeul = CommunePage.objects.get(ars=RADEBEUL, locale__language_code="de")
    return CommuneServicePage.objects.get(
        service__leika_key=KEY, path__startswith=radebeul.path
    )


def translate_adaptation(adaptation, segments: dict[str, str]) -> CommuneServicePage:
    editor = user_in_groups("radebeul-hsb", "Radebeul Editors")
    client = client_for(editor)
    page = start_translation(client, adaptation, "hsb")
    for path, value in segments.items():
        assert translate_segment(client, page, path, value).status_code == 201
    assert submit_for_review(client, page).status_code == 302
    moderator = user_in_groups("radebeul-hsb-moderation", "Radebeul Moderators")
    assert review(client_for(moderator), page).status_code == 302
    page.refresh_from_db()
    assert page.live
    return page


def test_commune_hsb_adaptation_layers_over_central_hsb_text(
    graphql, radebeul_hsb, adaptation
):
    publish_translation(KEY, "hsb", {"title": HSB_TITLE})
    form_path = next(
        f"local_forms.{block.id}.title" for block in adaptation.local_forms
    )
    translate_adaptation(adaptation, {form_path: HSB_FORM})

    service = graphql(QUERY, {"locale": "hsb"}).data["service"]

    assert service["title"] == HSB_TITLE  # the central hsb text
    assert service["locale"] == "hsb"
    assert HSB_FORM in [form["title"] for form in service["forms"]]  # Radebeul's hsb
    # Radebeul's procedure was not translated: its German text, still Radebeul's.
    assert "Bürgerbüro Radebeul" in service["procedure"]
    assert {"forms", "procedure"} <= set(service["localisedFields"])
    assert [commune["name"] for commune in service["localisedBy"]] == ["Radebeul"]
    assert "procedure" in service["fallbackFields"]  # and says so
    assert "title" not in service["fallbackFields"]


def test_without_commune_translation_the_german_adaptation_applies(
    graphql, radebeul_hsb, adaptation
):
    publish_translation(KEY, "hsb", {"title": HSB_TITLE})

    service = graphql(QUERY, {"locale": "hsb"}).data["service"]

    assert service["title"] == HSB_TITLE
    assert "Wohnungsgeberbestätigung nach § 19 BMG" in [
        form["title"] for form in service["forms"]
    ]
    # Radebeul's local values are German: named as fallbacks.
    assert {"forms", "procedure", "furtherInformation"} <= set(
        service["fallbackFields"]
    )


def test_commune_edition_root_is_not_a_second_commune(graphql, radebeul_hsb):
    result = graphql('{ communes(search: "Radebeul") { totalCount items { ars } } }')

    assert result.data["communes"] == {
        "totalCount": 1,
        "items": [{"ars": RADEBEUL}],
    }


def test_commune_editors_translate_only_their_commune(radebeul_hsb):
    dresden = CommunePage.objects.get(ars="146120000000", locale__language_code="de")
    foreign = CommuneServicePage.objects.filter(path__startswith=dresden.path).first()
    radebeul_editor = user_in_groups("radebeul-hsb", "Radebeul Editors")

    form = client_for(radebeul_editor).get(
        reverse("wagtail_localize:submit_page_translation", args=[foreign.pk])
    )

    assert list(form.context["form"].fields["locales"].queryset) == []


def test_editors_of_a_commune_without_edition_cannot_translate(
    radebeul_hsb, adaptation
):
    dresden_editor = user_in_groups("dresden-hsb", "Landeshauptstadt Dresden Editors")

    response = client_for(dresden_editor).get(
        reverse("wagtail_localize:submit_page_translation", args=[adaptation.pk])
    )

    assert (response.status_code, response.url) == (302, "/admin/")


def test_fallback_fields_name_the_local_values_a_commune_left_in_german(
    graphql, radebeul_hsb, adaptation
):
    publish_translation(KEY, "hsb", {}, everything=True)
    central_only = graphql(
        '{ service(leikaKey: "99115030001000", locale: "hsb") { fallbackFields } }'
    ).data["service"]
    form_path = next(
        f"local_forms.{block.id}.title" for block in adaptation.local_forms
    )
    translate_adaptation(adaptation, {form_path: HSB_FORM})

    service = graphql(QUERY, {"locale": "hsb"}).data["service"]

    assert central_only["fallbackFields"] == []  # every segment translated
    # Radebeul translated its form's title, not its procedure nor its online service.
    assert {"procedure", "onlineServices"} <= set(service["fallbackFields"])
    assert "forms" not in service["fallbackFields"]


HSB_PROCEDURE = "Přizjewjenje w Radebeulu"


def test_commune_hsb_adaptation_applies_without_central_hsb_text(
    graphql, radebeul_hsb, adaptation
):
    # Radebeul's procedure replaces the central one; the central service has no hsb
    # edition at all.
    adaptation.procedure_mode = "replace"
    adaptation.save_revision().publish()
    translate_adaptation(adaptation, {"local_procedure": HSB_PROCEDURE})

    service = graphql(QUERY, {"locale": "hsb"}).data["service"]
    german = graphql(QUERY, {"locale": "de"}).data["service"]

    assert service["title"] == german["title"]  # the central German text
    assert service["procedure"] == f"<p>{HSB_PROCEDURE}</p>"  # Radebeul's hsb
    assert service["locale"] == "hsb"  # partly served in hsb …
    fallback = set(service["fallbackFields"])
    # … and exactly these fields in German: the central ones, Radebeul's untranslated
    # supplements (forms, online services, further information) and their central parts.
    assert {"title", "teaser", "forms", "onlineServices", "furtherInformation"} <= (
        fallback
    )
    assert "procedure" not in fallback
    assert "procedure" in service["localisedFields"]
    assert [commune["name"] for commune in service["localisedBy"]] == ["Radebeul"]
    assert german["fallbackFields"] == [] and german["locale"] == "de"


def test_untranslated_service_without_commune_translation_is_german_as_a_whole(
    graphql, radebeul_hsb
):
    service = graphql(QUERY, {"locale": "hsb"}).data["service"]

    assert service["locale"] == "de"
    assert service["fallbackFields"] == []


def test_a_commune_layer_replacing_an_untranslated_central_field_is_not_a_fallback(
    graphql, radebeul_hsb, adaptation
):
    publish_translation(KEY, "hsb", {"title": HSB_TITLE})  # procedure stays German
    adaptation.procedure_mode = "replace"
    adaptation.save_revision().publish()
    translate_adaptation(adaptation, {"local_procedure": HSB_PROCEDURE})

    service = graphql(QUERY, {"locale": "hsb"}).data["service"]

    assert service["procedure"] == f"<p>{HSB_PROCEDURE}</p>"
    assert "procedure" not in service["fallbackFields"]
    assert "teaser" in service["fallbackFields"]  # the central translation's


def test_fallback_fields_of_a_list_cost_the_same_queries_for_more_translations(
    radebeul_hsb, adaptation
):
    """The segments of all items (and their adaptations) are read together: more
    translated items in the list do not mean more queries."""
    # A new limit each time: a query text asked before is answered from the cache.
    query = """{ services(locale: "hsb", commune: "146270230230", limit: %d) {
        items { leikaKey locale fallbackFields } } }"""
    publish_translation(KEY, "hsb", {"title": HSB_TITLE})
    translate_adaptation(adaptation, {"local_procedure": HSB_PROCEDURE})
    post_counting_queries(query % 97)  # warm the process caches, as any server has
    body, few = post_counting_queries(query % 98)
    other = "99089001001000"
    publish_translation(other, "hsb", {"title": "Wosobny wupokaz"})
    publish_translation("99115010001000", "hsb", {"title": "Mandźelstwo přizjewić"})
    vehicle = "99088003002000"  # no central translation, Radebeul's layer in hsb
    for key in (other, vehicle):
        translate_adaptation(
            CommuneServicePage.objects.get(
                service__leika_key=key, path__startswith=adaptation.get_parent().path
            ),
            {},
        )
    # Publishing renews what is kept across requests: warm it again.
    post_counting_queries(query % 96)

    body, many = post_counting_queries(query % 99)

    items = {item["leikaKey"]: item for item in body["data"]["services"]["items"]}
    assert many == few
    assert {items[key]["locale"] for key in (KEY, other, vehicle)} == {"hsb"}
    assert "title" in items[vehicle]["fallbackFields"]
    assert "title" not in items[other]["fallbackFields"]
    assert "teaser" in items[other]["fallbackFields"]


def test_a_life_situations_services_take_the_communes_edition_too(
    graphql, radebeul_hsb, adaptation
):
    adaptation.procedure_mode = "replace"
    adaptation.save_revision().publish()
    translate_adaptation(adaptation, {"local_procedure": HSB_PROCEDURE})
    query = """query($locale: String) {
      lifeSituation(slug: "umzug", locale: $locale, commune: "146270230230") {
        services { leikaKey procedure locale }
      }
      german: lifeSituation(slug: "umzug", commune: "146270230230") {
        services { leikaKey procedure locale }
      }
    }"""

    data = graphql(query, {"locale": "hsb"}).data

    hsb = {s["leikaKey"]: s for s in data["lifeSituation"]["services"]}[KEY]
    german = {s["leikaKey"]: s for s in data["german"]["services"]}[KEY]
    assert (hsb["procedure"], hsb["locale"]) == (f"<p>{HSB_PROCEDURE}</p>", "hsb")
    # The same request asks for German too: each list in its own edition.
    assert german["locale"] == "de" and HSB_PROCEDURE not in german["procedure"]
