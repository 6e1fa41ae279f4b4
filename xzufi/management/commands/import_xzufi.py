"""manage.py import_xzufi: XZuFi messages (schreibe/loesche) into the catalogue."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from xzufi.codec import MessageError
from xzufi.services import import_message


class Command(BaseCommand):
    help = (
        "Importiert XZuFi-Nachrichten (XML-Datei oder Verzeichnis der JSON-Form). "
        "Jede Nachricht wird ganz oder gar nicht übernommen. Änderungen an "
        "veröffentlichten Seiten werden als Entwurf in den Freigabe-Workflow gegeben, "
        "außer mit --publish."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("files", nargs="+", type=Path)
        parser.add_argument(
            "--publish",
            action="store_true",
            help="Sofort veröffentlichen (nur durch den Betrieb).",
        )
        parser.add_argument(
            "--user", help="Benutzername, dem die Revisionen zugeordnet werden."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        user = None
        if options["user"]:
            user = get_user_model().objects.get(username=options["user"])
        for path in options["files"]:

            def progress(done: int, total: int, path: Path = path) -> None:
                if done % 25 == 0 or done == total:
                    self.stdout.write(f"  {path.name}: {done}/{total}")

            try:
                run = import_message(
                    path, publish=options["publish"], user=user, progress=progress
                )
            except MessageError as error:
                raise CommandError(
                    f"{path}: abgelehnt, nichts geschrieben: {error}"
                ) from None
            counts = ", ".join(f"{k}: {v}" for k, v in run.counts.items())
            self.stdout.write(f"{path}: {counts}")
            for problem in run.problems:
                self.stdout.write(f"  {problem}")
