"""Wagtail previews without a frontend: services, adaptations and life situations as the
portal shows them, resolved for a commune by the same code as the API."""

from __future__ import annotations

from django.http import HttpRequest
from wagtail.models import Locale

from catalogue.models import LifeSituationPage, ServicePage
from cms.pages import PortalPreview, PreviewModes

from .models import CommunePage, CommuneServicePage
from .panels import field_label
from .resolution import ResolvedService, resolve_services
from .selectors import commune_owning

PORTAL_MODE = ("", "Landesportal (nur zentraler Text)")


def live_communes():
    return CommunePage.objects.live().filter(locale=Locale.get_default())


def commune_modes(page: ServicePage | LifeSituationPage) -> PreviewModes:
    """One preview mode per published commune (by ARS), after the portal's own view."""
    communes = live_communes().order_by("title").values_list("ars", "title")
    return [PORTAL_MODE, *((ars, f"Für {title}") for ars, title in communes)]


def commune_of_mode(mode_name: str) -> CommunePage | None:
    if not mode_name:
        return None
    return live_communes().filter(ars=mode_name).first()


def service_sections(resolved: ResolvedService) -> dict:
    """What the service template shows, from a resolved service."""
    page = resolved.page
    return {
        "resolved": resolved,
        "modules": [
            (
                "Beschreibung" if module == "full_text" else field_label(module),
                resolved.modules[module],
            )
            for module in ServicePage.NARRATIVE_MODULES
            if module != "teaser" and resolved.modules[module]
        ],
        "required_documents": page.required_document_list,
        "legal_basis": ServicePage.link_list(page.legal_basis),
        "localised_labels": [field_label(name) for name in resolved.localised_fields],
    }


def service_context(page: ServicePage, request: HttpRequest, mode_name: str) -> dict:
    commune = commune_of_mode(mode_name)
    (resolved,) = resolve_services([page], commune)
    return {"commune": commune, **service_sections(resolved)}


def adaptation_context(
    page: CommuneServicePage, request: HttpRequest, mode_name: str
) -> dict:
    """The adaptation as its own commune shows it, unpublished changes included."""
    commune = commune_owning(page)
    if not page.service_id:
        return {"commune": commune, "resolved": None}
    (resolved,) = resolve_services([page.service], commune, previewed=page)
    return {"commune": commune, **service_sections(resolved)}


def life_situation_context(
    page: LifeSituationPage, request: HttpRequest, mode_name: str
) -> dict:
    commune = commune_of_mode(mode_name)
    services = [link.service for link in page.service_links.all() if link.service_id]
    return {
        "commune": commune,
        "services": resolve_services(services, commune),
    }


def portal_previews() -> dict[type, PortalPreview]:
    return {
        ServicePage: PortalPreview(
            template="communes/preview/service.html",
            context=service_context,
            modes=commune_modes,
        ),
        CommuneServicePage: PortalPreview(
            template="communes/preview/service.html", context=adaptation_context
        ),
        LifeSituationPage: PortalPreview(
            template="communes/preview/life_situation.html",
            context=life_situation_context,
            modes=commune_modes,
        ),
    }
