"""grapple's generic root fields, put through the one visibility rule.

Kept: `page`/`pages` (live, public; parents filtered too), `images`/`documents` (public
collections only, restrictions on ancestor collections included), `redirects` (only to
visible pages or external URLs). Removed: `search` (it searched drafts;
`catalogueSearch` replaces it), `snippets`, `collections`, `tags`, `settings` and `sites`,
which could list non-public objects or crash.
"""

from __future__ import annotations

from grapple.types.interfaces import PageInterface
from grapple.utils import resolve_queryset
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler

from cms.visibility import visible_media, visible_pages

from .arguments import id_arg

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
    """grapple's page interface whose parent, too, must be live and public."""

    class Meta:
        name = "PageInterface"

    def resolve_parent(self, info, **kwargs):
        parent = self.get_parent()
        if parent is None:
            return None
        return visible_pages(Page.objects.filter(pk=parent.pk)).specific().first()


def _factory_name(mixin) -> str:
    return getattr(mixin, "__qualname__", "").split(".")[0]


def public_images_mixin(base):
    model = get_image_model()

    class PublicImages(base):
        def resolve_image(parent, info, id, **kwargs):
            return visible_media(model.objects.filter(pk=id_arg(id))).first()

        def resolve_images(parent, info, **kwargs):
            return resolve_queryset(
                visible_media(model.objects.all()).prefetch_renditions(), info, **kwargs
            )

    return PublicImages


def public_documents_mixin(base):
    model = get_document_model()

    class PublicDocuments(base):
        def resolve_document(self, info, id, **kwargs):
            return visible_media(model.objects.filter(pk=id_arg(id))).first()

        def resolve_documents(self, info, **kwargs):
            return resolve_queryset(visible_media(model.objects.all()), info, **kwargs)

    return PublicDocuments


def public_redirects_mixin(base):
    class PublicRedirects(base):
        def resolve_redirects(self, info, **kwargs):
            from django.db.models import Q
            from wagtail.contrib.redirects.models import Redirect

            visible = visible_pages(Page.objects.all()).values("pk")
            return Redirect.objects.filter(
                Q(redirect_page__isnull=True) | Q(redirect_page__in=visible)
            ).select_related("redirect_page", "site")

    return PublicRedirects


def restrict_generic_queries(query_mixins: list) -> None:
    """Remove or wrap grapple's root fields (called from a schema hook)."""
    wrappers = {
        "ImagesQuery": public_images_mixin,
        "DocumentsQuery": public_documents_mixin,
        "RedirectsQuery": public_redirects_mixin,
    }
    for index, mixin in reversed(list(enumerate(query_mixins))):
        name = _factory_name(mixin)
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
        visible = set(
            visible_pages(Page.objects.filter(pk__in=ids)).values_list("pk", flat=True)
        )
        return [
            page if page is not None and page.pk in visible else None for page in pages
        ]
