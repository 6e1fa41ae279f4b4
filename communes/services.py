"""Writes of the communes app: onboarding communes, recording checks of central changes."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser, Group
from django.db import transaction
from wagtail.log_actions import log
from wagtail.models import (
    Collection,
    Locale,
    Page,
    Site,
    Workflow,
)

from catalogue.models import AuthorityIndexPage, ServicePage
from catalogue.services import approval_task_ensure, group_grant, workflow_ensure
from cms.pages import page_child_by_slug, page_publish_child

from .models import (
    CommuneKind,
    CommunePage,
    CommuneServiceIndexPage,
    CommuneServicePage,
    normalise_postcodes,
)

CENTRAL_CHECKED_ACTION = "communes.central_checked"

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "lock_page"]
MODERATOR_PAGE_PERMISSIONS = EDITOR_PAGE_PERMISSIONS + ["publish_page", "unlock_page"]


@dataclass
class OnboardedCommune:
    """What onboarding created or found."""

    commune: CommunePage
    site: Site
    editors: Group
    moderators: Group
    collection: Collection
    workflow: Workflow
    created: bool


@transaction.atomic
def commune_onboard(
    *,
    ars: str,
    name: str,
    kind: str,
    hostname: str,
    postcodes: list[str] | None = None,
    port: int = 80,
    slug: str | None = None,
) -> OnboardedCommune:
    """Create or update a commune: tree, Site, groups, permissions, collection, workflow.

    Idempotent: running it again with the same ARS updates names and postcodes and
    creates only what is missing.
    """
    from django.utils.text import slugify

    if kind not in CommuneKind.values:
        raise ValueError(
            f"Unknown kind '{kind}'; use one of {', '.join(CommuneKind.values)}."
        )
    locale = Locale.get_default()
    commune = CommunePage.objects.filter(ars=ars, locale=locale).first()
    created = commune is None
    if created:
        commune = CommunePage(
            ars=ars, title=name, slug=slug or slugify(name), kind=kind
        )
        commune.postcodes = normalise_postcodes(" ".join(postcodes or []))
        commune.full_clean(exclude=["path", "depth"])
        page_publish_child(Page.get_first_root_node(), commune)
    else:
        wanted = {"title": name, "kind": kind}
        if postcodes is not None:
            wanted["postcodes"] = normalise_postcodes(" ".join(postcodes))
        if any(getattr(commune, field) != value for field, value in wanted.items()):
            for field, value in wanted.items():
                setattr(commune, field, value)
            commune.full_clean()
            commune.save_revision().publish()
            commune.refresh_from_db()

    if page_child_by_slug(commune, "leistungen") is None:
        page_publish_child(
            commune, CommuneServiceIndexPage(title="Leistungen", slug="leistungen")
        )
    if page_child_by_slug(commune, "behoerden") is None:
        page_publish_child(
            commune, AuthorityIndexPage(title="Behörden und Ämter", slug="behoerden")
        )

    # One Site per commune: found by its root, so a new hostname moves the Site.
    site = (
        Site.objects.filter(root_page=commune).first()
        or Site.objects.filter(hostname=hostname, port=port).first()
    )
    if site is None:
        site = Site.objects.create(
            hostname=hostname, port=port, root_page=commune, site_name=name
        )
    else:
        site.hostname, site.port = hostname, port
        site.root_page = commune
        site.site_name = name
        site.save()

    root_collection = Collection.get_first_root_node()
    collection = root_collection.get_children().filter(name=name).first()
    if collection is None:
        collection = root_collection.add_child(name=name)

    editors = group_grant(
        f"{name} Editors",
        page=commune,
        page_permissions=EDITOR_PAGE_PERMISSIONS,
        collection=collection,
    )
    moderators = group_grant(
        f"{name} Moderators",
        page=commune,
        page_permissions=MODERATOR_PAGE_PERMISSIONS,
        collection=collection,
    )
    workflow = workflow_ensure(
        f"{name}: Freigabe",
        [
            approval_task_ensure(
                f"{name}: Freigabe und Veröffentlichung durch Moderation",
                [moderators],
                formerly=(f"{name}: Freigabe durch Moderation",),
            )
        ],
        commune,
    )
    return OnboardedCommune(
        commune, site, editors, moderators, collection, workflow, created
    )


def adaptation_record_central_revision(
    sender: type, instance: CommuneServicePage, **kwargs
) -> None:
    """On publishing an adaptation, remember the central revision it was published
    against (a `page_published` receiver): the adaptation is current until the central
    service is published again."""
    revision_id = (
        ServicePage.objects.filter(pk=instance.service_id)
        .values_list("live_revision_id", flat=True)
        .first()
    )
    CommuneServicePage.objects.filter(pk=instance.pk).update(
        central_revision_id=revision_id
    )
    instance.central_revision_id = revision_id


class CentralChangedAgain(Exception):
    """The central service was published again after the editor looked at its changes."""


@transaction.atomic
def adaptation_mark_checked(
    adaptation: CommuneServicePage,
    *,
    user: AbstractBaseUser,
    seen_revision_id: int,
) -> None:
    """Record that the editor checked the central changes up to `seen_revision_id`
    and the adaptation needs no change; logged in the adaptation's history.

    Raises CentralChangedAgain when the central service has a newer live revision than
    the one the editor saw, so a change published meanwhile is never marked as checked.
    """
    service = ServicePage.objects.select_for_update().get(pk=adaptation.service_id)
    if service.live_revision_id != seen_revision_id:
        raise CentralChangedAgain
    previous = adaptation.central_revision_id
    if previous == seen_revision_id:
        return  # already current (checked twice, or republished meanwhile)
    CommuneServicePage.objects.filter(pk=adaptation.pk).update(
        central_revision_id=seen_revision_id
    )
    adaptation.central_revision_id = seen_revision_id
    log(
        instance=adaptation,
        action=CENTRAL_CHECKED_ACTION,
        user=user,
        data={
            "service": {"id": service.pk, "title": service.title},
            "previous_central_revision": previous,
            "central_revision": seen_revision_id,
        },
    )
