"""Security headers the framework does not set by itself."""

from __future__ import annotations

from collections.abc import Callable

from csp.middleware import CSPMiddleware
from django.http import HttpRequest, HttpResponse, HttpResponseBase


class AdminContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware for the admin only (CONTENT_SECURITY_POLICY in settings).

    The API and served media set their own headers.
    """

    def process_request(self, request: HttpRequest) -> None:
        if request.path.startswith("/admin/"):
            super().process_request(request)

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        if not request.path.startswith("/admin/"):
            return response
        return super().process_response(request, response)


class ApiVaryMiddleware:
    """Drops `Accept-Language` from the API's `Vary` header.

    LocaleMiddleware adds it to every response, but API answers depend on the `locale`
    argument, not on the header; a CDN would otherwise keep one copy per browser language.
    Sits above LocaleMiddleware, so it sees the response after it.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.path.startswith("/graphql/") and response.has_header("Vary"):
            kept = [
                value.strip()
                for value in response["Vary"].split(",")
                if value.strip().lower() != "accept-language"
            ]
            if kept:
                response["Vary"] = ", ".join(kept)
            else:
                del response["Vary"]
        return response
