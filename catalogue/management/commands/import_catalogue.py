"""Restore an export of `export_catalogue` into a freshly migrated, empty database."""

from __future__ import annotations

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Page, Site


class Command(BaseCommand):
    help = (
        "Load a file written by export_catalogue into an empty database (run `migrate` "
        "first), then rebuild the reference and search indexes."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="JSON file written by export_catalogue.")

    def handle(self, *args, path: str, **options):
        if Page.objects.filter(depth__gt=2).exists():
            raise CommandError(
                "The database already holds content. Restore into an empty, migrated "
                "database."
            )
        with transaction.atomic():
            # Wagtail's migrations create a welcome page and a site; the export has its own.
            Site.objects.all().delete()
            Page.objects.filter(depth=2).delete()
            Page.fix_tree(fix_paths=True)
            call_command("loaddata", path, verbosity=0)
        call_command("rebuild_references_index", verbosity=0)
        call_command("update_index", verbosity=0)
        self.stdout.write(
            self.style.SUCCESS(f"Restored {Page.objects.count()} pages from {path}.")
        )
