"""Adds the catalogue entry points to grapple's schema."""

from wagtail import hooks

from .queries import CatalogueQuery


@hooks.register("register_schema_query")
def register_catalogue_query(query_mixins: list) -> None:
    query_mixins.append(CatalogueQuery)
