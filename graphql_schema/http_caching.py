"""HTTP caching of GraphQL answers: who may keep them, ETag and 304, surrogate keys.

Public answers name what they were computed from (graphql_schema/cache.py) in the
headers the common CDNs read, so a change purges exactly them (frontend_cache.py):
`Surrogate-Key` (Fastly, space separated), `Cache-Tag` (Cloudflare, comma separated),
`xkey` (Varnish's xkey module, space separated) and, when configured, `Edge-Cache-Tag`
(Akamai, comma separated). GRAPHQL_SURROGATE_KEY_HEADERS chooses them.
"""

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
    surrogate_keys(response, state_of(request).cache_tags)
    return response


# How each header separates its keys.
SEPARATORS = {
    "surrogate-key": " ",
    "xkey": " ",
    "cache-tag": ",",
    "edge-cache-tag": ",",
}


def surrogate_keys(response: HttpResponse, tags: list[str] | None) -> None:
    """The answer's tags in the configured CDN headers (none if it has no tags)."""
    if not tags:
        return
    for header in settings.GRAPHQL_SURROGATE_KEY_HEADERS:
        separator = SEPARATORS.get(header.lower(), " ")
        response[header] = separator.join(tags)
