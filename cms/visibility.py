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
