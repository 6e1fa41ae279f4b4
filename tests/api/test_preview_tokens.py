"""Headless preview tokens: the frontend sees exactly the previewed draft, nothing else."""

import pytest

from catalogue.models import LifeSituationPage, ServicePage

pytestmark = pytest.mark.django_db

QUERY = """query($key: String, $token: String) {
  service(leikaKey: $key, previewToken: $token) { leikaKey teaser }
}"""


def draft_preview_token(page, **changes) -> str:
    """What the admin's preview button does: store the unsaved state, sign a token."""
    for field, value in changes.items():
        setattr(page, field, value)
    return page.create_page_preview().token


def test_a_preview_token_returns_the_draft(graphql):
    page = ServicePage.objects.get(leika_key="99115030001000")
    live_teaser = page.teaser
    token = draft_preview_token(page, teaser="Entwurf: neue Anmeldefrist.")

    by_token = graphql(QUERY, {"token": token}).data["service"]
    with_key = graphql(QUERY, {"key": "99115030001000", "token": token}).data["service"]
    public = graphql(QUERY, {"key": "99115030001000"}).data["service"]

    assert (
        by_token
        == with_key
        == {
            "leikaKey": "99115030001000",
            "teaser": "Entwurf: neue Anmeldefrist.",
        }
    )
    assert public["teaser"] == live_teaser


def test_a_token_for_one_page_does_not_reveal_another(graphql):
    page_a = ServicePage.objects.get(leika_key="99115030001000")
    page_b = ServicePage.objects.get(leika_key="99089001001000")
    draft_preview_token(page_b, teaser="Geheimer Entwurf von B.")
    token_a = draft_preview_token(page_a, teaser="Entwurf von A.")

    result = graphql(QUERY, {"key": "99089001001000", "token": token_a})

    assert result.data["service"] is None
    situation = graphql(
        "query($t: String) { lifeSituation(previewToken: $t) { title } }",
        {"t": token_a},
    )
    assert situation.data["lifeSituation"] is None


def test_a_tampered_token_returns_nothing(graphql):
    page = ServicePage.objects.get(leika_key="99115030001000")
    token = draft_preview_token(page, teaser="Entwurf.")
    other = ServicePage.objects.get(leika_key="99089001001000")
    forged = token.replace(f"id={page.pk}", f"id={other.pk}")

    for bad in (token[:-2] + "xx", forged, "id=1:abc:def", ""):
        result = graphql(QUERY, {"token": bad})
        assert result.data["service"] is None, bad
        assert result.errors == []


def test_an_expired_token_returns_nothing(graphql, settings):
    page = ServicePage.objects.get(leika_key="99115030001000")
    token = draft_preview_token(page, teaser="Entwurf.")
    settings.PREVIEW_TOKEN_MAX_AGE = -1

    assert graphql(QUERY, {"token": token}).data["service"] is None


def test_a_life_situation_preview(graphql):
    page = LifeSituationPage.objects.get(slug="umzug")
    token = draft_preview_token(page, title="Umzug (Entwurf)")

    result = graphql(
        "query($t: String) { lifeSituation(previewToken: $t) { title slug } }",
        {"t": token},
    )
    assert result.data["lifeSituation"] == {"title": "Umzug (Entwurf)", "slug": "umzug"}


def test_the_admin_preview_opens_the_frontend_of_the_pages_own_site(
    client, admin_user, settings
):
    from django.urls import reverse

    from communes.models import ContentPage
    from tests.admin_forms import content_form_data

    settings.WAGTAIL_HEADLESS_PREVIEW = {
        "CLIENT_URLS": {
            "default": "https://portal.example/vorschau",
            "dresden.localhost": "https://dresden.example/vorschau",
        }
    }
    page = ContentPage.objects.filter(url_path__startswith="/dresden/").first()
    client.force_login(admin_user)
    url = reverse("wagtailadmin_pages:preview_on_edit", args=(page.pk,))

    stored = client.post(url, content_form_data(page, title="Entwurfstitel"))
    preview = client.get(url)

    assert stored.json()["is_valid"]
    html = preview.content.decode()
    assert "https://dresden.example/vorschau/?content_type=communes.contentpage" in html
    token = html.split("token=")[1].split('"')[0].replace("&amp;", "&")
    from urllib.parse import unquote

    assert (
        ContentPage.get_page_from_preview_token(unquote(token)).title == "Entwurfstitel"
    )


def test_token_requests_are_private_and_never_stored():
    import json

    from django.test import Client

    from communes.models import ContentPage

    page = ContentPage.objects.filter(url_path__startswith="/dresden/").first()
    client = Client()
    query = "query($t: String) { page(token: $t) { title } }"

    page.title = "Entwurf A"
    token = page.create_page_preview().token
    first = client.get(
        "/graphql/", {"query": query, "variables": json.dumps({"t": token})}
    )
    page.title = "Entwurf B"
    page.update_page_preview(token)
    again = client.get(
        "/graphql/", {"query": query, "variables": json.dumps({"t": token})}
    )
    by_post = client.post(
        "/graphql/",
        data=json.dumps({"query": query, "variables": {"t": token}}),
        content_type="application/json",
    )

    assert first.json()["data"]["page"]["title"] == "Entwurf A"
    assert again.json()["data"]["page"]["title"] == "Entwurf B"
    for response in (first, again, by_post):
        assert response["Cache-Control"] == "private, no-store"
        assert "ETag" not in response


def test_a_token_in_a_literal_makes_the_request_private_even_when_invalid():
    from django.test import Client

    response = Client().get(
        "/graphql/", {"query": '{ service(previewToken: "kaputt") { title } }'}
    )

    assert response.json() == {"data": {"service": None}}
    assert response["Cache-Control"] == "private, no-store"
