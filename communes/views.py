"""Admin views of the communes app."""

from __future__ import annotations

from django.db.models import OuterRef, Subquery
from django.db.models.functions import Substr
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permissions import page_permission_policy

from .models import CommunePage, CommuneServicePage
from .selectors import outdated_adaptations

# Commune roots sit directly below the tree root: depth 2, an 8-character tree path.
COMMUNE_PATH_LENGTH = 8


def outdated_adaptations_for(user) -> list[CommuneServicePage]:
    """Outdated adaptations the user may edit, with the name of their commune."""
    editable = page_permission_policy.instances_user_has_permission_for(user, "change")
    return (
        outdated_adaptations()
        .filter(pk__in=editable.values("pk"))
        .annotate(
            commune_name=Subquery(
                CommunePage.objects.filter(
                    path=Substr(OuterRef("path"), 1, COMMUNE_PATH_LENGTH)
                ).values("title")[:1]
            )
        )
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
