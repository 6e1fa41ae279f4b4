"""Batch-aware result nodes: the SQL per request depends on the query's shape only.

A list resolver wraps its pages in nodes that share one `Batch`. The first time a nested
field of any node needs related data, the loader runs once for every page of the batch,
so a list of 100 costs the same queries as a list of 10.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Batch:
    """The pages of one list, and the related data loaded for all of them."""

    items: Sequence[Any]
    loaded: dict[str, Any] = field(default_factory=dict)

    def load(self, key: str, loader: Callable[[Sequence[Any]], Any]) -> Any:
        if key not in self.loaded:
            self.loaded[key] = loader(self.items)
        return self.loaded[key]


def single(item: Any) -> Batch:
    return Batch(items=[item])
