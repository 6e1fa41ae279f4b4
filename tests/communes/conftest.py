"""Fixtures of the communes tests: a central service adapted by Landkreis Meißen and by
Radebeul (one of its towns), logged-in editors of each role, the adaptation form."""

from dataclasses import dataclass

import pytest
from django.test import Client
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from catalogue.factories import AuthorityPageFactory, ServicePageFactory
from catalogue.models import ServicePage
from catalogue.services import CATALOGUE_EDITORS
from communes.factories import CommuneServiceAuthorityFactory, CommuneServicePageFactory
from communes.models import CommunePage, CommuneServicePage
from tests.admin_forms import stream_form_data
from tests.factories import user_in_groups

DISTRICT_ARS = "146270000000"
MUNICIPALITY_ARS = "146270230230"
CITY_ARS = "146120000000"


def publish(page):
    """Publish the page's current state through a revision, as an editor would."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@dataclass
class Scenario:
    service: ServicePage
    district: CommunePage
    municipality: CommunePage
    city: CommunePage
    district_adaptation: CommuneServicePage
    municipality_adaptation: CommuneServicePage


def child(commune: CommunePage, slug: str):
    return commune.get_children().get(slug=slug).specific


@pytest.fixture
def scenario(services_index) -> Scenario:
    service = publish(
        ServicePageFactory(
            parent=services_index,
            title="Testfahrzeug zulassen",
            leika_key="97000000000001",
            teaser="Zentraler Anreißer.",
            full_text="<p>Zentraler Volltext.</p>",
            processing_time="<p>Zentral: zwei Wochen.</p>",
        )
    )
    district = CommunePage.objects.get(ars=DISTRICT_ARS)
    municipality = CommunePage.objects.get(ars=MUNICIPALITY_ARS)
    city = CommunePage.objects.get(ars=CITY_ARS)

    office = publish(
        AuthorityPageFactory(
            parent=child(district, "behoerden"), title="Testzulassungsstelle"
        )
    )
    district_adaptation = CommuneServicePageFactory(
        parent=child(district, "leistungen"),
        service=service,
        local_full_text="<p>Kreis: Ergänzung.</p>",
        full_text_mode="supplement",
    )
    CommuneServiceAuthorityFactory(adaptation=district_adaptation, authority=office)
    publish(district_adaptation)
    municipality_adaptation = publish(
        CommuneServicePageFactory(
            parent=child(municipality, "leistungen"),
            service=service,
            local_processing_time="<p>Radebeul: sofort.</p>",
            processing_time_mode="replace",
        )
    )
    return Scenario(
        service,
        district,
        municipality,
        city,
        district_adaptation,
        municipality_adaptation,
    )


def login(username: str, *groups: str) -> Client:
    """A test client logged in as a new user in the named platform groups."""
    client = Client()
    client.force_login(user_in_groups(username, *groups))
    return client


@pytest.fixture
def radebeul_editor(db) -> Client:
    return login("radebeul-redaktion", "Radebeul Editors")


@pytest.fixture
def dresden_editor(db) -> Client:
    return login("dresden-redaktion", "Landeshauptstadt Dresden Editors")


@pytest.fixture
def central_editor(db) -> Client:
    return login("redaktion", CATALOGUE_EDITORS)


def adaptation_form_data(page: CommuneServicePage | None = None, **changes) -> dict:
    """The admin form of an adaptation as the editor posts it, with `changes` applied."""
    data = {
        "title": page.title if page else "",
        "slug": page.slug if page else "",
        "service": page.service_id if page else "",
        "authority_links": inline_formset(
            [
                {"authority": link.authority_id}
                for link in (page.authority_links.all() if page else [])
            ]
        ),
        "local_fees": stream_form_data(page.local_fees) if page else streamfield([]),
        "local_forms": streamfield([]),
        "local_online_services": streamfield([]),
        "comments": inline_formset([]),
    }
    for module in ServicePage.NARRATIVE_MODULES:
        text = changes.pop(f"local_{module}", page.local_text(module) if page else "")
        data[f"local_{module}"] = text if module == "teaser" else rich_text(text)
        data[f"{module}_mode"] = page.local_mode(module) if page else "supplement"
    data.update(changes)
    return nested_form_data(data)
