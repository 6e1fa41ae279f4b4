"""grapple's generic root fields, put through the one visibility rule.

Kept: `page`/`pages` and every page's parent, children, siblings, ancestors and
descendants (the visibility rule; previews by the one token rule), `images`/`documents`
(public collections only, restrictions on ancestor collections included), `redirects`
(only to visible pages or external URLs). Removed: `search` (it searched drafts;
`catalogueSearch` replaces it), `snippets`, `collections`, `tags`, `settings` and `sites`,
which could list non-public objects or crash.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from django.db.models import Q
from grapple.types.interfaces import PageInterface
from grapple.utils import resolve_queryset
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site
from wagtail.rich_text.pages import PageLinkHandler

from cms.compat import grapple_mixin_name, grapple_site_filter
from cms.context import depends_on
from cms.visibility import visible_collections, visible_media, visible_pages

from .arguments import content_type_arg, id_arg
from .preview import previewed_page

REMOVED_MIXINS = {
    "SearchQuery",
    "SnippetsQuery",
    "CollectionsQuery",
    "TagsQuery",
    "SettingsQuery",
    # `sites(searchQuery:)` crashes on the unindexed Site model; clients pass a hostname
    # to `page(site:)`/`pages(site:)` instead.
    "SitesQuery",
}


class PublicPageInterface(PageInterface):
    """grapple's page interface whose relatives, too, pass the visibility rule."""

    class Meta:
        name = "PageInterface"

    def resolve_parent(self, info, **kwargs):
        parent = self.get_parent()
        if parent is None:
            return None
        return visible_pages(Page.objects.filter(pk=parent.pk)).specific().first()

    def resolve_children(self, info, **kwargs):
        return _relatives(self.get_children(), info, kwargs)

    def resolve_siblings(self, info, **kwargs):
        return _relatives(self.get_siblings().exclude(pk=self.pk), info, kwargs)

    def resolve_next_siblings(self, info, **kwargs):
        return _relatives(self.get_next_siblings().exclude(pk=self.pk), info, kwargs)

    def resolve_previous_siblings(self, info, **kwargs):
        return _relatives(self.get_prev_siblings().exclude(pk=self.pk), info, kwargs)

    def resolve_descendants(self, info, **kwargs):
        return _relatives(self.get_descendants(), info, kwargs)

    def resolve_ancestors(self, info, **kwargs):
        return _relatives(self.get_ancestors(), info, kwargs)


def _relatives(queryset, info, kwargs):
    return resolve_queryset(visible_pages(queryset).specific(), info, **kwargs)


def _content_types_q(content_type: str | None) -> Q:
    condition = Q()
    if content_type:
        content_type_arg(content_type)
        for item in content_type.split(","):
            app_label, model = item.strip().lower().split(".")
            condition |= Q(content_type__app_label=app_label, content_type__model=model)
    return condition


def public_pages_mixin(base: type) -> type:
    class PublicPages(base):
        def resolve_pages(self, info, **kwargs):
            pages = Page.objects.filter(depth__gt=1)
            if kwargs.get("parent"):
                parent = Page.objects.filter(pk=id_arg(kwargs["parent"])).first()
                pages = parent.get_children() if parent else Page.objects.none()
            elif kwargs.get("ancestor"):
                ancestor = Page.objects.filter(pk=id_arg(kwargs["ancestor"])).first()
                pages = ancestor.get_descendants() if ancestor else Page.objects.none()
            site = grapple_site_filter(info, **kwargs)
            if site is not None:
                pages = pages.in_site(site)
            elif kwargs.get("site") is not None or kwargs.get("in_site"):
                return Page.objects.none()
            pages = pages.filter(_content_types_q(kwargs.pop("content_type", None)))
            for name in ("site", "in_site", "parent", "ancestor"):
                kwargs.pop(name, None)
            return resolve_queryset(visible_pages(pages).specific(), info, **kwargs)

        def resolve_page(self, info, **kwargs):
            site = grapple_site_filter(info, **kwargs)
            if kwargs.get("token"):
                # Previews follow the one token rule (age, page, site), never grapple's.
                return previewed_page(info.context, kwargs["token"], site=site)
            if site is None and (
                kwargs.get("site") is not None or kwargs.get("in_site")
            ):
                return None
            pages = visible_pages(Page.objects.filter(depth__gt=1))
            if site is not None:
                pages = pages.in_site(site)
            pages = pages.filter(_content_types_q(kwargs.get("content_type")))
            if kwargs.get("id"):
                pages = pages.filter(pk=id_arg(kwargs["id"]))
            elif kwargs.get("slug"):
                pages = pages.filter(slug=kwargs["slug"])
            elif kwargs.get("url_path"):
                url_path = kwargs["url_path"]
                url_path = url_path if url_path.endswith("/") else url_path + "/"
                if site is not None:
                    pages = pages.filter(
                        url_path=site.root_page.url_path + url_path.lstrip("/")
                    )
                else:
                    pages = pages.filter(url_path__endswith=url_path)
            else:
                return None
            return pages.specific().first()

    return PublicPages


