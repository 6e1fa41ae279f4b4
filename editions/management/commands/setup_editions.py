"""Create or complete every configured language edition (idempotent)."""

from django.core.management.base import BaseCommand
from django.db import transaction

from editions.services import editions_setup


class Command(BaseCommand):
    help = (
        "Set up each language of WAGTAIL_CONTENT_LANGUAGES: its catalogue tree, the "
        "groups „Übersetzung …“ and „Sprachprüfung …“ and the workflow „Sprachliche "
        "Prüfung …“."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            for workflow in editions_setup():
                self.stdout.write(f"  {workflow.name}")
