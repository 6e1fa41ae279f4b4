"""The importer, with communes: the catalogue's kinds plus `commune`.

A commune record onboards the commune (Site, groups, collection, workflow) by its ARS and
brings in its offices, its adaptations of central services (found by LeiKa key) and its
content pages. The format is described in `catalogue/fixtures/README.md`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from catalogue import importer as catalogue_importer
from catalogue.importer import (
    KIND_ORDER,
    OnExisting,
    Record,
    RecordError,
    fee_values,
    fixture_documents,
    link_values,
    ordered_links,
    publish,
    stream,
)
from catalogue.models import ServicePage
from cms.pages import page_child_by_slug

from .models import (
    CommunePage,
    CommuneServiceAuthority,
    CommuneServicePage,
    ContentPage,
    LocalTextMode,
)
from .services import commune_onboard

COMMUNE_KEYS = {
    "ars", "name", "slug", "kind", "hostname", "postcodes", "address", "phone",
    "email", "website", "authorities", "adaptations", "pages",
}  # fmt: skip
ADAPTATION_KEYS = {
    "service", "authorities", "fees", "forms", "online_services", "local_texts",
    "reviewed_days_ago", "last_reviewed", "next_review",
}  # fmt: skip
MASTER_DATA = ("address", "phone", "email", "website")
CONTENT_PAGE_FIELDS = {"title", "slug", "intro", "body"}
# What an adaptation record governs: its local texts and modes, links, fees, reviews.
ADAPTATION_FIELDS = {
    "title", "slug", "last_reviewed", "next_review",
    "local_fees", "local_forms", "local_online_services",
    *(f"local_{module}" for module in ServicePage.NARRATIVE_MODULES),
    *(f"{module}_mode" for module in ServicePage.NARRATIVE_MODULES),
}  # fmt: skip


def adaptation_page(
    record: Record, service: ServicePage, authorities: Mapping[str, Any]
) -> CommuneServicePage:
    """An unsaved adaptation of `service`; `authorities` maps office slugs to pages."""
    unknown = set(record) - ADAPTATION_KEYS
    if unknown:
        raise RecordError(
            f"adaptation of {record.get('service')}: unknown keys {unknown}"
        )
    # The demo gives reviews relative to today, so its overdue report has entries.
    last_reviewed = record.get("last_reviewed") or date.today() - timedelta(
        days=record.get("reviewed_days_ago", 90)
    )
    page = CommuneServicePage(
        last_reviewed=last_reviewed,
        next_review=record.get("next_review") or last_reviewed + timedelta(days=365),
        title=service.title,
        slug=service.slug,
        service=service,
        local_fees=stream("fee", fee_values(record.get("fees", []))),
        local_forms=stream("link", link_values(record.get("forms", []))),
        local_online_services=stream(
            "link", link_values(record.get("online_services", []))
        ),
    )
    for module, local in record.get("local_texts", {}).items():
        if module not in ServicePage.NARRATIVE_MODULES:
            raise RecordError(f"adaptation of {service.leika_key}: no module {module}")
        setattr(page, f"local_{module}", local["text"])
        setattr(page, f"{module}_mode", LocalTextMode(local["mode"]))
    page.authority_links = ordered_links(
        CommuneServiceAuthority,
        "authority",
        authorities,
        record.get("authorities", []),
        lambda missing: (
            f"adaptation of {service.leika_key}: no office {missing} in the commune"
        ),
    )
    return page


def content_page(record: Record) -> ContentPage:
    """An unsaved commune content page."""
    return ContentPage(
        title=record["title"],
        slug=record["slug"],
        intro=record.get("intro", ""),
        body=stream("paragraph", record.get("body", [])),
    )


class Importer(catalogue_importer.Importer):
    """The catalogue's importer plus communes with their offices, adaptations, pages."""

    def __init__(self, *, locale: str = "de", on_existing: OnExisting = "keep"):
        super().__init__(locale=locale, on_existing=on_existing)
        self.kinds["commune"] = self.import_communes

    def import_communes(self, records: list[Record]) -> None:
        port = int(os.environ.get("PORT", 80))
        services = self.services()
        for record in records:
            unknown = set(record) - COMMUNE_KEYS
            if unknown:
                raise RecordError(
                    f"commune {record.get('ars')}: unknown keys {unknown}"
                )
            result = commune_onboard(
                ars=record["ars"],
                name=record["name"],
                kind=record["kind"],
                hostname=record["hostname"],
                port=port,
                postcodes=record["postcodes"],
                slug=record["slug"],
            )
            commune = result.commune
            self._master_data(commune, record)
            authority_index = page_child_by_slug(commune, "behoerden")
            authorities = self.import_authorities(
                record.get("authorities", []), parent=authority_index
            )
            service_index = page_child_by_slug(commune, "leistungen")
            for item in record.get("adaptations", []):
                try:
                    service = services[item["service"]]
                except KeyError:
                    raise RecordError(
                        f"commune {record['ars']}: no service {item['service']}"
                    ) from None
                publish(
                    service_index,
                    adaptation_page(item, service, authorities),
                    CommuneServicePage.objects.child_of(service_index)
                    .filter(service=service)
                    .first(),
                    self.report,
                    on_existing=self.on_existing,
                    fields=ADAPTATION_FIELDS,
                    relations={"authority_links": "authority_id"},
                )
            for item in record.get("pages", []):
                publish(
                    commune,
                    content_page(item),
                    page_child_by_slug(commune, item["slug"]),
                    self.report,
                    on_existing=self.on_existing,
                    fields=CONTENT_PAGE_FIELDS,
                )
            self.report.messages.append(
                f"Commune ready: {commune.title} (ARS {commune.ars}) "
                f"on {result.site.hostname}"
            )

    def _master_data(self, commune: CommunePage, record: Record) -> None:
        # Onboarding keeps the commune's own contact data; the record brings it.
        changed = False
        for name in MASTER_DATA:
            if getattr(commune, name) != record.get(name, ""):
                setattr(commune, name, record.get(name, ""))
                changed = True
        if changed:
            commune.save_revision().publish()


# The catalogue's entry points (see `catalogue.importer`), communes included.
import_records = partial(catalogue_importer.import_records, importer_class=Importer)
import_documents = partial(catalogue_importer.import_documents, importer_class=Importer)


def demo_documents() -> list[dict]:
    """The demo: the catalogue's fixtures first, the communes' after them."""
    apps = Path(__file__).resolve().parents[1]
    documents = fixture_documents(apps / "catalogue") + fixture_documents(
        apps / "communes"
    )
    return sorted(documents, key=lambda document: KIND_ORDER.index(document["kind"]))
