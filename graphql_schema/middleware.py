"""Django middlewares of the API.

Answers on /graphql/ are always JSON in GraphQL's error shape, never an HTML page: the
view formats its own errors; `JsonErrorsMiddleware` catches what happens around it (a
crash in another middleware, a refused host) and rewrites Django's HTML error pages.
`ApiStatementTimeoutMiddleware` keeps the API's statement timeout to the API.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse

from .deadline import release_statement_timeout
from .errors import (
    BAD_USER_INPUT,
    INTERNAL_ERROR_MESSAGE,
    INTERNAL_SERVER_ERROR,
    error_response,
    is_database_unavailable,
    unavailable_response,
)
from .request import state_of


class JsonErrorsMiddleware:
    """Rewrites HTML error responses under /graphql/ as coded JSON errors."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (
            request.path.startswith("/graphql/")
            and response.status_code >= 400
            and not response.get("Content-Type", "").startswith("application/json")
        ):
            if state_of(request).database_failed:
                return unavailable_response()
            if response.status_code >= 500:
                return error_response(
                    INTERNAL_ERROR_MESSAGE, INTERNAL_SERVER_ERROR, response.status_code
                )
            return error_response("Bad request.", BAD_USER_INPUT, response.status_code)
        return response

    def process_exception(self, request: HttpRequest, exception: Exception) -> None:
        if request.path.startswith("/graphql/") and is_database_unavailable(exception):
            state_of(request).database_failed = True


class ApiStatementTimeoutMiddleware:
    """Other requests get the thread's database connection without the statement
    timeout the API keeps on it between operations (deadline.py)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith("/graphql/"):
            try:
                release_statement_timeout()
            except DatabaseError:
                # Whatever the connection still carries goes with it.
                connection.close()
        return self.get_response(request)
