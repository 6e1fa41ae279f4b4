"""Which content the journeys ask about: picked once (comparable runs) or drawn per
request from the whole catalogue (load)."""

from __future__ import annotations

import bisect
import itertools
import json
import os
import random
import subprocess
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass

from django.conf import settings
from django.core.management.base import CommandError
from django.db.models import (
    Case,
    Exists,
    IntegerField,
    OuterRef,
    QuerySet,
    Value,
    When,
)
from wagtail.models import Page

from catalogue.models import LifeSituationIndexPage, LifeSituationPage, ServicePage
from cms.visibility import visible_pages
from communes.models import CommuneKind, CommunePage, CommuneServicePage

from .journeys import Target

# How steeply popularity falls: the k-th most asked-for service (and commune) is asked
# for about 1/k as often as the first (Zipf's law, s = 1).
ZIPF_EXPONENT = 1.0
SEARCH_TERMS = ("Personalausweis", "Geburtsurkunde", "Ummeldung", "Gewerbe", "Hund")
# For a commune without postcodes (the postcode journey then finds another one).
FALLBACK_POSTCODE = "01067"
NO_CATALOGUE = (
    "No catalogue in this database: first run `manage.py generate_catalogue "
    "--preset small` (or `--preset saxony`), or `manage.py seed_demo` for the demo "
    "content."
)


@dataclass(frozen=True)
class Samples:
    """The content of a comparable run, picked deterministically from the database."""

    commune_ars: str
    commune_name: str
    commune_postcode: str
    service_id: int
    leika_key: str
    service_title: str
    adapted: bool
    life_situation_index_id: int
    life_situation_slug: str
    life_situation_id: int
    search_terms: tuple[str, ...]

    def targets(self) -> tuple[Target, ...]:
        """One target per search term; a run cycles through them."""
        return tuple(
            Target(
                commune_ars=self.commune_ars,
                postcode=self.commune_postcode,
                leika_key=self.leika_key,
                service_id=self.service_id,
                life_situation_slug=self.life_situation_slug,
                life_situation_id=self.life_situation_id,
                life_situation_index_id=self.life_situation_index_id,
                search_term=term,
            )
            for term in self.search_terms
        )

    def describe(self) -> str:
        return (
            f"Samples: commune {self.commune_name} ({self.commune_ars}), service "
            f"„{self.service_title}“ ({self.leika_key}, page {self.service_id}"
            f"{', adapted' if self.adapted else ''}); search "
            + ", ".join(self.search_terms)
        )

    def as_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Samples:
        values = json.loads(text)
        values["search_terms"] = tuple(values["search_terms"])
        return cls(**values)


def published(model: type[Page]) -> QuerySet:
    """What the public sees of a page type, in tree order."""
    return visible_pages(model.objects.all()).order_by("path")


def _first_postcode(commune: CommunePage) -> str:
    return next(iter(commune.postcodes.split()), FALLBACK_POSTCODE)


