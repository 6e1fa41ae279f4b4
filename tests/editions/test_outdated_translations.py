"""When the German source changes after a translation, the translation is flagged as
outdated (report and dashboard) with the segments that changed."""

import pytest
from django.urls import reverse

from catalogue.models import ServicePage
from editions.languages import reviewers_group_name, translators_group_name
from editions.outdated import outdated_translations
from tests.editions.helpers import (
    client_for,
    review,
    start_translation,
    submit_for_review,
    translate_segment,
)
from tests.factories import user_in_groups

pytestmark = pytest.mark.django_db

KEY = "99115030001000"
NEW_TEASER = "Die Anmeldung ist jetzt auch ohne Termin möglich."


@pytest.fixture
def german() -> ServicePage:
    return ServicePage.objects.get(leika_key=KEY, locale__language_code="de")


@pytest.fixture
def translator():
    return user_in_groups("hsb-uebersetzer", translators_group_name("hsb"))


@pytest.fixture
def published(german, translator) -> ServicePage:
    client = client_for(translator)
    page = start_translation(client, german, "hsb")
    translate_segment(client, page, "title", "Bydlenje přizjewić")
    submit_for_review(client, page)
    review(client_for(user_in_groups("hsb-pruefer", reviewers_group_name("hsb"))), page)
    return page


def test_a_current_translation_is_not_outdated(published):
    assert outdated_translations() == []


def test_changing_the_german_source_flags_the_translation_and_names_the_segment(
    published, german
):
    german.teaser = NEW_TEASER
    german.save_revision().publish()

    [outdated] = outdated_translations()

    assert outdated.translation.target_locale.language_code == "hsb"
    assert [change.path for change in outdated.changes] == ["teaser"]
    assert outdated.changes[0].after == NEW_TEASER
    assert outdated.changes[0].field_label == "Kurztext"


def test_changing_one_step_of_a_rich_text_names_its_field(published, german):
    # A rich text is several segments under one path (a step each): the first step's
    # change counts, however the stored segments come back from the database.
    first_step = "Lassen Sie sich den Einzug vom Wohnungsgeber schriftlich oder elektronisch bestätigen."
    assert first_step in german.procedure
    german.procedure = german.procedure.replace(
        first_step, "Lassen Sie sich den Einzug vom Wohnungsgeber bestätigen."
    )
    german.save_revision().publish()

    [outdated] = outdated_translations()

    [change] = outdated.changes
    assert change.path == "procedure"
    assert change.before.startswith(first_step)
    assert change.after.startswith(
        "Lassen Sie sich den Einzug vom Wohnungsgeber bestätigen."
    )
    assert change.after.endswith("Sie erhalten eine kostenlose Meldebestätigung.")


def test_republishing_without_a_text_change_is_not_outdated(published, german):
    german.save_revision().publish()

    assert outdated_translations() == []


def test_report_and_dashboard_show_the_outdated_translation(
    published, german, translator
):
    german.teaser = NEW_TEASER
    german.save_revision().publish()
    client = client_for(translator)

    report = client.get(reverse("editions_translations")).content.decode()
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()

    assert "Veraltete Übersetzungen" in report
    assert 'data-segment="teaser"' in report
    assert "Veraltete Übersetzungen (1)" in dashboard
    assert "Kurztext" in dashboard


def test_outdated_translations_of_other_languages_are_not_shown(published, german):
    german.teaser = NEW_TEASER
    german.save_revision().publish()
    english = user_in_groups("en-uebersetzer", translators_group_name("en"))

    dashboard = client_for(english).get(reverse("wagtailadmin_home")).content.decode()

    assert "Veraltete Übersetzungen" not in dashboard
