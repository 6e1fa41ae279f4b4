"""A central service's „Verwendung“ names each adapting commune with the state of its
adaptation — every commune for the central team, their own for commune editors."""

import re

import pytest
from django.urls import reverse

from communes.factories import CommuneServicePageFactory

from .conftest import child, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def usage(scenario):
    """Dresden starts an adaptation (a draft); the central team changes the service."""
    CommuneServicePageFactory(
        parent=child(scenario.city, "leistungen"),
        service=scenario.service,
        live=False,
    )
    scenario.service.teaser = "Geänderter zentraler Anreißer."
    publish(scenario.service)
    # Radebeul republishes: current again; the district's stays outdated.
    publish(scenario.municipality_adaptation)
    return reverse("wagtailadmin_pages:usage", args=(scenario.service.pk,))


def rows(client, url) -> list[str]:
    """The usage table's rows as plain text."""
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "(Seite, privat)" not in html and "(Private" not in html
    listing = html[html.index('<table class="listing') :]
    table = listing[listing.index("<tbody") : listing.index("</tbody>")]
    return [
        " ".join(re.sub(r"<[^>]+>", " ", f"<tr{row}").split())
        for row in table.split("<tr")[1:]
    ]


def row_of(rows: list[str], name: str) -> str:
    (row,) = [row for row in rows if row.startswith(name)]
    return row


def test_the_central_team_sees_every_adapting_commune_by_name_and_state(
    usage, central_editor
):
    found = rows(central_editor, usage)

    assert "veraltet" in row_of(found, "Landkreis Meißen: Testfahrzeug zulassen")
    radebeul = row_of(found, "Radebeul: Testfahrzeug zulassen")
    assert "veröffentlicht" in radebeul and "veraltet" not in radebeul
    assert "Entwurf" in row_of(found, "Landeshauptstadt Dresden: Testfahrzeug zulassen")


def test_a_commune_editor_sees_only_their_own_communes_adaptation(
    usage, radebeul_editor, dresden_editor
):
    radebeul = rows(radebeul_editor, usage)
    assert row_of(radebeul, "Radebeul: Testfahrzeug zulassen")
    assert not [row for row in radebeul if "Meißen" in row or "Dresden" in row]

    dresden = rows(dresden_editor, usage)
    assert "Entwurf" in row_of(dresden, "Landeshauptstadt Dresden: Testfahrzeug")
    assert not [row for row in dresden if "Radebeul" in row or "Meißen" in row]


def test_the_usage_of_a_draft_title_is_not_shown_to_readers(scenario, radebeul_editor):
    scenario.service.title = "Geheimer Entwurfstitel"
    scenario.service.save_revision()

    html = radebeul_editor.get(
        reverse("wagtailadmin_pages:usage", args=(scenario.service.pk,))
    ).content.decode()

    assert "Geheimer Entwurfstitel" not in html
    assert "Testfahrzeug zulassen" in html


def test_commune_editors_cannot_open_the_usage_of_another_communes_page(
    scenario, dresden_editor
):
    response = dresden_editor.get(
        reverse("wagtailadmin_pages:usage", args=(scenario.municipality_adaptation.pk,))
    )

    assert response.status_code == 302  # Wagtail: „Sie haben leider keinen Zugang“
