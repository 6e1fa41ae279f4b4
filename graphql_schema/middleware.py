"""Answers on /graphql/ are always JSON in GraphQL's error shape, never an HTML page.

The view formats its own errors; this catches what happens around it (a crash in
another middleware, a refused host) and rewrites Django's HTML error pages.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

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
