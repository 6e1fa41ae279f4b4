"""Generate a whole state's catalogue and communes for load and scale tests.

In `communes`, the highest app it needs; the API learns of the bulk publish through
`cms.signals.pages_published_in_bulk`.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from io import StringIO
from random import Random
from typing import Any, TextIO

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection, transaction
from wagtail.models import Locale, Page, Site

from catalogue.models import (
    AuthorityIndexPage,
    AuthorityPage,
    CatalogueRootPage,
    LifeSituationPage,
    ServicePage,
)
from catalogue.synthetic import (
    LIFE_SITUATION_ASPECTS,
    service_title_pool,
    synthetic_authority,
    synthetic_service,
    synthetic_sub_situation,
)
from cms.bulk import PublishedPageWriter
from cms.pages import page_child_by_slug
from cms.signals import pages_published_in_bulk
from communes.models import CommunePage, CommuneServiceIndexPage
from communes.synthetic import (
    OFFICES,
    CommuneSpec,
    commune_page,
    commune_specs,
    office_pages,
    synthetic_adaptation,
)


@dataclass(frozen=True)
class Preset:
    districts: int
    cities: int
    municipalities: int
    services: int
    life_situations: int
    authorities: int
    adaptations_per_commune: int

    @property
    def communes(self) -> int:
        return self.districts + self.cities + self.municipalities


PRESETS = {
    # Saxony's portal: 431 communes, ~1,500 services, ~11,000 authorities.
    "saxony": Preset(10, 3, 418, 1500, 120, 11000, 100),
    # Same shape per commune, a fraction of the state: fast for tests and laptops.
    "small": Preset(2, 1, 9, 300, 68, 400, 100),
}
# A generated commune: its spec, its root page, its services index and authorities index.
CommuneTree = tuple[CommuneSpec, CommunePage, Page, Page]
PUBLISHED_AT = datetime(2026, 10, 1, 8, 0, tzinfo=UTC)
CENTRAL_AUTHORITY_KINDS = [
    "Finanzamt",
    "Polizeirevier",
    "Amtsgericht",
    "Agentur für Arbeit",
    "Landesamt für Steuern und Finanzen – Außenstelle",
    "Landesdirektion Sachsen – Dienststelle",
    "Landesamt für Straßenbau und Verkehr – Niederlassung",
    "Staatsbetrieb Sachsenforst – Forstbezirk",
]


class Progress:
    """A one-line progress bar on a terminal, a line per tenth otherwise."""

    def __init__(self, total: int, stream: TextIO = sys.stderr) -> None:
        self.total, self.done, self.stream = total, 0, stream
        self.started = time.monotonic()
        self.label = ""
        self._last_tenth = -1

    def __call__(self, count: int) -> None:
        self.done += count
        share = min(self.done / self.total, 1.0)
        elapsed = time.monotonic() - self.started
        line = (
            f"[{'#' * int(share * 30):<30}] {share:4.0%} "
            f"{self.done:>6}/{self.total} Seiten · {elapsed:5.0f} s · {self.label}"
        )
        if self.stream.isatty():
            self.stream.write(f"\r{line:<100}")
        elif int(share * 10) != self._last_tenth:
            self._last_tenth = int(share * 10)
            self.stream.write(line + "\n")
        self.stream.flush()


class Command(BaseCommand):
    help = (
        "Generate synthetic, well-formed content at a state's scale into an empty "
        "database (after `migrate`): the demo catalogue topped up with generated "
        "services, life situations and authorities, plus communes with adaptations, "
        "all published with revisions. Deterministic for a given --seed."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--preset", choices=sorted(PRESETS), default="small")
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument(
            "--unless-generated",
            action="store_true",
            help="do nothing (and succeed) when the database already has communes",
        )

    def handle(self, *args: Any, preset: str, seed: int, **options: Any) -> None:
        started = time.monotonic()
        spec = PRESETS[preset]
        if CommunePage.objects.exists() and options["unless_generated"]:
            self.stdout.write("The database already has communes; nothing generated.")
            return
        if CommunePage.objects.exists():
            raise CommandError(
                "This database already has communes; generate_catalogue fills a fresh "
                "database. Point DATABASE_URL at an empty one and run `migrate` first."
            )
        rng = Random(seed)
        with transaction.atomic():
            call_command("seed_demo", "--no-communes", stdout=StringIO())
            catalogue = CatalogueRootPage.objects.get(locale=Locale.get_default())
            total = self._page_total(spec, catalogue)
            progress = Progress(total)
            writer = PublishedPageWriter(
                published_at=PUBLISHED_AT, rng=rng, progress=progress
            )
            progress.label = "Leistungen"
            services = self._services(writer, rng, spec, catalogue)
            progress.label = "Lebenslagen"
            self._life_situations(writer, rng, spec, catalogue, services)
            progress.label = "Kommunen"
            communes = self._communes(writer, rng, spec)
            progress.label = "Behörden"
            offices = self._authorities(writer, rng, spec, catalogue, communes)
            progress.label = "Anpassungen"
            self._adaptations(writer, rng, spec, communes, services, offices)
            search_progress = Progress(sum(map(len, writer.written.values())))
            search_progress.label = "Suchindex"
            writer.index_for_search(search_progress)
        if connection.vendor == "postgresql":
            # Planner statistics and the visibility map of the new rows; autovacuum
            # would take its time. (VACUUM cannot run inside a transaction.)
            with connection.cursor() as cursor:
                cursor.execute(
                    "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
                )
        pages_published_in_bulk.send(sender=PublishedPageWriter)
        elapsed = time.monotonic() - started
        self.stdout.write("")
        self.stdout.write(
            self.style.SUCCESS(
                f"Preset {preset}: {Page.objects.count() - 1} pages "
                f"({CommunePage.objects.count()} communes, "
                f"{ServicePage.objects.count()} services, "
                f"{LifeSituationPage.objects.count()} life situations) "
                f"in {elapsed:.0f} s."
            )
        )

    def _page_total(self, spec: Preset, catalogue: CatalogueRootPage) -> int:
        per_commune = 1 + 2 + len(OFFICES) + spec.adaptations_per_commune
        return (
            max(spec.services - ServicePage.objects.count(), 0)
            + max(spec.life_situations - LifeSituationPage.objects.count(), 0)
            + spec.communes * per_commune
            + self._central_authority_count(spec, catalogue)
        )

    def _section(self, catalogue: CatalogueRootPage, slug: str) -> Page:
        """A section of the catalogue (laid out by seed_demo, which `handle` runs)."""
        section = page_child_by_slug(catalogue, slug)
        if section is None:
            raise CommandError(
                f"The catalogue has no section '{slug}'; seed_demo lays it out."
            )
        return section

    def _central_authority_count(
        self, spec: Preset, catalogue: CatalogueRootPage
    ) -> int:
        existing = self._section(catalogue, "behoerden").get_children().count()
        return max(spec.authorities - existing - spec.communes * len(OFFICES), 0)

    def _services(
        self,
        writer: PublishedPageWriter,
        rng: Random,
        spec: Preset,
        catalogue: CatalogueRootPage,
    ) -> list[ServicePage]:
        index = self._section(catalogue, "leistungen")
        existing = list(ServicePage.objects.filter(locale=index.locale).order_by("pk"))
        missing = spec.services - len(existing)
        titles = service_title_pool(rng)[:missing]
        writer.add(
            index,
            [
                synthetic_service(rng, number, title, audience)
                for number, (title, audience) in enumerate(titles, start=1)
            ],
        )
        return existing + writer.flush()

    def _life_situations(
        self,
        writer: PublishedPageWriter,
        rng: Random,
        spec: Preset,
        catalogue: CatalogueRootPage,
        services: list[ServicePage],
    ) -> None:
        index = self._section(catalogue, "lebenslagen")
        top_level = list(
            LifeSituationPage.objects.child_of(index).order_by("path").specific()
        )
        missing = spec.life_situations - LifeSituationPage.objects.count()
        for number in range(max(missing, 0)):
            parent = top_level[number % len(top_level)]
            aspect = LIFE_SITUATION_ASPECTS[number // len(top_level)]
            writer.add(
                parent,
                [
                    synthetic_sub_situation(
                        rng, parent.title, aspect, rng.sample(services, 12)
                    )
                ],
            )
        writer.flush()

    def _communes(
        self, writer: PublishedPageWriter, rng: Random, spec: Preset
    ) -> list[CommuneTree]:
        specs = commune_specs(
            rng,
            districts=spec.districts,
            cities=spec.cities,
            municipalities=spec.municipalities,
        )
        root = Page.get_first_root_node()
        pages = [commune_page(commune, rng) for commune in specs]
        writer.add(root, pages)
        writer.flush()
        Site.objects.bulk_create(
            [
                Site(
                    hostname=f"{commune.slug}.localhost",
                    port=80,
                    root_page=page,
                    site_name=commune.name,
                )
                for commune, page in zip(specs, pages, strict=True)
            ]
        )
        for page in pages:
            writer.add(
                page,
                [
                    CommuneServiceIndexPage(title="Leistungen", slug="leistungen"),
                    AuthorityIndexPage(title="Behörden und Ämter", slug="behoerden"),
                ],
            )
        indexes = writer.flush()
        return [
            (commune, page, indexes[2 * number], indexes[2 * number + 1])
            for number, (commune, page) in enumerate(zip(specs, pages, strict=True))
        ]

    def _authorities(
        self,
        writer: PublishedPageWriter,
        rng: Random,
        spec: Preset,
        catalogue: CatalogueRootPage,
        communes: list[CommuneTree],
    ) -> dict[int, list[AuthorityPage]]:
        central_index = self._section(catalogue, "behoerden")
        central_count = self._central_authority_count(spec, catalogue)
        towns = [commune.name.split(" ")[-1] for commune, *_ in communes]
        central = []
        for number in range(central_count):
            kind = CENTRAL_AUTHORITY_KINDS[number % len(CENTRAL_AUTHORITY_KINDS)]
            town = towns[number // len(CENTRAL_AUTHORITY_KINDS) % len(towns)]
            title = f"{kind} {town}"
            central.append(
                synthetic_authority(
                    rng,
                    title if number < len(towns) * 8 else f"{title} {number}",
                    f"behoerde-{number + 1}",
                    town,
                    "01097",
                    "sachsen.example",
                )
            )
        writer.add(central_index, central)
        offices: dict[int, list[AuthorityPage]] = {}
        for commune, page, _services_index, authority_index in communes:
            offices[page.pk] = office_pages(commune, rng, len(OFFICES))
            writer.add(authority_index, offices[page.pk])
        writer.flush()
        return offices

    def _adaptations(
        self,
        writer: PublishedPageWriter,
        rng: Random,
        spec: Preset,
        communes: list[CommuneTree],
        services: list[ServicePage],
        offices: dict[int, list[AuthorityPage]],
    ) -> None:
        for commune, page, services_index, _authority_index in communes:
            chosen = rng.sample(services, spec.adaptations_per_commune)
            writer.add(
                services_index,
                [
                    synthetic_adaptation(rng, commune, service, offices[page.pk])
                    for service in sorted(chosen, key=lambda service: service.title)
                ],
            )
            writer.flush()
