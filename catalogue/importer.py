"""The importer: records (plain dicts) become published pages, idempotently.

One code path for every source of content: the demo's YAML fixtures today, an XZuFi
feed later. A record is what an editor would type into the admin form, in the data
format described in `catalogue/fixtures/README.md`; each kind of page is found again by
its natural key (LeiKa key, slug under its parent, ARS), so importing twice changes
nothing. `communes.importer` adds the commune kind on top of this module.

Entry points: `import_records(kind, records)` (one kind, a list of dicts) and
`import_documents(documents)` (whole fixture documents).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

import yaml
from django.db.models import Model
from wagtail.fields import StreamField
from wagtail.models import Locale, Page

from cms.pages import page_child_by_slug, page_publish_child

from .models import (
    AuthorityPage,
    LifeSituationPage,
    LifeSituationService,
    ServiceIndexPage,
    ServicePage,
)

Record = Mapping[str, Any]
# "keep" leaves pages that exist alone (the demo must not overwrite editors' changes);
# "update" makes them match the record, with a new published revision when they differ.
OnExisting = Literal["keep", "update"]

FIXTURES = "fixtures"
# Kinds in the order they depend on each other: services name their state authority,
# life situations and communes link services, so authorities come first, then services.
KIND_ORDER = ("authority", "service", "life_situation", "commune")


class RecordError(ValueError):
    """A record the importer cannot turn into a page; the message names it."""


@dataclass
class ImportReport:
    """What an import did, by url path."""

    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)

    def merge(self, other: ImportReport) -> None:
        self.created += other.created
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.messages += other.messages


def fixture_documents(app_dir: Path, name: str = "demo") -> list[dict]:
    """The documents in `<app>/fixtures/<name>/*.yaml`, in the order kinds depend."""
    documents = [
        yaml.safe_load(path.read_text(encoding="utf-8"))
        for path in sorted((app_dir / FIXTURES / name).glob("*.yaml"))
    ]
    return sorted(documents, key=lambda document: KIND_ORDER.index(document["kind"]))


# --------------------------------------------------------------------------- values


def stream(block_type: str, values: Iterable[Any]) -> list[dict]:
    """A StreamField value of one block type."""
    return [{"type": block_type, "value": value} for value in values]


def _amount(value: Any) -> str | None:
    return str(Decimal(str(value))) if value is not None else None


def fee_values(fees: Iterable[Record]) -> list[dict]:
    return [
        {
            "description": fee["description"],
            "amount": _amount(fee.get("amount")),
            "amount_max": _amount(fee.get("amount_max")),
            "currency": fee.get("currency", "EUR"),
        }
        for fee in fees
    ]


def link_values(links: Iterable[Record]) -> list[dict]:
    return [
        {"title": link["title"], "url": link["url"], "document": None} for link in links
    ]


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def _check_keys(kind: str, record: Record, allowed: set[str]) -> None:
    unknown = set(record) - allowed
    if unknown:
        raise RecordError(
            f"{kind} {record.get('slug') or record.get('leika_key')}: "
            f"unknown keys {', '.join(sorted(unknown))}"
        )


# --------------------------------------------------------------------------- pages


SERVICE_KEYS = {
    "leika_key", "slug", "title", "audience", "teaser", "full_text", "prerequisites",
    "required_documents", "fees", "deadlines", "processing_time", "procedure",
    "legal_basis", "forms", "online_services", "further_information", "notes",
    "keywords", "last_reviewed", "next_review", "state_authority",
    "deadline_duration", "deadline_duration_max", "deadline_unit",
    "processing_duration", "processing_duration_max", "processing_unit",
}  # fmt: skip
AUTHORITY_KEYS = {
    "slug",
    "title",
    "address",
    "phone",
    "email",
    "website",
    "opening_hours",
}
LIFE_SITUATION_KEYS = {
    "slug", "title", "audience", "teaser", "keywords", "body", "services", "children",
}  # fmt: skip


def service_page(
    record: Record, authorities: Mapping[str, AuthorityPage] | None = None
) -> ServicePage:
    """An unsaved service from its record; `state_authority` names a state office of
    `authorities` (the catalogue's offices by slug)."""
    _check_keys("service", record, SERVICE_KEYS)
    state_authority = None
    if slug := record.get("state_authority"):
        state_authority = (authorities or {}).get(slug)
        if state_authority is None:
            raise RecordError(
                f"service {record['leika_key']}: no state authority with slug {slug}"
            )
    return ServicePage(
        title=record["title"],
        slug=record["slug"],
        leika_key=record["leika_key"],
        audience=record["audience"],
        teaser=record["teaser"],
        full_text=record["full_text"],
        prerequisites=record.get("prerequisites", ""),
        required_documents=stream("document", record.get("required_documents", [])),
        fees=stream("fee", fee_values(record.get("fees", []))),
        deadlines=record.get("deadlines", ""),
        processing_time=record.get("processing_time", ""),
        procedure=record.get("procedure", ""),
        legal_basis=stream("link", link_values(record.get("legal_basis", []))),
        forms=stream("link", link_values(record.get("forms", []))),
        online_services=stream("link", link_values(record.get("online_services", []))),
        further_information=record.get("further_information", ""),
        notes=record.get("notes", ""),
        keywords=", ".join(record.get("keywords", [])),
        last_reviewed=_date(record.get("last_reviewed")),
        next_review=_date(record.get("next_review")),
        state_authority=state_authority,
        deadline_duration=record.get("deadline_duration"),
        deadline_duration_max=record.get("deadline_duration_max"),
        deadline_unit=record.get("deadline_unit", ""),
        processing_duration=record.get("processing_duration"),
        processing_duration_max=record.get("processing_duration_max"),
        processing_unit=record.get("processing_unit", ""),
    )


def authority_page(record: Record) -> AuthorityPage:
    """An unsaved authority (a state office or a commune's office) from its record."""
    _check_keys("authority", record, AUTHORITY_KEYS)
    return AuthorityPage(
        title=record["title"],
        slug=record["slug"],
        address=record.get("address", ""),
        phone=record.get("phone", ""),
        email=record.get("email", ""),
        website=record.get("website", ""),
        opening_hours=stream("hours", record.get("opening_hours", [])),
    )


def ordered_links(
    link_model: type[Model],
    target_field: str,
    targets: Mapping[str, Page],
    keys: Iterable[str],
    error: Callable[[KeyError], str],
) -> list[Model]:
    """Unsaved orderable link rows to the `targets` named by `keys`, in their order; a
    key without a target is a RecordError with the message `error(missing)`."""
    try:
        return [
            link_model(**{target_field: targets[key]}, sort_order=order)
            for order, key in enumerate(keys)
        ]
    except KeyError as missing:
        raise RecordError(error(missing)) from None


def life_situation_page(
    record: Record, services: Mapping[str, ServicePage]
) -> LifeSituationPage:
    """An unsaved life situation linking the services named by LeiKa key."""
    _check_keys("life_situation", record, LIFE_SITUATION_KEYS)
    page = LifeSituationPage(
        title=record["title"],
        slug=record["slug"],
        teaser=record["teaser"],
        audience=record.get("audience", "citizens"),
        keywords=", ".join(record.get("keywords", [])),
        body=stream("paragraph", record.get("body", [])),
    )
    page.service_links = ordered_links(
        LifeSituationService,
        "service",
        services,
        record.get("services", []),
        lambda missing: (
            f"life situation {record['slug']}: no service with LeiKa key {missing}"
        ),
    )
    return page


# --------------------------------------------------------------------------- writing


def _comparable(page: Page, name: str) -> Any:
    f = page._meta.get_field(name)
    value = f.value_from_object(page)
    if isinstance(f, StreamField):
        # Block ids are random per save: compare the content only.
        return [
            {"type": block["type"], "value": block["value"]}
            for block in f.get_prep_value(value)
        ]
    return value


def publish(
    parent: Page,
    page: Page,
    existing: Page | None,
    report: ImportReport,
    *,
    on_existing: OnExisting,
    fields: Iterable[str],
    relations: Mapping[str, str] | None = None,
) -> Page:
    """Create `page` under `parent`, or bring `existing` up to date, or keep it.

    `fields` are the model fields the record governs: an update compares and copies
    those (and the orderable `relations`, by their target field) and leaves what
    editors set beyond the record (an image, an SEO title) alone.
    """
    if existing is None:
        page.full_clean(exclude=["path", "depth"])
        created = page_publish_child(parent, page)
        report.created.append(created.url_path)
        return created
    if on_existing == "keep":
        report.unchanged.append(existing.url_path)
        return existing
    relations = relations or {}
    changed = False
    for name in fields:
        if _comparable(existing, name) != _comparable(page, name):
            attname = existing._meta.get_field(name).attname
            setattr(existing, attname, getattr(page, attname))
            changed = True
    for name, target in relations.items():
        # Orderable links compared by target and order; the link rows' ids differ.
        new = [(i.sort_order, getattr(i, target)) for i in getattr(page, name).all()]
        old = [
            (i.sort_order, getattr(i, target)) for i in getattr(existing, name).all()
        ]
        if new != old:
            setattr(existing, name, list(getattr(page, name).all()))
            changed = True
    if changed:
        existing.full_clean(exclude=["path", "depth"])
        existing.save_revision(log_action=True).publish()
        report.updated.append(existing.url_path)
    else:
        report.unchanged.append(existing.url_path)
    return existing


class Importer:
    """Imports records of the central catalogue's kinds into one locale's tree."""

    def __init__(self, *, locale: str = "de", on_existing: OnExisting = "keep"):
        self.on_existing = on_existing
        try:
            self.locale = Locale.objects.get(language_code=locale)
        except Locale.DoesNotExist:
            raise RecordError(f"No locale '{locale}' in this CMS.") from None
        self.report = ImportReport()
        self.kinds: dict[str, Callable[[list[Record]], object]] = {
            "service": self.import_services,
            "life_situation": self.import_life_situations,
            "authority": self.import_authorities,
        }

    # The catalogue's parts, found by slug under the portal of the locale.
    def _index(self, slug: str) -> Page:
        index = ServiceIndexPage.objects.filter(locale=self.locale).first()
        if index is None:
            raise RecordError(
                f"No catalogue in locale '{self.locale.language_code}' to import into."
            )
        found = page_child_by_slug(index.get_parent(), slug)
        if found is None:
            raise RecordError(f"The catalogue has no '{slug}' section.")
        return found

    def services(self) -> dict[str, ServicePage]:
        """The services of the locale by LeiKa key."""
        return {s.leika_key: s for s in ServicePage.objects.filter(locale=self.locale)}

    def import_records(self, kind: str, records: Iterable[Record]) -> ImportReport:
        """Import records of one kind (`service`, `life_situation`, `authority`, …)."""
        if kind not in self.kinds:
            raise RecordError(
                f"Unknown kind '{kind}'; known: {', '.join(sorted(self.kinds))}."
            )
        self.kinds[kind](list(records))
        return self.report

    def import_services(self, records: list[Record]) -> None:
        index = self._index("leistungen")
        existing = self.services()
        offices = AuthorityPage.objects.child_of(self._index("behoerden"))
        authorities = {office.slug: office for office in offices}
        for record in records:
            page = service_page(record, authorities)
            publish(
                index,
                page,
                existing.get(record["leika_key"]),
                self.report,
                on_existing=self.on_existing,
                fields=SERVICE_KEYS,
            )

    def import_life_situations(self, records: list[Record]) -> None:
        services = self.services()

        def walk(parent: Page, items: list[Record]) -> None:
            for record in items:
                page = publish(
                    parent,
                    life_situation_page(record, services),
                    page_child_by_slug(parent, record["slug"]),
                    self.report,
                    on_existing=self.on_existing,
                    fields=LIFE_SITUATION_KEYS - {"services", "children"},
                    relations={"service_links": "service_id"},
                )
                walk(page, record.get("children", []))

        walk(self._index("lebenslagen"), records)

    def import_authorities(
        self, records: list[Record], parent: Page | None = None
    ) -> dict[str, Page]:
        """Publish the offices under `parent` (the catalogue's by default); by slug."""
        index = parent or self._index("behoerden")
        return {
            record["slug"]: publish(
                index,
                authority_page(record),
                page_child_by_slug(index, record["slug"]),
                self.report,
                on_existing=self.on_existing,
                fields=AUTHORITY_KEYS,
            )
            for record in records
        }


def import_records(
    kind: str,
    records: Iterable[Record],
    *,
    locale: str = "de",
    on_existing: OnExisting = "keep",
    importer_class: type[Importer] = Importer,
) -> ImportReport:
    """Import records of one kind of the central catalogue (the entry point for feeds)."""
    return importer_class(locale=locale, on_existing=on_existing).import_records(
        kind, records
    )


def import_documents(
    documents: Iterable[Mapping[str, Any]],
    *,
    on_existing: OnExisting = "keep",
    importer_class: type[Importer] = Importer,
) -> ImportReport:
    """Import whole documents (`{"kind": …, "locale": …, "records": […]}`) in order."""
    report = ImportReport()
    for document in documents:
        importer = importer_class(
            locale=document.get("locale", "de"), on_existing=on_existing
        )
        report.merge(importer.import_records(document["kind"], document["records"]))
    return report
