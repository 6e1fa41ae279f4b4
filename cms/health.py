"""Health endpoints for load balancers: `/healthz` (alive) and `/readyz` (can serve).

Answered before any other middleware: probes come by address over plain HTTP, so the
host check and the HTTPS redirect must not stand in their way. `/readyz` needs the
database (503 without it); Redis is reported but not required, since the API answers
without its cache.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection, connections
from django.http import HttpRequest, HttpResponse

from cms.cache_backend import cache_breaker
from cms.dbwatch import watch_connection


def _json(body: dict, status: int = 200) -> HttpResponse:
    response = HttpResponse(
        json.dumps(body), status=status, content_type="application/json"
    )
    response["Cache-Control"] = "no-store"
    return response


def database_state() -> str:
    try:
        with (
            watch_connection(
                connections["default"], seconds=settings.GRAPHQL_TIMEOUT_SECONDS
            ),
            connection.cursor() as cursor,
        ):
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        connection.close()
        return "unavailable"
    return "ok"


def cache_state() -> str:
    if cache_breaker.is_open():
        return "unavailable"
    failures = cache_breaker.failures
    cache.get("readyz-probe")
    return "ok" if cache_breaker.failures == failures else "unavailable"


def readiness() -> HttpResponse:
    state = {"database": database_state(), "cache": cache_state()}
    ready = state["database"] == "ok"
    state["status"] = "ready" if ready else "unavailable"
    response = _json(state, 200 if ready else 503)
    if not ready:
        response["Retry-After"] = str(settings.GRAPHQL_RETRY_AFTER_SECONDS)
    return response


class HealthCheckMiddleware:
    """Answers /healthz and /readyz itself; everything else passes through."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path == "/healthz":
            return _json({"status": "alive"})
        if request.path == "/readyz":
            return readiness()
        return self.get_response(request)
