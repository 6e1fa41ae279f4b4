"""Admin views of the communes app: editorial reports, the central service as commune
editors see it (read-only, with its published history), what changed centrally since an
adaptation was checked, and which communes use a central service."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, TypeAlias

import django_filters
from django.contrib import messages
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBase,
    JsonResponse,
)
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.views.generic import TemplateView, View
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui import tables
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import UsageView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.pages.utils import GenericPageBreadcrumbsMixin
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets.button import HeaderButton
from wagtail.models import (
    Page,
    PageLogEntry,
    PageQuerySet,
    ReferenceIndex,
    Revision,
)
from wagtail.permissions import page_permission_policy

from catalogue.models import ServicePage
from cms.visibility import visible_pages

from .models import CommuneServiceIndexPage, CommuneServicePage
from .panels import (
    CentralChanges,
    central_changes_of,
    render_central_field,
    revision_comparison,
)
from .selectors import (
    central_values,
    commune_name_of_page,
    commune_owning,
    outdated_adaptations,
    visible_service,
)
from .services import CentralChangedAgain, adaptation_mark_checked

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser, User
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import Model, QuerySet
    from wagtail.models.reference_index import ReferenceGroups

    # Whom the checks below are asked about: `request.user`. Admin views are for
    # signed-in users; an anonymous user is nobody's editor and sees nothing.
    RequestUser: TypeAlias = User | AnonymousUser

# Every field the central-values panels show, in the order of the edit form.
CENTRAL_VALUE_FIELDS = (
    *ServicePage.NARRATIVE_MODULES,
    "fees",
    "forms",
    "online_services",
    "authorities",
)
PUBLISH_ACTIONS = ("wagtail.publish", "wagtail.publish.scheduled")


def is_catalogue_team(user: RequestUser) -> bool:
    """The central editorial team: may change central services (or administers all)."""
    if user.is_superuser:
        return True
    return (
        page_permission_policy.instances_user_has_permission_for(user, "change")
        .type(ServicePage)
        .exists()
    )


def editable_page_ids(user: RequestUser) -> QuerySet[Page, dict[str, Any]]:
    return page_permission_policy.instances_user_has_permission_for(
        user, "change"
    ).values("pk")


def may_view_central_service(user: RequestUser, service: ServicePage) -> bool:
    """Every editor may read the live central catalogue; a view-restricted service
    only those who may edit it."""
    if not service.live:
        return False
    if visible_pages(ServicePage.objects.filter(pk=service.pk)).exists():
        return True
    return service.permissions_for_user(user).can_edit()


def may_see_adaptation(user: RequestUser, adaptation: Page) -> bool:
    """Commune editors see their own communes' adaptations; the central team all."""
    return adaptation.permissions_for_user(user).can_edit() or is_catalogue_team(user)


# Outdated adaptations -------------------------------------------------------------


def outdated_adaptations_for(user: RequestUser) -> PageQuerySet:
    """Outdated adaptations the user may look at, with their commune's name: the central
    team sees every commune's, commune editors their own communes'."""
    if is_catalogue_team(user):
        queryset = outdated_adaptations()
    else:
        queryset = outdated_adaptations().filter(pk__in=editable_page_ids(user))
    return queryset.annotate(commune_name=commune_name_of_page())


def outdated_adaptations_to_check(user: RequestUser) -> PageQuerySet:
    """Outdated adaptations the user can check and update (the dashboard's to-do list)."""
    return (
        outdated_adaptations()
        .filter(pk__in=editable_page_ids(user))
        .annotate(commune_name=commune_name_of_page())
    )


