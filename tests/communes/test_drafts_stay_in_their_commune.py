"""A commune's unpublished adaptation stays inside that commune: another commune's
editor finds no trace of it in any view the central-text features added."""

import pytest
from django.urls import reverse

from catalogue.factories import ServicePageFactory
from communes.factories import CommuneServicePageFactory

from .conftest import child, publish

pytestmark = pytest.mark.django_db

SECRET = "Radebeuler Entwurf, noch geheim"


@pytest.fixture
def radebeul_draft(scenario):
    """Radebeul starts adapting a second central service; nothing is published."""
    service = publish(
        ServicePageFactory(
            parent=scenario.service.get_parent(), leika_key="97000000000009"
        )
    )
    scenario.service = service
    return CommuneServicePageFactory(
        parent=child(scenario.municipality, "leistungen"),
        service=service,
        title=SECRET,
        slug="geheimer-entwurf",
        live=False,
    )


def test_another_communes_editor_finds_no_trace_of_the_draft(
    scenario, radebeul_draft, dresden_editor, central_editor
):
    service = scenario.service
    pages = [
        reverse("wagtailadmin_pages:usage", args=(service.pk,)),
        reverse("communes_central_service", args=(service.pk,)),
        reverse("communes_outdated_adaptations"),
    ]
    for url in pages:
        response = dresden_editor.get(url)
        assert response.status_code == 200, url
        assert SECRET not in response.content.decode(), url

    for url in (
        reverse("communes_central_changes", args=(radebeul_draft.pk,)),
        reverse("wagtailadmin_pages:usage", args=(radebeul_draft.pk,)),
        reverse("wagtailadmin_pages:preview_on_edit", args=(radebeul_draft.pk,)),
    ):
        response = dresden_editor.get(url)
        assert response.status_code in (302, 403, 404), url
        assert SECRET not in response.content.decode(), url

    values = dresden_editor.get(
        reverse("communes_central_values"),
        {"page": radebeul_draft.pk, "service": service.pk},
    )
    assert values.status_code == 403
    assert SECRET not in values.content.decode()

    # The central team does see it, as Radebeul's draft.
    usage = central_editor.get(pages[0]).content.decode()
    assert f"Radebeul: {SECRET}" in usage
