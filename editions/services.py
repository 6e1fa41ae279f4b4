"""Writes of the editions: each language's tree, translators' groups and workflow."""

from __future__ import annotations

from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Locale, Page, Workflow, WorkflowPage
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
    # Only the structure (indexes): content is translated by people, page by page.
    indexes = [
        page
        for page in source_root.get_children().specific()
        if type(page).__name__.endswith("IndexPage")
    ]
    for page in [source_root, *indexes]:
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


def commune_edition_setup(commune: Page, code: str) -> Page:
    """An edition of one commune's tree (e.g. hsb in the Sorbian settlement area).

    The commune's own groups get the same permissions on it as on the German tree and
    its moderation workflow approves the translations, so its editors translate and its
    moderators publish — nobody else.
    """
    locale, _ = Locale.objects.get_or_create(language_code=code)
    root = edition_tree_ensure(commune, locale)
    translate = permission_get("wagtail_localize", "submit_translation")
    for grant in GroupPagePermission.objects.filter(page=commune):
        GroupPagePermission.objects.get_or_create(
            group_id=grant.group_id, page=root, permission_id=grant.permission_id
        )
        grant.group.permissions.add(translate)
    assignment = WorkflowPage.objects.filter(page=commune).first()
    if assignment is not None:
        WorkflowPage.objects.update_or_create(
            page=root, defaults={"workflow": assignment.workflow}
        )
    return root
