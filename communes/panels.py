"""Edit-form panels of an adaptation: the central text beside each local field, and
what changed centrally since the adaptation was last published or checked."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeAlias

from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import Panel
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Page, Revision

from catalogue.models import ServicePage

if TYPE_CHECKING:
    from django.template import Context
    from wagtail.admin.compare import ChildRelationComparison, FieldComparison

    from .selectors import CentralValues

    # One field (or inline child relation) of Wagtail's revision compare view.
    Comparison: TypeAlias = FieldComparison | ChildRelationComparison
    # What Wagtail's (laces') components are rendered with.
    RenderContext: TypeAlias = Context | dict[str, Any]

# The fields of an adaptation that show a central value, besides the narrative modules.
LINK_FIELDS = ("forms", "online_services")
FIELD_LABELS = {
    "fees": ServicePage._meta.get_field("fees").verbose_name,
    "forms": ServicePage._meta.get_field("forms").verbose_name,
    "online_services": ServicePage._meta.get_field("online_services").verbose_name,
    "authorities": "Zuständige Stellen",
}
# LocalTextMode values, in the short form the panels use („Landkreis Meißen ergänzt:“).
MODE_LABELS = {
    "replace": "ersetzt",
    "supplement": "ergänzt",
}


def field_label(field: str) -> str:
    if field in ServicePage.NARRATIVE_MODULES:
        return str(ServicePage._meta.get_field(field).verbose_name)
    return str(FIELD_LABELS[field])


def central_field_context(values: CentralValues | None, field: str) -> dict[str, Any]:
    """Template context of one field's central (and district) value."""
    if values is None:
        return {"field": field, "label": field_label(field), "values": None}
    central = values.central
    if field in ServicePage.NARRATIVE_MODULES:
        kind, value = "module", central.modules[field]
    elif field == "fees":
        kind, value = "fees", central.fees
    elif field in LINK_FIELDS:
        kind, value = "links", getattr(central, field)
    else:
        kind, value = "authorities", []
    return {
        "field": field,
        "label": field_label(field),
        "kind": kind,
        "values": values,
        "central": value,
        "district_layers": [
            {"commune": commune, "value": value, "mode": MODE_LABELS[mode]}
            for commune, value, mode in values.contributions(field)
        ],
    }


def render_central_field(values: CentralValues | None, field: str) -> str:
    return render_to_string(
        "communes/includes/central_value.html", central_field_context(values, field)
    )


def form_central_values(
    form: WagtailAdminPageForm | None, instance: Page
) -> CentralValues | None:
    """The central values for the service chosen in an adaptation's form (edit or
    create, also after a failed save), computed once per form; None if no live central
    service is chosen."""
    from .selectors import central_values, commune_owning, visible_service

    if form is None:
        return None
    if not hasattr(form, "_communes_central_values"):
        service = visible_service(form["service"].value())
        owner = instance if instance.pk else getattr(form, "parent_page", None)
        commune = commune_owning(owner) if owner is not None else None
        form._communes_central_values = (
            central_values(service, commune) if service is not None else None
        )
    return form._communes_central_values


class CentralServiceChooser(AdminPageChooser):
    """Chooses the central service; its link opens the service read-only (with „Bearbeiten“
    for those who may edit it), not the edit form commune editors may not open."""

    link_to_chosen_text = "Zentrale Leistung ansehen"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(target_models=[ServicePage], **kwargs)

    def get_value_data_from_instance(self, instance: Page) -> dict[str, Any]:
        data = super().get_value_data_from_instance(instance)
        data["edit_url"] = reverse("communes_central_service", args=(instance.pk,))
        return data


class CentralValuePanel(Panel):
    """Read-only: the live central value of one field, and the district's own value
    where the district adapts the service — beside the field the commune fills in."""

    def __init__(self, field: str, **kwargs: Any) -> None:
        kwargs.setdefault("heading", "Aktuell veröffentlicht (nur lesen)")
        super().__init__(**kwargs)
        self.field = field

    def clone_kwargs(self) -> dict[str, Any]:
        return {**super().clone_kwargs(), "field": self.field}

    class BoundPanel(Panel.BoundPanel):
        template_name = "communes/panels/central_value.html"

        def get_context_data(
            self, parent_context: RenderContext | None = None
        ) -> dict[str, Any]:
            context = super().get_context_data(parent_context)
            values = form_central_values(self.form, self.instance)
            context.update(central_field_context(values, self.panel.field))
            return context