class OutdatedAdaptationsView(ReportView):
    """Adaptations whose central service was published again: what changed, and
    „Geprüft“ for those that need no change."""

    page_title = "Veraltete Anpassungen"
    header_icon = "warning"
    index_url_name = "communes_outdated_adaptations"
    index_results_url_name = "communes_outdated_adaptations_results"
    list_export = [
        "title",
        "commune_name",
        "service.title",
        "service.leika_key",
        "service.last_published_at",
        "last_published_at",
        "changed_fields",
    ]
    export_headings = {
        "title": "Örtliche Leistung",
        "commune_name": "Kommune",
        "service.title": "Zentrale Leistung",
        "service.leika_key": "LeiKa-Schlüssel",
        "service.last_published_at": "Zentral geändert am",
        "last_published_at": "Anpassung veröffentlicht am",
        "changed_fields": "Zentral geändert",
    }

    @cached_property
    def columns(self) -> list[Column]:
        return [
            TitleColumn("title", label="Örtliche Leistung", get_url=self.title_url),
            Column("commune_name", label="Kommune"),
            Column("service", label="Zentrale Leistung"),
            DateColumn("central_published_at", label="Zentral geändert am"),
            TitleColumn(
                "changed_fields",
                label="Was sich zentral geändert hat",
                get_url=lambda adaptation: reverse(
                    "communes_central_changes", args=(adaptation.pk,)
                ),
            ),
        ]

    @cached_property
    def editable_ids(self) -> set[int]:
        return set(
            self.get_queryset()
            .filter(pk__in=editable_page_ids(self.request.user))
            .values_list("pk", flat=True)
        )

    def title_url(self, adaptation: CommuneServicePage) -> str:
        if adaptation.pk in self.editable_ids:
            return reverse("wagtailadmin_pages:edit", args=(adaptation.pk,))
        return reverse("communes_central_changes", args=(adaptation.pk,))

    def get_filename(self) -> str:
        return "veraltete-anpassungen"

    def get_queryset(self) -> PageQuerySet:
        return outdated_adaptations_for(self.request.user)

    def decorate_paginated_queryset(
        self, object_list: PageQuerySet
    ) -> list[CommuneServicePage]:
        object_list = list(object_list)
        revisions = Revision.objects.in_bulk(
            {a.central_revision_id for a in object_list}
            | {a.service.live_revision_id for a in object_list}
        )
        # Many communes adapt the same service: compare each pair of revisions once.
        changed: dict[tuple, str] = {}
        for adaptation in object_list:
            service = adaptation.service
            adaptation.central_published_at = service.last_published_at
            key = (service.pk, adaptation.central_revision_id, service.live_revision_id)
            if key not in changed:
                checked = revisions.get(adaptation.central_revision_id)
                if checked is not None and checked.object_id != str(service.pk):
                    checked = None
                changes = CentralChanges(
                    adaptation,
                    service,
                    checked,
                    revisions.get(service.live_revision_id),
                    request=self.request,
                )
                if changes.comparison is None:
                    changed[key] = "Unbekannt – Änderungen ansehen"
                else:
                    changed[key] = (
                        ", ".join(changes.changed_labels)
                        or "Keine inhaltlichen Änderungen"
                    )
            adaptation.changed_fields = changed[key]
        return object_list


class CentralChangesView(WagtailAdminTemplateMixin, TemplateView):
    """What changed in the central service since an adaptation was last published or
    checked, field by field; editors of the adaptation mark it checked here."""

    template_name = "communes/central_changes.html"
    page_title = "Zentrale Änderungen"
    header_icon = "warning"

    def dispatch(
        self, request: HttpRequest, *args: Any, **kwargs: Any
    ) -> HttpResponseBase:
        self.adaptation = get_object_or_404(CommuneServicePage, pk=kwargs["page_id"])
        if not may_see_adaptation(request.user, self.adaptation):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self) -> str:
        return self.adaptation.title

    def get_breadcrumbs_items(self) -> list[dict]:
        return self.breadcrumbs_items + [
            {
                "url": reverse("communes_outdated_adaptations"),
                "label": "Veraltete Anpassungen",
            },
            {"url": "", "label": self.page_title, "sublabel": self.adaptation.title},
        ]

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        changes = central_changes_of(self.adaptation, self.request)
        can_edit = self.adaptation.permissions_for_user(self.request.user).can_edit()
        context.update(
            changes=changes,
            commune=commune_owning(self.adaptation),
            can_edit=can_edit,
            edit_url=reverse("wagtailadmin_pages:edit", args=(self.adaptation.pk,))
            if can_edit
            else None,
            check_url=reverse(
                "communes_adaptation_checked", args=(self.adaptation.pk,)
            ),
            service_url=reverse("communes_central_service", args=(changes.service.pk,)),
        )
        return context


