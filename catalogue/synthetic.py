"""Synthetic but well-formed central content for load and scale tests.

Every text is built from German building blocks so pages look like what editors write
(modules, fees, documents, legal bases); a seeded `Random` makes every run identical.
The generators write records in the fixture format and build pages through the
importer (`catalogue.importer`), the one way pages are made from data.
"""

from __future__ import annotations

from datetime import date, timedelta
from random import Random

from django.utils.text import slugify

from .importer import authority_page, life_situation_page, service_page
from .models import AuthorityPage, LifeSituationPage, ServicePage

# LeiKa names a service by its object and the act ("Leistungsobjekt" + "Verrichtung").
SERVICE_OBJECTS = [
    ("Hundesteuer", "citizens"),
    ("Zweitwohnungsteuer", "citizens"),
    ("Grundsteuer", "citizens"),
    ("Gewerbesteuer", "businesses"),
    ("Vergnügungsteuer", "businesses"),
    ("Baugenehmigung", "citizens"),
    ("Abbruchgenehmigung", "citizens"),
    ("Baumfällgenehmigung", "citizens"),
    ("Sondernutzungserlaubnis für Straßenland", "businesses"),
    ("Aufgrabegenehmigung", "businesses"),
    ("Gaststättenerlaubnis", "businesses"),
    ("Reisegewerbekarte", "businesses"),
    ("Marktzulassung", "businesses"),
    ("Spielhallenerlaubnis", "businesses"),
    ("Bewachungsgewerbe", "businesses"),
    ("Maklererlaubnis", "businesses"),
    ("Waffenbesitzkarte", "citizens"),
    ("Fischereischein", "citizens"),
    ("Jagdschein", "citizens"),
    ("Anwohnerparkausweis", "citizens"),
    ("Parkerleichterung für Schwerbehinderte", "citizens"),
    ("Schwerbehindertenausweis", "citizens"),
    ("Wohngeld", "citizens"),
    ("Wohnberechtigungsschein", "citizens"),
    ("Elterngeld", "citizens"),
    ("Unterhaltsvorschuss", "citizens"),
    ("Kita-Platz", "citizens"),
    ("Schülerbeförderung", "citizens"),
    ("BAföG", "citizens"),
    ("Bildungs- und Teilhabeleistungen", "citizens"),
    ("Hilfe zur Pflege", "citizens"),
    ("Grundsicherung im Alter", "citizens"),
    ("Blindengeld", "citizens"),
    ("Landeserziehungsgeld", "citizens"),
    ("Führungszeugnis", "citizens"),
    ("Melderegisterauskunft", "citizens"),
    ("Meldebescheinigung", "citizens"),
    ("Lebensbescheinigung", "citizens"),
    ("Beglaubigung von Dokumenten", "citizens"),
    ("Fundsache", "citizens"),
    ("Sperrmüllabholung", "citizens"),
    ("Abfallbehälter", "citizens"),
    ("Straßenreinigungsgebühr", "citizens"),
    ("Abwassergebühr", "citizens"),
    ("Kleineinleitung", "citizens"),
    ("Brunnenbohrung", "citizens"),
    ("Denkmalschutzrechtliche Genehmigung", "citizens"),
    ("Hausnummer", "citizens"),
    ("Grundstücksteilung", "citizens"),
    ("Vorkaufsrechtsverzichtserklärung", "citizens"),
    ("Erschließungsbeitrag", "citizens"),
    ("Veranstaltung im Freien", "businesses"),
    ("Feuerwerk", "citizens"),
    ("Plakatierung", "businesses"),
    ("Straßensperrung", "businesses"),
    ("Schwertransport", "businesses"),
    ("Taxikonzession", "businesses"),
    ("Personenbeförderung", "businesses"),
    ("Güterkraftverkehr", "businesses"),
    ("Lebensmittelunternehmen", "businesses"),
    ("Trinkwasseruntersuchung", "businesses"),
    ("Tierhaltung", "citizens"),
    ("Gefährlicher Hund", "citizens"),
    ("Tierseuchenkasse", "businesses"),
    ("Immissionsschutzrechtliche Genehmigung", "businesses"),
    ("Abfallentsorgungsnachweis", "businesses"),
    ("Handwerksrolle", "businesses"),
    ("Ausbildungsvertrag", "businesses"),
    ("Arbeitszeitausnahme", "businesses"),
    ("Sonntagsarbeit", "businesses"),
    ("Ladenöffnung an Sonntagen", "businesses"),
    ("Vereinsregister", "citizens"),
    ("Sammlungserlaubnis", "citizens"),
    ("Friedhofsnutzung", "citizens"),
    ("Grabstelle", "citizens"),
    ("Einbürgerung", "citizens"),
    ("Aufenthaltstitel", "citizens"),
    ("Verpflichtungserklärung", "citizens"),
    ("Wahlschein", "citizens"),
    ("Ehrenamtskarte", "citizens"),
]
SERVICE_ACTS = [
    "beantragen",
    "verlängern",
    "ändern",
    "abmelden",
    "anmelden",
    "Befreiung beantragen",
    "Ermäßigung beantragen",
    "Bescheid anfordern",
    "Ersatz ausstellen lassen",
    "Widerspruch einlegen",
    "Auskunft erhalten",
    "Erstattung beantragen",
    "Stundung beantragen",
    "Übertragung beantragen",
    "Akteneinsicht beantragen",
    "Rücknahme erklären",
    "Anzeige erstatten",
    "Nachweis vorlegen",
    "Beratung erhalten",
    "Zweitschrift ausstellen lassen",
]
LIFE_SITUATION_ASPECTS = [
    "Fristen im Überblick",
    "Unterstützung und Beratung",
    "Kosten und Gebühren",
    "Checkliste für Behördengänge",
    "Hilfe in besonderen Fällen",
    "Digitale Angebote",
    "Rechte und Pflichten",
]

