"""An outdated adaptation says what changed centrally since the revision it was last
published or checked against; „Geprüft, keine Änderung nötig“ clears the flag with an
entry in its history. The central team sees the report for every commune."""

from importlib import import_module

import pytest
from django.apps import apps
from django.urls import reverse
from wagtail.models import PageLogEntry

from communes.models import CommuneServicePage
from communes.selectors import outdated_adaptations

from .conftest import publish

pytestmark = pytest.mark.django_db

REPORT = reverse("communes_outdated_adaptations")


def changes_url(adaptation) -> str:
    return reverse("communes_central_changes", args=(adaptation.pk,))


def checked_url(adaptation) -> str:
    return reverse("communes_adaptation_checked", args=(adaptation.pk,))


@pytest.fixture
def central_change(scenario):
    """The central team publishes a new teaser: both adaptations are outdated."""
    scenario.service.teaser = "Zentraler Anreißer, jetzt auch online."
    publish(scenario.service)
    return scenario


def test_publishing_an_adaptation_records_the_central_revision_it_matches(scenario):
    adaptation = CommuneServicePage.objects.get(pk=scenario.municipality_adaptation.pk)

    assert adaptation.central_revision_id == scenario.service.live_revision_id
    assert adaptation not in outdated_adaptations()


def test_the_report_and_the_edit_form_show_the_changed_words(
    central_change, radebeul_editor
):
    adaptation = central_change.municipality_adaptation

    report = radebeul_editor.get(REPORT).content.decode()
    assert changes_url(adaptation) in report
    assert "Kurztext" in report  # the changed field, named in the report

    changes = radebeul_editor.get(changes_url(adaptation)).content.decode()
    assert '<span class="addition">, jetzt auch online.</span>' in changes
    assert "Geprüft, keine Änderung nötig" in changes

    edit = reverse("wagtailadmin_pages:edit", args=(adaptation.pk,))
    form = radebeul_editor.get(edit).content.decode()
    assert '<span class="addition">, jetzt auch online.</span>' in form
    assert checked_url(adaptation) in form


def test_geprueft_clears_the_flag_and_shows_in_the_history(
    central_change, radebeul_editor
):
    adaptation = central_change.municipality_adaptation
    live = central_change.service.live_revision_id

    response = radebeul_editor.post(
        checked_url(adaptation), {"revision": live}, HTTP_ACCEPT="application/json"
    )

    assert response.status_code == 200
    assert "als geprüft vermerkt" in response.json()["message"]
    assert adaptation not in outdated_adaptations()
    assert changes_url(adaptation) not in radebeul_editor.get(REPORT).content.decode()
    # The district's adaptation was not checked and stays outdated.
    assert central_change.district_adaptation in outdated_adaptations()
    entry = PageLogEntry.objects.get(page=adaptation, action="communes.central_checked")
    assert entry.user.username == "radebeul-redaktion"
    assert entry.data["central_revision"] == live
    history = radebeul_editor.get(
        reverse("wagtailadmin_pages:history", args=(adaptation.pk,))
    ).content.decode()
    assert "Zentrale Änderungen geprüft" in history
    # The edit form no longer shows the changes.
    form = radebeul_editor.get(
        reverse("wagtailadmin_pages:edit", args=(adaptation.pk,))
    ).content.decode()
    assert checked_url(adaptation) not in form


def test_a_change_published_after_the_editor_looked_is_not_marked_checked(
    central_change, radebeul_editor
):
    adaptation = central_change.municipality_adaptation
    seen = central_change.service.live_revision_id
    central_change.service.full_text = "<p>Noch eine zentrale Änderung.</p>"
    publish(central_change.service)

    response = radebeul_editor.post(checked_url(adaptation), {"revision": seen})

    assert response.status_code == 302
    assert adaptation in outdated_adaptations()
    page = radebeul_editor.get(response["Location"]).content.decode()
    assert "erneut veröffentlicht" in page


