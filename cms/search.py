"""The search backend: Wagtail's database backend, which picks the engine's own full-text
search, with SQLite's scores turned round to rank like PostgreSQL's (cms/compat.py)."""

from __future__ import annotations

from wagtail.search.backends import database


def SearchBackend(params: dict):  # noqa: N802  (the name Wagtail looks up)
    backend = database.SearchBackend(params)
    if type(backend).__name__ == "SQLiteSearchBackend":
        from cms.compat import ranked_sqlite_search_backend

        return ranked_sqlite_search_backend(params)
    return backend
