"""Every error code of the API, its exceptions and how errors are written to clients.

Clients switch on `extensions.code`; the table in the README lists the same codes.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse
from graphene_django.views import HttpError
from graphql import GraphQLError

logger = logging.getLogger("graphql_schema")

BAD_USER_INPUT = "BAD_USER_INPUT"
NOT_FOUND = "NOT_FOUND"
QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX"
RESPONSE_TOO_LARGE = "RESPONSE_TOO_LARGE"
TIMEOUT = "TIMEOUT"
SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE"
VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED"
INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR"
PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND"
PERSISTED_QUERY_HASH_MISMATCH = "PERSISTED_QUERY_HASH_MISMATCH"
PERSISTED_QUERY_NOT_IN_LIST = "PERSISTED_QUERY_NOT_IN_LIST"
PERSISTED_QUERY_REFUSED = "PERSISTED_QUERY_REFUSED"

INTERNAL_ERROR_MESSAGE = "Internal server error. The error has been logged."
UNAVAILABLE_MESSAGE = "The service is temporarily unavailable. Retry later."
TIMEOUT_MESSAGE = "The query took too long and was stopped."
SUGGESTION_RE = re.compile(r" ?Did you mean .*\?$")


class RequestRefused(HttpError):
    """A request refused before any query runs, with the code clients switch on."""

    def __init__(self, message: str, code: str, status: int = 400):
        response = HttpResponse(status=status)
        # Refusals (PersistedQueryNotFound comes with status 200) must not reach a CDN.
        response["Cache-Control"] = "no-store"
        super().__init__(response, message)
        self.code = code


class BadUserInput(GraphQLError):
    """The client sent an argument that can never be valid (malformed key, range …)."""

    def __init__(self, message: str):
        super().__init__(message, extensions={"code": BAD_USER_INPUT})


class NotFound(GraphQLError):
    """A reference the query needs to do its work (e.g. the commune to resolve for) is missing."""

    def __init__(self, message: str):
        super().__init__(message, extensions={"code": NOT_FOUND})


class QueryTooComplex(GraphQLError):
    """A query beyond a limit, refused before it runs."""

    def __init__(self, message: str, node=None, **extensions):
        super().__init__(
            message, node, extensions={"code": QUERY_TOO_COMPLEX, **extensions}
        )


class OperationAborted(BaseException):  # noqa: N818
    """Stops a whole operation: its answer is one error, not one per field.

    A BaseException on purpose: graphql-core turns every `Exception` raised by a
    resolver into an error of that field and carries on with the next one.
    """

    code = INTERNAL_SERVER_ERROR
    message = INTERNAL_ERROR_MESSAGE
    status = 200


class DeadlineExceeded(OperationAborted):
    """The operation ran past its deadline (GRAPHQL_TIMEOUT_SECONDS)."""

    code = TIMEOUT
    message = TIMEOUT_MESSAGE


class DatabaseUnavailable(OperationAborted):
    """The database cannot be reached (down, hung or the connection broke)."""

    code = SERVICE_UNAVAILABLE
    message = UNAVAILABLE_MESSAGE
    status = 503


def is_statement_timeout(error: BaseException | None) -> bool:
    """PostgreSQL cancelled a statement because of `statement_timeout`."""
    cause = getattr(error, "__cause__", None)
    return isinstance(error, DatabaseError) and type(cause).__name__ == "QueryCanceled"


def is_database_unavailable(error: BaseException | None) -> bool:
    """The database did not answer: connection refused, lost, or cut at the deadline."""
    if isinstance(error, DatabaseUnavailable):
        return True
    return isinstance(error, OperationalError | InterfaceError) and (
        not is_statement_timeout(error)
    )


def error_body(message: str, code: str, **extensions) -> dict:
    return {
        "errors": [{"message": message, "extensions": {"code": code, **extensions}}]
    }


def error_response(
    message: str,
    code: str,
    status: int,
    *,
    retry_after: int | None = None,
    **extensions,
) -> HttpResponse:
    """A GraphQL-shaped error answer that no cache may keep."""
    response = HttpResponse(
        json.dumps(error_body(message, code, **extensions)),
        status=status,
        content_type="application/json",
    )
    response["Cache-Control"] = "no-store"
    if retry_after is not None:
        response["Retry-After"] = str(retry_after)
    return response


def unavailable_response() -> HttpResponse:
    """503 SERVICE_UNAVAILABLE with Retry-After: a dependency is down, not the client."""
    return error_response(
        UNAVAILABLE_MESSAGE,
        SERVICE_UNAVAILABLE,
        503,
        retry_after=settings.GRAPHQL_RETRY_AFTER_SECONDS,
    )


def crash_response(error: BaseException) -> HttpResponse:
    """The answer to an exception that escaped the view: never Django's HTML page."""
    if is_database_unavailable(error):
        return unavailable_response()
    logger.error("GraphQL request failed", exc_info=error)
    return error_response(format_error(error)["message"], INTERNAL_SERVER_ERROR, 500)


def log_client_error(message: str) -> None:
    """One short line: a client's mistake must not flood the log with tracebacks."""
    logger.info("GraphQL client error: %s", message[:200])


def format_error(error: BaseException) -> dict:
    """An error as the client sees it: message, path and always `extensions.code`."""
    if isinstance(error, GraphQLError):
        original = error.original_error
        if original is not None and not isinstance(original, GraphQLError):
            if is_statement_timeout(original):
                code, message = TIMEOUT, TIMEOUT_MESSAGE
            elif is_database_unavailable(original):
                code, message = SERVICE_UNAVAILABLE, UNAVAILABLE_MESSAGE
            else:
                # A bug, not a client mistake: log it, tell the client nothing internal.
                logger.error("GraphQL resolver failed", exc_info=original)
                code, message = INTERNAL_SERVER_ERROR, INTERNAL_ERROR_MESSAGE
                if settings.DEBUG:
                    message = f"{message} ({original!r})"
            formatted: dict[str, Any] = {
                "message": message,
                "extensions": {"code": code},
            }
            if error.path is not None:
                formatted["path"] = error.path
            return formatted
        formatted = dict(error.formatted)
        if not settings.GRAPHQL_FIELD_SUGGESTIONS:
            # "Did you mean …?" would reveal the schema with introspection off.
            formatted["message"] = SUGGESTION_RE.sub("", formatted["message"])
        extensions = formatted.get("extensions") or {}
        # Errors graphql-core raises itself (syntax, validation) are the client's.
        extensions.setdefault("code", VALIDATION_FAILED)
        formatted["extensions"] = extensions
        if extensions["code"] in (BAD_USER_INPUT, VALIDATION_FAILED):
            log_client_error(formatted["message"])
        return formatted
    if isinstance(error, HttpError):
        # Malformed requests: bad JSON, no query, wrong method or content type.
        return {
            "message": str(error.message or "Bad request."),
            "extensions": {"code": getattr(error, "code", BAD_USER_INPUT)},
        }
    logger.error("GraphQL request failed", exc_info=error)
    return {
        "message": INTERNAL_ERROR_MESSAGE,
        "extensions": {"code": INTERNAL_SERVER_ERROR},
    }
