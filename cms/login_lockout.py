"""The admin's login lockout policy, as django-axes callables (see settings and README).

- At an address the account has logged in from before ("known"), only failures from
  that address count: `AXES_FAILURE_LIMIT` of them lock that account at that address.
- At any other address, every failure of the account counts, wherever it came from:
  `AXES_FAILURE_LIMIT` of them lock the account for all unknown addresses, so guessing
  from many addresses is bounded as well.

Both locks end by themselves `AXES_COOLOFF_TIME` after the last counted failure, and
failures during a lock do not extend it. Nobody elsewhere can lock an editor out of the
addresses they work from.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from django.http import HttpRequest

if TYPE_CHECKING:
    from axes.models import AccessBase

# Settings import this module (client_address_settings), so axes is imported lazily.

PAIR = ["username", "ip_address"]

_known_addresses: WeakKeyDictionary[HttpRequest, dict[tuple[str, str], bool]] = (
    WeakKeyDictionary()
)


def _username_and_address(
    request_or_attempt: HttpRequest | AccessBase, credentials: dict | None
) -> tuple[str | None, str | None]:
    from axes.helpers import get_client_username
    from axes.models import AccessBase

    if isinstance(request_or_attempt, AccessBase):
        return request_or_attempt.username, request_or_attempt.ip_address
    username = get_client_username(request_or_attempt, credentials)
    return username, getattr(request_or_attempt, "axes_ip_address", None)


def is_known_address(
    request_or_attempt: HttpRequest | AccessBase, credentials: dict | None = None
) -> bool:
    """Whether the account has logged in successfully from this address before."""
    from axes.models import AccessLog

    username, address = _username_and_address(request_or_attempt, credentials)
    if not username or not address:
        return False
    # axes asks several times per login; one lookup per request and pair is enough.
    cache = (
        _known_addresses.setdefault(request_or_attempt, {})
        if isinstance(request_or_attempt, HttpRequest)
        else {}
    )
    key = (username, address)
    if key not in cache:
        cache[key] = AccessLog.objects.filter(
            username=username, ip_address=address
        ).exists()
    return cache[key]


def lockout_parameters(
    request_or_attempt: HttpRequest | AccessBase, credentials: dict | None = None
) -> list:
    """AXES_LOCKOUT_PARAMETERS: the pair at a known address, else the account."""
    if is_known_address(request_or_attempt, credentials):
        return [PAIR]
    return ["username"]


def client_address_settings(trusted_proxies: int) -> dict:
    """django-axes/ipware settings that find the client behind `trusted_proxies`.

    Each proxy appends the address it was connected from to X-Forwarded-For, so the
    client is the entry `trusted_proxies` from the right; whatever a client wrote into
    the header itself stands further left and is ignored. Without proxies the
    connection's own address counts.
    """
    if trusted_proxies <= 0:
        return {"AXES_IPWARE_META_PRECEDENCE_ORDER": ("REMOTE_ADDR",)}
    return {
        "AXES_IPWARE_META_PRECEDENCE_ORDER": ("HTTP_X_FORWARDED_FOR",),
        # ipware counts the proxies named in the header: all but the nearest one,
        # whose address the app sees as REMOTE_ADDR.
        "AXES_IPWARE_PROXY_COUNT": trusted_proxies - 1,
        "AXES_IPWARE_PROXY_ORDER": "left-most",
        # Take the entry at that position even when a client prepended entries.
        "IPWARE_STRICT": False,
    }