class AdaptationCheckedView(View):
    """POST „Geprüft, keine Änderung nötig“: the adaptation is current again, and its
    history says who checked which central revision."""

    http_method_names = ["post"]

    def post(self, request: HttpRequest, page_id: int) -> HttpResponse:
        adaptation = get_object_or_404(CommuneServicePage, pk=page_id)
        user = request.user
        if not user.is_authenticated:  # the history names who checked
            raise PermissionDenied
        if not adaptation.permissions_for_user(user).can_edit():
            raise PermissionDenied
        wants_json = request.headers.get("Accept", "").startswith("application/json")
        try:
            seen_revision_id = int(request.POST.get("revision", ""))
        except ValueError:
            return self.answer(
                request, adaptation, wants_json, 400, "Ungültige Anfrage."
            )
        try:
            adaptation_mark_checked(
                adaptation, user=user, seen_revision_id=seen_revision_id
            )
        except CentralChangedAgain:
            return self.answer(
                request,
                adaptation,
                wants_json,
                409,
                "Die zentrale Leistung wurde inzwischen erneut veröffentlicht. Bitte "
                "prüfen Sie auch die neuen Änderungen.",
            )
        return self.answer(
            request,
            adaptation,
            wants_json,
            200,
            f"„{adaptation.title}“ ist als geprüft vermerkt: Die zentralen Änderungen "
            "erfordern keine Änderung der Anpassung.",
        )

    @staticmethod
    def answer(
        request: HttpRequest,
        adaptation: CommuneServicePage,
        wants_json: bool,
        status: int,
        message: str,
    ) -> HttpResponse:
        if wants_json:
            return JsonResponse({"message": message}, status=status)
        if status == 200:
            messages.success(request, message)
        else:
            messages.error(request, message)
        return redirect("communes_central_changes", adaptation.pk)


# The central service, read-only ---------------------------------------------------


class CentralServiceMixin(WagtailAdminTemplateMixin):
    """A live central service that the user may read (404 otherwise)."""

    header_icon = "doc-full"

    def dispatch(
        self, request: HttpRequest, *args: Any, **kwargs: Any
    ) -> HttpResponseBase:
        self.service = get_object_or_404(ServicePage, pk=kwargs["page_id"])
        if not may_view_central_service(request.user, self.service):
            raise Http404
        self.can_edit = self.service.permissions_for_user(request.user).can_edit()
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self) -> str:
        return self.service.title

    @cached_property
    def published_revisions(self) -> list[PageLogEntry]:
        """The publications of the service, newest first (drafts are not shown)."""
        return list(
            PageLogEntry.objects.filter(
                page=self.service, action__in=PUBLISH_ACTIONS, revision__isnull=False
            )
            .select_related("revision")
            .order_by("-timestamp", "-pk")
        )

    def get_breadcrumbs_items(self) -> list[dict]:
        return self.breadcrumbs_items + [
            {
                "url": reverse("communes_central_service", args=(self.service.pk,)),
                "label": self.service.title,
            },
            {"url": "", "label": self.page_title, "sublabel": self.service.title},
        ]

    @cached_property
    def header_buttons(self) -> list[HeaderButton]:
        buttons = [
            HeaderButton(
                "Verwendung",
                url=reverse("wagtailadmin_pages:usage", args=(self.service.pk,)),
                icon_name="resubmit",
            )
        ]
        if self.can_edit:
            buttons.append(
                HeaderButton(
                    "Bearbeiten",
                    url=reverse("wagtailadmin_pages:edit", args=(self.service.pk,)),
                    icon_name="edit",
                )
            )
        return buttons