SENTENCES = [
    "Zuständig ist die Behörde an Ihrem Wohnort oder am Sitz Ihres Unternehmens.",
    "Der Antrag kann schriftlich, persönlich oder über das Amt24-Portal gestellt werden.",
    "Bitte reichen Sie alle Unterlagen vollständig ein, damit die Bearbeitung nicht "
    "verzögert wird.",
    "Die Behörde prüft Ihre Angaben und fordert fehlende Nachweise bei Bedarf nach.",
    "Über das Ergebnis erhalten Sie einen schriftlichen Bescheid.",
    "Gegen den Bescheid können Sie innerhalb eines Monats Widerspruch einlegen.",
    "Änderungen Ihrer Verhältnisse müssen Sie unverzüglich mitteilen.",
    "Für Menschen mit geringem Einkommen gibt es Ermäßigungen.",
    "Ausländische Urkunden benötigen in der Regel eine beglaubigte Übersetzung.",
    "Bei Fragen hilft Ihnen die Behörde gern, auch telefonisch.",
    "Vereinbaren Sie für die persönliche Vorsprache bitte vorab einen Termin.",
    "Eine Vertretung ist mit schriftlicher Vollmacht möglich.",
]


def paragraphs(rng: Random, subject: str, count: int) -> str:
    body = []
    for _ in range(count):
        sentences = rng.sample(SENTENCES, 3)
        body.append(f"<p>{subject}: {' '.join(sentences)}</p>")
    return "".join(body)


def service_title_pool(rng: Random) -> list[tuple[str, str]]:
    """Every (title, audience) combination, shuffled the same way on every run."""
    pool = [
        (f"{obj} {act}", audience)
        for obj, audience in SERVICE_OBJECTS
        for act in SERVICE_ACTS
    ]
    rng.shuffle(pool)
    return pool


