"""Admin: the report of XZuFi runs for operators, the origin of a text for editors."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.urls import path, reverse
from django.utils.functional import cached_property
from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from catalogue.models import AuthorityPage, ServicePage
from communes.models import CommuneServicePage

from .models import XzufiObject, XzufiRun

EXCHANGED_PAGES = (ServicePage, CommuneServicePage, AuthorityPage)


class XzufiRunsView(ReportView):
    """The last exports and imports with their counts and problems (operators only)."""

    page_title = "XZuFi-Austausch"
    header_icon = "resubmit"
    index_url_name = "xzufi_runs"
    index_results_url_name = "xzufi_runs_results"
    list_export = [
        "started_at",
        "kind",
        "xzufi_version",
        "source",
        "counts",
        "problems",
    ]
    export_headings = {
        "started_at": "Beginn",
        "kind": "Art",
        "xzufi_version": "XZuFi-Version",
        "source": "Datei / Ziel",
        "counts": "Anzahlen",
        "problems": "Probleme",
    }

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def columns(self) -> list[Column]:
        return [
            DateColumn("started_at", label="Beginn"),
            Column("get_kind_display", label="Art"),
            Column("xzufi_version", label="Version"),
            Column("source", label="Datei / Ziel"),
            Column("counts_text", label="Anzahlen"),
            Column("problems_text", label="Probleme"),
            BooleanColumn("succeeded", label="Erfolgreich"),
        ]

    def get_queryset(self) -> QuerySet[XzufiRun]:
        return XzufiRun.objects.all()

    def get_filename(self) -> str:
        return "xzufi-austausch"


@hooks.register("register_admin_urls")
def register_admin_urls() -> list:
    return [
        path("reports/xzufi/", XzufiRunsView.as_view(), name="xzufi_runs"),
        path(
            "reports/xzufi/results/",
            XzufiRunsView.as_view(results_only=True),
            name="xzufi_runs_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_xzufi_runs_menu_item() -> AdminOnlyMenuItem:
    return AdminOnlyMenuItem(
        "XZuFi-Austausch", reverse("xzufi_runs"), icon_name="resubmit", order=720
    )


@hooks.register("before_edit_page")
def show_origin(request: HttpRequest, page: Page) -> None:
    """Where the text came from and whether a newer master text waits as a draft."""
    if request.method != "GET" or not isinstance(page, EXCHANGED_PAGES):
        return None
    stored = (
        XzufiObject.objects.filter(translation_key=page.translation_key)
        .exclude(klasse=XzufiObject.Klasse.ZUSTAENDIGKEIT)
        .first()
    )
    if stored is None or stored.origin == XzufiObject.Origin.OWN:
        messages.info(request, "Herkunft: eigener Text der Redaktion.")
        return None
    version = f", Version {stored.source_version}" if stored.source_version else ""
    messages.info(
        request,
        f"Herkunft: FIM-Stammtext {stored.object_id} "
        f"(schemeAgencyID {stored.scheme_agency_id}){version}.",
    )
    if stored.pending_version:
        messages.warning(
            request,
            f"Ein neuerer Stammtext ({stored.pending_version}) wartet als Entwurf "
            "auf Prüfung und Freigabe.",
        )
    return None
