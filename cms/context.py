"""One read context per request: what a request looks up once and then reuses.

The GraphQL view opens it around each request and the CMS's own portal preview around
its rendering (`read_context()`); everything public reads may share goes through it —
the hidden subtrees of the visibility rule, the public collections, locales, the
communes a request names and the related data of listed pages. Outside a context
(management commands, shells, admin views) every lookup reads fresh data.

A contextvar, not a thread-local or a signal handler: it is set and reset by the code
that opens it, so nothing leaks into the next request of the same thread.

What every request needs and only a change of the page tree, the Sites, the locales,
a restriction or a publication alters (the hidden subtrees, the locales, the Sites'
root paths, the communes by ARS, which services each commune adapts) is also kept
across requests (`remembered_across_requests`) while the context's `version` is the
same: the API sets it from its response cache, whose sequence number every such change
raises (graphql_schema/cache.py). Without a version it is read per request.

Process caches that remain, each safe because its answer cannot change while the
process runs: parsed and validated queries per text and limit settings
(graphql_schema/validation.py), cost estimates per text and list sizes
(graphql_schema/cost.py), normalised query texts and whether a text names a preview
token (graphql_schema/cache.py, preview.py), the persisted-query manifest per path and
modification time (graphql_schema/persisted.py) and the portal preview registry built
from hooks at start (cms/pages.py).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from threading import Lock
from typing import Any, TypeVar

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)


class ReadContext:
    """Values and keyed lookups of one request, each computed at most once."""

    def __init__(self) -> None:
        self._values: dict[Hashable, Any] = {}
        self._keyed: dict[Hashable, dict[Hashable, Any]] = {}
        # What the answer was computed from (graphql_schema/cache.py): dependency tags
        # and the pages whose data went into it (id → model label, for the coarse
        # fallback of answers with many pages).
        self.tags: set[str] = set()
        self.pages: dict[int, str] = {}
        # Nothing that `remembered_across_requests` keeps changed while it stays the
        # same; None: nothing is kept across requests.
        self.version: Hashable | None = None

    def value(self, key: Hashable, compute: Callable[[], T]) -> T:
        if key not in self._values:
            self._values[key] = compute()
        return self._values[key]

    def keyed(
        self,
        namespace: Hashable,
        key: K,
        batch: Collection[K],
        load: Callable[[set[K]], Mapping[K, Any]],
    ) -> Any:
        """The value of `key`; on a miss, every key of `batch` not known yet is loaded
        in one call (misses are remembered as None)."""
        known = self._keyed.setdefault(namespace, {})
        if key not in known:
            missing = {k for k in batch if k not in known} | {key}
            loaded = load(missing)
            for k in missing:
                known[k] = loaded.get(k)
        return known[key]

    def prime(self, namespace: Hashable, values: Mapping[Hashable, Any]) -> None:
        """Remember values of `namespace` that another lookup loaded already."""
        self._keyed.setdefault(namespace, {}).update(values)

    def depends_on_pages(self, pages: Iterable[Any]) -> None:
        for page in pages:
            self.pages[page.pk] = page._meta.label_lower


_current: ContextVar[ReadContext | None] = ContextVar("read_context", default=None)


@contextmanager
def read_context() -> Iterator[ReadContext]:
    """Open a read context for the code inside (reuses an open one)."""
    context = _current.get()
    if context is not None:
        yield context
        return
    context = ReadContext()
    token = _current.set(context)
    try:
        yield context
    finally:
        _current.reset(token)


def remembered(key: Hashable, compute: Callable[[], T]) -> T:
    """`compute()`, once per read context (every time outside one)."""
    context = _current.get()
    return compute() if context is None else context.value(key, compute)


class _AcrossRequests:
    """Values of `remembered_across_requests`, all of one version."""

    def __init__(self) -> None:
        self.lock = Lock()
        self.version: Hashable | None = None
        self.values: dict[Hashable, Any] = {}

    def get(self, version: Hashable, key: Hashable) -> Any:
        with self.lock:
            if self.version != version:
                return _MISSING
            return self.values.get(key, _MISSING)

    def put(self, version: Hashable, key: Hashable, value: Any) -> None:
        with self.lock:
            if self.version != version:
                # Versions are compared, not ordered: a request that read an older
                # one may replace newer values, which the next request computes again.
                self.version, self.values = version, {}
            self.values[key] = value


_across = _AcrossRequests()
_MISSING: Any = object()


def remembered_across_requests(key: Hashable, compute: Callable[[], T]) -> T:
    """`remembered`, and kept for later read contexts of the same `version`; the
    value must not be changed by its users."""
    context = _current.get()
    if context is None:
        return compute()
    version = context.version
    if version is None:
        return context.value(key, compute)

    def shared() -> T:
        value = _across.get(version, key)
        if value is _MISSING:
            value = compute()
            _across.put(version, key, value)
        return value

    return context.value(key, shared)


def remembered_across_requests_for(
    namespace: Hashable, keys: Collection[K], load: Callable[[set[K]], Mapping[K, Any]]
) -> dict[K, Any]:
    """The value of each key, each kept across requests like
    `remembered_across_requests`; the keys not kept yet are loaded in one `load` call
    (a key it does not return is kept as None)."""
    context = _current.get()
    version = None if context is None else context.version
    if version is None:
        loaded = load(set(keys))
        return {key: loaded.get(key) for key in keys}
    found = {key: _across.get(version, (namespace, key)) for key in keys}
    missing = {key for key, value in found.items() if value is _MISSING}
    if missing:
        loaded = load(missing)
        for key in missing:
            found[key] = loaded.get(key)
            _across.put(version, (namespace, key), found[key])
    return found


def keeps_across_requests() -> bool:
    """Whether `remembered_across_requests` keeps values beyond this read context."""
    context = _current.get()
    return context is not None and context.version is not None


def remembered_for(
    namespace: Hashable,
    key: K,
    batch: Collection[K],
    load: Callable[[set[K]], Mapping[K, Any]],
) -> Any:
    """The value `load` gives for `key`, loaded together with the rest of `batch`
    and remembered per read context (outside one, loaded for `key` alone)."""
    context = _current.get()
    if context is None:
        return load({key}).get(key)
    return context.keyed(namespace, key, batch, load)


def prime(namespace: Hashable, values: Mapping[Hashable, Any]) -> None:
    """Remember keyed values for the rest of the read context (nothing outside one)."""
    context = _current.get()
    if context is not None:
        context.prime(namespace, values)


def depends_on(*tags: str) -> None:
    """Record that the answer being computed depends on `tags` (nothing outside a
    read context). Tags: `m:<model>` membership of a model's lists, `c:<ARS>` the
    commune with that ARS, `l:<service>:<ARS>` one (service, commune) layer of the
    resolution, `a:<ARS>` every layer of a commune; see graphql_schema/cache.py."""
    context = _current.get()
    if context is not None:
        context.tags.update(tags)


def depends_on_pages(pages: Iterable[Any]) -> None:
    """Record that the data of `pages` went into the answer being computed."""
    context = _current.get()
    if context is not None:
        context.depends_on_pages(pages)


def current() -> ReadContext | None:
    """The open read context, if any."""
    return _current.get()