def synthetic_service(
    rng: Random, number: int, title: str, audience: str
) -> ServicePage:
    """A complete service description; `number` makes its LeiKa key and slug unique.

    Built from a record, through the importer, like every page."""
    subject = title.split(" ")[0]
    reviewed = date(2026, 1, 1) + timedelta(days=rng.randrange(300))
    record = {
        "title": title,
        "slug": f"{slugify(title)}-{number}",
        "leika_key": f"9990{number:05d}00100",
        "audience": audience,
        "teaser": f"{title}: {rng.choice(SENTENCES)} {rng.choice(SENTENCES)}"[:400],
        "full_text": paragraphs(rng, title, 3),
        "prerequisites": "<ul>"
        + "".join(
            f"<li>{item}</li>"
            for item in rng.sample(
                [
                    "Hauptwohnsitz im Freistaat Sachsen",
                    "Vollendung des 18. Lebensjahres",
                    "keine offenen Forderungen bei der Behörde",
                    "Nachweis der Zuverlässigkeit",
                    "Eintragung im Handelsregister",
                    "Einkommen unterhalb der Einkommensgrenze",
                ],
                2,
            )
        )
        + "</ul>",
        "required_documents": list(
            rng.sample(
                [
                    "Personalausweis oder Reisepass",
                    "ausgefülltes Antragsformular",
                    "aktuelles biometrisches Lichtbild",
                    "Einkommensnachweise der letzten drei Monate",
                    "Lageplan im Maßstab 1:500",
                    "Vollmacht bei Vertretung",
                    "Nachweis über die Zahlung der Gebühr",
                ],
                3,
            )
        ),
        "fees": [
            {
                "description": f"{subject}: Verwaltungsgebühr",
                "amount": f"{rng.randrange(10, 150)}.00",
            }
        ],
        "deadlines": f"<p>{rng.choice(SENTENCES)}</p>",
        "processing_time": f"<p>In der Regel {rng.randrange(1, 9)} Wochen.</p>",
        "procedure": "<ol>"
        + "".join(
            f"<li>{step}</li>"
            for step in (
                "Sie stellen den Antrag mit den erforderlichen Unterlagen.",
                "Die Behörde prüft den Antrag auf Vollständigkeit.",
                "Sie erhalten einen Bescheid und gegebenenfalls einen Gebührenbescheid.",
            )
        )
        + "</ol>",
        "legal_basis": [
            {
                "title": f"§ {rng.randrange(1, 120)} Sächsisches Verwaltungskostengesetz",
                "url": "https://www.revosax.sachsen.de/vorschrift/1234",
            }
        ],
        "forms": [
            {
                "title": f"Antrag: {title}",
                "url": f"https://formulare.sachsen.de/{number}",
            }
        ],
        "online_services": [
            {
                "title": f"{title} online",
                "url": f"https://amt24.sachsen.de/leistung/{number}",
            }
        ],
        "further_information": f"<p>{rng.choice(SENTENCES)}</p>",
        "notes": f"<p>{rng.choice(SENTENCES)}</p>",
        "keywords": [subject, *rng.sample(SERVICE_ACTS, 2)],
        "last_reviewed": reviewed,
        "next_review": reviewed + timedelta(days=365),
    }
    return service_page(record)


def synthetic_sub_situation(
    rng: Random, parent_title: str, aspect: str, services: list[ServicePage]
) -> LifeSituationPage:
    record = {
        "title": f"{parent_title}: {aspect}",
        "slug": slugify(aspect),
        "teaser": f"{aspect} – was bei „{parent_title}“ zu beachten ist.",
        "audience": "citizens",
        "keywords": [aspect, parent_title],
        "body": [paragraphs(rng, aspect, 1) for _ in range(2)],
        "services": [service.leika_key for service in services],
    }
    return life_situation_page(record, {s.leika_key: s for s in services})


def synthetic_authority(
    rng: Random, title: str, slug: str, town: str, postcode: str, domain: str
) -> AuthorityPage:
    hours = [
        {"weekday": day, "opens": "08:00", "closes": closes, "note": ""}
        for day, closes in (("mon", "12:00"), ("tue", "18:00"), ("thu", "18:00"))
    ]
    return authority_page(
        {
            "title": title,
            "slug": slug,
            "address": f"{rng.choice(STREETS)} {rng.randrange(1, 80)}\n{postcode} {town}",
            "phone": f"+49 {rng.randrange(3400, 3799)} {rng.randrange(100, 999)}-{rng.randrange(10, 99)}",
            "email": f"{slug[:40]}@{domain}",
            "website": f"https://www.{domain}/{slug[:40]}",
            "opening_hours": hours,
        }
    )


STREETS = [
    "Markt",
    "Hauptstraße",
    "Rathausplatz",
    "Bahnhofstraße",
    "Schulstraße",
    "Kirchplatz",
    "Lindenallee",
    "Am Anger",
]
