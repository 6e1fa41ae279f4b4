"""Helpers of the performance tests."""

import json

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext


def post_counting_queries(query: str) -> tuple[dict, int]:
    """POST a query to /graphql/ and return the JSON body and the number of SQL queries."""
    client = Client()
    with CaptureQueriesContext(connection) as queries:
        response = client.post(
            "/graphql/",
            data=json.dumps({"query": query}),
            content_type="application/json",
        )
    return response.json(), len(queries)