def pick_samples() -> Samples:
    """The first published commune with adaptations (municipalities first, as they
    resolve two layers: district and commune), ordered by tree path, and its first
    adapted service; without adaptations, the first commune and service."""
    services = visible_pages(ServicePage.objects.all())
    adaptations = visible_pages(CommuneServicePage.objects.all()).filter(
        service__in=services
    )
    commune = (
        visible_pages(CommunePage.objects.all())
        .annotate(
            adapts=Exists(adaptations.filter(path__startswith=OuterRef("path"))),
            rank=Case(
                When(kind=CommuneKind.MUNICIPALITY, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            ),
        )
        .order_by("-adapts", "rank", "path")
        .first()
    )
    index = published(LifeSituationIndexPage).first()
    situation = published(LifeSituationPage).first()
    if commune is None or index is None or situation is None or not services.exists():
        raise CommandError(NO_CATALOGUE)
    adaptation = (
        adaptations.filter(path__startswith=commune.path).order_by("path").first()
    )
    service = adaptation.service if adaptation else services.order_by("path").first()
    first_word = next(
        (word for word in service.title.split() if len(word) >= 4), service.title
    )
    return Samples(
        commune_ars=commune.ars,
        commune_name=commune.title,
        commune_postcode=_first_postcode(commune),
        service_id=service.pk,
        leika_key=service.leika_key,
        service_title=service.title,
        adapted=adaptation is not None,
        life_situation_index_id=index.pk,
        life_situation_slug=situation.slug,
        life_situation_id=situation.pk,
        search_terms=tuple(dict.fromkeys([*SEARCH_TERMS, first_word])),
    )


def samples_of(database_url: str) -> Samples:
    """`pick_samples` on another database, read by a child process."""
    result = subprocess.run(
        [
            sys.executable,
            str(settings.BASE_DIR / "manage.py"),
            "benchmark",
            "--print-samples",
        ],
        env={**os.environ, "DATABASE_URL": database_url},
        capture_output=True,
        text=True,
        timeout=120,
    )
    if result.returncode != 0:
        raise CommandError(
            f"The baseline database gave no samples: {result.stderr.strip()[-500:]}"
        )
    return Samples.from_json(result.stdout.strip().splitlines()[-1])


@dataclass(frozen=True)
class Catalogue:
    """Everything published that a reader may ask about, to draw targets from."""

    communes: tuple[tuple[str, str], ...]  # ARS, first postcode
    services: tuple[tuple[str, int], ...]  # LeiKa key, page id
    life_situations: tuple[tuple[str, int], ...]  # slug, page id
    life_situation_index_id: int

    @classmethod
    def load(cls) -> Catalogue:
        """In tree order, so that the same draws give the same targets."""
        communes = tuple(
            (commune.ars, _first_postcode(commune))
            for commune in published(CommunePage).only("ars", "postcodes")
        )
        services = tuple(published(ServicePage).values_list("leika_key", "pk"))
        situations = tuple(published(LifeSituationPage).values_list("slug", "pk")[:50])
        index = published(LifeSituationIndexPage).first()
        if not communes or not services or not situations or index is None:
            raise CommandError(NO_CATALOGUE)
        return cls(communes, services, situations, index.pk)

    def draw(self, rng: random.Random) -> Target:
        """A target drawn uniformly from the whole catalogue."""
        return self._target(rng, rng.choice(self.communes), rng.choice(self.services))

    def _target(
        self, rng: random.Random, commune: tuple[str, str], service: tuple[str, int]
    ) -> Target:
        """The target of a drawn commune (ARS, postcode) and service (LeiKa key, id),
        with a life situation and a search term drawn uniformly after them (in this
        order, so that a seed gives the same targets)."""
        (ars, postcode), (key, service_id) = commune, service
        slug, situation_id = rng.choice(self.life_situations)
        return Target(
            commune_ars=ars,
            postcode=postcode,
            leika_key=key,
            service_id=service_id,
            life_situation_slug=slug,
            life_situation_id=situation_id,
            life_situation_index_id=self.life_situation_index_id,
            search_term=rng.choice(SEARCH_TERMS),
        )

    def sizes(self) -> dict[str, int]:
        return {
            "communes": len(self.communes),
            "services": len(self.services),
            "life_situations": len(self.life_situations),
        }

    def popular(
        self, exponent: float = ZIPF_EXPONENT
    ) -> Callable[[random.Random], Target]:
        """Draws of targets whose (service, commune) pair is Zipf-like: a few services
        and communes are asked about far more often than the long tail, as on the
        portal (ID cards in the cities). Service and commune are drawn independently;
        which ones are popular is a fixed shuffle of the catalogue, not its tree order."""
        communes = _by_popularity(self.communes)
        services = _by_popularity(self.services)
        commune_rank, service_rank = (
            zipf(len(communes), exponent),
            zipf(len(services), exponent),
        )

        def draw(rng: random.Random) -> Target:
            commune = communes[commune_rank(rng)]
            return self._target(rng, commune, services[service_rank(rng)])

        return draw


def _by_popularity(items: tuple) -> list:
    """The items in a fixed order of popularity (the same in every run)."""
    ordered = list(items)
    random.Random(0).shuffle(ordered)
    return ordered


def zipf(count: int, exponent: float) -> Callable[[random.Random], int]:
    """Draws of a rank 0..count-1 with probability ∝ 1 / (rank + 1) ** exponent."""
    cumulative = list(
        itertools.accumulate(1 / rank**exponent for rank in range(1, count + 1))
    )

    def draw(rng: random.Random) -> int:
        return min(count - 1, bisect.bisect(cumulative, rng.random() * cumulative[-1]))

    return draw
