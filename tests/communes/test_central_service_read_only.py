"""Commune editors open the live central service read-only, with its published history
and what changed between publications — never its drafts, never its edit form."""

import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction

from catalogue.factories import ServicePageFactory

from .conftest import publish

pytestmark = pytest.mark.django_db


def read_only_url(service) -> str:
    return reverse("communes_central_service", args=(service.pk,))


def compare_url(service, revision_a, revision_b) -> str:
    return reverse(
        "communes_central_service_compare",
        args=(service.pk, revision_a, revision_b),
    )


def test_a_commune_editor_reads_every_field_of_the_live_central_service(
    scenario, radebeul_editor
):
    response = radebeul_editor.get(read_only_url(scenario.service))

    assert response.status_code == 200
    html = response.content.decode()
    for text in ("Zentraler Anreißer.", "Zentraler Volltext.", "97000000000001"):
        assert text in html
    for label in ("LeiKa-Schlüssel", "Voraussetzungen", "Kosten", "Onlinedienste"):
        assert label in html
    edit = reverse("wagtailadmin_pages:edit", args=(scenario.service.pk,))
    assert f'href="{edit}"' not in html
    # The catalogue's edit form itself stays closed to commune editors.
    assert radebeul_editor.get(edit).status_code == 302


def test_the_central_team_gets_a_link_to_edit(scenario, central_editor):
    html = central_editor.get(read_only_url(scenario.service)).content.decode()

    edit = reverse("wagtailadmin_pages:edit", args=(scenario.service.pk,))
    assert f'href="{edit}"' in html


def test_drafts_of_the_central_service_stay_hidden(scenario, radebeul_editor):
    scenario.service.teaser = "Geheimer Entwurf des Anreißers."
    draft = scenario.service.save_revision()

    html = radebeul_editor.get(read_only_url(scenario.service)).content.decode()

    assert "Zentraler Anreißer." in html
    assert "Geheimer Entwurf" not in html
    live = scenario.service.live_revision_id
    assert (
        radebeul_editor.get(compare_url(scenario.service, live, draft.pk)).status_code
        == 404
    )


def test_the_history_shows_what_changed_between_publications(scenario, radebeul_editor):
    before = scenario.service.live_revision_id
    scenario.service.teaser = "Zentraler Anreißer mit neuer Frist."
    publish(scenario.service)
    after = scenario.service.live_revision_id

    html = radebeul_editor.get(read_only_url(scenario.service)).content.decode()
    link = compare_url(scenario.service, before, after)
    assert link in html

    comparison = radebeul_editor.get(link).content.decode()
    assert '<span class="addition"> mit neuer Frist.</span>' in comparison
    assert "Kurztext" in comparison


def test_services_that_are_not_live_or_not_public_are_not_found(
    scenario, radebeul_editor, central_editor
):
    index = scenario.service.get_parent()
    draft = ServicePageFactory(parent=index, leika_key="97000000000005", live=False)
    private = publish(ServicePageFactory(parent=index, leika_key="97000000000006"))
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )

    assert radebeul_editor.get(read_only_url(draft)).status_code == 404
    assert radebeul_editor.get(read_only_url(private)).status_code == 404
    # Those who may edit a view-restricted service still read it here.
    assert central_editor.get(read_only_url(private)).status_code == 200
    # An adaptation is not a central service.
    adaptation = scenario.municipality_adaptation
    assert radebeul_editor.get(read_only_url(adaptation)).status_code == 404
