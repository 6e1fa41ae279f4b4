"""Admin views of the communes app."""

from __future__ import annotations

import datetime

import django_filters
from django.db import models
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Coalesce, Substr
from django.utils import timezone
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permissions import page_permission_policy

from .models import CommunePage, CommuneServicePage
from .selectors import COMMUNE_PATH_LENGTH, outdated_adaptations


def commune_name_of_page() -> Subquery:
    """Annotation: the title of the commune whose tree holds the page (None: catalogue)."""
    return Subquery(
        CommunePage.objects.filter(
            path=Substr(OuterRef("path"), 1, COMMUNE_PATH_LENGTH)
        ).values("title")[:1]
    )


def outdated_adaptations_for(user) -> list[CommuneServicePage]:
    """Outdated adaptations the user may edit, with the name of their commune."""
    editable = page_permission_policy.instances_user_has_permission_for(user, "change")
    return (
        outdated_adaptations()
        .filter(pk__in=editable.values("pk"))
        .annotate(commune_name=commune_name_of_page())
    )


class OutdatedAdaptationsView(ReportView):
    """Adaptations whose central service was published after them: check the local texts."""

    page_title = "Veraltete Anpassungen"
    header_icon = "warning"
    index_url_name = "communes_outdated_adaptations"
    index_results_url_name = "communes_outdated_adaptations_results"
    columns = [
        TitleColumn(
            "title",
            label="Örtliche Leistung",
            url_name="wagtailadmin_pages:edit",
        ),
        Column("commune_name", label="Kommune"),
        Column("service", label="Zentrale Leistung"),
        DateColumn("central_published_at", label="Zentral geändert am"),
        DateColumn("last_published_at", label="Anpassung veröffentlicht am"),
    ]
    list_export = [
        "title",
        "commune_name",
        "service.title",
        "service.leika_key",
        "service.last_published_at",
        "last_published_at",
    ]
    export_headings = {
        "title": "Örtliche Leistung",
        "commune_name": "Kommune",
        "service.title": "Zentrale Leistung",
        "service.leika_key": "LeiKa-Schlüssel",
        "service.last_published_at": "Zentral geändert am",
        "last_published_at": "Anpassung veröffentlicht am",
    }

    def get_filename(self) -> str:
        return "veraltete-anpassungen"

    def get_queryset(self):
        return outdated_adaptations_for(self.request.user)

    def decorate_paginated_queryset(self, object_list):
        for adaptation in object_list:
            adaptation.central_published_at = adaptation.service.last_published_at
        return object_list


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

    def filter_kind(self, queryset, name, value):
        if value == ReviewKind.CENTRAL:
            return queryset.filter(servicepage__isnull=False)
        if value == ReviewKind.LOCAL:
            return queryset.filter(communeservicepage__isnull=False)
        return queryset


def overdue_reviews_for(user, today: datetime.date | None = None):
    """Central services and adaptations past their review date that `user` may edit."""
    today = today or timezone.localdate()
    editable = page_permission_policy.instances_user_has_permission_for(user, "change")
    return (
        Page.objects.filter(pk__in=editable.values("pk"))
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

    def get_queryset(self):
        return overdue_reviews_for(self.request.user)

    def decorate_paginated_queryset(self, object_list):
        for page in object_list:
            page.kind_label = (
                ReviewKind.LOCAL.label
                if page.commune_name
                else ReviewKind.CENTRAL.label
            )
        return object_list
