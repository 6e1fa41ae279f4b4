"""Cheap limits checked before anything else: size, depth, aliases and fields.

They run on the parsed document before graphql-core's validation (whose overlapping-fields
rule is quadratic in the number of fields) and take time linear in the query's size:
every fragment is measured once, however often it is spread.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from graphql import GraphQLError
from graphql.language import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
)
from graphql.validation import ValidationRule

from .errors import QueryTooComplex

# graphql-core's parser stops after this many tokens: a 100 kB body of one-character
# tokens would otherwise build a huge syntax tree before any limit could look at it.
MAX_TOKENS = 15_000
INTROSPECTION_FIELDS = frozenset({"__schema", "__type"})


@dataclass(frozen=True)
class Shape:
    """How deep, wide and aliased a selection is (fragments expanded)."""

    depth: int = 0
    fields: int = 0
    aliases: int = 0

    def __add__(self, other: Shape) -> Shape:
        return Shape(
            max(self.depth, other.depth),
            self.fields + other.fields,
            self.aliases + other.aliases,
        )


class _Measure:
    """Measures selections; each fragment's shape is computed once and reused."""

    def __init__(self, fragments: dict[str, FragmentDefinitionNode]):
        self.fragments = fragments
        self.shapes: dict[str, Shape] = {}
        self.visiting: set[str] = set()

    def selection_set(self, node: SelectionSetNode | None) -> Shape:
        shape = Shape()
        if node is None:
            return shape
        for selection in node.selections:
            if isinstance(selection, FieldNode):
                # `__typename` and introspection are switched on or off as a whole.
                if selection.name.value.startswith("__"):
                    continue
                inner = self.selection_set(selection.selection_set)
                shape += Shape(
                    inner.depth + 1,
                    inner.fields + 1,
                    inner.aliases + (selection.alias is not None),
                )
            elif isinstance(selection, InlineFragmentNode):
                shape += self.selection_set(selection.selection_set)
            elif isinstance(selection, FragmentSpreadNode):
                shape += self.fragment(selection.name.value)
        return shape

    def fragment(self, name: str) -> Shape:
        if name in self.shapes:
            return self.shapes[name]
        if name not in self.fragments or name in self.visiting:
            return Shape()  # unknown or cyclic: graphql-core's validation reports it
        self.visiting.add(name)
        shape = self.selection_set(self.fragments[name].selection_set)
        self.visiting.discard(name)
        self.shapes[name] = shape
        return shape


def limit_errors(document: DocumentNode) -> list[GraphQLError]:
    """QUERY_TOO_COMPLEX errors for operations beyond depth, aliases or fields."""
    fragments = {
        definition.name.value: definition
        for definition in document.definitions
        if isinstance(definition, FragmentDefinitionNode)
    }
    measure = _Measure(fragments)
    errors: list[GraphQLError] = []
    for node in document.definitions:
        if not isinstance(node, OperationDefinitionNode):
            continue
        shape = measure.selection_set(node.selection_set)
        limits = (
            ("depth", shape.depth, settings.GRAPHQL_MAX_DEPTH),
            ("aliases", shape.aliases, settings.GRAPHQL_MAX_ALIASES),
            ("fields", shape.fields, settings.GRAPHQL_MAX_FIELDS),
        )
        for name, value, limit in limits:
            if value > limit:
                errors.append(
                    QueryTooComplex(
                        f"Query is too complex: {name} {value} exceeds the limit of "
                        f"{limit}. Split it into smaller queries.",
                        node,
                    )
                )
                return errors  # one reason is enough; stop before validation
    return errors


class NoSchemaIntrospection(ValidationRule):
    """Refuses `__schema` and `__type` (not `__typename`, which Apollo Client adds)."""

    def enter_field(self, node: FieldNode, *_args) -> None:
        if node.name.value in INTROSPECTION_FIELDS:
            self.report_error(
                GraphQLError(
                    "GraphQL introspection is not allowed here, but the query "
                    f"contained {node.name.value}.",
                    node,
                )
            )


def limit_settings() -> tuple:
    """The settings validation depends on: part of the key of anything derived from it."""
    return (
        settings.GRAPHQL_INTROSPECTION,
        settings.GRAPHQL_MAX_DEPTH,
        settings.GRAPHQL_MAX_ALIASES,
        settings.GRAPHQL_MAX_FIELDS,
        settings.GRAPHQL_MAX_COST,
    )
