"""manage.py export_xzufi: the live catalogue as an XZuFi message (XML) or JSON form."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from xzufi import mapping
from xzufi.services import export_to_directory


class Command(BaseCommand):
    help = (
        "Exportiert Leistungen, Spezialisierungen, Organisationseinheiten und "
        "Zuständigkeiten als XZuFi (XML-Nachricht oder JSON-Form des FIM-Portals)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--xzufi-version", choices=mapping.VERSIONS, default="2.3.1"
        )
        parser.add_argument("--format", choices=("xml", "json"), default="xml")
        parser.add_argument("--output", required=True, type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        run = export_to_directory(
            options["xzufi_version"], options["format"], options["output"]
        )
        counts = ", ".join(f"{k}: {v}" for k, v in run.counts.items())
        self.stdout.write(f"XZuFi {run.xzufi_version} nach {run.source} ({counts}).")
