"""A fingerprint of the seeded demo: every page with its content, plus the editorial setup.

It names things by what an editor sees (url paths, titles, slugs, group names) and leaves
out what differs between two equal seedings (primary keys, UUIDs, timestamps, block ids),
so `seed_demo` before and after a refactoring can be compared field by field.

Against a seeded database:
`manage.py shell -v0 -c "import json; from tests.content.fingerprint import
demo_fingerprint; print(json.dumps(demo_fingerprint(), indent=1, sort_keys=True))"`
"""

from __future__ import annotations

import datetime
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import models
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Revision,
    Site,
    Workflow,
    WorkflowPage,
)

# Bookkeeping Wagtail and treebeard keep per page; equal content differs in these.
SKIPPED_FIELDS = {
    "id",
    "page_ptr",
    "path",
    "depth",
    "numchild",
    "content_type",
    "translation_key",
    "latest_revision",
    "live_revision",
    "latest_revision_created_at",
    "first_published_at",
    "last_published_at",
    "go_live_at",
    "expire_at",
    "draft_title",
    "owner",
    "locked_by",
    "locked_at",
    "alias_of",
}
# Demo adaptations are reviewed "some days ago" (so the overdue report has entries): their
# review dates are compared as overdue or not and as the interval between the two, which
# stays the same when a database seeded yesterday is reused today.
RELATIVE_DATE_MODELS = {"communeservicepage"}


def _without_ids(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_ids(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list):
        return [_without_ids(v) for v in value]
    return value


def _field_value(page: Page, field: models.Field) -> Any:
    if isinstance(field, StreamField):
        return _without_ids(list(getattr(page, field.name).raw_data))
    if isinstance(field, models.ForeignKey):
        target = getattr(page, field.name)
        if target is None:
            return None
        if isinstance(target, Page):
            return target.url_path
        if isinstance(target, Revision):
            owner = target.content_object
            return f"revision of {owner.url_path}, live: {target.pk == owner.live_revision_id}"
        if target.__class__.__name__ == "Locale":
            return target.language_code
        return str(target)
    value = getattr(page, field.name)
    if (
        isinstance(value, datetime.date)
        and page._meta.model_name in RELATIVE_DATE_MODELS
    ):
        if field.name == "last_reviewed":
            overdue = page.next_review and page.next_review < datetime.date.today()
            return "overdue" if overdue else "current"
        if field.name == "next_review" and page.last_reviewed:
            return f"last_reviewed{(value - page.last_reviewed).days:+d}"
    if isinstance(value, datetime.date):
        return value.isoformat()
    if (
        isinstance(field, RichTextField)
        or isinstance(value, str | int | bool)
        or value is None
    ):
        return value
    return str(value)


def _child_relations(page: Page) -> dict[str, list]:
    relations = {}
    for relation in page._meta.related_objects:
        if not relation.name.endswith(("_links",)) and relation.related_name not in (
            "service_links",
            "authority_links",
        ):
            continue
        accessor = relation.get_accessor_name()
        items = []
        for item in getattr(page, accessor).all().order_by("sort_order"):
            target = getattr(item, "service", None) or getattr(item, "authority", None)
            items.append(target.url_path)
        relations[accessor] = items
    return relations


def page_fingerprint(page: Page) -> dict[str, Any]:
    specific = page.specific
    fields = {
        field.name: _field_value(specific, field)
        for field in specific._meta.concrete_fields
        if field.name not in SKIPPED_FIELDS and not field.name.endswith("_ptr")
    }
    return {
        "type": specific._meta.label,
        # Place among its siblings (the last step of the tree path), as the admin lists.
        "position": int(page.path[-4:], 36),
        "revisions": Revision.page_revisions.filter(object_id=str(page.pk)).count(),
        "fields": fields,
        "relations": _child_relations(specific),
    }


def demo_fingerprint() -> dict[str, Any]:
    """Pages, sites, groups with their permissions, users, collections and workflows."""
    group_pages = {}
    for permission in GroupPagePermission.objects.select_related(
        "page", "group", "permission"
    ):
        group_pages.setdefault(permission.group.name, []).append(
            f"{permission.permission.codename} on {permission.page.url_path}"
        )
    group_collections = {}
    for permission in GroupCollectionPermission.objects.select_related(
        "collection", "group", "permission"
    ):
        group_collections.setdefault(permission.group.name, []).append(
            f"{permission.permission.codename} on {permission.collection.name}"
        )
    return {
        "pages": {
            page.url_path: page_fingerprint(page)
            for page in Page.objects.order_by("path")
        },
        "sites": sorted(
            f"{site.hostname}:{site.port} → {site.root_page.url_path}"
            f"{' (default)' if site.is_default_site else ''} {site.site_name}"
            for site in Site.objects.select_related("root_page")
        ),
        "groups": {
            group.name: {
                "model permissions": sorted(
                    f"{p.content_type.app_label}.{p.codename}"
                    for p in group.permissions.select_related("content_type")
                ),
                "page permissions": sorted(group_pages.get(group.name, [])),
                "collection permissions": sorted(group_collections.get(group.name, [])),
            }
            for group in Group.objects.order_by("name")
        },
        "users": {
            user.username: {
                "superuser": user.is_superuser,
                "staff": user.is_staff,
                "email": user.email,
                "groups": sorted(user.groups.values_list("name", flat=True)),
            }
            for user in get_user_model().objects.order_by("username")
        },
        "collections": [
            f"{'  ' * (c.depth - 1)}{c.name}"
            for c in Collection.objects.order_by("path")
        ],
        "workflows": {
            workflow.name: {
                "active": workflow.active,
                "tasks": [
                    f"{task.name} ({task.specific._meta.label}): "
                    + ", ".join(sorted(g.name for g in task.specific.groups.all()))
                    if hasattr(task.specific, "groups")
                    else task.name
                    for task in workflow.tasks.all()
                ],
                "pages": sorted(
                    wp.page.url_path
                    for wp in WorkflowPage.objects.filter(
                        workflow=workflow
                    ).select_related("page")
                ),
            }
            for workflow in Workflow.objects.order_by("name")
        },
    }
