"""Synthetic communes of a Saxon-sized state: districts, cities, municipalities.

Districts and independent cities carry Saxony's real names and ARS; municipalities get
plausible names, ARS inside their district (never ending in seven zeros) and distinct
postcodes from Saxony's ranges.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from random import Random

from django.utils.text import slugify

from catalogue.models import AuthorityPage, ServicePage

from .importer import adaptation_page
from .models import (
    CommuneKind,
    CommunePage,
    CommuneServicePage,
    LocalTextMode,
)

DISTRICTS = [
    ("145210000000", "Erzgebirgskreis"),
    ("145220000000", "Landkreis Mittelsachsen"),
    ("145230000000", "Vogtlandkreis"),
    ("145240000000", "Landkreis Zwickau"),
    ("146250000000", "Landkreis Bautzen"),
    ("146260000000", "Landkreis Görlitz"),
    ("146270000000", "Landkreis Meißen"),
    ("146280000000", "Landkreis Sächsische Schweiz-Osterzgebirge"),
    ("147290000000", "Landkreis Leipzig"),
    ("147300000000", "Landkreis Nordsachsen"),
]
CITIES = [
    ("145110000000", "Stadt Chemnitz"),
    ("146120000000", "Landeshauptstadt Dresden"),
    ("147130000000", "Stadt Leipzig"),
]
NAME_PREFIXES = ["", "Ober", "Nieder", "Groß", "Klein", "Alt", "Neu", "Hohen", "Bad "]
NAME_STEMS = [
    "Lichten", "Rosen", "Eichen", "Birken", "Wolfs", "Falken", "Sonnen", "Mühl",
    "Kirch", "Linden", "Tannen", "Buch", "Wald", "Stein", "Erl", "Hain", "Reichen",
    "Franken", "Schön", "Gold",
]  # fmt: skip
NAME_SUFFIXES = ["berg", "bach", "hain", "walde", "dorf", "au", "stein", "thal", "grün"]
# Saxony's postcodes by former Regierungsbezirk (the ARS's third digit).
POSTCODE_RANGES = {
    "5": [(8056, 8648), (9111, 9669)],  # Chemnitz
    "6": [(1067, 1936), (2625, 2999)],  # Dresden
    "7": [(4103, 4938)],  # Leipzig
}

OFFICES = [
    "Bürgeramt",
    "Standesamt",
    "Ordnungsamt",
    "Bauamt",
    "Steueramt",
    "Kämmerei",
    "Sozialamt",
    "Jugendamt",
    "Wohngeldstelle",
    "Gewerbeamt",
    "Friedhofsverwaltung",
    "Umweltamt",
    "Straßenverkehrsbehörde",
    "Fundbüro",
    "Kita-Verwaltung",
    "Schulverwaltungsamt",
    "Bürgerbüro Ortsteil Nord",
    "Bürgerbüro Ortsteil Süd",
    "Wahlamt",
    "Liegenschaftsamt",
    "Stadtkasse",
    "Vermessungsamt",
    "Denkmalschutzbehörde",
    "Abfallwirtschaft",
    "Ausländerbehörde",
]


@dataclass
class CommuneSpec:
    """A commune to generate, before it has a page."""

    ars: str
    name: str
    kind: str
    postcodes: list[str] = field(default_factory=list)

    @property
    def slug(self) -> str:
        return slugify(self.name.replace("ß", "ss"))

    @property
    def domain(self) -> str:
        return f"{self.slug}.sachsen.example"


def commune_specs(
    rng: Random, *, districts: int, cities: int, municipalities: int
) -> list[CommuneSpec]:
    """Districts first, then cities, then municipalities spread over the districts."""
    postcodes = {region: _postcode_pool(rng, region) for region in POSTCODE_RANGES}
    specs = [
        CommuneSpec(ars, name, CommuneKind.DISTRICT)
        for ars, name in DISTRICTS[:districts]
    ]
    specs += [
        CommuneSpec(
            ars, name, CommuneKind.CITY, [next(postcodes[ars[2]]) for _ in range(5)]
        )
        for ars, name in CITIES[:cities]
    ]
    names = _municipality_names(rng, municipalities)
    district_specs = specs[:districts]
    for number, name in enumerate(names):
        district = district_specs[number % len(district_specs)]
        local = number // len(district_specs) + 1
        # Gemeindeverband (4 digits) and Gemeinde (3 digits) after the district's five.
        ars = f"{district.ars[:5]}{local:04d}{local:03d}"
        own = [next(postcodes[ars[2]]) for _ in range(rng.choice((1, 1, 2)))]
        district.postcodes.extend(own)
        specs.append(CommuneSpec(ars, name, CommuneKind.MUNICIPALITY, own))
    return specs


def commune_page(spec: CommuneSpec, rng: Random) -> CommunePage:
    town = spec.name.split(" ")[-1]
    first_postcode = spec.postcodes[0] if spec.postcodes else "01001"
    return CommunePage(
        title=spec.name,
        slug=spec.slug,
        ars=spec.ars,
        kind=spec.kind,
        postcodes=" ".join(sorted(spec.postcodes)),
        address=f"Rathausplatz {rng.randrange(1, 20)}\n{first_postcode} {town}",
        phone=f"+49 {rng.randrange(3400, 3799)} {rng.randrange(100, 999)}-0",
        email=f"info@{spec.domain}",
        website=f"https://www.{spec.domain}",
    )


def office_pages(spec: CommuneSpec, rng: Random, count: int) -> list[AuthorityPage]:
    from catalogue.synthetic import synthetic_authority

    town = spec.name.split(" ")[-1]
    postcode = spec.postcodes[0] if spec.postcodes else "01001"
    return [
        synthetic_authority(
            rng, f"{office} {spec.name}", slugify(office), town, postcode, spec.domain
        )
        for office in OFFICES[:count]
    ]


def synthetic_adaptation(
    rng: Random,
    spec: CommuneSpec,
    service: ServicePage,
    authorities: list[AuthorityPage],
) -> CommuneServicePage:
    """A commune's adaptation as editors leave them: a few local texts, fees, offices.

    Written as a record and built by the importer, like every page."""
    reviewed = date(2026, 1, 1) + timedelta(days=rng.randrange(300))
    record: dict = {
        "service": service.leika_key,
        "last_reviewed": reviewed,
        "next_review": reviewed + timedelta(days=rng.choice((180, 365, 730))),
        "local_texts": {},
    }
    for module in rng.sample(
        ["full_text", "deadlines", "processing_time", "procedure", "notes"], 2
    ):
        record["local_texts"][module] = {
            "mode": rng.choice(LocalTextMode.values),
            "text": f"<p>In {spec.name} gilt: bitte vereinbaren Sie einen Termin über "
            f"www.{spec.domain}/termine.</p>",
        }
    if rng.random() < 0.4:
        record["fees"] = [
            {
                "description": f"Gebühr nach der Verwaltungskostensatzung {spec.name}",
                "amount": f"{rng.randrange(5, 90)}.00",
            }
        ]
    if rng.random() < 0.3:
        record["forms"] = [
            {
                "title": f"Formular der Gemeinde {spec.name}",
                "url": f"https://www.{spec.domain}/formulare/{service.slug[:40]}",
            }
        ]
    offices = rng.sample(authorities, 2)
    record["authorities"] = [office.slug for office in offices]
    page = adaptation_page(record, service, {office.slug: office for office in offices})
    # Bulk writing skips the signal that records which central state was adapted.
    page.central_revision_id = service.live_revision_id
    return page


def _municipality_names(rng: Random, count: int) -> list[str]:
    names = sorted(
        {
            f"{prefix}{stem if not prefix or prefix.endswith(' ') else stem.lower()}{suffix}"
            for prefix in NAME_PREFIXES
            for stem in NAME_STEMS
            for suffix in NAME_SUFFIXES
        }
    )
    rng.shuffle(names)
    return names[:count]


def _postcode_pool(rng: Random, region: str):
    codes = [
        f"{code:05d}"
        for low, high in POSTCODE_RANGES[region]
        for code in range(low, high + 1)
    ]
    rng.shuffle(codes)
    yield from codes