class CentralServiceView(CentralServiceMixin, TemplateView):
    """The live central service with every field, read-only, and its publications."""

    template_name = "communes/central_service.html"
    page_title = "Zentrale Leistung (nur lesen)"

    def get_breadcrumbs_items(self) -> list[dict]:
        return self.breadcrumbs_items + [
            {"url": "", "label": self.page_title, "sublabel": self.service.title}
        ]

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        live = self.service.live_revision.as_object()
        panel = ServicePage.get_edit_handler().get_bound_panel(
            instance=live, request=self.request, form=None
        )
        # Wagtail's comparison of the live revision with itself renders every field.
        fields = [
            comparison_class(live, live) for comparison_class in panel.get_comparison()
        ]
        publications = self.published_revisions
        history = [
            {
                "entry": entry,
                "compare_url": reverse(
                    "communes_central_service_compare",
                    args=(self.service.pk, older.revision_id, entry.revision_id),
                ),
            }
            if older is not None
            else {"entry": entry, "compare_url": None}
            for entry, older in zip(
                publications, [*publications[1:], None], strict=True
            )
        ]
        context.update(service=self.service, fields=fields, history=history)
        return context


class CentralServiceCompareView(CentralServiceMixin, TemplateView):
    """What changed between two published revisions of a central service."""

    template_name = "communes/central_service_compare.html"
    page_title = "Änderungen der zentralen Leistung"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        published = {entry.revision_id: entry for entry in self.published_revisions}
        revisions = []
        for key in ("revision_a", "revision_b"):
            # Only published revisions: drafts of the catalogue stay with its team.
            entry = published.get(self.kwargs[key])
            if entry is None:
                raise Http404
            revisions.append(entry)
        older, newer = revisions
        context.update(
            service=self.service,
            older=older,
            newer=newer,
            comparison=revision_comparison(
                older.revision, newer.revision, request=self.request
            ),
            service_url=reverse("communes_central_service", args=(self.service.pk,)),
        )
        return context


class CentralValuesView(View):
    """JSON for the adaptation form: the central (and district) value of every field
    for the service the editor just chose, rendered like the panels."""

    def get(self, request: HttpRequest) -> JsonResponse:
        owner = self.owner(request)
        if owner is None:
            return JsonResponse(
                {"error": "Sie dürfen hier keine örtliche Leistung bearbeiten."},
                status=403,
            )
        service = visible_service(request.GET.get("service"))
        if service is None:
            return JsonResponse(
                {"error": "Keine veröffentlichte zentrale Leistung mit dieser Nummer."},
                status=404,
            )
        values = central_values(service, commune_owning(owner))
        return JsonResponse(
            {
                "fields": {
                    field: render_central_field(values, field)
                    for field in CENTRAL_VALUE_FIELDS
                },
                "summary": render_to_string(
                    "communes/includes/central_service_summary.html",
                    {"values": values},
                    request=request,
                ),
            }
        )

    @staticmethod
    def owner(request: HttpRequest) -> Page | None:
        """The adaptation being edited, or the services index it is created in; None
        unless the user may edit / add there."""
        page_id, parent_id = request.GET.get("page", ""), request.GET.get("parent", "")
        if page_id.isdigit():
            page = CommuneServicePage.objects.filter(pk=page_id).first()
            allowed = page and page.permissions_for_user(request.user).can_edit()
        elif parent_id.isdigit():
            page = CommuneServiceIndexPage.objects.filter(pk=parent_id).first()
            allowed = page and page.permissions_for_user(request.user).can_add_subpage()
        else:
            page = allowed = None
        return page if allowed else None


# Usage of a central service ---------------------------------------------------------


ADAPTATION_STATES = {
    "outdated": "veröffentlicht, zentral geändert (veraltet)",
    "live_draft": "veröffentlicht, mit Entwurf",
    "live": "veröffentlicht",
    "draft": "Entwurf",
}