def central_values_url(instance: Page, form: WagtailAdminPageForm | None) -> str:
    """The admin endpoint that renders the central values for another chosen service."""
    base = reverse("communes_central_values")
    if instance.pk:
        return f"{base}?page={instance.pk}"
    parent = getattr(form, "parent_page", None)
    return f"{base}?parent={parent.pk}" if parent is not None else base


class CentralServicePanel(Panel):
    """Below the service chooser: a link to the central service (read-only for commune
    editors) and the controller that refreshes every central value when the editor
    chooses another service."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "communes/panels/central_service.html"

        def get_context_data(
            self, parent_context: RenderContext | None = None
        ) -> dict[str, Any]:
            context = super().get_context_data(parent_context)
            values = form_central_values(self.form, self.instance)
            context["values"] = values
            context["values_url"] = central_values_url(self.instance, self.form)
            return context


@dataclass
class CentralChanges:
    """An adaptation against the live central service: the revision it was last
    published or checked against, the live one, and their field-by-field differences."""

    adaptation: Page
    service: ServicePage
    checked_revision: Revision | None
    live_revision: Revision | None
    request: HttpRequest | None = None

    @property
    def outdated(self) -> bool:
        return (
            self.adaptation.live
            and self.service.live
            and self.live_revision is not None
            and self.adaptation.central_revision_id != self.live_revision.pk
        )

    @cached_property
    def comparison(self) -> list[Comparison] | None:
        """Wagtail's comparisons of the changed fields; None if the checked revision is
        unknown (not recorded, or a revision of another service)."""
        if self.checked_revision is None or self.live_revision is None:
            return None
        return revision_comparison(
            self.checked_revision, self.live_revision, request=self.request
        )

    @property
    def changed_labels(self) -> list[str]:
        return [str(comparison.field_label()) for comparison in self.comparison or []]


def revision_comparison(
    revision_a: Revision, revision_b: Revision, *, request: HttpRequest | None = None
) -> list[Comparison]:
    """The fields that differ between two revisions of a central service, each as a
    comparison of Wagtail's revision compare view (wagtail.admin.compare)."""
    service_a, service_b = revision_a.as_object(), revision_b.as_object()
    panel = ServicePage.get_edit_handler().get_bound_panel(
        instance=service_b, request=request, form=None
    )
    changed: list[Comparison] = []
    for comparison_class in panel.get_comparison():
        comparison = comparison_class(service_a, service_b)
        if comparison.has_changed() and shows_a_change(comparison):
            changed.append(comparison)
    return changed


def shows_a_change(comparison: Comparison) -> bool:
    """Whether the difference is visible: a rich text saved again through the editor
    differs in its markup only, which is no news for the communes."""
    if not comparison.is_field:
        return True
    html = str(comparison.htmldiff())
    return 'class="addition"' in html or 'class="deletion"' in html


def central_changes_of(
    adaptation: Page, request: HttpRequest | None = None
) -> CentralChanges:
    """How the adaptation stands against the live revision of its central service."""
    service = ServicePage.objects.select_related("live_revision").get(
        pk=adaptation.service_id
    )
    checked = (
        Revision.objects.for_instance(service)
        .filter(pk=adaptation.central_revision_id)
        .first()
        if adaptation.central_revision_id
        else None
    )
    return CentralChanges(
        adaptation, service, checked, service.live_revision, request=request
    )


class CentralChangesPanel(Panel):
    """Shown while the adaptation is outdated: what changed in the central service since
    the revision it was last published or checked against, and „Geprüft“."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "communes/panels/central_changes.html"

        @cached_property
        def changes(self) -> CentralChanges | None:
            if not (self.instance.pk and self.instance.service_id):
                return None
            return central_changes_of(self.instance, self.request)

        def is_shown(self) -> bool:
            return self.changes is not None and self.changes.outdated

        def get_context_data(
            self, parent_context: RenderContext | None = None
        ) -> dict[str, Any]:
            context = super().get_context_data(parent_context)
            context["changes"] = self.changes
            context["check_url"] = reverse(
                "communes_adaptation_checked", args=(self.instance.pk,)
            )
            context["changes_url"] = reverse(
                "communes_central_changes", args=(self.instance.pk,)
            )
            return context
