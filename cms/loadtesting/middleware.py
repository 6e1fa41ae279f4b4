"""What each request cost the server, in response headers (BENCHMARK_ENDPOINTS only):
SQL queries, server time and whether the response cache answered."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from django.db import connection
from django.http import HttpRequest, HttpResponse

from graphql_schema.cache import last_lookup

SQL_QUERIES_HEADER = "X-SQL-Queries"
SERVER_TIME_HEADER = "X-Server-Time-Ms"
# "hit" or "miss" when the request looked in the response cache; absent otherwise.
CACHE_HEADER = "X-Response-Cache"


class SQLQueryCountMiddleware:
    """Reports the SQL queries, the server time and the response cache's answer of a
    request in response headers."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        count = 0

        def counting(
            execute: Callable, sql: str, params: Any, many: bool, context: dict
        ) -> Any:
            nonlocal count
            count += 1
            return execute(sql, params, many, context)

        started = time.perf_counter()
        last_lookup.hit = None  # this thread's previous request must not count
        with connection.execute_wrapper(counting):
            response = self.get_response(request)
        response[SQL_QUERIES_HEADER] = str(count)
        if (hit := getattr(last_lookup, "hit", None)) is not None:
            response[CACHE_HEADER] = "hit" if hit else "miss"
        response[SERVER_TIME_HEADER] = f"{(time.perf_counter() - started) * 1000:.1f}"
        return response
