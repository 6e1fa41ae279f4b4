"""Writes of the editions: each language's tree, translators' groups and workflow."""

from __future__ import annotations

from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Locale, Page, Workflow
from wagtail_localize.operations import TranslationCreator

from catalogue.models import CatalogueRootPage
from catalogue.services import (
    approval_task_ensure,
    permission_get,
    workflow_ensure,
)

from .languages import (
    german_name,
    reviewers_group_name,
    source_language,
    translation_codes,
    translators_group_name,
    workflow_name,
)

# Translators write their language's pages; reviewers approve and publish them. Both
# only below their language's root, so no one edits or publishes another edition.
TRANSLATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "lock_page"]
REVIEWER_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "lock_page",
    "unlock_page",
    "publish_page",
]


def translation_publish(page: Page) -> Page:
    """Publish the latest revision of a structural translation (roots, indexes)."""
    page = page.specific
    if not page.live or page.has_unpublished_changes:
        revision = page.latest_revision or page.save_revision()
        revision.publish()
    return page


def edition_tree_ensure(source_root: Page, locale: Locale) -> Page:
    """The translation of `source_root` and its index pages in `locale`, published.

    Translated through wagtail-localize, so translators can later translate their titles
    too; live, so the pages translators add below them can be served.
    """
    creator = TranslationCreator(None, [locale])
    for page in [source_root, *source_root.get_children().specific()]:
        if page.get_translation_or_none(locale) is None:
            creator.create_translations(page, include_related_objects=False)
            translation = page.get_translation(locale)
            if page.pk == source_root.pk:  # a sibling of the German root: say which
                translation.slug = f"{page.slug}-{locale.language_code}"
                translation.save_revision()
        translation_publish(page.get_translation(locale))
    return source_root.get_translation(locale)


def group_page_grant(name: str, page: Page, codenames: list[str]) -> Group:
    group, _ = Group.objects.get_or_create(name=name)
    group.permissions.add(
        permission_get("wagtailadmin", "access_admin"),
        permission_get("wagtail_localize", "submit_translation"),
    )
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=permission_get("wagtailcore", codename)
        )
    return group


def edition_setup(code: str) -> Workflow:
    """One edition of the catalogue: its tree, its two groups and its workflow."""
    locale, _ = Locale.objects.get_or_create(language_code=code)
    source_root = CatalogueRootPage.objects.get(locale__language_code=source_language())
    root = edition_tree_ensure(source_root, locale)
    group_page_grant(translators_group_name(code), root, TRANSLATOR_PAGE_PERMISSIONS)
    reviewers = group_page_grant(
        reviewers_group_name(code), root, REVIEWER_PAGE_PERMISSIONS
    )
    task = approval_task_ensure(f"Sprachprüfung {german_name(code)}", [reviewers])
    return workflow_ensure(workflow_name(code), [task], root)


def editions_setup() -> list[Workflow]:
    """Every configured edition (idempotent): run after adding a language."""
    return [edition_setup(code) for code in translation_codes()]
