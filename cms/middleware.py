"""Security headers the framework does not set by itself."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse


def admin_content_security_policy() -> str:
    """A CSP for the admin: only this origin's scripts; previews may frame the frontends."""
    preview_origins = sorted(
        {
            f"{parts.scheme}://{parts.netloc}"
            for url in settings.WAGTAIL_HEADLESS_PREVIEW["CLIENT_URLS"].values()
            if (parts := urlsplit(url)).scheme and parts.netloc
        }
    )
    return "; ".join(
        [
            "default-src 'self'",
            "script-src 'self'",
            # Wagtail's admin sets style attributes (e.g. progress bars, panel widths).
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-src 'self' " + " ".join(preview_origins),
            "frame-ancestors 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
        ]
    )


class AdminContentSecurityPolicyMiddleware:
    """Adds the admin CSP to every response under /admin/."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response
        self.policy = admin_content_security_policy()

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.path.startswith("/admin/"):
            response.setdefault("Content-Security-Policy", self.policy)
        return response


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
