"""Overdue reviews: each user sees exactly the overdue texts they may edit."""

import csv
import io

import pytest
from django.urls import reverse
from django.utils import timezone

from catalogue.models import ServicePage
from catalogue.services import CATALOGUE_EDITORS
from communes.models import CommunePage, CommuneServicePage
from tests.factories import user_in_groups

pytestmark = pytest.mark.django_db


def report_rows(client, **params) -> list[dict]:
    query = "&".join(f"{k}={v}" for k, v in {"export": "csv", **params}.items())
    response = client.get(reverse("communes_overdue_reviews") + "?" + query)
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(body)))


def overdue(queryset) -> set[str]:
    return set(
        queryset.filter(next_review__lt=timezone.localdate()).values_list(
            "url_path", flat=True
        )
    )


def test_central_editors_see_exactly_the_overdue_central_services(client):
    client.force_login(user_in_groups("zentral", CATALOGUE_EDITORS))

    rows = report_rows(client)

    expected = overdue(ServicePage.objects.all())
    assert expected  # the demo content has overdue services
    assert {row["Pfad"] for row in rows} == expected
    assert {row["Art"] for row in rows} == {"Zentrale Leistungen"}


def test_commune_editors_see_exactly_their_own_overdue_adaptations(client):
    radebeul = CommunePage.objects.get(ars="146270230230")
    client.force_login(user_in_groups("radebeul", "Radebeul Editors"))

    rows = report_rows(client)

    expected = overdue(CommuneServicePage.objects.descendant_of(radebeul))
    assert expected
    assert {row["Pfad"] for row in rows} == expected
    assert {row["Kommune"] for row in rows} == {"Radebeul"}


def test_the_kind_filter_narrows_the_report(client, admin_user):
    client.force_login(admin_user)

    local = report_rows(client, kind="local")
    central = report_rows(client, kind="central")

    assert {row["Art"] for row in local} == {"Örtliche Anpassungen"}
    assert {row["Art"] for row in central} == {"Zentrale Leistungen"}
    assert len(local) + len(central) == len(report_rows(client))


def test_the_report_downloads_as_xlsx(client, admin_user):
    client.force_login(admin_user)
    response = client.get(reverse("communes_overdue_reviews") + "?export=xlsx")
    assert response.status_code == 200
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml"
    )


def test_the_dashboard_shows_overdue_reviews_to_commune_editors(client):
    client.force_login(user_in_groups("radebeul", "Radebeul Editors"))
    response = client.get(reverse("wagtailadmin_home"))
    assert "Überfällige Prüfungen" in response.content.decode()


def test_the_service_listing_filters_by_audience_and_review_state(client, admin_user):
    client.force_login(admin_user)
    url = reverse("services:index")

    business = client.get(url, {"audience": "businesses"})
    overdue_only = client.get(url, {"review_state": "overdue"})

    assert business.status_code == overdue_only.status_code == 200
    content = business.content.decode()
    assert "Gewerbe anmelden" in content and "Personalausweis beantragen" not in content
    listed = overdue_only.content.decode()
    for page in ServicePage.objects.filter(next_review__lt=timezone.localdate()):
        assert page.title in listed
    assert (
        "99050010006000" in client.get(url, {"leika_key": "9905001"}).content.decode()
    )
