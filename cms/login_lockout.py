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

from axes.helpers import get_client_username
from axes.models import AccessBase, AccessLog
from django.http import HttpRequest

PAIR = ["username", "ip_address"]


def _username_and_address(
    request_or_attempt: HttpRequest | AccessBase, credentials: dict | None
) -> tuple[str | None, str | None]:
    if isinstance(request_or_attempt, AccessBase):
        return request_or_attempt.username, request_or_attempt.ip_address
    username = get_client_username(request_or_attempt, credentials)
    return username, getattr(request_or_attempt, "axes_ip_address", None)


def is_known_address(
    request_or_attempt: HttpRequest | AccessBase, credentials: dict | None = None
) -> bool:
    """Whether the account has logged in successfully from this address before."""
    username, address = _username_and_address(request_or_attempt, credentials)
    if not username or not address:
        return False
    cache = getattr(request_or_attempt, "_lebenslagen_known_addresses", None)
    if cache is None:
        cache = {}
        if isinstance(request_or_attempt, HttpRequest):
            request_or_attempt._lebenslagen_known_addresses = cache
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