def public_images_mixin(base: Any) -> type:
    model = get_image_model()

    class PublicImages(base):
        def resolve_image(parent, info, id, **kwargs):
            return visible_media(model.objects.filter(pk=id_arg(id))).first()

        def resolve_images(parent, info, **kwargs):
            return resolve_queryset(
                visible_media(model.objects.all()).prefetch_renditions(), info, **kwargs
            )

    return PublicImages


def public_documents_mixin(base: Any) -> type:
    model = get_document_model()

    class PublicDocuments(base):
        def resolve_document(self, info, id, **kwargs):
            return visible_media(model.objects.filter(pk=id_arg(id))).first()

        def resolve_documents(self, info, **kwargs):
            return resolve_queryset(visible_media(model.objects.all()), info, **kwargs)

    return PublicDocuments


def public_redirects_mixin(base: Any) -> type:
    class PublicRedirects(base):
        def resolve_redirects(self, info, **kwargs):
            from wagtail.contrib.redirects.models import Redirect

            visible = visible_pages(Page.objects.all()).values("pk")
            redirects = list(
                Redirect.objects.filter(
                    Q(redirect_page__isnull=True) | Q(redirect_page__in=visible)
                ).select_related("redirect_page", "site")
            )
            # A redirect for all sites ("alle Sites") is listed once, with the default
            # site (grapple would repeat it for each of hundreds of commune sites).
            default_site = None
            if any(redirect.site is None for redirect in redirects):
                default_site = Site.objects.filter(is_default_site=True).first()
            for redirect in redirects:
                if redirect.site is None:
                    redirect.site = default_site
            return [redirect for redirect in redirects if redirect.site is not None]

    return PublicRedirects


def restrict_generic_queries(query_mixins: list) -> None:
    """Remove or wrap grapple's root fields (called from a schema hook)."""
    wrappers = {
        "PagesQuery": public_pages_mixin,
        "ImagesQuery": public_images_mixin,
        "DocumentsQuery": public_documents_mixin,
        "RedirectsQuery": public_redirects_mixin,
    }
    for index, mixin in reversed(list(enumerate(query_mixins))):
        name = grapple_mixin_name(mixin)
        if name in REMOVED_MIXINS:
            del query_mixins[index]
        elif name in wrappers:
            query_mixins[index] = wrappers[name](mixin)


class PublicPageLinkHandler(PageLinkHandler):
    """Rich-text links to pages that are not public lose their address."""

    @classmethod
    def get_many(cls, attrs_list: list[dict]) -> list:
        pages = super().get_many(attrs_list)
        ids = [page.pk for page in pages if page is not None]
        # The answer depends on the linked pages, also on those hidden for now.
        depends_on(*(f"p:{pk}" for pk in ids))
        visible = set(
            visible_pages(Page.objects.filter(pk__in=ids), record=False).values_list(
                "pk", flat=True
            )
        )
        return [
            page if page is not None and page.pk in visible else None for page in pages
        ]


PAGE_LINK_RE = re.compile(r"<a\b[^>]*>", re.IGNORECASE)
LINK_ID_RE = re.compile(r'\bid="(\d+)"')


def public_rich_text_source(source: str) -> str:
    """Rich text in Wagtail's stored format, without ids of pages that are not public.

    A link to such a page keeps its text and loses its target, as in the rendered HTML.
    """
    links = [
        match
        for match in PAGE_LINK_RE.finditer(source)
        if 'linktype="page"' in match.group(0)
    ]
    ids = {
        int(found.group(1))
        for match in links
        if (found := LINK_ID_RE.search(match.group(0)))
    }
    if not ids:
        return source
    depends_on(*(f"p:{pk}" for pk in ids))
    visible = {
        str(pk)
        for pk in visible_pages(
            Page.objects.filter(pk__in=ids), record=False
        ).values_list("pk", flat=True)
    }

    def replace(match: re.Match) -> str:
        tag = match.group(0)
        if 'linktype="page"' not in tag:
            return tag
        found = LINK_ID_RE.search(tag)
        if found is None or found.group(1) in visible:
            return tag
        return LINK_ID_RE.sub("", tag).replace("  ", " ")

    return PAGE_LINK_RE.sub(replace, source)


def public_collection_relatives(name: str) -> Callable:
    """A resolver of a collection's ancestors or descendants: public ones only."""

    def resolve(collection, info, **kwargs):
        relatives = (
            collection.get_ancestors()
            if name == "ancestors"
            else collection.get_descendants()
        )
        return visible_collections(relatives)

    return resolve
