"""The cost model: an estimate of a query's work, refused before it runs when too high.

Every field costs 1 for each time it will be resolved. A list multiplies what is below it
by its size: the `limit` argument where there is one (or its default), else the largest
size such a list has in practice (`LIST_SIZES`, `DEFAULT_LIST_SIZE` for the others).
Image renditions cost more (`FIELD_WEIGHTS`): making one is the slowest thing a field
can do; the editions' `fallbackFields` cost more too, they read translation segments.
Lists of scalars (keywords, postcodes) count as one field.

The estimate depends on the query text and the values of its `limit` arguments only, so
it is computed once per query text and such variable values and then remembered.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from django.conf import settings
from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLList,
    GraphQLNonNull,
    GraphQLSchema,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
    get_named_type,
    is_leaf_type,
    value_from_ast_untyped,
)

from .errors import QueryTooComplex

# Lists without a `limit` argument: their largest size in the state's content (the
# saxony preset and the demo catalogue), rounded up.
LIST_SIZES = {
    "LifeSituation.children": 15,
    "LifeSituation.services": 30,
    "Service.lifeSituations": 10,
    "Service.authorities": 10,
    "Service.localisedBy": 3,
    "Commune.authorities": 30,
    "Query.redirects": 100,
}
DEFAULT_LIST_SIZE = 10
# Lists that nest into themselves at most so often: life situations have at most three
# levels, so below two nested `children` lists there are no items.
MAX_NESTING = {"LifeSituation.children": 2, "PageInterface.children": 6}
# The page size of list fields whose `limit` has no default (grapple's generic lists).
DEFAULT_LIMIT = 20
FIELD_WEIGHTS = {
    "Image.rendition": 10,
    "Image.srcSet": 30,
    "ImageObjectType.rendition": 10,
    "ImageObjectType.srcSet": 30,
    "ImageObjectType.renditions": 10,
    # Which fields fell back to German: the segments of every translated item (and of
    # its commune's adaptations) are read and compared, in a few queries per list.
    "Service.fallbackFields": 3,
    "LifeSituation.fallbackFields": 3,
}


def _interface_key(field, name: str) -> str | None:
    # grapple's page types all share the interface's `children`.
    key = f"PageInterface.{name}"
    return key if key in MAX_NESTING else None


def _is_list(type_) -> bool:
    if isinstance(type_, GraphQLNonNull):
        type_ = type_.of_type
    return isinstance(type_, GraphQLList)


class _Estimate:
    def __init__(
        self,
        schema: GraphQLSchema,
        fragments: dict[str, FragmentDefinitionNode],
        variables: dict,
    ):
        self.schema = schema
        self.fragments = fragments
        self.variables = variables
        # cost(fragment, multiplier) = multiplier × cost(fragment, 1): computed once
        # per fragment and context (page size, nesting of self-nesting lists).
        self.fragment_costs: dict[tuple, int] = {}

    def limit_of(self, node: FieldNode, field) -> int | None:
        if "limit" not in field.args:
            return None
        for argument in node.arguments:
            if argument.name.value == "limit":
                value = value_from_ast_untyped(argument.value, self.variables)
                if isinstance(value, int):
                    return max(value, 0)
        default = field.args["limit"].default_value
        return default if isinstance(default, int) else DEFAULT_LIMIT

    def selection_set(
        self,
        node: SelectionSetNode | None,
        parent_type,
        page_size: int | None,
        nesting: tuple = (),
    ) -> int:
        """Cost of resolving `node` once; `page_size` is a `limit` for the `items` below,
        `nesting` counts the self-nesting lists above."""
        if node is None:
            return 0
        total = 0
        for selection in node.selections:
            if isinstance(selection, FieldNode):
                total += self.field(selection, parent_type, page_size, nesting)
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                type_ = (
                    self.schema.get_type(condition.name.value)
                    if condition
                    else parent_type
                )
                total += self.selection_set(
                    selection.selection_set, type_, page_size, nesting
                )
            elif isinstance(selection, FragmentSpreadNode):
                total += self.fragment(selection.name.value, page_size, nesting)
        return total

    def fragment(self, name: str, page_size: int | None, nesting: tuple) -> int:
        key = (name, page_size, nesting)
        if key not in self.fragment_costs:
            definition = self.fragments[name]
            type_ = self.schema.get_type(definition.type_condition.name.value)
            self.fragment_costs[key] = self.selection_set(
                definition.selection_set, type_, page_size, nesting
            )
        return self.fragment_costs[key]

    def field(
        self, node: FieldNode, parent_type, page_size: int | None, nesting: tuple
    ) -> int:
        name = node.name.value
        fields = getattr(parent_type, "fields", None)
        if name.startswith("__") or fields is None or name not in fields:
            return 0
        field = fields[name]
        named = get_named_type(field.type)
        key = f"{parent_type.name}.{name}"
        cost = FIELD_WEIGHTS.get(key, 1)
        if is_leaf_type(named):
            return cost
        limit = self.limit_of(node, field)
        if _is_list(field.type):
            size = limit or page_size or LIST_SIZES.get(key, DEFAULT_LIST_SIZE)
            nesting_key = key if key in MAX_NESTING else _interface_key(field, name)
            if nesting_key is not None:
                counts = dict(nesting)
                if counts.get(nesting_key, 0) >= MAX_NESTING[nesting_key]:
                    return cost  # deeper than the tree goes: an empty list
                counts[nesting_key] = counts.get(nesting_key, 0) + 1
                nesting = tuple(sorted(counts.items()))
            return cost + size * self.selection_set(
                node.selection_set, named, None, nesting
            )
        # A paginated wrapper (`services(limit:) { items }`): the limit sizes `items`.
        return cost + self.selection_set(node.selection_set, named, limit, nesting)


# Process cache, safe: a cost depends only on the query text, the integer variables
# (both in the key) and the schema, which is fixed for the process.
_memo: OrderedDict[tuple, int] = OrderedDict()
MEMO_SIZE = 512
_memo_lock = threading.Lock()


def _operation_cost(
    schema: GraphQLSchema, document: DocumentNode, operation_name, variables: dict
) -> int:
    fragments = {
        definition.name.value: definition
        for definition in document.definitions
        if isinstance(definition, FragmentDefinitionNode)
    }
    costs = [0]
    for node in document.definitions:
        if not isinstance(node, OperationDefinitionNode):
            continue
        if operation_name is not None and (
            node.name is None or node.name.value != operation_name
        ):
            continue
        values = {
            definition.variable.name.value: value_from_ast_untyped(
                definition.default_value
            )
            for definition in node.variable_definitions or ()
            if definition.default_value is not None
        }
        values.update(variables)
        estimate = _Estimate(schema, fragments, values)
        costs.append(
            estimate.selection_set(node.selection_set, schema.query_type, None)
        )
    return max(costs)


def query_cost(
    query: str,
    document: DocumentNode,
    operation_name: str | None,
    variables: dict | None,
    schema: GraphQLSchema,
) -> int:
    """The estimated cost of the operation, remembered per query text and list sizes."""
    # Only whole numbers can size a list; other values (ids, search terms) leave the
    # estimate unchanged and stay out of the memo's key.
    sizes = tuple(
        sorted(
            (name, value)
            for name, value in (variables or {}).items()
            if isinstance(value, int) and not isinstance(value, bool)
        )
    )
    key = (query, operation_name, sizes)
    with _memo_lock:
        if key in _memo:
            _memo.move_to_end(key)
            return _memo[key]
    cost = _operation_cost(schema, document, operation_name, dict(sizes))
    with _memo_lock:
        _memo[key] = cost
        if len(_memo) > MEMO_SIZE:
            _memo.popitem(last=False)
    return cost


def check_cost(
    query: str,
    document: DocumentNode,
    operation_name: str | None,
    variables: dict | None,
    schema: GraphQLSchema,
) -> QueryTooComplex | None:
    """QUERY_TOO_COMPLEX with the estimate when it exceeds GRAPHQL_MAX_COST."""
    cost = query_cost(query, document, operation_name, variables, schema)
    if cost <= settings.GRAPHQL_MAX_COST:
        return None
    return QueryTooComplex(
        f"Query is too complex: its estimated cost {cost} exceeds the limit of "
        f"{settings.GRAPHQL_MAX_COST}. Ask for fewer or smaller lists.",
        cost=cost,
        maxCost=settings.GRAPHQL_MAX_COST,
    )
