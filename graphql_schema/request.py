"""Reading a request: its size, its body (one operation or a batch) and its parameters.

Everything here runs before any query is parsed; what cannot be read is refused with
`RequestRefused` (`errors.py`) and a coded error.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from .arguments import has_lone_surrogate
from .errors import (
    BAD_USER_INPUT,
    QUERY_TOO_COMPLEX,
    OperationAborted,
    RequestRefused,
    error_response,
)

MAX_BATCH = 5


@dataclass
class Deadline:
    """When the current operation must be done, and what it set up on the database
    (deadline.py)."""

    at: float
    # Whether the first resolver looked at the statement timeout, and whether it set
    # one that `finish` must reset.
    statement_timeout_checked: bool = False
    statement_timeout_set: bool = False
    database_failed: bool = False
    watch_id: int | None = None
    new_renditions: int = field(default=0)

    def remaining(self) -> float:
        return self.at - time.monotonic()


@dataclass
class RequestState:
    """What the request path learns about one /graphql/ request while answering it."""

    # The running operation's deadline (each operation of a batch has its own).
    deadline: Deadline | None = None
    # The operation was stopped as a whole (deadline passed, database gone).
    aborted: OperationAborted | None = None
    # The database did not answer: the whole request is answered with 503.
    unavailable: bool = False
    # A Django middleware saw the database fail around the view.
    database_failed: bool = False
    # Some operation answered with errors: no public HTTP caching.
    had_errors: bool = False
    # The request names a preview token: never shared by a cache.
    private: bool = False
    # What the answer depends on (graphql_schema/cache.py): its CDN surrogate keys.
    cache_tags: list[str] | None = None


def state_of(request: HttpRequest) -> RequestState:
    """The request's RequestState (created on first use)."""
    state = getattr(request, "graphql_state", None)
    if state is None:
        state = RequestState()
        request.graphql_state = state  # type: ignore[attr-defined]
    return state


def size_refusal(request: HttpRequest) -> HttpResponse | None:
    """413 for a body or query string above GRAPHQL_MAX_BODY_BYTES, before it is read."""
    length = int(request.META.get("CONTENT_LENGTH") or 0)
    length = max(length, len(request.META.get("QUERY_STRING", "")))
    if length <= settings.GRAPHQL_MAX_BODY_BYTES:
        return None
    return error_response(
        f"Request too large: {length} bytes, the limit is "
        f"{settings.GRAPHQL_MAX_BODY_BYTES}.",
        QUERY_TOO_COMPLEX,
        413,
    )


def batch_operations(request: HttpRequest, content_type: str) -> list[dict] | None:
    """The operations of a batch (a JSON list, 1 to MAX_BATCH entries); None for a
    request that is not a batch."""
    if content_type != "application/json" or request.body.lstrip()[:1] != b"[":
        return None
    try:
        operations = json.loads(request.body.decode("utf-8"))
    except ValueError:
        operations = None
    if not isinstance(operations, list) or not all(
        isinstance(operation, dict) for operation in operations
    ):
        raise RequestRefused("Batches must be a list of operations.", BAD_USER_INPUT)
    if not 0 < len(operations) <= MAX_BATCH:
        raise RequestRefused(
            f"A batch may hold 1 to {MAX_BATCH} operations.", QUERY_TOO_COMPLEX
        )
    return operations


def check_params(query: object, variables: object, operation_name: object) -> None:
    """Refuse parameters of the wrong JSON type or with text that is not Unicode."""
    if query is not None and not isinstance(query, str):
        raise RequestRefused("query must be a string.", BAD_USER_INPUT)
    if variables is not None and not isinstance(variables, dict):
        raise RequestRefused("variables must be a JSON object.", BAD_USER_INPUT)
    if operation_name is not None and not isinstance(operation_name, str):
        raise RequestRefused("operationName must be a string.", BAD_USER_INPUT)
    if any(has_lone_surrogate(value) for value in (query, variables, operation_name)):
        raise RequestRefused(
            "The request contains text that is not valid Unicode (a lone "
            "surrogate such as \\ud800).",
            BAD_USER_INPUT,
        )
