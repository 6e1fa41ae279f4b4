"""Which cached answers a change affects: the tags it bumps (see cache.py).

A page's publish, unpublish, save, slug change or deletion bumps its own tag `p:<id>`
and the list tags of its model and the models it inherits from (`m:<model>`: membership
or order may change). An adaptation also bumps the layer of its service in its commune
(`l:<service>:<ARS>`, `a:<ARS>`), a commune its ARS (`c:<ARS>`), an authority the layers
of the adaptations that name it. What changes the visibility of a subtree — a page with
subpages going live or offline, a move of one, view restrictions — and what every answer
depends on (locales, sites, redirects, collections, images and documents that were
changed or deleted) bumps everything (`all`): correctness before precision.
"""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_delete, post_save, pre_save
from wagtail.models import Page

from catalogue.models import AuthorityPage, ServicePage
from cms.pages import ancestor_paths
from communes.models import CommunePage, CommuneServiceAuthority, CommuneServicePage
from communes.resolution import layer_tag

from .cache import GLOBAL_TAG, invalidate, invalidate_everything

# No answer depends on it: bumping it only raises the sequence number, which tells
# every process that what it keeps across requests is outdated (cms/context.py).
TREE_TAG = "s:tree"


def model_tags(model: type[Page]) -> set[str]:
    """The list tags of a page model and of the page models it inherits from."""
    return {
        f"m:{cls._meta.label_lower}"
        for cls in (model, *model._meta.get_parent_list())
        if issubclass(cls, Page)
    }


def _communes_holding(paths: set[str]) -> dict[str, CommunePage]:
    """The commune (published or not) whose tree holds each path."""
    ancestors = {ancestor for path in paths for ancestor in ancestor_paths(path)}
    communes = CommunePage.objects.filter(path__in=ancestors | paths).only(
        "path", "ars"
    )
    by_path = {commune.path: commune for commune in communes}
    holding = {}
    for path in paths:
        for candidate in (path, *reversed(ancestor_paths(path))):
            if candidate in by_path:
                holding[path] = by_path[candidate]
                break
    return holding


def _layer_tags(adaptations: list[tuple[str, object]]) -> set[str]:
    """Tags of the layers of adaptations given as (tree path, service key)."""
    communes = _communes_holding({path for path, _key in adaptations})
    tags = set()
    for path, key in adaptations:
        commune = communes.get(path)
        if commune is not None:
            tags |= {layer_tag(key, commune.ars), f"a:{commune.ars}"}
    return tags


def page_tags(page: Page, *, old_path: str | None = None) -> set[str]:
    """The tags a change of `page` bumps (without the subtree rule, see below)."""
    model = page.specific_class or type(page)
    tags = {f"p:{page.pk}", *model_tags(model)}
    if issubclass(model, CommunePage):
        ars = getattr(page, "ars", None) or CommunePage.objects.get(pk=page.pk).ars
        tags.add(f"c:{ars}")
    elif issubclass(model, CommuneServicePage):
        service_id = getattr(page, "service_id", None)
        if service_id is None:
            service_id = (
                CommuneServicePage.objects.filter(pk=page.pk)
                .values_list("service_id", flat=True)
                .first()
            )
        # The service it adapted before this save, too: its answers applied it.
        service_ids = {service_id, getattr(page, "_cache_old_service_id", None)}
        keys = ServicePage.objects.filter(pk__in=service_ids - {None}).values_list(
            "translation_key", flat=True
        )
        paths = [page.path, old_path] if old_path else [page.path]
        tags |= _layer_tags([(path, key) for path in paths for key in keys])
    elif issubclass(model, AuthorityPage):
        links = CommuneServiceAuthority.objects.filter(authority_id=page.pk)
        tags |= _layer_tags(
            list(
                links.values_list(
                    "adaptation__path", "adaptation__service__translation_key"
                )
            )
        )
    return tags


def _changes_subtree(page: Page, *, going_live: bool | None) -> bool:
    """Whether the change can show or hide other pages than `page` itself: a page with
    subpages that goes live (unless it was live), goes offline or moves."""
    if not page.numchild:
        return False
    return not (going_live and getattr(page, "_cache_was_live", None) is True)


def _page_changed(page: Any, *, going_live: bool | None = None, **extra) -> None:
    if not isinstance(page, Page):
        return
    if going_live is not None and _changes_subtree(page, going_live=going_live):
        invalidate({GLOBAL_TAG})
        return
    invalidate(page_tags(page, **extra))


def _remember_before_save(sender, instance=None, **kwargs) -> None:
    """Before a page is saved: was it live? (publishing a live parent shows nothing
    new below it.) Which service did an adaptation adapt? (It may change.)"""
    if not isinstance(instance, Page) or not instance.pk or kwargs.get("raw"):
        return
    update_fields = kwargs.get("update_fields")
    if update_fields and set(update_fields) <= DRAFT_FIELDS:
        return
    if instance.numchild:
        instance._cache_was_live = (
            Page.objects.filter(pk=instance.pk).values_list("live", flat=True).first()
        )
    if isinstance(instance, CommuneServicePage):
        instance._cache_old_service_id = (
            CommuneServicePage.objects.filter(pk=instance.pk)
            .values_list("service_id", flat=True)
            .first()
        )


