"""The schema as SDL text, for the committed file and its drift test."""

from graphql import print_schema


def current_sdl() -> str:
    """The SDL of the schema the endpoint serves."""
    from .public_schema import schema

    return print_schema(schema.graphql_schema) + "\n"
