"""Adding many published pages at once, for generated catalogues at the scale of a state.

Wagtail writes one page at a time (`add_child` + `save_revision().publish()`: about 30
queries a page). Django's `bulk_create` refuses multi-table models such as pages, so this
writes the same rows Wagtail would, batch by batch: the `wagtailcore_page` row with its
treebeard path, the page type's own row, child objects (orderables), one revision
holding the page's content, `live_revision`/`latest_revision` pointing at it, a publish
log entry, reference index rows (extracted by Wagtail itself) and search index entries.

It bypasses Wagtail's signals: callers run it on a database no one else writes to (the
generator does) and bump the API cache afterwards.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from random import Random

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F
from modelcluster.models import get_all_child_relations
from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision
from wagtail.search.backends import get_search_backend

from cms.compat import (
    assigned_child_relations,
    content_path_hash,
    insert_rows,
    references_of,
    tree_path,
    tree_step,
)

BATCH_SIZE = 500


def _batches(items: Sequence, size: int = BATCH_SIZE) -> Iterable[Sequence]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class PublishedPageWriter:
    """Inserts trees of new, published pages with their revisions in bulk.

    `add(parent, pages)` queues children for an existing (saved) parent; `flush()` writes
    everything queued, so pages of one level are written together and may be parents
    for the next `add`.
    """

    def __init__(
        self,
        *,
        published_at: datetime,
        rng: Random,
        progress: Callable[[int], None] | None = None,
    ):
        self.published_at = published_at
        self.rng = rng
        self.progress = progress or (lambda _count: None)
        self._queue: list[tuple[Page, Page]] = []
        self._next_step: dict[int, int] = {}
        self._page_type = ContentType.objects.get_for_model(Page)
        self.written: dict[type[Page], list[Page]] = defaultdict(list)

    def add(self, parent: Page, pages: Iterable[Page]) -> None:
        for page in pages:
            self._queue.append((parent, page))

    def flush(self) -> list[Page]:
        """Write every queued page; returns them with ids set."""
        queued, self._queue = self._queue, []
        if not queued:
            return []
        for parent, page in queued:
            self._place(parent, page)
        pages = [page for _parent, page in queued]
        for batch in _batches(pages):
            self._insert_rows(batch)
            self._insert_child_objects(batch)
            self._insert_revisions_and_log(batch)
            self._insert_references(batch)
            self.progress(len(batch))
        added: defaultdict[int, int] = defaultdict(int)
        for parent, _page in queued:
            added[parent.pk] += 1
        for parent_id, count in added.items():
            Page.objects.filter(pk=parent_id).update(numchild=F("numchild") + count)
        for page in pages:
            self.written[type(page)].append(page)
        return pages

    def index_for_search(self, progress: Callable[[int], None] | None = None) -> None:
        """Add every written page to the search index, one bulk call per page type."""
        backend = get_search_backend()
        for model, pages in self.written.items():
            for batch in _batches(pages, 1000):
                backend.add_bulk(model, list(batch))
                if progress:
                    progress(len(batch))

    # -- internals -----------------------------------------------------------------

    def _place(self, parent: Page, page: Page) -> None:
        if parent.pk not in self._next_step:
            last = (
                Page.objects.filter(
                    path__startswith=parent.path, depth=parent.depth + 1
                )
                .order_by("-path")
                .values_list("path", flat=True)
                .first()
            )
            self._next_step[parent.pk] = tree_step(last) + 1 if last else 1
        step = self._next_step[parent.pk]
        self._next_step[parent.pk] = step + 1
        page.depth = parent.depth + 1
        page.path = tree_path(parent.path, page.depth, step)
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.locale_id = parent.locale_id
        page.content_type = ContentType.objects.get_for_model(type(page))
        page.draft_title = page.title
        page.translation_key = uuid.UUID(int=self.rng.getrandbits(128), version=4)
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.last_published_at = self.published_at
        page.latest_revision_created_at = self.published_at
        # A new page has no children beyond those assigned in memory; saying so keeps
        # modelcluster from querying every relation (comments, …) of every page.
        in_memory = assigned_child_relations(page)
        for relation in get_all_child_relations(type(page)):
            name = relation.get_accessor_name()
            if name not in in_memory:
                setattr(page, name, [])

    def _insert_rows(self, pages: Sequence[Page]) -> None:
        page_fields = [f for f in Page._meta.local_concrete_fields if not f.primary_key]
        returned = insert_rows(
            Page, pages, fields=page_fields, returning_fields=[Page._meta.pk]
        )
        for page, (page_id,) in zip(pages, returned, strict=True):
            page.id = page_id
            page.page_ptr_id = page_id
        by_model = defaultdict(list)
        for page in pages:
            by_model[type(page)].append(page)
        for model, objects in by_model.items():
            # Our page types extend Page directly (BasePage is abstract): one more table.
            insert_rows(model, objects, fields=list(model._meta.local_concrete_fields))
            for page in objects:
                page._state.adding = False
                page._state.db = connection.alias

    def _insert_child_objects(self, pages: Sequence[Page]) -> None:
        """Orderables assigned in memory (`page.service_links = [...]`) get written."""
        by_model = defaultdict(list)
        for page in pages:
            for relation in get_all_child_relations(type(page)):
                manager = getattr(page, relation.get_accessor_name())
                for child in manager.all():
                    setattr(child, relation.field.attname, page.pk)
                    by_model[relation.related_model].append(child)
        for model, children in by_model.items():
            model.objects.bulk_create(children, batch_size=BATCH_SIZE)

    def _insert_revisions_and_log(self, pages: Sequence[Page]) -> None:
        revisions = Revision.objects.bulk_create(
            [
                Revision(
                    content_type_id=page.content_type_id,
                    base_content_type=self._page_type,
                    object_id=str(page.pk),
                    created_at=self.published_at,
                    object_str=page.title,
                    content=page.serializable_data(),
                )
                for page in pages
            ]
        )
        for page, revision in zip(pages, revisions, strict=True):
            page.latest_revision_id = page.live_revision_id = revision.pk
        Page.objects.bulk_update(
            [
                Page(
                    id=page.pk,
                    latest_revision_id=page.latest_revision_id,
                    live_revision_id=page.live_revision_id,
                )
                for page in pages
            ],
            ["latest_revision_id", "live_revision_id"],
        )
        PageLogEntry.objects.bulk_create(
            [
                PageLogEntry(
                    page_id=page.pk,
                    content_type_id=page.content_type_id,
                    label=page.title,
                    action="wagtail.publish",
                    timestamp=self.published_at,
                    revision_id=page.live_revision_id,
                    content_changed=True,
                    uuid=uuid.UUID(int=self.rng.getrandbits(128), version=4),
                )
                for page in pages
            ]
        )

    def _insert_references(self, pages: Sequence[Page]) -> None:
        """The rows Wagtail's reference index would hold, extracted by Wagtail itself."""
        rows = []
        for page in pages:
            for to_type, to_id, model_path, content_path in references_of(page):
                rows.append(
                    ReferenceIndex(
                        content_type_id=page.content_type_id,
                        base_content_type=self._page_type,
                        object_id=page.pk,
                        to_content_type_id=to_type,
                        to_object_id=to_id,
                        model_path=model_path,
                        content_path=content_path,
                        content_path_hash=content_path_hash(content_path),
                    )
                )
        ReferenceIndex.objects.bulk_create(rows, batch_size=BATCH_SIZE)
