"""Write the public schema as SDL to graphql_schema/schema.graphql (`make schema`)."""

from pathlib import Path

from django.core.management.base import BaseCommand

from graphql_schema.sdl import current_sdl

SDL_FILE = Path(__file__).resolve().parents[2] / "schema.graphql"


class Command(BaseCommand):
    help = "Write the GraphQL schema as SDL to graphql_schema/schema.graphql."

    def handle(self, *args, **options):
        SDL_FILE.write_text(current_sdl())
        self.stdout.write(self.style.SUCCESS(f"Schema written to {SDL_FILE}"))
