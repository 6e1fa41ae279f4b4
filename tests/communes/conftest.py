"""A central service adapted by Landkreis Meißen and by Radebeul, one of its towns."""

from dataclasses import dataclass

import pytest

from catalogue.factories import AuthorityPageFactory, ServicePageFactory
from catalogue.models import ServicePage
from communes.factories import CommuneServiceAuthorityFactory, CommuneServicePageFactory
from communes.models import CommunePage, CommuneServicePage

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
