"""Demo editions of communes, after the central ones (`seed_demo` with demo users):
the section "communes" of `editions/demo/translations.json` — a commune's edition tree,
its adaptations translated and published, its translator and moderator demo users."""

from __future__ import annotations

import json
from collections.abc import Iterator

from wagtail.models import Locale

from cms.demo_users import ensure_demo_user
from editions.demo_translations import DATA_FILE, translate_page
from editions.languages import german_name, source_language
from editions.services import commune_edition_setup

from .models import CommunePage, CommuneServicePage


def commune_demo_usernames(commune: CommunePage) -> list[tuple[str, str, str]]:
    """(username, group, role) of a commune's demo translator and moderator."""
    return [
        (
            f"{commune.slug}-uebersetzung",
            f"{commune.title} Editors",
            "übersetzt die Seiten der Gemeinde",
        ),
        (
            f"{commune.slug}-moderation",
            f"{commune.title} Moderators",
            "gibt Übersetzungen der Gemeinde frei",
        ),
    ]


def seed_demo_commune_editions() -> Iterator[str]:
    """Idempotent: what exists already is left as it is."""
    data = json.loads(DATA_FILE.read_text(encoding="utf-8")).get("communes", {})
    german = Locale.objects.get(language_code=source_language())
    for ars, entry in data.items():
        commune = CommunePage.objects.filter(ars=ars, locale=german).first()
        if commune is None:  # seeded without communes
            continue
        for code in entry["editions"]:
            commune_edition_setup(commune, code)
        made = 0
        for key, editions in entry.get("adaptations", {}).items():
            adaptation = CommuneServicePage.objects.get(
                service__leika_key=key, locale=german, path__startswith=commune.path
            )
            for code, segments in editions.items():
                locale = Locale.objects.get(language_code=code)
                if adaptation.get_translation_or_none(locale) is None:
                    translate_page(adaptation, locale, segments)
                    made += 1
        languages = ", ".join(german_name(code) for code in entry["editions"])
        yield f"Commune edition: {commune.title} ({languages}), {made} translated"
        for username, group, role in commune_demo_usernames(commune):
            ensure_demo_user(username, group)
            yield f"  {username:<22} {commune.title}: {role}"
