"""The one visibility rule of the public API.

Every resolver that returns pages goes through `visible_pages`, so drafts, unpublished
pages, view-restricted pages and other locales never appear by accident. A page is hidden
with its whole subtree when it is view-restricted or not live: unpublishing a page hides
its subpages as a restriction does.
"""

from django.db.models import Q
from wagtail.models import Locale, Page, PageQuerySet

from cms.context import depends_on, remembered_across_requests


def _hidden_roots() -> tuple[tuple[str, int], ...]:
    from wagtail.models import PageViewRestriction

    # The roots of hidden subtrees in one narrow statement: pages with a view restriction
    # (what Wagtail's `private_q` reads, there with every column of the page) and pages
    # that are not live but have children (a partial index keeps this cheap).
    # A UNION, not an OR: each half uses its index (an OR read every page).
    not_live = Page.objects.filter(live=False, numchild__gt=0)
    restricted = Page.objects.filter(
        pk__in=PageViewRestriction.objects.values("page_id")
    )
    # Without the pages' default ordering: SQLite refuses ORDER BY inside a UNION.
    roots = (
        not_live.order_by()
        .values_list("path", "depth")
        .union(restricted.order_by().values_list("path", "depth"))
    )
    return tuple(sorted(roots))


def hidden_roots() -> tuple[tuple[str, int], ...]:
    """(path, depth) of the pages whose subtrees are hidden: view-restricted or not
    live with children. Read once per read context, kept across requests while
    nothing changed (cms/context.py)."""
    return remembered_across_requests("visibility:hidden_roots", _hidden_roots)


def _hidden_q() -> Q:
    condition = Q()
    for path, depth in hidden_roots():
        # Wagtail's descendant_of_q(page, inclusive=True).
        condition |= Q(path__startswith=path, depth__gte=depth)
    return condition


def restricted_q() -> Q:
    """Pages in a hidden subtree: under a view restriction (as Wagtail's `private_q`) or
    under a page that is not live. Built once per read context, kept across requests
    while nothing changed (cms/context.py)."""
    return remembered_across_requests("visibility:restricted_q", _hidden_q)


def visible_through(relation: str) -> Q:
    """The visibility rule for pages reached through `relation` (a foreign key to a
    page model): for filtering rows that already join that page, e.g. with
    select_related, without a subquery over the page tables (less to plan)."""
    condition = Q(**{f"{relation}__live": True})
    for path, depth in hidden_roots():
        condition &= ~Q(
            **{f"{relation}__path__startswith": path, f"{relation}__depth__gte": depth}
        )
    return condition


def visible_pages(
    queryset: PageQuerySet, *, locale: Locale | None = None, record: bool = True
) -> PageQuerySet:
    """Live pages of `queryset` outside hidden subtrees, optionally of one locale.

    The answer being computed then depends on the membership of the model's lists
    (`m:<model>`, cms/context.py); callers that record something more precise (the
    page found, the resolution's layers) pass `record=False`.
    """
    if record:
        depends_on(f"m:{queryset.model._meta.label_lower}")
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
    depends_on(f"m:{queryset.model._meta.label_lower}")
    return queryset.filter(collection__in=visible_collections())


def public_collection_ids() -> frozenset[int]:
    """Ids of the public collections, read once per read context, kept across
    requests while nothing changed (cms/context.py)."""
    return remembered_across_requests(
        "visibility:public_collections",
        lambda: frozenset(visible_collections().values_list("pk", flat=True)),
    )


def is_media_visible(item) -> bool:
    """Whether an image or document lies in a public collection."""
    return item is not None and item.collection_id in public_collection_ids()
