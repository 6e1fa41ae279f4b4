"""Create or complete every configured language edition (idempotent).

It lives in communes because it also gives a commune an edition (`--commune`).
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from communes.models import CommunePage
from editions.languages import source_language, translation_codes
from editions.services import commune_edition_setup, editions_setup


class Command(BaseCommand):
    help = (
        "Set up each language of WAGTAIL_CONTENT_LANGUAGES: its catalogue tree, the "
        "groups „Übersetzung …“ and „Sprachprüfung …“ and the workflow „Sprachliche "
        "Prüfung …“."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--commune",
            metavar="ARS",
            help="Also give this commune an edition (its editors translate).",
        )
        parser.add_argument(
            "--language",
            action="append",
            help="Language code for --commune (repeatable; default: hsb).",
        )

    def handle(self, *args, **options):
        with transaction.atomic():
            for workflow in editions_setup():
                self.stdout.write(f"  {workflow.name}")
            if options["commune"]:
                commune = CommunePage.objects.get(
                    ars=options["commune"], locale__language_code=source_language()
                )
                for code in options["language"] or ["hsb"]:
                    if code not in translation_codes():
                        raise CommandError(f"{code} is not a configured edition.")
                    root = commune_edition_setup(commune, code)
                    self.stdout.write(f"  {commune.title}: {code} ({root.url_path})")
