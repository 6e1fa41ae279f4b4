"""Redirects: one for all sites does not break the list, and changes show at once."""

import pytest
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site

pytestmark = pytest.mark.django_db

QUERY = "{ redirects { oldPath oldUrl newUrl site { hostname } } }"


def test_a_redirect_for_all_sites_is_listed_once_with_the_default_site(graphql):
    Redirect.objects.create(old_path="/alt", redirect_link="https://example.org/neu")
    Redirect.objects.create(
        old_path="/dresden-alt",
        redirect_link="https://example.org/dresden",
        site=Site.objects.get(hostname="dresden.localhost"),
    )

    result = graphql(QUERY)

    assert result.errors == []
    default = Site.objects.get(is_default_site=True)
    by_path = {r["oldPath"]: r for r in result.data["redirects"]}
    assert by_path["/alt"]["site"]["hostname"] == default.hostname
    assert by_path["/alt"]["oldUrl"] == default.root_url + "/alt"
    assert by_path["/dresden-alt"]["site"]["hostname"] == "dresden.localhost"
    assert len(result.data["redirects"]) == 2


def test_a_new_redirect_shows_in_the_next_cached_answer(graphql):
    assert graphql(QUERY).data["redirects"] == []

    Redirect.objects.create(old_path="/neu", redirect_link="https://example.org/")

    assert [r["oldPath"] for r in graphql(QUERY).data["redirects"]] == ["/neu"]