def on_published(sender, instance=None, **kwargs) -> None:
    _page_changed(instance, going_live=True)


def on_unpublished(sender, instance=None, **kwargs) -> None:
    _page_changed(instance, going_live=False)


def on_moved(sender, instance=None, url_path_before=None, **kwargs) -> None:
    parent_before = kwargs.get("parent_page_before")
    if instance is None:
        return
    if instance.numchild:
        # The URLs and visibility of every page below change.
        invalidate({GLOBAL_TAG})
        return
    old_path = parent_before.path + "0" * Page.steplen if parent_before else None
    _page_changed(instance, old_path=old_path)


def on_slug_changed(sender, instance=None, **kwargs) -> None:
    if instance is not None and instance.numchild:
        invalidate({GLOBAL_TAG})  # the URLs of every page below change
        return
    _page_changed(instance)


# Fields a draft save (`save_revision`) or a lock writes: not in any public answer.
DRAFT_FIELDS = frozenset(
    {
        "draft_title",
        "wagtail_admin_comments",
        "latest_revision",
        "latest_revision_created_at",
        "has_unpublished_changes",
        "locked",
        "locked_at",
        "locked_by",
    }
)
# Fields Wagtail fills in lazily, also while answering (an image's file size).
LAZY_MEDIA_FIELDS = frozenset({"file_size", "file_hash"})


def on_saved(
    sender, instance=None, created=False, update_fields=None, **kwargs
) -> None:
    """Content saved directly (not through a revision): the page's own tags. A new
    page that is not live (a draft) is in no answer and no list yet: it bumps only
    TREE_TAG."""
    if kwargs.get("raw") or (update_fields and set(update_fields) <= DRAFT_FIELDS):
        return
    if created and not getattr(instance, "live", True):
        # In no answer, but the tree changed: its parent has children now, a Site's
        # root a translation. Requests keep those across requests until a bump.
        invalidate({TREE_TAG})
        return
    _page_changed(instance)


def on_deleted(sender, instance=None, **kwargs) -> None:
    _page_changed(instance)


def on_media_saved(
    sender, instance=None, created=False, update_fields=None, **kwargs
) -> None:
    """A new image or document is in no answer yet but in the lists; a changed one
    may be rendered into any text."""
    if update_fields and set(update_fields) <= LAZY_MEDIA_FIELDS:
        return
    if created:
        invalidate({f"m:{type(instance)._meta.label_lower}"})
    else:
        invalidate_everything()


def connect_invalidation() -> None:
    """Connect the invalidation to every change that can alter an answer."""
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import (
        Collection,
        CollectionViewRestriction,
        Locale,
        PageViewRestriction,
        Site,
    )
    from wagtail.signals import (
        page_published,
        page_slug_changed,
        page_unpublished,
        post_page_move,
        published,
        unpublished,
    )

    from cms.signals import pages_published_in_bulk

    def uid(name: str) -> str:
        return f"graphql-cache-{name}"

    page_published.connect(on_published, dispatch_uid=uid("published"))
    page_unpublished.connect(on_unpublished, dispatch_uid=uid("unpublished"))
    post_page_move.connect(on_moved, dispatch_uid=uid("moved"))
    page_slug_changed.connect(on_slug_changed, dispatch_uid=uid("slug"))
    # Other publishable models (snippets): nothing records them precisely. (Wagtail
    # sends these for pages too, after page_published / page_unpublished.)
    published.connect(_other_published, dispatch_uid=uid("published-other"))
    unpublished.connect(_other_published, dispatch_uid=uid("unpublished-other"))
    # Any page model: saving content directly (not through a revision) or deleting.
    pre_save.connect(_remember_before_save, dispatch_uid=uid("page-pre-save"))
    post_save.connect(_page_saved_or_other, dispatch_uid=uid("page-saved"))
    post_delete.connect(_page_deleted_or_other, dispatch_uid=uid("page-deleted"))
    for model in (
        Redirect,
        PageViewRestriction,
        CollectionViewRestriction,
        Collection,
        Site,
        Locale,
    ):
        for signal in (post_save, post_delete):
            signal.connect(
                invalidate_everything,
                sender=model,
                dispatch_uid=uid(f"{model._meta.label_lower}-{id(signal)}"),
            )
    for model in (get_image_model(), get_document_model()):
        post_save.connect(
            on_media_saved, sender=model, dispatch_uid=uid(f"{model._meta.label}-save")
        )
        post_delete.connect(
            invalidate_everything,
            sender=model,
            dispatch_uid=uid(f"{model._meta.label}-delete"),
        )
    # Bulk writes (generate_catalogue) publish without Wagtail's signals.
    pages_published_in_bulk.connect(invalidate_everything, dispatch_uid=uid("bulk"))


def _page_saved_or_other(sender, instance=None, **kwargs) -> None:
    if isinstance(instance, Page):
        on_saved(sender, instance, **kwargs)


def _page_deleted_or_other(sender, instance=None, **kwargs) -> None:
    if isinstance(instance, Page):
        on_deleted(sender, instance, **kwargs)


def _other_published(sender, instance=None, **kwargs) -> None:
    if not isinstance(instance, Page):
        invalidate_everything()
