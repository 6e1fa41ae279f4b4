"""Persisted queries: Apollo's Automatic Persisted Queries protocol and a safelist.

A client sends `extensions.persistedQuery.sha256Hash` instead of the query text, so a GET
URL stays short and a CDN can cache it. An unknown hash is answered with
PERSISTED_QUERY_NOT_FOUND; the client then sends query and hash once, the server checks
that the hash is the query's and remembers it. Queries of a committed manifest file
(`GRAPHQL_PERSISTED_QUERIES_FILE`) are always known; with
`GRAPHQL_PERSISTED_QUERIES_ONLY` they are the only ones that run.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest

from cms.client_address import client_address

from . import errors
from .errors import RequestRefused
from .validation import query_errors

KEY_PREFIX = "graphql-persisted:"
HASH_RE = re.compile(r"[0-9a-f]{64}")

NOT_FOUND = errors.PERSISTED_QUERY_NOT_FOUND
HASH_MISMATCH = errors.PERSISTED_QUERY_HASH_MISMATCH
NOT_IN_LIST = errors.PERSISTED_QUERY_NOT_IN_LIST
REFUSED = errors.PERSISTED_QUERY_REFUSED
BAD_USER_INPUT = errors.BAD_USER_INPUT
REGISTRATIONS_KEY = "graphql-persisted-registrations:"


def query_hash(query: str) -> str:
    return hashlib.sha256(query.encode("utf-8")).hexdigest()


def requested_hash(extensions: object) -> str | None:
    """The sha256 hash a request's `extensions` name, None when they name none."""
    if extensions is None or extensions == "":
        return None
    if isinstance(extensions, str):
        try:
            extensions = json.loads(extensions)
        except ValueError:
            raise RequestRefused(
                "extensions must be a JSON object.", BAD_USER_INPUT
            ) from None
    if not isinstance(extensions, dict):
        raise RequestRefused("extensions must be a JSON object.", BAD_USER_INPUT)
    persisted = extensions.get("persistedQuery")
    if persisted is None:
        return None
    if not isinstance(persisted, dict):
        raise RequestRefused(
            "extensions.persistedQuery must be an object.", BAD_USER_INPUT
        )
    version = persisted.get("version")
    if type(version) is not int or version != 1:
        raise RequestRefused(
            "Unsupported persisted query version: only version 1 is supported.",
            BAD_USER_INPUT,
        )
    digest = persisted.get("sha256Hash")
    if not isinstance(digest, str) or not HASH_RE.fullmatch(digest.lower()):
        raise RequestRefused(
            "extensions.persistedQuery.sha256Hash must be 64 hexadecimal characters.",
            BAD_USER_INPUT,
        )
    return digest.lower()


# Process cache, safe: keyed by the file's path and modification time, so an edited
# manifest is read again.
@functools.lru_cache(maxsize=4)
def _read_manifest(path: str, _modified: float) -> dict[str, str]:
    try:
        with open(path, encoding="utf-8") as file:
            content = json.load(file)
    except (OSError, ValueError) as error:
        raise ImproperlyConfigured(
            f"GRAPHQL_PERSISTED_QUERIES_FILE {path!r} cannot be read: {error}"
        ) from error
    # Apollo's persisted query manifest, or Relay's plain {"id": "query text"} map.
    if isinstance(content, dict) and isinstance(content.get("operations"), list):
        pairs = [(op.get("id"), op.get("body")) for op in content["operations"]]
    elif isinstance(content, dict):
        pairs = list(content.items())
    else:
        pairs = [(None, None)]
    if not all(isinstance(body, str) for _id, body in pairs):
        raise ImproperlyConfigured(
            f"GRAPHQL_PERSISTED_QUERIES_FILE {path!r} is neither an Apollo persisted "
            'query manifest nor a {"id": "query"} map.'
        )
    queries = {query_hash(body): body for _id, body in pairs}
    queries.update({_id: body for _id, body in pairs if isinstance(_id, str)})
    return queries


