"""Without a frontend configured, Wagtail's preview shows a page as the portal would:
a service resolved for the commune the editor picks, an adaptation for its own commune
(unsaved changes included), a life situation with its services — under the admin's CSP.
With a frontend configured, the headless preview stays as it was."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from catalogue.models import AuthorityPage, LifeSituationPage
from tests.admin_forms import service_form_data

from .conftest import MUNICIPALITY_ARS, adaptation_form_data, child

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_frontend(settings):
    settings.WAGTAIL_HEADLESS_PREVIEW = {"CLIENT_URLS": {}}


def preview(client, page, data, mode: str | None = None) -> str:
    """Store the form state as the preview panel does, then load the preview."""
    url = reverse("wagtailadmin_pages:preview_on_edit", args=(page.pk,))
    stored = client.post(url, data)
    assert stored.json()["is_valid"], stored.json()
    response = client.get(url, {"mode": mode} if mode is not None else {})
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert (
        "script-src 'self'" in policy
        and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    )
    html = response.content.decode()
    assert "<script" not in html
    return html


def test_an_adaptation_previews_its_unsaved_local_text_with_the_central_text(
    scenario, radebeul_editor
):
    adaptation = scenario.municipality_adaptation
    data = adaptation_form_data(
        adaptation,
        local_full_text="<p>Radebeul: Termine im Bürgerbüro am Markt.</p>",
        full_text_mode="supplement",
    )

    html = preview(radebeul_editor, adaptation, data)

    assert "für <strong>Radebeul</strong>" in html
    # Central, district and the unsaved local text, in that order.
    central = html.index("Zentraler Volltext.")
    district = html.index("Kreis: Ergänzung.")
    local = html.index("Radebeul: Termine im Bürgerbüro am Markt.")
    assert central < district < local
    assert "Radebeul: sofort." in html  # the published replacement still applies
    assert "Testzulassungsstelle" in html  # the district's office


def test_a_new_adaptation_previews_the_chosen_service_before_it_is_saved(
    scenario, dresden_editor
):
    services = child(scenario.city, "leistungen")
    url = reverse(
        "wagtailadmin_pages:preview_on_add",
        args=("communes", "communeservicepage", services.pk),
    )
    data = adaptation_form_data(
        service=scenario.service.pk,
        local_teaser="Dresden: nur mit Termin.",
        teaser_mode="supplement",
    )

    assert dresden_editor.post(url, data).json()["is_valid"]
    html = dresden_editor.get(url).content.decode()

    assert "Zentraler Anreißer. Dresden: nur mit Termin." in html
    assert "Kreis: Ergänzung." not in html  # Dresden belongs to no district


def test_a_central_service_previews_for_the_commune_the_editor_picks(
    scenario, central_editor
):
    service = scenario.service
    edit = central_editor.get(reverse("wagtailadmin_pages:edit", args=(service.pk,)))
    assert f'value="{MUNICIPALITY_ARS}"' in edit.content.decode()  # a mode per commune
    data = service_form_data(service, teaser="Neuer zentraler Anreißer (Entwurf).")

    portal = preview(central_editor, service, data)
    radebeul = preview(central_editor, service, data, mode=MUNICIPALITY_ARS)

    assert "Neuer zentraler Anreißer (Entwurf)." in portal
    assert "Zentral: zwei Wochen." in portal
    assert "Radebeul: sofort." not in portal
    assert "Neuer zentraler Anreißer (Entwurf)." in radebeul
    assert "Radebeul: sofort." in radebeul and "Zentral: zwei Wochen." not in radebeul
    assert "Kreis: Ergänzung." in radebeul


def test_a_life_situation_previews_with_its_services_resolved_for_a_commune(
    central_editor,
):
    page = LifeSituationPage.objects.get(slug="umzug")
    services = [link.service for link in page.service_links.all()]
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "teaser": page.teaser,
            "body": streamfield([]),
            "audience": page.audience,
            "keywords": page.keywords,
            "service_links": inline_formset(
                [{"service": service.pk} for service in services]
            ),
            "comments": inline_formset([]),
        }
    )

    html = preview(central_editor, page, data, mode=MUNICIPALITY_ARS)

    for service in services:
        assert service.title in html
    assert "Örtlich angepasst von Radebeul" in html


def test_other_page_types_get_a_simple_preview_never_a_blank_frame(
    central_editor,
):
    authority = AuthorityPage.objects.filter(url_path__startswith="/portal/").first()
    data = nested_form_data(
        {
            "title": authority.title,
            "slug": authority.slug,
            "address": "Teststraße 1\n01067 Dresden",
            "phone": authority.phone,
            "email": authority.email,
            "website": authority.website,
            "opening_hours": streamfield([]),
            "comments": inline_formset([]),
        }
    )

    html = preview(central_editor, authority, data)

    assert f"<h1>{authority.title}</h1>" in html
    assert "Teststraße 1" in html


def test_with_a_frontend_configured_the_preview_opens_the_frontend(
    scenario, central_editor, settings
):
    settings.WAGTAIL_HEADLESS_PREVIEW = {
        "CLIENT_URLS": {"default": "https://portal.example/vorschau"}
    }
    service = scenario.service
    url = reverse("wagtailadmin_pages:preview_on_edit", args=(service.pk,))

    central_editor.post(url, service_form_data(service))
    html = central_editor.get(url).content.decode()

    assert (
        'src="https://portal.example/vorschau/?content_type=catalogue.servicepage'
        in html
    )
    assert len(service.preview_modes) == 1


def test_without_a_frontend_the_live_page_is_shown_on_the_cms_host(scenario, client):
    adaptation = scenario.municipality_adaptation

    _site, root_url, path = adaptation.get_url_parts()

    response = client.get(path, HTTP_HOST=root_url.split("://")[1])

    assert response.status_code == 200
    html = response.content.decode()
    assert "Radebeul: sofort." in html and "Zentraler Volltext." in html
    assert "Vorschau:" not in html
