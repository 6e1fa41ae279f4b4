"""Admin views of the editions."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Locale, Page

from .areas import outdated_in_areas, translation_areas
from .languages import german_name
from .workflow import submit_for_review


@require_POST
def submit_translation_for_review(request, page_id: int):
    """„Zur sprachlichen Prüfung einreichen“ from the translation editor."""
    page = get_object_or_404(Page, pk=page_id).specific
    submit_for_review(page, request.user)
    messages.success(
        request,
        f"„{page.get_admin_display_title()}“ ({german_name(page.locale.language_code)}) "
        "wurde zur sprachlichen Prüfung eingereicht.",
    )
    return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))


# --- „Übersetzungen“: what to translate, in which state, and what changed -------------


def _states(pages: list[Page], locales: list[Locale]) -> dict[tuple[str, int], Page]:
    translations = Page.objects.filter(
        translation_key__in=[page.translation_key for page in pages],
        locale__in=locales,
    )
    return {(str(page.translation_key), page.locale_id): page for page in translations}


def _state_label(page: Page | None) -> str:
    if page is None:
        return "nicht übersetzt"
    if page.workflow_in_progress:
        return "in sprachlicher Prüfung"
    if page.live and page.has_unpublished_changes:
        return "veröffentlicht, Entwurf in Arbeit"
    return "veröffentlicht" if page.live else "Entwurf"


class TranslationsView(WagtailAdminTemplateMixin, TemplateView):
    """The translator's list, per area the user translates (the central catalogue, their
    commune): each German page with the state of its translation in every language the
    user works in there, outdated ones first."""

    template_name = "editions/translations.html"
    page_title = "Übersetzungen"
    header_icon = "wagtail-localize-language"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("wagtail_localize.submit_translation"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self) -> list[dict]:
        # The header names the view, not only the dashboard („Home“).
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        query = self.request.GET.get("q", "").strip()[:100]
        areas = translation_areas(self.request.user)
        outdated_items = outdated_in_areas(areas)
        outdated = {
            (item.translation.source.object_id, item.translation.target_locale_id): item
            for item in outdated_items
        }
        listed = []
        for area in areas:
            pages = area.pages(query)
            rows = _rows(pages, area.locales, outdated)
            listed.append({"area": area, "locales": area.locales, "rows": rows})
        context.update(areas=listed, query=query, outdated=outdated_items)
        return context


def _rows(pages: list[Page], locales: list[Locale], outdated: dict) -> list[dict]:
    states = _states(pages, locales)
    rows = []
    for page in pages:
        cells = []
        for locale in locales:
            translation = states.get((str(page.translation_key), locale.pk))
            changes = outdated.get((page.translation_key, locale.pk))
            cells.append(
                {
                    "locale": locale,
                    "language": german_name(locale.language_code),
                    "state": _state_label(translation),
                    "outdated": changes,
                    "edit_url": translation
                    and reverse("wagtailadmin_pages:edit", args=[translation.pk]),
                    "translate_url": None
                    if translation
                    else reverse(
                        "wagtail_localize:submit_page_translation", args=[page.pk]
                    )
                    + f"?select_locale={locale.language_code}",
                }
            )
        rows.append({"page": page, "kind": page._meta.verbose_name, "cells": cells})
    rows.sort(key=lambda row: not any(cell["outdated"] for cell in row["cells"]))
    return rows
