"""One commune's editors cannot see another's pages through choosers, bulk actions or
reports; the central team sees the catalogue; platform admins see everything."""

from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from wagtail.models import Page, PageViewRestriction

from catalogue.models import ServicePage
from catalogue.services import (
    CATALOGUE_EDITORS,
    CATALOGUE_PUBLISHERS,
    CATALOGUE_REVIEWERS,
)
from communes.factories import ContentPageFactory
from communes.models import CommunePage
from tests.factories import user_in_groups

from .conftest import CITY_ARS, MUNICIPALITY_ARS

pytestmark = pytest.mark.django_db

ROLES = {
    "central editor": [CATALOGUE_EDITORS],
    "central reviewer": [CATALOGUE_REVIEWERS],
    "central publisher": [CATALOGUE_PUBLISHERS],
    "commune editor": ["Radebeul Editors"],
    "commune moderator": ["Radebeul Moderators"],
}
COMMUNE_ROLES = ["commune editor", "commune moderator"]
CENTRAL_ROLES = ["central editor", "central reviewer", "central publisher"]


def client_as(role: str) -> Client:
    client = Client()
    if role == "platform admin":
        user = get_user_model().objects.create_superuser(
            "plattform", "plattform@example.org", "passwort-123"
        )
    else:
        user = user_in_groups(role.replace(" ", "-"), *ROLES[role])
    client.force_login(user)
    return client


@dataclass
class DresdenSecrets:
    """Pages of Dresden that nobody outside Dresden may learn about."""

    root: CommunePage
    never_published: Page
    password_protected: Page
    draft_titled: Page

    @property
    def titles(self) -> list[str]:
        return [
            "Geheimer Entwurf Dresden",
            "Passwortgeschützte Seite Dresden",
            "Neuer Entwurfstitel Dresden",
        ]


@pytest.fixture
def dresden_secrets() -> DresdenSecrets:
    dresden = CommunePage.objects.get(ars=CITY_ARS)
    never_published = ContentPageFactory(
        parent=dresden, title="Geheimer Entwurf Dresden", live=False
    )
    protected = ContentPageFactory(
        parent=dresden, title="Passwortgeschützte Seite Dresden"
    )
    PageViewRestriction.objects.create(
        page=protected, restriction_type="password", password="geheim"
    )
    draft_titled = ContentPageFactory(parent=dresden, title="Öffentlich Dresden")
    draft_titled.title = "Neuer Entwurfstitel Dresden"
    draft_titled.save_revision()
    return DresdenSecrets(
        dresden,
        never_published,
        protected,
        draft_titled.specific_class.objects.get(pk=draft_titled.pk),
    )


def chooser_browse(client: Client, parent: Page, **params):
    return client.get(
        reverse("wagtailadmin_choose_page_child", args=(parent.pk,)), params
    )


def chooser_search(client: Client, query: str, **params):
    return client.get(
        reverse("wagtailadmin_choose_page_search"), {"q": query, **params}
    )


def last_chooser_page(parent: Page) -> int:
    """The chooser lists 25 children a page; new pages come last."""
    return (parent.get_children().count() - 1) // 25 + 1


def text_of(response) -> str:
    if response.headers.get("Content-Type", "").startswith("application/json"):
        return response.json().get("html", "")
    return response.content.decode()


@pytest.mark.parametrize("role", COMMUNE_ROLES + CENTRAL_ROLES)
def test_the_page_chooser_does_not_open_another_tenants_tree(role, dresden_secrets):
    client = client_as(role)

    foreign_root = chooser_browse(client, dresden_secrets.root)
    foreign_draft = chooser_browse(client, dresden_secrets.never_published)

    assert foreign_root.status_code == 404
    assert foreign_draft.status_code == 404
    for title in dresden_secrets.titles:
        assert title not in text_of(foreign_root)
        assert title not in text_of(foreign_draft)


@pytest.mark.parametrize("role", COMMUNE_ROLES + CENTRAL_ROLES)
def test_the_page_chooser_search_finds_nothing_of_another_tenant(role, dresden_secrets):
    client = client_as(role)

    for query in ("Dresden", "Geheimer", "Passwortgeschützte", "Entwurfstitel"):
        response = chooser_search(client, query)
        assert response.status_code == 200
        for title in dresden_secrets.titles + ["Öffentlich Dresden"]:
            assert title not in text_of(response), (query, title)


def test_a_platform_admin_chooses_from_every_tree(dresden_secrets):
    client = client_as("platform admin")

    browse = text_of(chooser_browse(client, dresden_secrets.root))
    search = text_of(chooser_search(client, "Geheimer"))

    assert "Geheimer Entwurf Dresden" in browse
    assert "Geheimer Entwurf Dresden" in search


