"""Cached responses: served without SQL, never stale after a publish, HTTP caching for GET."""

import pytest
from django.test import Client

from catalogue.models import ServicePage
from communes.models import CommuneServicePage

from .conftest import post_counting_queries

pytestmark = pytest.mark.django_db

LIST = "{ services(limit: 100) { totalCount items { leikaKey teaser } } }"
RESOLVED = '{ service(leikaKey: "99115030001000", commune: "146270230230") { teaser } }'


def post(query: str):
    return post_counting_queries(query)


def test_a_repeated_query_is_answered_from_the_cache_without_sql():
    first, first_queries = post(LIST)
    again, again_queries = post(LIST.replace(" ", "  "))  # same query, other spacing

    assert again == first
    assert first_queries > 0
    assert again_queries <= 1  # at most the cache version lookup, never a page query


def test_a_published_change_shows_in_the_next_response():
    post(LIST)
    page = ServicePage.objects.get(leika_key="99115030001000")
    page.teaser = "Neu: Anmeldung auch online."
    page.save_revision().publish()

    items = post(LIST)[0]["data"]["services"]["items"]
    assert {
        "leikaKey": "99115030001000",
        "teaser": "Neu: Anmeldung auch online.",
    } in items


def test_unpublishing_removes_an_item_from_a_cached_list_at_once():
    before = post(LIST)[0]["data"]["services"]
    ServicePage.objects.get(leika_key="99115030001000").unpublish()

    after = post(LIST)[0]["data"]["services"]
    assert after["totalCount"] == before["totalCount"] - 1
    assert "99115030001000" not in [item["leikaKey"] for item in after["items"]]


def test_a_published_adaptation_shows_in_the_cached_resolved_view():
    post(RESOLVED)
    adaptation = CommuneServicePage.objects.get(
        url_path="/radebeul/leistungen/wohnsitz-anmelden/"
    )
    adaptation.local_teaser = "Radebeul: neu."
    adaptation.teaser_mode = "replace"
    adaptation.save_revision().publish()

    assert post(RESOLVED)[0]["data"]["service"]["teaser"] == "Radebeul: neu."


def test_a_view_restriction_takes_effect_at_once():
    from wagtail.models import PageViewRestriction

    post(LIST)
    PageViewRestriction.objects.create(
        page=ServicePage.objects.get(leika_key="99115030001000"),
        restriction_type=PageViewRestriction.LOGIN,
    )
    keys = [item["leikaKey"] for item in post(LIST)[0]["data"]["services"]["items"]]
    assert "99115030001000" not in keys


def test_get_queries_carry_etag_and_cache_control_and_answer_304():
    client = Client()
    first = client.get("/graphql/", {"query": LIST})

    assert first.status_code == 200
    assert first["Cache-Control"].startswith("public, max-age=")
    etag = first["ETag"]

    second = client.get("/graphql/", {"query": LIST}, HTTP_IF_NONE_MATCH=etag)
    assert second.status_code == 304

    ServicePage.objects.get(leika_key="99115030001000").unpublish()
    third = client.get("/graphql/", {"query": LIST}, HTTP_IF_NONE_MATCH=etag)
    assert third.status_code == 200
    assert third["ETag"] != etag


def test_get_answers_set_no_cookie_so_a_cdn_can_cache_them():
    response = Client().get("/graphql/", {"query": LIST})

    assert response.status_code == 200
    assert "Set-Cookie" not in response.headers
    assert not response.cookies


def test_get_answers_do_not_vary_by_browser_language():
    # The locale argument chooses the language; a CDN keeps one copy, not one per header.
    german = Client().get("/graphql/", {"query": LIST}, HTTP_ACCEPT_LANGUAGE="de")
    english = Client().get("/graphql/", {"query": LIST}, HTTP_ACCEPT_LANGUAGE="en")

    assert "accept-language" not in german["Vary"].lower()
    assert german.content == english.content


def test_preview_token_requests_are_never_cached():
    page = ServicePage.objects.get(leika_key="99115030001000")
    query = '{ service(previewToken: "%s") { teaser } }'

    page.teaser = "Entwurf A"
    token = page.create_page_preview().token
    assert post(query % token)[0]["data"]["service"]["teaser"] == "Entwurf A"

    # The editor changes the draft and previews again (within a second the signed
    # token is the same string): the frontend must see the new draft, not a cached one.
    page.teaser = "Entwurf B"
    token = page.create_page_preview().token
    assert post(query % token)[0]["data"]["service"]["teaser"] == "Entwurf B"


def test_a_bulk_publish_announced_by_signal_clears_cached_responses():
    from cms.signals import pages_published_in_bulk

    post(LIST)
    # Bulk writers (generate_catalogue) bypass save() and Wagtail's publish signals.
    ServicePage.objects.filter(leika_key="99115030001000").update(
        teaser="Massenimport."
    )
    stale = post(LIST)[0]["data"]["services"]["items"]
    assert {"leikaKey": "99115030001000", "teaser": "Massenimport."} not in stale

    pages_published_in_bulk.send(sender=None)

    items = post(LIST)[0]["data"]["services"]["items"]
    assert {"leikaKey": "99115030001000", "teaser": "Massenimport."} in items
