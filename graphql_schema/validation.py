"""Parse, cheap limits and validation of a query text, remembered per text.

The cheap limits (`limits.py`) run first and in linear time; a query beyond them never
reaches graphql-core's validation, whose overlapping-fields rule is quadratic.
"""

from __future__ import annotations

from functools import lru_cache

from django.conf import settings
from graphene_django.settings import graphene_settings
from graphql import (
    ASTValidationRule,
    DocumentNode,
    GraphQLError,
    parse,
    specified_rules,
    validate,
)

from .errors import QueryTooComplex
from .limits import MAX_TOKENS, NoSchemaIntrospection, limit_errors, limit_settings


def validation_rules() -> list[type[ASTValidationRule]]:
    """graphql-core's standard rules plus ours (a custom list replaces the defaults)."""
    rules = list(specified_rules)
    if not settings.GRAPHQL_INTROSPECTION:
        rules.append(NoSchemaIntrospection)
    return rules


# Process cache, safe: the answer depends only on the query text, the schema (fixed for
# the process) and the limit settings, which are part of the key.
@lru_cache(maxsize=256)
def _prepared(
    query: str, *_limit_settings: object
) -> tuple[DocumentNode | None, tuple[GraphQLError, ...]]:
    try:
        document = parse(query, max_tokens=MAX_TOKENS)
    except GraphQLError as error:
        if "more than" in error.message and "tokens" in error.message:
            error = QueryTooComplex(
                f"Query is too complex: more than {MAX_TOKENS} tokens. Split it into "
                "smaller queries."
            )
        return None, (error,)
    errors = limit_errors(document)
    if errors:
        return document, tuple(errors)
    errors = validate(
        graphene_settings.SCHEMA.graphql_schema,
        document,
        validation_rules(),
        graphene_settings.MAX_VALIDATION_ERRORS,
    )
    return document, tuple(errors)


def prepared_query(
    query: str,
) -> tuple[DocumentNode | None, tuple[GraphQLError, ...]]:
    """The parsed document and why it cannot run (no errors: it may run)."""
    return _prepared(query, *limit_settings())


def query_errors(query: str) -> tuple[GraphQLError, ...]:
    """Why a query text cannot run (empty when it parses, passes limits and validates)."""
    return prepared_query(query)[1]


def forget_prepared_queries() -> None:
    """Drop the remembered queries (tests that count validations)."""
    _prepared.cache_clear()