class PageUsageView(GenericPageBreadcrumbsMixin, UsageView):
    """Wagtail's „Verwendung“ of a page, naming the commune and state of each adaptation.

    Replaces Wagtail's page usage view at its URL (cms/urls.py). The central team sees
    every commune's adaptations, commune editors their own communes'; commune editors
    may open the usage of a live central service, which they cannot edit.
    """

    model = Page
    pk_url_kwarg = "page_id"
    header_icon = "doc-empty-inverse"
    usage_url_name = "wagtailadmin_pages:usage"
    edit_url_name = "wagtailadmin_pages:edit"

    def get_object(self) -> Page:
        page = get_object_or_404(Page, pk=self.pk).specific
        self.can_edit = page.permissions_for_user(self.request.user).can_edit()
        # Readers who may not edit see the live page, never a draft title.
        return page.get_latest_revision_as_object() if self.can_edit else page

    def dispatch(
        self, request: HttpRequest, *args: Any, **kwargs: Any
    ) -> HttpResponseBase:
        readable = isinstance(self.object, ServicePage) and may_view_central_service(
            request.user, self.object
        )
        if not (self.can_edit or readable):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self) -> str:
        # Wagtail names the latest revision; readers see the live title only.
        return super().get_page_subtitle() if self.can_edit else self.object.title

    def get_breadcrumbs_items(self) -> list[dict]:
        if self.can_edit:
            return super().get_breadcrumbs_items()
        return self.breadcrumbs_items + [
            {"url": self.get_edit_url(self.object), "label": self.object.title},
            {"url": "", "label": "Verwendung", "sublabel": self.object.title},
        ]

    def get_edit_url(self, instance: Model) -> str | None:
        if instance.pk == self.object.pk and not self.can_edit:
            return reverse("communes_central_service", args=(quote(instance.pk),))
        return super().get_edit_url(instance)

    @cached_property
    def header_buttons(self) -> list[HeaderButton]:
        url = self.get_edit_url(self.object)
        label = "Bearbeiten" if self.can_edit else "Ansehen (nur lesen)"
        return [HeaderButton(label, url=url, icon_name="edit")] if url else []

    def get_queryset(self) -> ReferenceGroups:
        references = ReferenceIndex.get_references_to(self.object)
        if not is_catalogue_team(self.request.user):
            # Other communes' adaptations are theirs: leave them out entirely.
            own = CommuneServicePage.objects.filter(
                pk__in=editable_page_ids(self.request.user)
            ).values_list("pk", flat=True)
            references = references.filter(
                ~Q(content_type=self.adaptation_content_type)
                | Q(object_id__in=[str(pk) for pk in own])
            )
        return references.group_by_source_object()

    @cached_property
    def adaptation_content_type(self) -> ContentType:
        from django.contrib.contenttypes.models import ContentType

        return ContentType.objects.get_for_model(CommuneServicePage)

    @cached_property
    def columns(self) -> list[Column]:
        columns = super().columns
        return [
            columns[0],
            Column("state", label="Status", accessor="state"),
            *columns[1:],
        ]

    def get_table(self, object_list: ReferenceGroups, **kwargs: Any) -> tables.Table:
        rows = list(object_list)
        adaptation_ids = [
            source.pk
            for source, references in rows
            if references[0].content_type_id == self.adaptation_content_type.pk
        ]
        adaptations = {
            adaptation.pk: adaptation
            for adaptation in CommuneServicePage.objects.filter(
                pk__in=adaptation_ids
            ).annotate(commune_name=commune_name_of_page())
        }
        outdated = set(
            outdated_adaptations()
            .filter(pk__in=adaptation_ids)
            .values_list("pk", flat=True)
        )
        public = set(
            visible_pages(
                Page.objects.filter(pk__in=[s.pk for s, _ in rows])
            ).values_list("pk", flat=True)
        )
        url_finder = AdminURLFinder(self.request.user)
        results = []
        for source, references in rows:
            row = {"object": source, "references": references}
            row["edit_url"] = url_finder.get_edit_url(source)
            adaptation = adaptations.get(source.pk)
            if adaptation is not None:
                # Only adaptations the user may see are in the queryset.
                row["label"] = f"{adaptation.commune_name}: {adaptation.title}"
                row["state"] = adaptation_state(adaptation, outdated)
                row["edit_url"] = row["edit_url"] or reverse(
                    "communes_central_changes", args=(adaptation.pk,)
                )
            elif row["edit_url"] is not None or source.pk in public:
                row["label"] = str(source)
                row["state"] = page_state(source)
            else:
                row["label"] = (
                    f"(Nicht öffentliche {capfirst(source._meta.verbose_name)})"
                )
                row["state"] = ""
            row["edit_link_title"] = "Öffnen" if row["edit_url"] else None
            results.append(row)
        return tables.Table(self.columns, results, **self.get_table_kwargs())


