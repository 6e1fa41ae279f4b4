"""The schema the endpoint serves: grapple's, without editorial state.

grapple builds every page type from all fields of Wagtail's `Page` model, so drafts'
titles, lock and scheduling state, revisions and aliases would be public. They are
removed from the built schema here (the committed SDL shows the result).
"""

from __future__ import annotations

from graphene import String
from graphql import GraphQLInterfaceType, GraphQLObjectType, default_field_resolver
from grapple.schema import schema

from .generic import public_collection_relatives, public_rich_text_source
from .images import grapple_rendition, grapple_src_set

# Fields of Wagtail's Page that describe editing, not the published page.
EDITORIAL_FIELDS = frozenset(
    {
        "draftTitle",
        "hasUnpublishedChanges",
        "latestRevisionCreatedAt",
        "latestRevision",
        "liveRevision",
        "locked",
        "lockedAt",
        "lockedBy",
        "owner",
        "goLiveAt",
        "expireAt",
        "expired",
        "aliasOf",
        "aliases",
        "sitesRootedHere",
    }
)


def _page_types(graphql_schema) -> list:
    interface = graphql_schema.get_type("PageInterface")
    types = [interface]
    for type_ in graphql_schema.type_map.values():
        if isinstance(type_, GraphQLObjectType) and interface in type_.interfaces:
            types.append(type_)
    return types


def hide_editorial_fields(graphql_schema) -> None:
    """Remove EDITORIAL_FIELDS from the page interface and every page type."""
    for type_ in _page_types(graphql_schema):
        if isinstance(type_, GraphQLObjectType | GraphQLInterfaceType):
            for name in EDITORIAL_FIELDS:
                type_.fields.pop(name, None)


def _public_raw_value(resolve):
    def resolve_raw_value(value, info, **kwargs):
        raw = resolve(value, info, **kwargs)
        if raw is None:
            return raw
        return public_rich_text_source(
            raw if isinstance(raw, str) else String.serialize(raw)
        )

    return resolve_raw_value


def wrap_side_paths(graphql_schema) -> None:
    """Resolvers that bypass the visibility rule, put through it.

    `rawValue` of stream blocks shows rich text in its stored form, with the ids of
    linked pages; a collection's ancestors and descendants may be restricted.
    """
    interface = graphql_schema.get_type("StreamFieldInterface")
    for type_ in graphql_schema.type_map.values():
        if isinstance(type_, GraphQLObjectType) and interface in type_.interfaces:
            field = type_.fields["rawValue"]
            field.resolve = _public_raw_value(field.resolve or default_field_resolver)
    collection = graphql_schema.get_type("CollectionObjectType")
    for name in ("ancestors", "descendants"):
        collection.fields[name].resolve = public_collection_relatives(name)
    # grapple's own image fields: the same allow-list, budget and deadline as ours.
    image = graphql_schema.get_type("ImageObjectType")
    image.fields["rendition"].resolve = grapple_rendition
    image.fields["srcSet"].resolve = grapple_src_set


hide_editorial_fields(schema.graphql_schema)
wrap_side_paths(schema.graphql_schema)

__all__ = ["schema"]
