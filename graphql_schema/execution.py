"""Running one operation: cost estimate, deadline, field middlewares, its answer.

Each operation of a batch passes here on its own, with its own deadline. An operation
stopped as a whole (`OperationAborted`: deadline passed, database gone) answers with one
error and `data: null`; the view turns `Outcome.status` into the HTTP status.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from graphql import (
    DocumentNode,
    ExecutionResult,
    GraphQLError,
    GraphQLSchema,
    OperationType,
    execute,
    get_operation_ast,
)

from . import deadline
from .arguments import ArgumentsMiddleware
from .cost import check_cost
from .errors import (
    BAD_USER_INPUT,
    RESPONSE_TOO_LARGE,
    DatabaseUnavailable,
    OperationAborted,
    RequestRefused,
    error_body,
    is_database_unavailable,
)
from .request import state_of


def field_middleware() -> list:
    """Run around every resolver: the deadline first, then the argument checks."""
    return [deadline.DeadlineMiddleware(), ArgumentsMiddleware()]


def execute_operation(
    request: HttpRequest,
    schema: GraphQLSchema,
    document: DocumentNode,
    *,
    query: str,
    variables: dict | None,
    operation_name: str | None,
    root_value: object,
    middleware: list,
) -> ExecutionResult:
    """A validated query run under its deadline, unless its cost is above the limit."""
    operation = get_operation_ast(document, operation_name)
    if operation is not None and operation.operation != OperationType.QUERY:
        # The API is read-only: the schema has no mutations or subscriptions.
        raise RequestRefused("Only queries are supported.", BAD_USER_INPUT)
    too_complex = check_cost(query, document, operation_name, variables, schema)
    if too_complex is not None:
        return ExecutionResult(data=None, errors=[too_complex])
    deadline.start(request)
    try:
        # Synchronous resolvers only: execute() returns the result, not an awaitable.
        return execute(  # type: ignore[return-value]
            schema,
            document,
            root_value=root_value,
            context_value=request,
            variable_values=variables,
            operation_name=operation_name,
            middleware=middleware,
        )
    except OperationAborted as aborted:
        state_of(request).aborted = aborted
        return ExecutionResult(
            data=None,
            errors=[GraphQLError(aborted.message, extensions={"code": aborted.code})],
        )
    except Exception as error:
        # Formatted as INTERNAL_SERVER_ERROR (errors.format_error), logged there.
        return ExecutionResult(errors=[error])  # type: ignore[list-item]
    finally:
        deadline.finish(request)


@dataclass
class Outcome:
    """One operation's answer as the client gets it, before JSON encoding."""

    body: dict
    status: int
    has_errors: bool


def outcome(
    request: HttpRequest,
    result: ExecutionResult,
    format_error: Callable[[BaseException], dict],
) -> Outcome:
    """The answer and HTTP status of an executed (or refused) operation.

    Errors without a path (syntax, validation, limits) are the request's: 400 without
    `data`; an aborted operation has the status of its cause (503 for the database).
    """
    body: dict = {}
    errors = result.errors or []
    if errors:
        body["errors"] = [format_error(error) for error in errors]
    state = state_of(request)
    aborted = state.aborted
    if aborted is None and any(
        is_database_unavailable(getattr(error, "original_error", None))
        for error in errors
    ):
        # A lazy list read by graphql-core itself, outside the field middleware.
        aborted = DatabaseUnavailable()
    status = 200
    if aborted is not None:
        state.aborted = None
        status = aborted.status
        if aborted.status == 503:
            state.unavailable = True
    elif errors and any(not getattr(error, "path", None) for error in errors):
        status = 400
    else:
        body["data"] = result.data
    return Outcome(body, status, bool(errors))


def size_capped(text: str, status: int, has_errors: bool) -> tuple[str, int, bool]:
    """RESPONSE_TOO_LARGE instead of an answer above GRAPHQL_MAX_RESPONSE_BYTES."""
    if len(text) <= settings.GRAPHQL_MAX_RESPONSE_BYTES:
        return text, status, has_errors
    refused = error_body(
        f"The answer is larger than {settings.GRAPHQL_MAX_RESPONSE_BYTES} "
        "bytes. Ask for fewer items or fields.",
        RESPONSE_TOO_LARGE,
        size=len(text),
    )
    return json.dumps(refused), 400, True
