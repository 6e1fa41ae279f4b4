"""The one visibility rule of the public API.

Every resolver that returns pages goes through `visible_pages`, so drafts, unpublished
pages, view-restricted pages (restrictions on ancestors included) and other locales never
appear by accident.
"""

from wagtail.models import Locale, Page, PageQuerySet


def visible_pages(
    queryset: PageQuerySet, *, locale: Locale | None = None
) -> PageQuerySet:
    """Live, public pages of `queryset`, optionally restricted to one locale."""
    queryset = queryset.live().public()
    if locale is not None:
        queryset = queryset.filter(locale=locale)
    return queryset


def is_visible(page: Page) -> bool:
    """Whether one page passes the rule (used for single foreign keys)."""
    return visible_pages(Page.objects.filter(pk=page.pk)).exists()


def visible_collections():
    """Collections without a view restriction on themselves or any ancestor."""
    from django.db.models import Q
    from wagtail.models import Collection

    restricted = Collection.objects.filter(view_restrictions__isnull=False)
    condition = Q()
    for collection in restricted:
        condition |= Q(path__startswith=collection.path)
    if not condition:
        return Collection.objects.all()
    return Collection.objects.exclude(condition)


def visible_media(queryset):
    """Images or documents whose collection is public (ancestors included)."""
    return queryset.filter(collection__in=visible_collections())


def is_media_visible(item) -> bool:
    return (
        item is not None
        and visible_collections().filter(pk=item.collection_id).exists()
    )