def adaptation_state(adaptation: CommuneServicePage, outdated: set[int]) -> str:
    if adaptation.pk in outdated:
        return ADAPTATION_STATES["outdated"]
    return page_state(adaptation)


def page_state(page: Page) -> str:
    if not page.live:
        return ADAPTATION_STATES["draft"]
    if page.has_unpublished_changes:
        return ADAPTATION_STATES["live_draft"]
    return ADAPTATION_STATES["live"]


# Overdue reviews -------------------------------------------------------------------


class ReviewKind(models.TextChoices):
    CENTRAL = "central", "Zentrale Leistungen"
    LOCAL = "local", "Örtliche Anpassungen"


class OverdueReviewsFilterSet(WagtailFilterSet):
    """Filters of the overdue-reviews report."""

    kind = django_filters.ChoiceFilter(
        label="Art", choices=ReviewKind.choices, method="filter_kind"
    )
    due = django_filters.DateFromToRangeFilter(
        label="Prüfung fällig seit", field_name="due", widget=DateRangePickerWidget
    )

    class Meta:
        model = Page
        fields = ["kind", "due"]

    def filter_kind(
        self, queryset: PageQuerySet, name: str, value: str
    ) -> PageQuerySet:
        if value == ReviewKind.CENTRAL:
            return queryset.filter(servicepage__isnull=False)
        if value == ReviewKind.LOCAL:
            return queryset.filter(communeservicepage__isnull=False)
        return queryset


def overdue_reviews_for(
    user: RequestUser, today: datetime.date | None = None
) -> PageQuerySet:
    """Central services and adaptations past their review date that `user` may edit."""
    today = today or timezone.localdate()
    return (
        Page.objects.filter(pk__in=editable_page_ids(user))
        .annotate(
            due=Coalesce("servicepage__next_review", "communeservicepage__next_review"),
            commune_name=commune_name_of_page(),
        )
        .filter(due__lt=today)
        .order_by("due", "path")
    )


class OverdueReviewsView(ReportView):
    """Texts whose next review date has passed: central services and local adaptations."""

    page_title = "Überfällige Prüfungen"
    header_icon = "date"
    index_url_name = "communes_overdue_reviews"
    index_results_url_name = "communes_overdue_reviews_results"
    filterset_class = OverdueReviewsFilterSet
    columns = [
        TitleColumn("title", label="Titel", url_name="wagtailadmin_pages:edit"),
        Column("kind_label", label="Art"),
        Column("commune_name", label="Kommune"),
        DateColumn("due", label="Prüfung fällig seit"),
    ]
    list_export = ["title", "kind_label", "commune_name", "due", "url_path"]
    export_headings = {
        "title": "Titel",
        "kind_label": "Art",
        "commune_name": "Kommune",
        "due": "Prüfung fällig seit",
        "url_path": "Pfad",
    }

    def get_filename(self) -> str:
        return "ueberfaellige-pruefungen"

    def get_queryset(self) -> PageQuerySet:
        return overdue_reviews_for(self.request.user)

    def decorate_paginated_queryset(self, object_list: PageQuerySet) -> PageQuerySet:
        for page in object_list:
            page.kind_label = (
                ReviewKind.LOCAL.label
                if page.commune_name
                else ReviewKind.CENTRAL.label
            )
        return object_list