def test_only_the_adaptations_editors_may_mark_it_checked(
    central_change, dresden_editor, central_editor
):
    adaptation = central_change.municipality_adaptation
    live = central_change.service.live_revision_id

    for client in (dresden_editor, central_editor):
        client.post(checked_url(adaptation), {"revision": live})

    assert adaptation in outdated_adaptations()
    assert not PageLogEntry.objects.filter(
        page=adaptation, action="communes.central_checked"
    ).exists()


def test_the_central_team_sees_every_communes_outdated_adaptations(
    central_change, central_editor
):
    report = central_editor.get(REPORT).content.decode()

    for adaptation in (
        central_change.municipality_adaptation,
        central_change.district_adaptation,
    ):
        assert changes_url(adaptation) in report
    assert "Radebeul" in report and "Landkreis Meißen" in report
    # They read what changed, but do not get the commune's edit form or the check.
    changes = central_editor.get(
        changes_url(central_change.municipality_adaptation)
    ).content.decode()
    assert '<span class="addition">, jetzt auch online.</span>' in changes
    assert checked_url(central_change.municipality_adaptation) not in changes


def test_other_communes_see_neither_the_report_entries_nor_the_changes(
    central_change, dresden_editor
):
    adaptation = central_change.municipality_adaptation

    report = dresden_editor.get(REPORT).content.decode()

    assert changes_url(adaptation) not in report
    response = dresden_editor.get(changes_url(adaptation))
    assert response.status_code == 302  # Wagtail: „Sie haben leider keinen Zugang“
    assert (
        "jetzt auch online"
        not in dresden_editor.get(response["Location"]).content.decode()
    )


def test_existing_adaptations_get_the_central_revision_they_were_published_against(
    central_change,
):
    """The migration's initial value: the revision live when the adaptation was last
    published, so an adaptation published before the central change stays outdated."""
    migration = import_module("communes.migrations.0004_central_revision")
    CommuneServicePage.objects.update(central_revision=None)
    first_publication = (
        PageLogEntry.objects.filter(
            page=central_change.service, action="wagtail.publish"
        )
        .order_by("timestamp")
        .first()
    )

    migration.record_central_revisions(apps, None)

    adaptation = CommuneServicePage.objects.get(
        pk=central_change.municipality_adaptation.pk
    )
    assert adaptation.central_revision_id == first_publication.revision_id
    assert adaptation in outdated_adaptations()
    untouched = CommuneServicePage.objects.exclude(
        service=central_change.service
    ).live()
    assert not outdated_adaptations().filter(pk__in=untouched.values("pk")).exists()


def test_markup_saved_again_by_the_editor_is_no_change(scenario, radebeul_editor):
    # Draftail adds block keys when a central editor saves a text without changing it.
    scenario.service.full_text = '<p data-block-key="a1b2c">Zentraler Volltext.</p>'
    publish(scenario.service)
    adaptation = scenario.municipality_adaptation

    report = radebeul_editor.get(REPORT).content.decode()
    changes = radebeul_editor.get(changes_url(adaptation)).content.decode()

    assert "Keine inhaltlichen Änderungen" in report
    assert "unterscheiden sich inhaltlich nicht" in changes
    assert "Volltext" not in changes.split("ll-comparison")[1]


def test_the_dashboard_lists_only_what_the_user_can_check(
    central_change, central_editor, radebeul_editor
):
    home = reverse("wagtailadmin_home")

    assert "Veraltete Anpassungen (1)" in radebeul_editor.get(home).content.decode()
    assert "Veraltete Anpassungen (" not in central_editor.get(home).content.decode()


def test_checking_twice_writes_one_history_entry(central_change, radebeul_editor):
    adaptation = central_change.municipality_adaptation
    live = central_change.service.live_revision_id

    for _ in range(2):
        response = radebeul_editor.post(checked_url(adaptation), {"revision": live})
        assert response.status_code == 302

    assert (
        PageLogEntry.objects.filter(
            page=adaptation, action="communes.central_checked"
        ).count()
        == 1
    )
