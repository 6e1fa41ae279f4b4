"""Restore an export of `export_catalogue` into a freshly migrated, empty database."""

from __future__ import annotations

from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from cms.backup import ExportFileError, database_problems, problems, read, restore


class Command(BaseCommand):
    help = (
        "Load a file written by export_catalogue into an empty database (run `migrate` "
        "first), then rebuild the reference and search indexes. The whole file is "
        "checked first (format, schema, every row complete, every reference present); "
        "nothing is written unless all of it can be restored."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="JSON file written by export_catalogue.")

    def handle(self, *args, path: str, **options):
        try:
            data = read(Path(path))
            found = problems(data) or database_problems()
            if found:
                raise ExportFileError(
                    f"Nothing was imported from {path}:\n  " + "\n  ".join(found)
                )
            written = restore(data)
        except ExportFileError as error:
            raise CommandError(str(error)) from error
        call_command("rebuild_references_index", verbosity=0)
        call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS(f"Restored {written} rows from {path}."))
