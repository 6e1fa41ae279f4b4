"""Adds the catalogue entry points to grapple's schema."""

from wagtail import hooks

from .generic import PublicPageLinkHandler, restrict_generic_queries
from .queries import CatalogueQuery


@hooks.register("register_schema_query")
def register_catalogue_query(query_mixins: list) -> None:
    query_mixins.append(CatalogueQuery)


# After grapple's own hook (order 0): wrap or drop generic fields that could leak.
hooks.register("register_schema_query", restrict_generic_queries, order=100)


@hooks.register("register_rich_text_features", order=100)
def expand_only_public_page_links(features) -> None:
    # Runs after Wagtail's own registration and replaces its page link handler.
    features.register_link_type(PublicPageLinkHandler)
