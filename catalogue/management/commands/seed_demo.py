"""Seed the German demo catalogue, state authorities and demo communes (idempotent)."""

from __future__ import annotations

import os
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Locale, Page, Site

from catalogue.demo_content import life_situations, services_family, services_living
from catalogue.models import (
    AuthorityIndexPage,
    AuthorityPage,
    CatalogueRootPage,
    LifeSituationIndexPage,
    LifeSituationPage,
    LifeSituationService,
    ServiceIndexPage,
    ServicePage,
)
from catalogue.services import (
    CATALOGUE_EDITORS,
    CATALOGUE_PUBLISHERS,
    CATALOGUE_REVIEWERS,
    catalogue_editorial_setup,
)
from cms.pages import page_child_by_slug, page_publish_child

DEMO_PASSWORD = "demo-passwort"
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


def stream(block_type: str, values: list) -> list[dict]:
    return [{"type": block_type, "value": value} for value in values]


def fee_values(fees: list[dict]) -> list[dict]:
    def amount(value):
        return str(Decimal(str(value))) if value is not None else None

    return [
        {
            "description": fee["description"],
            "amount": amount(fee.get("amount")),
            "amount_max": amount(fee.get("amount_max")),
            "currency": fee.get("currency", "EUR"),
        }
        for fee in fees
    ]


def link_values(links: list[dict]) -> list[dict]:
    return [
        {"title": link["title"], "url": link["url"], "document": None} for link in links
    ]


def authority_page(data: dict) -> AuthorityPage:
    return AuthorityPage(
        title=data["title"],
        slug=data["slug"],
        address=data.get("address", ""),
        phone=data.get("phone", ""),
        email=data.get("email", ""),
        website=data.get("website", ""),
        opening_hours=stream("hours", data.get("opening_hours", [])),
    )


def service_page(data: dict) -> ServicePage:
    return ServicePage(
        title=data["title"],
        slug=data["slug"],
        leika_key=data["leika_key"],
        audience=data["audience"],
        teaser=data["teaser"],
        full_text=data["full_text"],
        prerequisites=data.get("prerequisites", ""),
        required_documents=stream("document", data.get("required_documents", [])),
        fees=stream("fee", fee_values(data.get("fees", []))),
        deadlines=data.get("deadlines", ""),
        processing_time=data.get("processing_time", ""),
        procedure=data.get("procedure", ""),
        legal_basis=stream("link", link_values(data.get("legal_basis", []))),
        forms=stream("link", link_values(data.get("forms", []))),
        online_services=stream("link", link_values(data.get("online_services", []))),
        further_information=data.get("further_information", ""),
        notes=data.get("notes", ""),
        keywords=", ".join(data.get("keywords", [])),
        last_reviewed=data.get("last_reviewed"),
        next_review=data.get("next_review"),
    )


class Command(BaseCommand):
    help = (
        "Load the German demo content: life situations, services with LeiKa keys, "
        "state authorities and demo communes. Existing pages are left as they are."
    )

    def add_arguments(self, parser):
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

    def handle(self, *args, **options):
        with transaction.atomic():
            self.ensure_locales()
            root = self.ensure_catalogue_root()
            catalogue_editorial_setup(root)
            services = self.ensure_services(root)
            self.ensure_life_situations(root, services)
            self.ensure_state_authorities(root)
            if not options["no_communes"]:
                from communes.demo import seed_demo_communes

                for line in seed_demo_communes():
                    self.stdout.write(line)
            self.ensure_admin(options["admin_password"])
            if options["demo_users"] or settings.DEBUG:
                self.ensure_demo_users(with_communes=not options["no_communes"])
            # Language editions last: they translate what was seeded above.
            from editions.demo import seed_demo_editions

            for line in seed_demo_editions(
                with_users=options["demo_users"] or settings.DEBUG
            ):
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

    def ensure_services(self, catalogue: CatalogueRootPage) -> dict[str, ServicePage]:
        index = page_child_by_slug(catalogue, "leistungen")
        existing = {
            s.leika_key: s for s in ServicePage.objects.filter(locale=index.locale)
        }
        for data in services_family.SERVICES + services_living.SERVICES:
            if data["leika_key"] not in existing:
                page = service_page(data)
                page.full_clean(exclude=["path", "depth"])
                existing[data["leika_key"]] = page_publish_child(index, page)
        return existing

    def ensure_life_situations(
        self, catalogue, services: dict[str, ServicePage]
    ) -> None:
        index = page_child_by_slug(catalogue, "lebenslagen")

        def ensure(parent, items):
            for data in items:
                page = page_child_by_slug(parent, data["slug"])
                if page is None:
                    page = LifeSituationPage(
                        title=data["title"],
                        slug=data["slug"],
                        teaser=data["teaser"],
                        audience=data.get("audience", "citizens"),
                        keywords=", ".join(data.get("keywords", [])),
                        body=stream("paragraph", data.get("body", [])),
                    )
                    page.service_links = [
                        LifeSituationService(service=services[key], sort_order=order)
                        for order, key in enumerate(data.get("services", []))
                    ]
                    page = page_publish_child(parent, page)
                ensure(page, data.get("children", []))

        ensure(index, life_situations.LIFE_SITUATIONS)

    def ensure_state_authorities(self, catalogue) -> None:
        index = page_child_by_slug(catalogue, "behoerden")
        for data in life_situations.AUTHORITIES:
            if page_child_by_slug(index, data["slug"]) is None:
                page_publish_child(index, authority_page(data))

    def ensure_demo_users(self, *, with_communes: bool) -> None:
        users = [(username, group, role) for username, group, role in DEMO_USERS]
        if not with_communes:
            users = [u for u in users if u[1].startswith("Catalogue")]
        user_model = get_user_model()
        self.stdout.write(f"Demo users (password: {DEMO_PASSWORD}):")
        for username, group_name, role in users:
            user, created = user_model.objects.get_or_create(
                username=username, defaults={"email": f"{username}@lebenslagen.example"}
            )
            if created:
                user.set_password(DEMO_PASSWORD)
                user.save()
            user.groups.add(Group.objects.get(name=group_name))
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
