"""Demo communes for `seed_demo`: a district, one of its municipalities and a city."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, timedelta

from catalogue.management.commands.seed_demo import (
    authority_page,
    fee_values,
    link_values,
    stream,
)
from catalogue.models import ServicePage
from cms.pages import page_child_by_slug, page_publish_child

from .demo_content import COMMUNES
from .models import (
    CommuneServiceAuthority,
    CommuneServicePage,
    ContentPage,
    LocalTextMode,
)
from .services import commune_onboard


def adaptation_page(
    data: dict, service: ServicePage, authorities: dict, *, overdue: bool = False
) -> CommuneServicePage:
    # Demo review dates relative to today, so the overdue report always has entries.
    last_reviewed = date.today() - timedelta(days=420 if overdue else 90)
    page = CommuneServicePage(
        last_reviewed=last_reviewed,
        next_review=last_reviewed + timedelta(days=365),
        title=service.title,
        slug=service.slug,
        service=service,
        local_fees=stream("fee", fee_values(data.get("fees", []))),
        local_forms=stream("link", link_values(data.get("forms", []))),
        local_online_services=stream(
            "link", link_values(data.get("online_services", []))
        ),
    )
    for module, local in data.get("local_texts", {}).items():
        setattr(page, f"local_{module}", local["text"])
        setattr(page, f"{module}_mode", LocalTextMode(local["mode"]))
    page.authority_links = [
        CommuneServiceAuthority(authority=authorities[slug], sort_order=order)
        for order, slug in enumerate(data.get("authorities", []))
    ]
    return page


def seed_demo_communes() -> Iterator[str]:
    """Onboard the demo communes and fill them with offices, adaptations and pages."""
    port = int(os.environ.get("PORT", 80))
    services = {
        s.leika_key: s for s in ServicePage.objects.filter(locale__language_code="de")
    }
    for data in COMMUNES:
        result = commune_onboard(
            ars=data["ars"],
            name=data["name"],
            kind=data["kind"].lower(),
            hostname=data["hostname"],
            port=port,
            postcodes=data["postcodes"],
            slug=data["slug"],
        )
        commune = result.commune
        changed = False
        for field in ("address", "phone", "email", "website"):
            if getattr(commune, field) != data.get(field, ""):
                setattr(commune, field, data.get(field, ""))
                changed = True
        if changed:
            commune.save_revision().publish()
        authority_index = page_child_by_slug(commune, "behoerden")
        authorities = {}
        for item in data.get("authorities", []):
            page = page_child_by_slug(authority_index, item["slug"])
            authorities[item["slug"]] = page or page_publish_child(
                authority_index, authority_page(item)
            )
        service_index = page_child_by_slug(commune, "leistungen")
        for number, item in enumerate(data.get("adaptations", [])):
            service = services[item["service"]]
            if page_child_by_slug(service_index, service.slug) is None:
                page_publish_child(
                    service_index,
                    adaptation_page(item, service, authorities, overdue=number == 0),
                )
        for item in data.get("pages", []):
            if page_child_by_slug(commune, item["slug"]) is None:
                page_publish_child(
                    commune,
                    ContentPage(
                        title=item["title"],
                        slug=item["slug"],
                        intro=item.get("intro", ""),
                        body=stream("paragraph", item.get("body", [])),
                    ),
                )
        yield f"Commune ready: {commune.title} (ARS {commune.ars}) on {result.site.hostname}"
