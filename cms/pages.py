"""The abstract page every Lebenslagen page type extends, and page-writing helpers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.contrib.contenttypes.models import ContentType
from django.core.signing import BadSignature
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from wagtail import hooks
from wagtail.models import Page, Site
from wagtail_headless_preview.models import (
    HeadlessMixin,
    PagePreview,
    get_client_root_url_from_site,
)
from wagtail_headless_preview.settings import headless_preview_settings

from cms.compat import IndexedSiteRootPaths
from cms.context import read_context
from cms.forms import MediaCheckedPageForm

PreviewModes = list[tuple[str, str]]


@dataclass(frozen=True)
class PortalPreview:
    """How Wagtail's preview shows one page type when its Site has no frontend: a
    template, its context for a preview mode, and the modes editors pick from."""

    template: str
    context: Callable[[Page, HttpRequest, str], dict] | None = None
    modes: Callable[[Page], PreviewModes] | None = None


# Process cache, safe: hooks are registered when the apps load and never change after.
@cache
def portal_previews() -> dict[type[Page], PortalPreview]:
    """Portal previews by page type, registered by the apps through the
    `register_portal_previews` hook (each returns a {page model: PortalPreview} dict)."""
    previews: dict[type[Page], PortalPreview] = {}
    for register in hooks.get_hooks("register_portal_previews"):
        previews.update(register())
    return previews


GENERIC_PREVIEW = PortalPreview(template="cms/preview/page.html")


def frontend_preview_root(site: Site | None) -> str | None:
    """The frontend preview URL configured for `site` (or the default), if any."""
    urls = headless_preview_settings.CLIENT_URLS or {}
    if site is not None and site.hostname in urls:
        return urls[site.hostname]
    return urls.get("default")


class BasePage(IndexedSiteRootPaths, HeadlessMixin, Page):
    """Common base of all page types.

    Headless: previews open the frontend with a signed token, and visiting a page on the
    CMS host redirects to the frontend. Page URLs find their Site through an index of
    Site root paths (`IndexedSiteRootPaths`), not by comparing with every commune's.
    """

    base_form_class = MediaCheckedPageForm

    class Meta:
        abstract = True

    def get_client_root_url(self, request) -> str:
        # Each Site (the portal, every commune) has its own frontend: preview a page in
        # the frontend of the site it belongs to, not the one the admin runs on.
        site = (self.get_site() if self.pk else None) or Site.find_for_request(request)
        return get_client_root_url_from_site(site)

    # Preview: the frontend of the page's Site when one is configured (headless, with a
    # token); otherwise the CMS renders the page as the portal would show it.

    def has_frontend_preview(self) -> bool:
        site = (self.get_site() if self.url_path else None) or Site.objects.filter(
            is_default_site=True
        ).first()
        return frontend_preview_root(site) is not None

    @property
    def portal_preview(self) -> PortalPreview:
        return portal_previews().get(type(self), GENERIC_PREVIEW)

    @property
    def preview_modes(self) -> PreviewModes:
        if self.has_frontend_preview():
            return super().preview_modes
        modes = self.portal_preview.modes
        return modes(self) if modes else [("", "Portalansicht")]

    def serve_preview(self, request: HttpRequest, mode_name: str) -> HttpResponse:
        if self.has_frontend_preview():
            return super().serve_preview(request, mode_name)
        return self.portal_response(request, mode_name)

    def serve(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if headless_preview_settings.SERVE_BASE_URL or self.has_frontend_preview():
            return super().serve(request, *args, **kwargs)
        # No frontend to redirect to (the default of `make run`): the live page as the
        # portal would show it, so „Live ansehen“ works too.
        request.is_preview = False  # type: ignore[attr-defined]  # Wagtail's flag
        return self.portal_response(request, self.default_preview_mode)

    def portal_response(self, request: HttpRequest, mode_name: str) -> HttpResponse:
        """The page rendered by the CMS as the portal shows it, in one preview mode."""
        preview = self.portal_preview
        # Rendered inside one read context, as the API answers a request.
        with read_context():
            context = {"page": self, "request": request, "mode_name": mode_name}
            if preview.context is not None:
                context.update(preview.context(self, request, mode_name))
            return TemplateResponse(request, preview.template, context).render()


def ancestor_paths(path: str) -> list[str]:
    """The tree paths of every ancestor of the page at `path`, root first."""
    steplen = Page.steplen
    return [path[: steplen * depth] for depth in range(1, len(path) // steplen)]


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
