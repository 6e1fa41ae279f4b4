"""The one visibility rule of the public API.

Every resolver that returns pages goes through `visible_pages`, so drafts, unpublished
pages, view-restricted pages and other locales never appear by accident. A page is hidden
with its whole subtree when it is view-restricted or not live: unpublishing a page hides
its subpages as a restriction does.
"""

from django.db.models import Q
from wagtail.models import Locale, Page, PageQuerySet

from cms.memo import per_request


def _hidden_q() -> Q:
    pages = Page.objects.all()
    condition = pages.private_q()
    # Pages that are not live but have children (a partial index keeps this cheap).
    for parent in Page.objects.filter(live=False, numchild__gt=0).only("path", "depth"):
        condition |= pages.descendant_of_q(parent, inclusive=True)
    return condition


def restricted_q() -> Q:
    """Pages in a hidden subtree: under a view restriction (Wagtail's `private_q`) or
    under a page that is not live. Read once per request."""
    return per_request("restricted_q", _hidden_q)


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


class PublicCollections:
    """Ids of the public collections, fetched on first use and then reused.

    Create one per request or per batch: checking many images or documents then costs
    one query instead of one per item.
    """

    def __init__(self) -> None:
        self._ids: set[int] | None = None

    def __contains__(self, collection_id: int) -> bool:
        if self._ids is None:
            self._ids = set(visible_collections().values_list("pk", flat=True))
        return collection_id in self._ids


def is_media_visible(item, public: PublicCollections | None = None) -> bool:
    """Whether an image or document lies in a public collection."""
    return item is not None and item.collection_id in (public or PublicCollections())
