"""Queries of the public API compiled to SQL once per shape (issue 17, goal 1).

Building and compiling Django's multi-table page queries took about a third of an
uncached answer, the same work for every request of a kind. A `PreparedQuery` builds
its queryset once with placeholders where the request's values go, compiles it, and
from then on sends that SQL with the request's values: the rows become models exactly
as Django's own iteration makes them (annotations, prefetches included).

The SQL depends on more than the values; that is its shape, the key it is kept under:
- the number of values in each list (an `IN (…)` of three is not one of four);
- the hidden subtrees of the visibility rule (`cms.visibility.hidden_roots`), which the
  builder bakes into the SQL as constants: a newly hidden subtree compiles anew.
The dependency tags a builder records for the response cache (`cms.context.depends_on`,
e.g. a list's model through `visible_pages`) are kept with the template and recorded
again on every call: the builder itself runs once per shape.
A builder may use its values only as lookup values (`field=value`, `field__in=list`,
`field__startswith=value`), never to decide what to build. Values are strings, ints,
UUIDs or lists of them. Where the placeholders cannot be found in the compiled
parameters, the query is built and compiled per call as before (never wrong, only not
faster). `cms.prepared.ENABLED = False` turns reuse off (for measuring what it wins).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any

from django.db import connection
from django.db.models import QuerySet

from cms.compat import compiled_sql, run_compiled
from cms.context import depends_on, read_context
from cms.visibility import hidden_roots

# Shapes kept per query; beyond that the oldest half is forgotten.
MAX_SHAPES = 256
ENABLED = True
_INT_BASE = -2_000_000_000  # ids are positive; inside PostgreSQL's integer range
_UUID_BASE = 0x5EED_0000_0000_0000_0000_0000_0000_0000
_MISSING: Any = object()


def _placeholder(value: Any, number: int) -> Any:
    if isinstance(value, bool):
        raise TypeError("Prepared queries take no booleans (they shape the SQL).")
    if isinstance(value, str):
        # Mixed case: a builder that lower- or upper-cases its value loses it.
        return f"\x1ePrepared{number}\x1e"
    if isinstance(value, int):
        return _INT_BASE + number
    if isinstance(value, uuid.UUID):
        return uuid.UUID(int=_UUID_BASE + number)
    raise TypeError(f"Prepared queries take no {type(value).__name__} values.")


@dataclass(frozen=True)
class _Template:
    queryset: QuerySet | None  # None: the query is known to be empty
    compiler: Any
    sql: str | None
    params: tuple
    # Per compiled parameter: None (a constant), or (value index, whether the value
    # sits inside a LIKE pattern).
    slots: tuple[tuple[int, bool] | None, ...]
    # What the builder recorded for the response cache, recorded again per call.
    tags: frozenset[str] = frozenset()

    def bind(self, flat: Sequence[Any]) -> tuple:
        params = list(self.params)
        for position, slot in enumerate(self.slots):
            if slot is None:
                continue
            index, in_pattern = slot
            if in_pattern:
                token = _placeholder(flat[index], index)
                escaped = connection.ops.prep_for_like_query(flat[index])
                params[position] = params[position].replace(token, escaped)
            else:
                params[position] = flat[index]
        return tuple(params)


class PreparedQuery:
    """A queryset builder whose SQL is compiled once per shape and reused."""

    def __init__(self, name: str, build: Callable[..., QuerySet]) -> None:
        self.name = name
        self.build = build
        self._templates: dict[Hashable, _Template | None] = {}

    def __call__(self, *values: Any) -> list:
        """The rows `build(*values)` selects, as models."""
        if not ENABLED:
            return list(self.build(*values))
        shape = tuple(
            len(value) if isinstance(value, list | tuple) else None for value in values
        )
        key = (shape, hidden_roots())
        # Threads of a worker share the templates: read once, never look up again.
        template = self._templates.get(key, _MISSING)
        if template is _MISSING:
            if len(self._templates) >= MAX_SHAPES:
                for old in list(self._templates)[: MAX_SHAPES // 2]:
                    self._templates.pop(old, None)
            template = self._templates[key] = self._compile(values)
        if template is None:  # placeholders not found: no reuse for this shape
            return list(self.build(*values))
        depends_on(*template.tags)
        if template.sql is None or template.queryset is None:
            return []
        flat = _flatten(values)
        return run_compiled(
            template.queryset, template.compiler, template.sql, template.bind(flat)
        )

    def _compile(self, values: tuple) -> _Template | None:
        number = 0
        arguments: list[Any] = []
        flat_placeholders: list[Any] = []
        for value in values:
            if isinstance(value, list | tuple):
                items = []
                for item in value:
                    items.append(_placeholder(item, number))
                    number += 1
                flat_placeholders.extend(items)
                arguments.append(items)
            else:
                arguments.append(_placeholder(value, number))
                flat_placeholders.append(arguments[-1])
                number += 1
        queryset, tags = self._build_recording(arguments)
        compiler, sql, params = compiled_sql(queryset)
        if sql is None:
            return _Template(None, compiler, None, (), (), tags)
        exact = {(type(p), p): index for index, p in enumerate(flat_placeholders)}
        tokens = {
            p: index for index, p in enumerate(flat_placeholders) if isinstance(p, str)
        }
        slots: list[tuple[int, bool] | None] = []
        found: set[int] = set()
        for param in params:
            slot: tuple[int, bool] | None = None
            if (type(param), param) in exact:
                slot = (exact[(type(param), param)], False)
            elif isinstance(param, str):
                inside = [index for token, index in tokens.items() if token in param]
                if inside:
                    token = flat_placeholders[inside[0]]
                    # Only the patterns of Django's LIKE lookups (startswith,
                    # endswith, contains) take the value escaped; anything else
                    # made of it is not reused.
                    if len(inside) > 1 or param not in (
                        f"{token}%",
                        f"%{token}",
                        f"%{token}%",
                    ):
                        return None
                    slot = (inside[0], True)
            if slot is not None:
                found.add(slot[0])
            slots.append(slot)
        if found != set(range(len(flat_placeholders))):
            return None
        return _Template(queryset, compiler, sql, params, tuple(slots), tags)

    def _build_recording(self, arguments: list[Any]) -> tuple[QuerySet, frozenset[str]]:
        """The builder's queryset and the dependency tags it recorded."""
        with read_context() as context:
            outer = context.tags
            context.tags = set()
            try:
                queryset = self.build(*arguments)
            finally:
                tags = frozenset(context.tags)
                outer.update(tags)
                context.tags = outer
        return queryset, tags


def _flatten(values: tuple) -> list[Any]:
    flat: list[Any] = []
    for value in values:
        if isinstance(value, list | tuple):
            flat.extend(value)
        else:
            flat.append(value)
    return flat
