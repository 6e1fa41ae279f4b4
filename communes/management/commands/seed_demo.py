"""Seed the German demo catalogue, state authorities and demo communes (idempotent).

The content comes from the YAML fixtures (`catalogue/fixtures/demo/`,
`communes/fixtures/demo/`) through the importer; this command only lays out the
portal (root, Site, sections), the editorial setup and the demo users. It lives in
`communes` because it spans both apps.
"""

from __future__ import annotations

import os
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction
from wagtail.models import Locale, Page, Site

from catalogue.models import (
    AuthorityIndexPage,
    CatalogueRootPage,
    LifeSituationIndexPage,
    LifeSituationPage,
    ServiceIndexPage,
    ServicePage,
)
from catalogue.services import (
    CATALOGUE_EDITORS,
    CATALOGUE_PUBLISHERS,
    CATALOGUE_REVIEWERS,
    catalogue_editorial_setup,
)
from cms.demo_users import DEMO_PASSWORD, ensure_demo_user
from cms.pages import page_child_by_slug, page_publish_child
from communes.importer import demo_documents, import_documents

# One user per editorial role, so a newcomer can walk through the whole workflow.
DEMO_USERS = [
    ("redaktion", CATALOGUE_EDITORS, "Zentrale Redaktion: schreibt, reicht ein"),
    ("fachpruefung", CATALOGUE_REVIEWERS, "Fachprüfung: 1. Freigabestufe"),
    ("freigabe", CATALOGUE_PUBLISHERS, "Veröffentlichung: 2. Freigabestufe"),
    ("radebeul-redaktion", "Radebeul Editors", "Redaktion Radebeul"),
    ("radebeul-moderation", "Radebeul Moderators", "Moderation Radebeul: gibt frei"),
    ("meissen-redaktion", "Landkreis Meißen Editors", "Redaktion Landkreis Meißen"),
    ("dresden-redaktion", "Landeshauptstadt Dresden Editors", "Redaktion Dresden"),
]


class Command(BaseCommand):
    help = (
        "Load the German demo content: life situations, services with LeiKa keys, "
        "state authorities and demo communes. Existing pages are left as they are."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--no-communes", action="store_true", help="Only the central catalogue."
        )
        parser.add_argument(
            "--demo-users",
            action="store_true",
            help="Create one demo user per editorial role (default in DEBUG).",
        )
        parser.add_argument(
            "--admin-password",
            default=None,
            help="Create the superuser 'admin' with this password (default in DEBUG: admin).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        with transaction.atomic():
            self.ensure_locales()
            root = self.ensure_catalogue_root()
            catalogue_editorial_setup(root)
            documents = demo_documents()
            if options["no_communes"]:
                documents = [d for d in documents if d["kind"] != "commune"]
            for line in import_documents(documents).messages:
                self.stdout.write(line)
            self.ensure_admin(options["admin_password"])
            if options["demo_users"] or settings.DEBUG:
                self.ensure_demo_users(with_communes=not options["no_communes"])
            # Language editions last: they translate what was seeded above.
            from editions.demo import seed_demo_editions

            with_users = options["demo_users"] or settings.DEBUG
            for line in seed_demo_editions(with_users=with_users):
                self.stdout.write(line)
            # A commune's editions come after: they translate its adaptations.
            if with_users and not options["no_communes"]:
                from communes.demo_editions import seed_demo_commune_editions

                for line in seed_demo_commune_editions():
                    self.stdout.write(line)
        german = Locale.get_default()
        self.stdout.write(
            self.style.SUCCESS(
                "Demo content ready: "
                f"{LifeSituationPage.objects.filter(locale=german).count()} life situations, "
                f"{ServicePage.objects.filter(locale=german).count()} services "
                "(in German; editions above)."
            )
        )

    def ensure_locales(self) -> None:
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
            Locale.objects.get_or_create(language_code=code)

    def ensure_catalogue_root(self) -> CatalogueRootPage:
        root = Page.get_first_root_node()
        catalogue = CatalogueRootPage.objects.filter(
            locale=Locale.get_default()
        ).first()
        if catalogue is None:
            catalogue = page_publish_child(
                root,
                CatalogueRootPage(
                    title="Lebenslagen Sachsen",
                    slug="portal",
                    intro="Der zentrale Katalog der Lebenslagen und Verwaltungsleistungen.",
                ),
            )
            # Wagtail's initial "Welcome" page is replaced by the catalogue as default site.
            Page.objects.filter(depth=2, content_type__model="page").delete()
        site = Site.objects.filter(is_default_site=True).first()
        hostname = os.environ.get("PORTAL_HOSTNAME", "localhost")
        port = int(os.environ.get("PORT", 80))
        if site is None:
            site = Site(is_default_site=True)
        site.hostname, site.port, site.root_page = hostname, port, catalogue
        site.site_name = "Lebenslagen Sachsen"
        site.save()
        for model, title, slug in (
            (LifeSituationIndexPage, "Lebenslagen", "lebenslagen"),
            (ServiceIndexPage, "Leistungen", "leistungen"),
            (AuthorityIndexPage, "Landesbehörden", "behoerden"),
        ):
            if page_child_by_slug(catalogue, slug) is None:
                page_publish_child(catalogue, model(title=title, slug=slug))
        return catalogue

    def ensure_demo_users(self, *, with_communes: bool) -> None:
        users = [(username, group, role) for username, group, role in DEMO_USERS]
        if not with_communes:
            users = [u for u in users if u[1].startswith("Catalogue")]
        self.stdout.write(f"Demo users (password: {DEMO_PASSWORD}):")
        for username, group_name, role in users:
            ensure_demo_user(username, group_name)
            self.stdout.write(f"  {username:<22} {role}")

    def ensure_admin(self, password: str | None) -> None:
        if password is None and settings.DEBUG:
            password = "admin"
        if password is None:
            return
        user_model = get_user_model()
        if not user_model.objects.filter(username="admin").exists():
            user_model.objects.create_superuser("admin", "admin@example.org", password)
            self.stdout.write(f"Superuser created — login: admin / {password}")
