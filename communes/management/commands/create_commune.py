"""Onboard a commune: its tree, Site, editor/moderator groups, collection and workflow."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from communes.models import CommuneKind
from communes.services import commune_onboard


class Command(BaseCommand):
    help = (
        "Create or update (idempotently) a commune root with its Site, the groups "
        "'<name> Editors' and '<name> Moderators', a media collection and a one-step "
        "moderation workflow."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--ars", required=True, help="12-digit Amtlicher Regionalschlüssel"
        )
        parser.add_argument("--name", required=True, help="e.g. 'Radebeul'")
        parser.add_argument(
            "--kind",
            default=CommuneKind.MUNICIPALITY,
            type=str.lower,
            choices=CommuneKind.values,
            help="municipality (default), city or district",
        )
        parser.add_argument(
            "--hostname", required=True, help="host of the commune's Site"
        )
        parser.add_argument("--port", type=int, default=80)
        parser.add_argument("--postcodes", default="", help="comma-separated postcodes")
        parser.add_argument("--slug", default=None)

    def handle(self, *args, **options):
        postcodes = [p.strip() for p in options["postcodes"].split(",") if p.strip()]
        try:
            result = commune_onboard(
                ars=options["ars"],
                name=options["name"],
                kind=options["kind"],
                hostname=options["hostname"],
                port=options["port"],
                postcodes=postcodes or None,
                slug=options["slug"],
            )
        except ValidationError as error:
            messages = "; ".join(
                f"{field}: {' '.join(errs)}"
                for field, errs in error.message_dict.items()
            )
            raise CommandError(messages) from None
        except ValueError as error:
            raise CommandError(str(error)) from None
        verb = "Created" if result.created else "Updated"
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} {result.commune.title} (ARS {result.commune.ars}) at "
                f"http://{result.site.hostname}:{result.site.port}/ — groups "
                f"'{result.editors.name}', '{result.moderators.name}', "
                f"workflow '{result.workflow.name}'."
            )
        )
