"""Done when: export the demo → import into an empty catalogue → export again, identical."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from catalogue.models import AuthorityPage, ServicePage
from communes.models import CommuneServicePage

pytestmark = pytest.mark.django_db


def _read(path) -> dict[str, str]:
    if path.is_dir():
        return {p.name: p.read_text() for p in sorted(path.iterdir())}
    return {path.name: path.read_text()}


@pytest.mark.parametrize(
    ("version", "fmt"),
    [("2.3.1", "xml"), ("2.2.0", "xml"), ("2.3.1", "json"), ("2.2.0", "json")],
)
def test_export_import_into_an_empty_catalogue_and_export_again_is_identical(
    version, fmt, exported, emptied
):
    counts = {
        model: model.objects.live().count()
        for model in (ServicePage, CommuneServicePage, AuthorityPage)
    }
    first = exported(version, fmt, "first")
    # The state authorities travel as Zuständigkeiten for the whole state (state ARS).
    assert any(".ZS.140000000000." in text for text in _read(first).values())
    emptied()
    assert ServicePage.objects.count() == 0
    call_command("import_xzufi", "--publish", str(first))
    for model, count in counts.items():
        assert model.objects.live().count() == count, model
    second = exported(version, fmt, "second")
    assert _read(first) == _read(second)


def _translate(page, locale, **values):
    translation = page.copy_for_translation(locale, copy_parents=True)
    for name, value in values.items():
        setattr(translation, name, value)
    translation.save_revision().publish()


def test_every_language_edition_survives_the_round_trip(exported, emptied):
    english = Locale.objects.get_or_create(language_code="en")[0]
    sorbian = Locale.objects.get_or_create(language_code="hsb")[0]
    adaptation = CommuneServicePage.objects.live().exclude(local_procedure="").first()
    service = adaptation.service
    office = AuthorityPage.objects.live().first()
    _translate(service, english, title="Apply for it", teaser="In English.")
    _translate(service, sorbian, title="Serbski titul", teaser="Serbsce.")
    _translate(office, english, title="Citizens' office")
    _translate(
        adaptation,
        english,
        title="Local English title",
        service=service.get_translation(english),
        local_procedure="<p>Local procedure in English.</p>",
    )
    first = exported("2.3.1", "xml", "first")
    text = first.read_text()
    assert 'languageCode="hsb">Serbski titul<' in text
    assert "Local procedure in English." in text
    emptied()
    call_command("import_xzufi", "--publish", str(first))
    assert ServicePage.objects.live().filter(locale=english).count() == 1
    assert ServicePage.objects.live().get(locale=sorbian).teaser == "Serbsce."
    assert _read(first) == _read(exported("2.3.1", "xml", "second"))
