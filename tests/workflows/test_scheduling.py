"""Scheduled publishing and expiry go through `manage.py publish_scheduled`."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from catalogue.models import ServicePage

pytestmark = pytest.mark.django_db

KEY = "99050010006000"  # Gewerbe anmelden
QUERY = '{ service(leikaKey: "99050010006000") { teaser } }'


def run_scheduler():
    call_command("publish_scheduled", verbosity=0)


def test_a_scheduled_change_goes_live_only_after_its_time(graphql):
    page = ServicePage.objects.get(leika_key=KEY)
    live_teaser = page.teaser
    page.teaser = "Ab 1. Januar gilt die neue Gebührenordnung."
    page.go_live_at = timezone.now() + timedelta(days=1)
    revision = page.save_revision()
    revision.publish()  # with a future go-live date, this schedules it

    run_scheduler()
    assert graphql(QUERY).data["service"]["teaser"] == live_teaser

    # The go-live moment moves behind us instead of the test waiting for it: in the
    # schedule and in the revision's content (publishing checks both).
    passed = timezone.now() - timedelta(seconds=1)
    revision.content["go_live_at"] = passed.isoformat()
    revision.approved_go_live_at = passed
    revision.save(update_fields=["content", "approved_go_live_at"])
    run_scheduler()

    assert graphql(QUERY).data["service"]["teaser"] == (
        "Ab 1. Januar gilt die neue Gebührenordnung."
    )


def test_an_expired_service_disappears_when_the_scheduler_runs(graphql):
    page = ServicePage.objects.get(leika_key=KEY)
    page.expire_at = timezone.now() + timedelta(hours=1)
    page.save_revision().publish()

    run_scheduler()
    assert graphql(QUERY).data["service"] is not None

    ServicePage.objects.filter(pk=page.pk).update(
        expire_at=timezone.now() - timedelta(minutes=1)
    )
    run_scheduler()

    assert graphql(QUERY).data["service"] is None
