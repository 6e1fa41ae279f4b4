"""The abstract page every Lebenslagen page type extends, and page-writing helpers."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from wagtail.models import Page


class BasePage(Page):
    """Common base of all page types: headless, so pages are served through GraphQL only."""

    class Meta:
        abstract = True


def validate_max_depth(parent: Page, page_class: type[Page], max_levels: int) -> bool:
    """True when a new `page_class` under `parent` stays within `max_levels` levels."""
    levels = parent.get_ancestors(inclusive=True).type(page_class).count()
    return levels < max_levels


def page_publish_child(
    parent: Page, page: Page, *, user: AbstractBaseUser | None = None
) -> Page:
    """Add `page` under `parent` and publish it through a revision, as the admin does."""
    parent.add_child(instance=page)
    page.save_revision(user=user, log_action=True).publish(user=user)
    page.refresh_from_db()
    return page


def page_child_by_slug(parent: Page, slug: str) -> Page | None:
    """The (specific) child of `parent` with this slug, if any."""
    child = parent.get_children().filter(slug=slug).first()
    return child.specific if child else None
