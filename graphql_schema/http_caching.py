"""HTTP caching of GraphQL answers: who may keep them, ETag and 304 for a CDN."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified

from . import preview
from .request import state_of


def http_caching(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """Cache-Control for every answer; ETag and 304 for public GET answers.

    Only complete, error-free GET answers without a preview token are public.
    """
    if response.get("Content-Type", "").startswith("text/html"):
        return response  # GraphiQL
    if preview.is_private(request):
        response["Cache-Control"] = "private, no-store"
        return response
    if response.has_header("Cache-Control"):
        return response  # a refusal that must not be cached
    public = (
        request.method == "GET"
        and response.status_code == 200
        and not state_of(request).had_errors
    )
    if not public:
        response["Cache-Control"] = "no-store"
        return response
    etag = '"' + hashlib.sha256(response.content).hexdigest()[:32] + '"'
    if etag in request.headers.get("If-None-Match", ""):
        not_modified = HttpResponseNotModified()
        not_modified["ETag"] = etag
        return not_modified
    response["ETag"] = etag
    response["Cache-Control"] = f"public, max-age={settings.GRAPHQL_HTTP_MAX_AGE}"
    response["Vary"] = "Accept-Encoding, Origin"
    return response
