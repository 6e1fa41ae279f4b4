"""What each request cost the server, in response headers (BENCHMARK_ENDPOINTS only)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from django.db import connection
from django.http import HttpRequest, HttpResponse

SQL_QUERIES_HEADER = "X-SQL-Queries"
SERVER_TIME_HEADER = "X-Server-Time-Ms"


class SQLQueryCountMiddleware:
    """Reports the SQL queries and the server time of a request in response headers."""

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
        with connection.execute_wrapper(counting):
            response = self.get_response(request)
        response[SQL_QUERIES_HEADER] = str(count)
        response[SERVER_TIME_HEADER] = f"{(time.perf_counter() - started) * 1000:.1f}"
        return response
