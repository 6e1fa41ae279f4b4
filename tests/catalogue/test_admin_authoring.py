"""Central editors author services in the real Wagtail admin (Django test client)."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from catalogue.models import LifeSituationPage, ServicePage
from catalogue.services import CATALOGUE_EDITORS
from tests.factories import user_in_groups

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    client.force_login(user_in_groups("redakteurin", CATALOGUE_EDITORS))
    return client


def service_form(**overrides) -> dict:
    data = {
        "title": "Anwohnerparkausweis verlängern",
        "slug": "anwohnerparkausweis-verlaengern",
        "leika_key": "99088005002001",
        "audience": "citizens",
        "teaser": "Verlängern Sie Ihren Bewohnerparkausweis rechtzeitig.",
        "full_text": rich_text("Der Ausweis gilt höchstens zwei Jahre."),
        "keywords": "Parkausweis, Anwohnerparken",
        "prerequisites": rich_text(""),
        "required_documents": streamfield([]),
        "fees": streamfield([]),
        "deadlines": rich_text(""),
        "processing_time": rich_text(""),
        "procedure": rich_text(""),
        "legal_basis": streamfield([]),
        "forms": streamfield([]),
        "online_services": streamfield([]),
        "further_information": rich_text(""),
        "notes": rich_text(""),
        "comments": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


def assert_refused(response) -> None:
    """Wagtail answers a forbidden admin action with 403 or a redirect to the dashboard."""
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response.url == reverse("wagtailadmin_home")


def add_url(parent) -> str:
    return reverse(
        "wagtailadmin_pages:add", args=("catalogue", "servicepage", parent.pk)
    )


def test_an_editor_can_create_a_service_under_the_services_index(
    editor_client, services_index
):
    response = editor_client.post(add_url(services_index), service_form())

    assert response.status_code == 302, response.content[:2000]
    page = ServicePage.objects.get(leika_key="99088005002001")
    assert page.get_parent().pk == services_index.pk
    assert page.title == "Anwohnerparkausweis verlängern"
    # An editor saves a draft; publishing goes through review.
    assert not page.live


def test_a_service_cannot_be_created_under_a_life_situation(editor_client):
    situation = LifeSituationPage.objects.get(slug="umzug")

    get = editor_client.get(add_url(situation))
    post = editor_client.post(add_url(situation), service_form())

    assert_refused(get)
    assert_refused(post)
    assert not ServicePage.objects.filter(leika_key="99088005002001").exists()


def test_the_add_menu_of_a_life_situation_does_not_offer_services(editor_client):
    situation = LifeSituationPage.objects.get(slug="umzug")
    response = editor_client.get(
        reverse("wagtailadmin_pages:add_subpage", args=(situation.pk,)), follow=True
    )
    # Only life situations may go below a life situation, so Wagtail skips the type
    # menu and opens the life situation form directly.
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == reverse(
        "wagtailadmin_pages:add", args=("catalogue", "lifesituationpage", situation.pk)
    )


def test_a_13_digit_leika_key_is_refused_with_a_message_naming_the_field(
    editor_client, services_index
):
    response = editor_client.post(
        add_url(services_index), service_form(leika_key="9908800500200")
    )

    assert response.status_code == 200
    form = response.context["form"]
    assert "leika_key" in form.errors
    assert "LeiKa-Schlüssel" in form.errors["leika_key"][0]
    assert "14 Ziffern" in form.errors["leika_key"][0]
    assert "LeiKa-Schlüssel besteht aus genau 14 Ziffern" in response.content.decode()
    assert not ServicePage.objects.filter(
        title="Anwohnerparkausweis verlängern"
    ).exists()


def test_a_duplicate_leika_key_is_refused_naming_the_existing_service(
    editor_client, services_index
):
    response = editor_client.post(
        add_url(services_index), service_form(leika_key="99089001001000")
    )

    assert response.status_code == 200
    message = response.context["form"].errors["leika_key"][0]
    assert "Personalausweis beantragen" in message


def test_a_service_without_full_text_cannot_be_submitted_for_review(
    editor_client, services_index
):
    # Drafts may be incomplete (Wagtail defers required fields); publishing or
    # submitting for review may not.
    response = editor_client.post(
        add_url(services_index),
        service_form(full_text=rich_text(" "), **{"action-submit": "action-submit"}),
    )
    assert response.status_code == 200
    assert "full_text" in response.context["form"].errors
    assert not ServicePage.objects.filter(leika_key="99088005002001").exists()


def test_an_editor_cannot_create_anything_outside_the_catalogue(editor_client):
    from communes.models import CommunePage

    commune = CommunePage.objects.get(ars="146120000000")
    url = reverse(
        "wagtailadmin_pages:add", args=("communes", "contentpage", commune.pk)
    )
    assert_refused(editor_client.get(url))
    assert_refused(editor_client.post(url, {"title": "Fremd", "slug": "fremd"}))
    assert not commune.get_children().filter(slug="fremd").exists()
