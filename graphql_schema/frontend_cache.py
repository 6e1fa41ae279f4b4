"""Purging the API's answers at the CDN after a change: by key where the backend can.

Every cacheable GET answer names its tags as surrogate keys (`http_caching.py`); after a
commit, `purge(tags)` asks each configured Wagtail frontend-cache backend to drop the
answers with one of the bumped tags. Backends with `purge_keys` (below) purge by key
when their `PURGE_BY_KEY` is set; every other backend purges the API's URLs
(FRONTEND_CACHE_GRAPHQL_URLS), as a prefix where the CDN is configured so.

- `HTTPBackend` (Varnish with the xkey module): a PURGE request with the keys in an
  `xkey-purge` header (the VCL calls `xkey.purge(req.http.xkey-purge)`).
- `CloudflareBackend`: the purge-by-tag API (`{"tags": [...]}`, 30 per call).
- `FastlyBackend`: the surrogate-key purge API (`Surrogate-Key` header, 256 per call);
  URLs through Fastly's single-URL purge.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.parse import quote, urlsplit
from urllib.request import Request, urlopen

from django.conf import settings
from wagtail import __version__
from wagtail.contrib.frontend_cache.backends import (
    CloudflareBackend as WagtailCloudflareBackend,
)
from wagtail.contrib.frontend_cache.backends import HTTPBackend as WagtailHTTPBackend
from wagtail.contrib.frontend_cache.backends.base import BaseBackend

logger = logging.getLogger("graphql_schema")

USER_AGENT = "Wagtail-frontendcache/" + __version__
TIMEOUT_SECONDS = 5


def purge(tags: Iterable[str]) -> None:
    """Drop the API's answers depending on `tags` at every configured CDN."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import get_backends, purge_urls_from_cache

    keys = sorted(set(tags))
    by_url = {}
    for name, backend in get_backends().items():
        if getattr(backend, "purge_by_key", False):
            try:
                backend.purge_keys(keys)
            except Exception:  # a CDN that fails never fails a save
                logger.exception("Purging keys at %s failed.", name)
        else:
            by_url[name] = backend
    urls = getattr(settings, "FRONTEND_CACHE_GRAPHQL_URLS", None)
    if by_url and urls:
        purge_urls_from_cache(urls, backends=list(by_url))


def _chunks(keys: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for start in range(0, len(keys), size):
        yield keys[start : start + size]


def _send(request: Request, what: str) -> None:
    try:
        with urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            response.read()
    except HTTPError as error:
        logger.error("Could not purge %s: HTTP %s %s", what, error.code, error.reason)
    except URLError as error:
        logger.error("Could not purge %s: %s", what, error.reason)


class HTTPBackend(WagtailHTTPBackend):
    """Wagtail's HTTP PURGE backend, purging by key through Varnish's xkey module
    when `PURGE_BY_KEY` is set."""

    KEYS_PER_REQUEST = 100

    def __init__(self, params: dict[str, Any]) -> None:
        self.purge_by_key = bool(params.pop("PURGE_BY_KEY", False))
        self.location = params["LOCATION"].rstrip("/")
        super().__init__(params)

    def purge_keys(self, keys: Sequence[str]) -> None:
        for chunk in _chunks(keys, self.KEYS_PER_REQUEST):
            request = Request(
                self.location + "/",
                method="PURGE",
                headers={"xkey-purge": " ".join(chunk), "User-Agent": USER_AGENT},
            )
            _send(request, f"keys {' '.join(chunk)} from the HTTP cache")


class CloudflareBackend(WagtailCloudflareBackend):
    """Wagtail's Cloudflare backend, purging by cache tag when `PURGE_BY_KEY` is set
    (Cloudflare's purge by tag)."""

    API_URL = "https://api.cloudflare.com/client/v4"

    def __init__(self, params: dict[str, Any]) -> None:
        self.purge_by_key = bool(params.pop("PURGE_BY_KEY", False))
        self.api_url = params.pop("API_URL", self.API_URL).rstrip("/")
        super().__init__(params)

    def purge_keys(self, keys: Sequence[str]) -> None:
        headers = {"Content-Type": "application/json", "User-Agent": USER_AGENT}
        if self.cloudflare_token:
            headers["Authorization"] = f"Bearer {self.cloudflare_token}"
        else:
            headers["X-Auth-Email"] = self.cloudflare_email
            headers["X-Auth-Key"] = self.cloudflare_api_key
        url = f"{self.api_url}/zones/{self.cloudflare_zoneid}/purge_cache"
        for chunk in _chunks(keys, self.CHUNK_SIZE):
            body = json.dumps({"tags": list(chunk)}).encode()
            request = Request(url, data=body, method="POST", headers=headers)
            _send(request, f"tags {' '.join(chunk)} from Cloudflare")


class FastlyBackend(BaseBackend):
    """Fastly: purge by surrogate key (always), single URLs otherwise."""

    API_URL = "https://api.fastly.com"
    KEYS_PER_REQUEST = 256

    def __init__(self, params: dict[str, Any]) -> None:
        super().__init__(params)
        self.purge_by_key = True
        self.service_id = params["SERVICE_ID"]
        self.api_token = params["API_TOKEN"]
        self.api_url = params.get("API_URL", self.API_URL).rstrip("/")

    def _headers(self) -> dict[str, str]:
        return {"Fastly-Key": self.api_token, "User-Agent": USER_AGENT}

    def purge_keys(self, keys: Sequence[str]) -> None:
        url = f"{self.api_url}/service/{quote(self.service_id)}/purge"
        for chunk in _chunks(keys, self.KEYS_PER_REQUEST):
            headers = {**self._headers(), "Surrogate-Key": " ".join(chunk)}
            request = Request(url, data=b"", method="POST", headers=headers)
            _send(request, f"keys {' '.join(chunk)} from Fastly")

    def purge(self, url: str) -> None:
        parts = urlsplit(url)
        target = f"{self.api_url}/purge/{parts.netloc}{parts.path}"
        request = Request(target, data=b"", method="POST", headers=self._headers())
        _send(request, f"{url} from Fastly")
