"""Search per edition.

German and Leichte Sprache are found through Wagtail's search index (German stemming).
The other editions are searched in their own pages with the PostgreSQL text search
configuration of their language (CONTENT_LANGUAGE_SEARCH_CONFIGS: `english` for
English, `simple` for Upper Sorbian, for which PostgreSQL has no stemmer); services and
life situations not translated yet are found by their German text and served in German.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable

from django.conf import settings
from django.db import connection
from django.db.models import F, Q
from wagtail.models import Locale, Page

from catalogue.models import LifeSituationPage, ServicePage
from cms.visibility import visible_pages

from .languages import source_language

# Per model: the fields searched in an edition, weighted like the search index.
FIELDS = {
    ServicePage: {"keywords": "A", "title": "A", "teaser": "B", "full_text": "C"},
    LifeSituationPage: {"keywords": "A", "title": "A", "teaser": "B"},
}


def search_config(code: str) -> str:
    return getattr(settings, "CONTENT_LANGUAGE_SEARCH_CONFIGS", {}).get(code, "simple")


def uses_search_index(code: str) -> bool:
    """Editions searched through Wagtail's (German) index directly."""
    return search_config(code) == search_config(source_language())


def _edition_hits(query: str, locale: Locale, limit: int) -> list[Page]:
    hits: list[Page] = []
    for model, fields in FIELDS.items():
        queryset = visible_pages(model.objects.all(), locale=locale)
        if connection.vendor == "postgresql":
            from django.contrib.postgres.search import (
                SearchQuery,
                SearchRank,
                SearchVector,
            )

            config = search_config(locale.language_code)
            vectors = [
                SearchVector(name, weight=weight, config=config)
                for name, weight in fields.items()
            ]
            vector = functools.reduce(operator.add, vectors)
            search = SearchQuery(query, config=config, search_type="websearch")
            queryset = (
                queryset.annotate(search_score=SearchRank(vector, search))
                .filter(search_score__gt=0)
                .order_by(F("search_score").desc())
            )
        else:  # SQLite in development: words anywhere in title or teaser
            condition = Q()
            for word in query.split():
                condition &= Q(title__icontains=word) | Q(teaser__icontains=word)
            queryset = queryset.filter(condition)
        hits.extend(queryset[:limit])
    hits.sort(key=lambda page: getattr(page, "search_score", 0), reverse=True)
    return hits[:limit]


def edition_search(
    query: str,
    locale: Locale,
    german_search: Callable[[Locale], list[Page]],
    limit: int,
) -> list[Page]:
    """Hits for `query` in `locale`: its own pages first, then German pages that have no
    translation into it. `german_search(locale)` runs the index search in a locale."""
    german = german_search(Locale.objects.get(language_code=source_language()))
    if locale.pk is None or locale.language_code == source_language():
        return german  # no page in that edition yet
    if uses_search_index(locale.language_code):
        own = german_search(locale)
    else:
        own = _edition_hits(query, locale, limit)
    # German pages whose published translation did not match are not shown in German.
    translated = set(
        visible_pages(
            Page.objects.filter(
                translation_key__in=[page.translation_key for page in german]
            ),
            locale=locale,
        ).values_list("translation_key", flat=True)
    )
    rest = [page for page in german if page.translation_key not in translated]
    return (own + rest)[:limit]
