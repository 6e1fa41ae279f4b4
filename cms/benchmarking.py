"""Benchmark aids, mounted only with BENCHMARK_ENDPOINTS=1 (see `manage.py benchmark_api`).

Wagtail's REST API v2 as a point of comparison, a trivial JSON view as the ceiling of the
stack, and the number of SQL queries of each request in an `X-SQL-Queries` header. None of
this is a public API; production never switches it on.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import URLPattern, URLResolver, path

from cms.visibility import visible_pages

SQL_QUERIES_HEADER = "X-SQL-Queries"
SERVER_TIME_HEADER = "X-Server-Time-Ms"


class SQLQueryCountMiddleware:
    """Reports the SQL queries and the server time of a request in response headers."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        count = 0

        def counting(execute, sql, params, many, context):
            nonlocal count
            count += 1
            return execute(sql, params, many, context)

        started = time.perf_counter()
        with connection.execute_wrapper(counting):
            response = self.get_response(request)
        response[SQL_QUERIES_HEADER] = str(count)
        response[SERVER_TIME_HEADER] = f"{(time.perf_counter() - started) * 1000:.1f}"
        return response


def ceiling(request: HttpRequest) -> JsonResponse:
    """The cheapest JSON answer the stack can give: no database, no cache."""
    return JsonResponse({"ok": True})


def benchmark_urlpatterns() -> list[URLPattern | URLResolver]:
    """/api/v2/ (live public pages only) and /bench/ceiling/."""
    from wagtail.api.v2.router import WagtailAPIRouter
    from wagtail.api.v2.views import PagesAPIViewSet

    class PublicPagesAPIViewSet(PagesAPIViewSet):
        """Wagtail's pages endpoint behind our visibility rule.

        Wagtail's own rule lets a logged-in editor see pages restricted to their
        groups; this endpoint shows what anonymous citizens see, whoever asks.
        """

        def get_base_queryset(self):
            return visible_pages(super().get_base_queryset())

    router = WagtailAPIRouter("wagtailapi")
    router.register_endpoint("pages", PublicPagesAPIViewSet)
    return [
        path("api/v2/", router.urls),
        path("bench/ceiling/", ceiling, name="bench-ceiling"),
    ]
