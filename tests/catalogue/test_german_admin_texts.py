"""The admin pages a German editor opens speak German: no English leftovers („1-3 of 3
None“, „a minute ago“, „Locale“) and no broken German („Dieses Seite-Objekt“); „Hilfe“
leads to the project's own editors' guide."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from wagtail.models import Page

from catalogue.models import LifeSituationPage, ServicePage
from catalogue.services import CATALOGUE_EDITORS, CATALOGUE_REVIEWERS
from tests.admin_forms import service_form_data
from tests.factories import user_in_groups

pytestmark = pytest.mark.django_db

LEFTOVERS = [
    re.compile(r"\d+\s*-\s*\d+ of \d+"),
    re.compile(r"\bNone\b"),
    re.compile(r"\b(a|an|\d+) (second|minute|hour|day|week|month|year)s? ago\b"),
    re.compile(r"\bLocale\b"),
    re.compile(r"\bSeite-Objekt"),
    re.compile(r"-Objekt (erwartet|ist aktuell|wartet)"),
    re.compile(r"\b(Awaiting|Edit|Delete|Search|Updated|Type|Help)\b"),
]


class VisibleText(HTMLParser):
    """The text a reader or screen reader meets: text nodes outside scripts, styles,
    templates and elements marked `hidden`."""

    HIDDEN = {"script", "style", "template", "noscript"}
    VOID = {
        "area",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
    }

    def __init__(self) -> None:
        super().__init__()
        self.open: list[bool] = []  # per open element: does it hide its content?
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.open.append(tag in self.HIDDEN or "hidden" in dict(attrs))

    def handle_endtag(self, tag):
        if tag not in self.VOID and self.open:
            self.open.pop()

    def handle_data(self, data):
        if not any(self.open) and data.strip():
            self.parts.append(" ".join(data.split()))

    @classmethod
    def of(cls, html: str) -> list[str]:
        parser = cls()
        parser.feed(html)
        return parser.parts


def leftovers(client: Client, url: str) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200, url
    found = []
    for text in VisibleText.of(response.content.decode()):
        for pattern in LEFTOVERS:
            if pattern.search(text):
                found.append(f"{url}: {text[:120]}")
    return found


def pages_of_a_central_editor() -> list[str]:
    service = ServicePage.objects.get(leika_key="99089001001000")
    life_situation = LifeSituationPage.objects.live().first()
    services_index = service.get_parent()
    return [
        "/admin/",
        f"/admin/pages/{services_index.pk}/",
        f"/admin/pages/{service.pk}/edit/",
        f"/admin/pages/{service.pk}/history/",
        f"/admin/pages/{life_situation.pk}/edit/",
        "/admin/pages/search/?q=Personalausweis",
        "/admin/services/",
        "/admin/reports/overdue-reviews/",
        "/admin/reports/outdated-adaptations/",
        "/admin/hilfe/",
    ]


def test_a_central_editor_sees_no_english_leftovers():
    editor = Client()
    editor.force_login(user_in_groups("anna", CATALOGUE_EDITORS))
    found = [
        text for url in pages_of_a_central_editor() for text in leftovers(editor, url)
    ]
    assert not found, "\n".join(found)


def test_a_page_in_review_is_described_in_plain_german():
    service = ServicePage.objects.get(leika_key="99089001001000")
    editor = Client()
    editor.force_login(user_in_groups("anna", CATALOGUE_EDITORS))
    editor.post(
        f"/admin/pages/{service.pk}/edit/",
        service_form_data(service, **{"action-submit": "action-submit"}),
    )
    reviewer = Client()
    reviewer.force_login(user_in_groups("ben", CATALOGUE_REVIEWERS))
    for client in (editor, reviewer):
        for url in ("/admin/", f"/admin/pages/{service.pk}/edit/"):
            assert not leftovers(client, url)
    html = editor.get(f"/admin/pages/{service.pk}/edit/").content.decode()
    assert "Dieser Inhalt wartet auf <b>„Fachliche Prüfung“</b>" in html


def test_a_commune_editor_sees_no_english_leftovers():
    editor = Client()
    editor.force_login(user_in_groups("rita", "Radebeul Editors"))
    commune = Page.objects.get(url_path="/radebeul/")
    adaptation = Page.objects.get(
        url_path="/radebeul/leistungen/personalausweis-beantragen/"
    )
    urls = [
        "/admin/",
        f"/admin/pages/{commune.pk}/",
        f"/admin/pages/{adaptation.pk}/edit/",
        "/admin/reports/outdated-adaptations/",
        "/admin/hilfe/",
    ]
    found = [text for url in urls for text in leftovers(editor, url)]
    assert not found, "\n".join(found)


def test_help_leads_to_the_german_editors_guide():
    editor = Client()
    editor.force_login(user_in_groups("rita", "Radebeul Editors"))
    dashboard = editor.get("/admin/").content.decode()
    assert '"url": "/admin/hilfe/"' in dashboard  # in the sidebar's menu data
    sidebar = dashboard[dashboard.index('id="wagtail-sidebar-props"') :]
    sidebar = sidebar[: sidebar.index("</script>")]
    # Not Wagtail's English guide and release notes on the internet.
    assert "wagtail.org" not in sidebar
    assert "w-whats-new" not in dashboard
    guide = editor.get("/admin/hilfe/").content.decode()
    assert "Leitfaden für Redaktionen" in guide
    for topic in ("anpassen", "Ersetzen oder ergänzen", "Prüftermine", "Workflows"):
        assert topic in guide


def test_review_dates_show_as_dates_and_overdue_ones_stand_out():
    future, past = ServicePage.objects.order_by("path")[:2]
    ServicePage.objects.filter(pk=future.pk).update(next_review=date(2099, 6, 1))
    ServicePage.objects.filter(pk=past.pk).update(next_review=date(2020, 1, 31))
    editor = Client()
    editor.force_login(user_in_groups("anna", CATALOGUE_EDITORS))

    html = editor.get("/admin/services/?ordering=next_review").content.decode()
    # The review date column only: „Aktualisiert“ rightly says „Jetzt gerade“ for a
    # page another test has just saved.
    cells = [
        " ".join(cell.get_text().split())
        for cell in BeautifulSoup(html, "html.parser").select("td.ll-review-date")
    ]
    assert "31.01.2020 überfällig" in cells
    assert "01.06.2099" in cells
    assert not [cell for cell in cells if "Jetzt gerade" in cell]