@pytest.mark.parametrize("role", COMMUNE_ROLES)
def test_a_commune_chooser_shows_own_tree_and_only_live_central_pages(role):
    client = client_as(role)
    radebeul = CommunePage.objects.get(ars=MUNICIPALITY_ARS)
    own_draft = ContentPageFactory(
        parent=radebeul, title="Radebeuler Entwurf", live=False
    )
    service = ServicePage.objects.live().first()
    services_index = service.get_parent()
    unpublished = services_index.add_child(
        instance=ServicePage(
            title="Unveröffentlichte Leistung",
            slug="unveroeffentlichte-leistung",
            leika_key="97000000000099",
            teaser="Noch nicht freigegeben.",
            live=False,
        )
    )

    top = text_of(client.get(reverse("wagtailadmin_choose_page")))
    own = text_of(chooser_browse(client, radebeul))
    services = text_of(
        chooser_browse(client, services_index, page_type="catalogue.servicepage")
    )
    last_services = text_of(
        chooser_browse(client, services_index, p=last_chooser_page(services_index))
    )
    found_own = text_of(chooser_search(client, "Radebeuler"))
    found_central = text_of(
        chooser_search(client, service.title, page_type="catalogue.servicepage")
    )
    found_unpublished = text_of(chooser_search(client, "Unveröffentlichte"))

    assert "Radebeul" in top and "Lebenslagen Sachsen" in top
    assert "Landeshauptstadt Dresden" not in top
    assert "Landkreis Meißen" not in top
    assert own_draft.title in own and own_draft.title in found_own
    # An adaptation is created by choosing a live central service.
    assert service.title in services and service.title in found_central
    assert unpublished.title not in last_services
    assert unpublished.title not in found_unpublished


@pytest.mark.parametrize("role", CENTRAL_ROLES)
def test_the_central_chooser_shows_the_catalogue_with_drafts(role):
    client = client_as(role)
    services_index = ServicePage.objects.live().first().get_parent()
    draft = services_index.add_child(
        instance=ServicePage(
            title="Zentraler Entwurf",
            slug="zentraler-entwurf",
            leika_key="97000000000098",
            teaser="Entwurf.",
            live=False,
        )
    )

    last = last_chooser_page(services_index)
    assert draft.title in text_of(chooser_browse(client, services_index, p=last))
    assert draft.title in text_of(chooser_search(client, "Zentraler Entwurf"))
    top = text_of(client.get(reverse("wagtailadmin_choose_page")))
    assert "Radebeul" not in top and "Landeshauptstadt Dresden" not in top


def bulk_url(action: str, *pages: Page) -> str:
    ids = "&".join(f"id={page.pk}" for page in pages)
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", action))
    return f"{url}?{ids}"


@pytest.mark.parametrize("role", COMMUNE_ROLES + CENTRAL_ROLES)
@pytest.mark.parametrize("action", ["delete", "publish", "unpublish", "move"])
def test_bulk_actions_do_not_name_another_tenants_pages(role, action, dresden_secrets):
    client = client_as(role)
    foreign = [
        dresden_secrets.never_published,
        dresden_secrets.password_protected,
        dresden_secrets.draft_titled,
    ]

    response = client.get(bulk_url(action, *foreign))
    posted = client.post(bulk_url(action, *foreign), {})

    for answer in (response, posted):
        body = answer.content.decode()
        for title in dresden_secrets.titles + ["Öffentlich Dresden"]:
            assert title not in body
    assert Page.objects.filter(pk__in=[p.pk for p in foreign]).count() == 3


def test_bulk_actions_still_explain_refusals_within_the_own_tree():
    client = client_as("commune editor")
    radebeul = CommunePage.objects.get(ars=MUNICIPALITY_ARS)
    own = ContentPageFactory(parent=radebeul, title="Eigene Seite Radebeul")

    response = client.get(bulk_url("publish", own))

    # Editors may not publish: Wagtail names the page with its explanation.
    assert "Eigene Seite Radebeul" in response.content.decode()


def test_a_platform_admin_bulk_action_names_every_page(dresden_secrets):
    client = client_as("platform admin")

    response = client.get(bulk_url("delete", dresden_secrets.never_published))

    assert "Geheimer Entwurf Dresden" in response.content.decode()


@pytest.mark.parametrize("role", COMMUNE_ROLES + CENTRAL_ROLES)
def test_the_tenant_wide_page_types_report_is_for_platform_admins(
    role, dresden_secrets
):
    client = client_as(role)
    for name in ("page_types_usage", "page_types_usage_results"):
        response = client.get(reverse(f"wagtailadmin_reports:{name}"))
        assert response.status_code in (302, 403)
        assert "Dresden" not in response.content.decode()
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("wagtailadmin_reports:page_types_usage") not in menu


def test_a_platform_admin_sees_the_page_types_report(dresden_secrets):
    client = client_as("platform admin")

    response = client.get(reverse("wagtailadmin_reports:page_types_usage"))

    assert response.status_code == 200
    assert "Inhaltsseite" in response.content.decode()


def test_moving_own_pages_into_another_tenants_tree_does_not_name_it(dresden_secrets):
    client = client_as("commune moderator")  # editors may not move pages at all
    radebeul = CommunePage.objects.get(ars=MUNICIPALITY_ARS)
    own = ContentPageFactory(parent=radebeul, title="Eigene Seite Radebeul")

    response = client.post(
        bulk_url("move", own),
        {"chooser": dresden_secrets.never_published.pk},
        follow=True,
    )

    assert "Geheimer Entwurf Dresden" not in response.content.decode()
    assert own.get_parent().pk == radebeul.pk
