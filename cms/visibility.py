"""The one visibility rule of the public API.

Every resolver that returns pages goes through `visible_pages`, so drafts, unpublished
pages, view-restricted pages and other locales never appear by accident. A page is hidden
with its whole subtree when it is view-restricted or not live: unpublishing a page hides
its subpages as a restriction does.
"""

from django.db.models import Q
from wagtail.models import Locale, Page, PageQuerySet

from cms.context import remembered


def _hidden_q() -> Q:
    pages = Page.objects.all()
    condition = pages.private_q()
    # Pages that are not live but have children (a partial index keeps this cheap).
    for parent in Page.objects.filter(live=False, numchild__gt=0).only("path", "depth"):
        condition |= pages.descendant_of_q(parent, inclusive=True)
    return condition


def restricted_q() -> Q:
    """Pages in a hidden subtree: under a view restriction (Wagtail's `private_q`) or
    under a page that is not live. Read once per read context (cms/context.py)."""
    return remembered("visibility:restricted_q", _hidden_q)


def visible_pages(
    queryset: PageQuerySet, *, locale: Locale | None = None
) -> PageQuerySet:
    """Live pages of `queryset` outside hidden subtrees, optionally of one locale."""
    queryset = queryset.live().exclude(restricted_q())
    if locale is not None:
        queryset = queryset.filter(locale=locale)
    return queryset


def visible_collections(queryset=None):
    """Collections (of `queryset`) without a view restriction on themselves or any
    ancestor."""
    from wagtail.models import Collection

    queryset = Collection.objects.all() if queryset is None else queryset
    restricted = Collection.objects.filter(view_restrictions__isnull=False)
    condition = Q()
    for collection in restricted:
        condition |= Q(path__startswith=collection.path)
    if not condition:
        return queryset
    return queryset.exclude(condition)


def visible_media(queryset):
    """Images or documents whose collection is public (ancestors included)."""
    return queryset.filter(collection__in=visible_collections())


def public_collection_ids() -> frozenset[int]:
    """Ids of the public collections, read once per read context (cms/context.py)."""
    return remembered(
        "visibility:public_collections",
        lambda: frozenset(visible_collections().values_list("pk", flat=True)),
    )


def is_media_visible(item) -> bool:
    """Whether an image or document lies in a public collection."""
    return item is not None and item.collection_id in public_collection_ids()
