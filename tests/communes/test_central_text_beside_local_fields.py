"""A commune editor sees, beside each local field of an adaptation, the live central
value and the district's own value — on the edit form, on the create form once a
service is chosen, and through the endpoint the form asks when the choice changes."""

import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction

from catalogue.factories import ServicePageFactory
from communes.models import CommuneServicePage

from .conftest import adaptation_form_data, child, login, publish

pytestmark = pytest.mark.django_db


def edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def central_panel(html: str, field: str) -> str:
    """The HTML of one field's central-value panel."""
    start = html.index(f'data-ll-central-field="{field}"')
    return html[start : html.index("</div>\n</div>", start)]


def test_the_edit_form_shows_the_live_central_text_and_the_districts_beside_each_field(
    scenario, radebeul_editor
):
    # A draft of the central service must not show: the panels show what is live.
    scenario.service.full_text = "<p>Unveröffentlichter Entwurf.</p>"
    scenario.service.save_revision()

    html = radebeul_editor.get(edit_url(scenario.municipality_adaptation)).content
    html = html.decode()

    full_text = central_panel(html, "full_text")
    assert "Zentraler Volltext." in full_text
    assert "Landkreis Meißen ergänzt:" in full_text
    assert "Kreis: Ergänzung." in full_text
    assert "Unveröffentlichter Entwurf" not in html
    processing_time = central_panel(html, "processing_time")
    assert "Zentral: zwei Wochen." in processing_time
    assert "Landkreis Meißen" not in processing_time  # the district left it central
    authorities = central_panel(html, "authorities")
    assert "Testzulassungsstelle" in authorities
    for field in (*scenario.service.NARRATIVE_MODULES, "fees", "forms"):
        assert f'data-ll-central-field="{field}"' in html, field
    assert reverse("communes_central_service", args=(scenario.service.pk,)) in html, (
        "the form links to the central service, read-only"
    )


def test_the_district_itself_sees_only_the_central_text(scenario):
    district_editor = login("kreis-redaktion", "Landkreis Meißen Editors")

    html = district_editor.get(edit_url(scenario.district_adaptation)).content.decode()

    full_text = central_panel(html, "full_text")
    assert "Zentraler Volltext." in full_text
    assert "ergänzt:" not in full_text


def test_the_create_form_shows_the_central_text_once_a_service_is_chosen_and_saved(
    scenario, dresden_editor
):
    services = child(scenario.city, "leistungen")  # Dresden has not adapted it
    dresden = dresden_editor
    add_url = reverse(
        "wagtailadmin_pages:add",
        args=("communes", "communeservicepage", services.pk),
    )

    empty = dresden.get(add_url).content.decode()
    assert "Wählen Sie auf dem Reiter „Leistung“" in central_panel(empty, "teaser")

    response = dresden.post(
        add_url, adaptation_form_data(service=scenario.service.pk, slug="test")
    )
    assert response.status_code == 302
    created = CommuneServicePage.objects.child_of(services).get(
        service=scenario.service
    )
    html = dresden.get(edit_url(created)).content.decode()
    assert "Zentraler Anreißer." in central_panel(html, "teaser")
    assert "Landkreis Meißen" not in html  # Dresden is an independent city


def test_the_endpoint_renders_the_central_values_of_a_newly_chosen_service(
    scenario, radebeul_editor
):
    services = child(scenario.municipality, "leistungen")
    other = publish(
        ServicePageFactory(
            parent=scenario.service.get_parent(),
            leika_key="97000000000002",
            teaser="Anderer zentraler Anreißer.",
        )
    )

    response = radebeul_editor.get(
        reverse("communes_central_values"),
        {"parent": services.pk, "service": other.pk},
    )

    assert response.status_code == 200
    fields = response.json()["fields"]
    assert "Anderer zentraler Anreißer." in fields["teaser"]
    assert set(fields) >= {"full_text", "fees", "forms", "authorities"}
    assert other.title in response.json()["summary"]


def test_the_endpoint_refuses_what_the_editor_may_not_see(
    scenario, radebeul_editor, dresden_editor
):
    url = reverse("communes_central_values")
    radebeul_services = child(scenario.municipality, "leistungen")
    draft = ServicePageFactory(
        parent=scenario.service.get_parent(), leika_key="97000000000003", live=False
    )
    private = publish(
        ServicePageFactory(
            parent=scenario.service.get_parent(), leika_key="97000000000004"
        )
    )
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    service = scenario.service.pk

    # Another commune's form, by the services index or by the adaptation: forbidden.
    assert (
        dresden_editor.get(url, {"parent": radebeul_services.pk, "service": service})
    ).status_code == 403
    assert (
        dresden_editor.get(
            url, {"page": scenario.municipality_adaptation.pk, "service": service}
        )
    ).status_code == 403
    # Central services that are not live or not public: not found.
    for hidden in (draft, private):
        response = radebeul_editor.get(
            url, {"parent": radebeul_services.pk, "service": hidden.pk}
        )
        assert response.status_code == 404
        assert "Keine veröffentlichte zentrale Leistung" in response.json()["error"]
    # Nonsense gets a clear answer, never a 500.
    assert (
        radebeul_editor.get(url, {"parent": "x", "service": "y"})
    ).status_code == 403
    assert (
        radebeul_editor.get(url, {"parent": radebeul_services.pk, "service": "y"})
    ).status_code == 404