def manifest() -> dict[str, str]:
    """Hash → query text of the committed manifest (empty when none is configured)."""
    path = settings.GRAPHQL_PERSISTED_QUERIES_FILE
    if not path:
        return {}
    try:
        modified = os.stat(path).st_mtime
    except OSError:
        modified = 0.0  # reported by _read_manifest
    return _read_manifest(str(path), modified)


def stored_query(digest: str) -> str | None:
    query = manifest().get(digest)
    if query is None and not settings.GRAPHQL_PERSISTED_QUERIES_ONLY:
        query = cache.get(KEY_PREFIX + digest)
    return query


def register(request: HttpRequest, digest: str, query: str) -> None:
    """Remember a query under its hash: only a query that could run, only so many.

    A registration is refused (PERSISTED_QUERY_REFUSED) when the query is larger than
    GRAPHQL_PERSISTED_QUERY_MAX_BYTES, does not parse, validate and pass the limits, or
    when its client has registered GRAPHQL_PERSISTED_REGISTRATIONS_PER_HOUR already.
    """
    size = len(query.encode("utf-8"))
    if size > settings.GRAPHQL_PERSISTED_QUERY_MAX_BYTES:
        raise RequestRefused(
            f"A persisted query may be at most "
            f"{settings.GRAPHQL_PERSISTED_QUERY_MAX_BYTES} bytes, this one has {size}.",
            REFUSED,
        )
    if query_errors(query):
        raise RequestRefused(
            "Only queries that run can be registered: send this one without a hash "
            "to see its errors.",
            REFUSED,
        )
    if cache.get(KEY_PREFIX + digest) is not None:
        return  # known already: a re-registration costs nothing
    counter = REGISTRATIONS_KEY + client_address(request)
    try:
        count = cache.incr(counter)
    except ValueError:  # the first registration of this hour
        cache.set(counter, 1, 60 * 60)
        count = 1
    if count and count > settings.GRAPHQL_PERSISTED_REGISTRATIONS_PER_HOUR:
        raise RequestRefused(
            "Too many persisted queries registered from this address; send the query "
            "text instead or try again in an hour.",
            REFUSED,
            status=429,
        )
    # Not tied to the response cache's version: a query text never goes stale.
    cache.set(KEY_PREFIX + digest, query, settings.GRAPHQL_PERSISTED_QUERY_SECONDS)


def with_persisted_query(request: HttpRequest, data: dict) -> dict:
    """The request's parameters with the query a persisted-query hash stands for."""
    extensions = request.GET.get("extensions") or data.get("extensions")
    query = request.GET.get("query") or data.get("query")
    resolved = resolve_query(request, extensions, query)
    if resolved is query:
        return data
    return {**data, "query": resolved}


def resolve_query(request: HttpRequest, extensions: object, query: object) -> object:
    """The query a request runs: the one it sent, or the one stored under its hash.

    Registers a sent query under its hash (after checking the hash and the query), and
    refuses queries outside the manifest when only persisted queries may run.
    """
    digest = requested_hash(extensions)
    only = settings.GRAPHQL_PERSISTED_QUERIES_ONLY
    if digest is None:
        if only and isinstance(query, str) and query_hash(query) not in manifest():
            raise RequestRefused(
                "Only persisted queries are accepted; this one is not registered.",
                NOT_IN_LIST,
            )
        return query
    if query is None or query == "":
        query = stored_query(digest)
        if query is None:
            # Apollo clients expect this exact message with HTTP 200, then resend the
            # query together with its hash.
            raise RequestRefused("PersistedQueryNotFound", NOT_FOUND, status=200)
        return query
    if not isinstance(query, str):
        return query  # refused by the view as malformed
    if query_hash(query) != digest:
        raise RequestRefused(
            "The sha256Hash in extensions.persistedQuery is not the hash of the query.",
            HASH_MISMATCH,
        )
    if digest not in manifest():
        if only:
            raise RequestRefused(
                "Only persisted queries are accepted; this one is not registered.",
                NOT_IN_LIST,
            )
        register(request, digest, query)
    return query
