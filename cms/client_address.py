"""The address of the client behind the documented proxies (TRUSTED_PROXY_COUNT).

Each trusted proxy appends the address it was connected from to X-Forwarded-For, so the
client is the entry TRUSTED_PROXY_COUNT from the right; whatever a client wrote into the
header itself stands further left and is ignored. Without proxies the connection's own
address counts. The admin's login lockout finds the same address through django-axes
(`cms.login_lockout.client_address_settings`); everything else counts clients here.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def client_address(request: HttpRequest) -> str:
    """The client's address as the trusted proxies report it ("unknown" if none)."""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies > 0:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        entries = [entry.strip() for entry in forwarded.split(",") if entry.strip()]
        if len(entries) >= proxies:
            return entries[-proxies]
    return request.META.get("REMOTE_ADDR") or "unknown"
