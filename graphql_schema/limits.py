"""Abuse limits checked before a query runs: depth, aliases and fields per operation."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from graphql import GraphQLError
from graphql.language import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
)
from graphql.validation import ValidationRule

TOO_COMPLEX = "QUERY_TOO_COMPLEX"


@dataclass
class QueryShape:
    """How deep, wide and aliased one operation is (fragments expanded)."""

    depth: int = 0
    fields: int = 0
    aliases: int = 0


def measure(
    selection_set: SelectionSetNode | None,
    fragments: dict[str, FragmentDefinitionNode],
    shape: QueryShape,
    depth: int = 0,
    seen: frozenset[str] = frozenset(),
) -> QueryShape:
    if selection_set is None:
        return shape
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            # Introspection is switched on or off as a whole; it is not limited here.
            if selection.name.value.startswith("__"):
                continue
            shape.fields += 1
            shape.aliases += selection.alias is not None
            shape.depth = max(shape.depth, depth + 1)
            measure(selection.selection_set, fragments, shape, depth + 1, seen)
        elif isinstance(selection, InlineFragmentNode):
            measure(selection.selection_set, fragments, shape, depth, seen)
        elif isinstance(selection, FragmentSpreadNode):
            name = selection.name.value
            if name in fragments and name not in seen:  # cycles are another rule's job
                measure(
                    fragments[name].selection_set,
                    fragments,
                    shape,
                    depth,
                    seen | {name},
                )
    return shape


class QueryLimitsRule(ValidationRule):
    """Refuses operations beyond GRAPHQL_MAX_DEPTH, _MAX_ALIASES or _MAX_FIELDS."""

    def enter_operation_definition(self, node: OperationDefinitionNode, *_args):
        fragments = {
            definition.name.value: definition
            for definition in self.context.document.definitions
            if isinstance(definition, FragmentDefinitionNode)
        }
        shape = measure(node.selection_set, fragments, QueryShape())
        limits = (
            ("depth", shape.depth, settings.GRAPHQL_MAX_DEPTH),
            ("aliases", shape.aliases, settings.GRAPHQL_MAX_ALIASES),
            ("fields", shape.fields, settings.GRAPHQL_MAX_FIELDS),
        )
        for name, value, limit in limits:
            if value > limit:
                self.report_error(
                    GraphQLError(
                        f"Query is too complex: {name} {value} exceeds the limit of "
                        f"{limit}. Split it into smaller queries.",
                        node,
                        extensions={"code": TOO_COMPLEX},
                    )
                )


def limit_settings() -> tuple:
    """The settings validation depends on: part of the key of anything derived from it."""
    return (
        settings.GRAPHQL_INTROSPECTION,
        settings.GRAPHQL_MAX_DEPTH,
        settings.GRAPHQL_MAX_ALIASES,
        settings.GRAPHQL_MAX_FIELDS,
    )
