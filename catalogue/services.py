"""Writes of the catalogue app: editorial groups, permissions and review workflows."""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

CATALOGUE_EDITORS = "Catalogue editors"
CATALOGUE_REVIEWERS = "Catalogue reviewers"
CATALOGUE_PUBLISHERS = "Catalogue publishers"
# The central team's images and documents; each commune has a collection of its own.
CENTRAL_COLLECTION = "Zentrale Redaktion"

# Editors write, reviewers check the subject, publishers give the final approval.
CATALOGUE_PAGE_PERMISSIONS = {
    CATALOGUE_EDITORS: ["add_page", "change_page", "lock_page"],
    CATALOGUE_REVIEWERS: ["add_page", "change_page", "lock_page"],
    CATALOGUE_PUBLISHERS: [
        "add_page",
        "change_page",
        "lock_page",
        "unlock_page",
        "publish_page",
    ],
}
MEDIA_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]


def permission_get(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def group_grant(
    name: str,
    *,
    page: Page,
    page_permissions: list[str],
    collection: Collection,
) -> Group:
    """Create or complete a group with admin access, page and collection permissions."""
    group, _ = Group.objects.get_or_create(name=name)
    group.permissions.add(permission_get("wagtailadmin", "access_admin"))
    for codename in page_permissions:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=permission_get("wagtailcore", codename)
        )
    for app_label, codename in MEDIA_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group,
            collection=collection,
            permission=permission_get(app_label, codename),
        )
    return group


def central_collection_ensure() -> Collection:
    """The central team's collection, holding what was uploaded to the root collection.

    Media in the root collection itself belonged to no commune: before the central team
    had a collection of its own, that is where its uploads went. Moving them keeps them
    choosable by the central team; communes' collections are left alone.
    """
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=CENTRAL_COLLECTION).first()
    if collection is None:
        collection = root.add_child(name=CENTRAL_COLLECTION)
    for model in (get_image_model(), get_document_model()):
        model.objects.filter(collection=root).update(collection=collection)
    return collection


def catalogue_groups_ensure(catalogue_root: Page) -> dict[str, Group]:
    """The central editorial groups: the catalogue root's pages, the central collection.

    Grants on the root collection (which every commune's collection sits below) are
    withdrawn, so the central team cannot rename or move a commune's media.
    """
    collection = central_collection_ensure()
    groups = {
        name: group_grant(
            name, page=catalogue_root, page_permissions=perms, collection=collection
        )
        for name, perms in CATALOGUE_PAGE_PERMISSIONS.items()
    }
    GroupCollectionPermission.objects.filter(
        group__in=groups.values(), collection=Collection.get_first_root_node()
    ).delete()
    return groups


def approval_task_ensure(
    name: str, groups: list[Group], *, formerly: tuple[str, ...] = ()
) -> GroupApprovalTask:
    """A group approval task with exactly these groups (created once, then kept in sync;
    a task still called by one of its `formerly` names is renamed)."""
    task = GroupApprovalTask.objects.filter(name__in=[name, *formerly]).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=name)
    elif task.name != name:
        task.name = name
        task.save(update_fields=["name"])
    task.groups.set(groups)
    return task


def workflow_ensure(name: str, tasks: list[GroupApprovalTask], page: Page) -> Workflow:
    """A workflow with these tasks in order, assigned to `page` and its subtree."""
    workflow, _ = Workflow.objects.get_or_create(name=name)
    for order, task in enumerate(tasks):
        WorkflowTask.objects.update_or_create(
            workflow=workflow, task=task, defaults={"sort_order": order}
        )
    WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return workflow


def catalogue_workflow_ensure(
    catalogue_root: Page, groups: dict[str, Group]
) -> Workflow:
    """Two-step review of the catalogue: subject review, then publishing approval."""
    return workflow_ensure(
        "Katalog: Fachprüfung und Freigabe",
        [
            approval_task_ensure("Fachliche Prüfung", [groups[CATALOGUE_REVIEWERS]]),
            # The name says what approving does: the page goes live.
            approval_task_ensure(
                "Freigabe und Veröffentlichung",
                [groups[CATALOGUE_PUBLISHERS]],
                formerly=("Freigabe zur Veröffentlichung",),
            ),
        ],
        catalogue_root,
    )


def catalogue_editorial_setup(catalogue_root: Page) -> Workflow:
    """Groups, permissions and the two-step workflow of the central editorial team."""
    return catalogue_workflow_ensure(
        catalogue_root, catalogue_groups_ensure(catalogue_root)
    )
