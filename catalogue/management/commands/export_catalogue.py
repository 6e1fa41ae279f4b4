"""Export the platform's content (catalogue, communes, editorial history) as one file."""

from __future__ import annotations

import sys
from pathlib import Path

from django.core.management.base import BaseCommand

from cms.backup import EXCLUDED_MODELS, export_to, export_to_stream


class Command(BaseCommand):
    help = (
        "Export everything editors and admins created — pages with their revisions, "
        "workflows, comments, tags, users with profiles, groups, media records, "
        "redirects — as one JSON file, read from one consistent snapshot. Media files "
        "are backed up separately (see README). The file contains password hashes: "
        "store it like a database backup. Not exported: "
        + "; ".join(f"{label} ({why})" for label, why in EXCLUDED_MODELS.items())
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "path", help="Where to write the JSON file ('-' for stdout)."
        )

    def handle(self, *args, path: str, **options):
        if path == "-":
            export_to_stream(sys.stdout)
            return
        counts = export_to(Path(path))
        self.stderr.write(
            self.style.SUCCESS(
                f"Exported {sum(counts.values())} rows of {len(counts)} models to "
                f"{path}."
            )
        )
