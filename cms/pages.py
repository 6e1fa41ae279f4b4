"""The abstract page every Lebenslagen page type extends, and page-writing helpers."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.contrib.contenttypes.models import ContentType
from django.core.signing import BadSignature
from wagtail.models import Page, Site
from wagtail_headless_preview.models import (
    HeadlessMixin,
    PagePreview,
    get_client_root_url_from_site,
)

from cms.forms import MediaCheckedPageForm


class BasePage(HeadlessMixin, Page):
    """Common base of all page types.

    Headless: previews open the frontend with a signed token, and visiting a page on the
    CMS host redirects to the frontend.
    """

    base_form_class = MediaCheckedPageForm

    class Meta:
        abstract = True

    def _get_relevant_site_root_paths(self, cache_object=None):
        # Wagtail compares the page with every Site's root path; with a Site per
        # commune that is hundreds of comparisons per URL. Look up the page's path
        # prefixes in an index of root paths instead (same result, same order).
        site_root_paths = self._get_site_root_paths(cache_object)
        holder = cache_object if cache_object is not None else self
        index = getattr(holder, "_lebenslagen_site_root_index", None)
        if index is None or index[0] is not site_root_paths:
            by_path: dict[str, list] = {}
            for position, site_root in enumerate(site_root_paths):
                by_path.setdefault(site_root.root_path, []).append(
                    (position, site_root)
                )
            index = (site_root_paths, by_path)
            holder._lebenslagen_site_root_index = index
        by_path = index[1]
        matches = []
        end = self.url_path.find("/", 1)
        while end != -1:
            matches.extend(by_path.get(self.url_path[: end + 1], ()))
            end = self.url_path.find("/", end + 1)
        matches.extend(by_path.get("/", ()))
        return tuple(
            site_root for _position, site_root in sorted(matches, key=lambda m: m[0])
        )

    def get_client_root_url(self, request) -> str:
        # Each Site (the portal, every commune) has its own frontend: preview a page in
        # the frontend of the site it belongs to, not the one the admin runs on.
        site = (self.get_site() if self.pk else None) or Site.find_for_request(request)
        return get_client_root_url_from_site(site)


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


def page_from_preview_token(
    token: str, model: type[Page] | None = None, *, site: Site | None = None
) -> Page | None:
    """The previewed (unsaved or draft) state of a page, if the token grants it.

    The one token rule of every API path: a token is signed for one page id and
    expires after PREVIEW_TOKEN_MAX_AGE seconds; with `model` the page must be of that
    type, with `site` inside that Site. A malformed, tampered, expired or unknown
    token, or one for another page type or site, gives None.
    """
    if not isinstance(token, str) or not token:
        return None
    try:
        identifier = HeadlessMixin.get_preview_signer().unsign(
            token, max_age=settings.PREVIEW_TOKEN_MAX_AGE
        )
    except BadSignature:  # includes SignatureExpired
        return None
    previews = PagePreview.objects.filter(token=token)
    if model is not None:
        previews = previews.filter(
            content_type=ContentType.objects.get_for_model(model)
        )
    preview = previews.first()
    if preview is None:
        return None
    page = preview.as_page()
    if identifier != f"id={page.pk}":
        return None  # a preview of a page that is not saved yet has no public id
    if model is None and not isinstance(page, BasePage):
        return None
    if site is not None and not page.path.startswith(site.root_page.path):
        return None
    return page
