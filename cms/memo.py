"""Values looked up at most once per request (view restrictions, locales).

Only inside a request: the memo starts empty with every request and is dropped when it
ends, so management commands and shells always read fresh data.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from asgiref.local import Local
from django.core.signals import request_finished, request_started

T = TypeVar("T")
_state = Local()


def per_request(key: str, compute: Callable[[], T]) -> T:
    """`compute()`, remembered under `key` until the current request ends."""
    memo = getattr(_state, "memo", None)
    if memo is None:  # not in a request
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def _start(**_kwargs) -> None:
    _state.memo = {}


def _finish(**_kwargs) -> None:
    _state.memo = None


request_started.connect(_start, dispatch_uid="cms.memo.start")
request_finished.connect(_finish, dispatch_uid="cms.memo.finish")
