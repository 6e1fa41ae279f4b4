"""Reads of the central catalogue: for the public API (all through the visibility rule)
and for the admin (what an editor may choose)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.db.models import F, Q, QuerySet
from django.db.models.functions import Substr
from wagtail.models import GroupPagePermission, Locale, Page, PageQuerySet

from cms.context import depends_on
from cms.i18n import DEFAULT_LANGUAGE, best_translations, get_locale, source_locale
from cms.prepared import PreparedQuery
from cms.visibility import restricted_q, visible_pages, visible_through

from .models import (
    CatalogueRootPage,
    LifeSituationPage,
    LifeSituationService,
    ServicePage,
)


def life_situation_list(
    *, locale: Locale, audience: str | None = None, top_level_only: bool = False
) -> PageQuerySet:
    """Visible life situations in tree order (the order editors gave them)."""
    queryset = visible_pages(
        LifeSituationPage.objects.all(), locale=source_locale(locale)
    ).order_by("path")
    if audience:
        queryset = queryset.filter(audience=audience)
    if top_level_only:
        queryset = queryset.filter(depth=top_level_depth())
    return queryset


def top_level_depth() -> int:
    """Tree depth of top-level life situations (children of the life situations index)."""
    from .models import LifeSituationIndexPage

    index = LifeSituationIndexPage.objects.order_by("depth").first()
    return index.depth + 1 if index else 0


def life_situation_by(
    *, locale: Locale, id: int | None = None, slug: str | None = None
) -> LifeSituationPage | None:
    """One visible life situation by id or slug, in `locale` or else in German."""
    queryset = visible_pages(LifeSituationPage.objects.all())
    if id is not None:
        page = queryset.filter(pk=id).first()
        if page is None:
            return None
        translation = visible_pages(
            LifeSituationPage.objects.filter(translation_key=page.translation_key),
            locale=locale,
        ).first()
        return translation or page
    return _by_slug(queryset, slug, locale)


def _first_by(model, **lookups) -> PreparedQuery:
    """The first visible page of `model` (in tree order) matching `lookups`, whose
    values are the query's arguments in order. Callers record what the answer depends
    on (the page found, or the list when it was not found in the locale asked for)."""
    names = list(lookups)

    def build(*values):
        return (
            visible_pages(model.objects.all(), record=False)
            .filter(**dict(zip(names, values, strict=True)))
            .order_by("path")[:1]
        )

    return PreparedQuery(f"first {model.__name__} by {', '.join(names)}", build)


# By locale id, not language code: a join less to plan (planning these multi-table
# queries takes PostgreSQL longer than running them).
_LIFE_SITUATION_BY_SLUG = _first_by(LifeSituationPage, slug=str, locale_id=int)
_SERVICE_BY_SLUG = _first_by(ServicePage, slug=str, locale_id=int)
_SERVICE_BY_LEIKA_KEY = _first_by(ServicePage, leika_key=str, locale_id=int)


def _first(query: PreparedQuery, value: str, language_code: str):
    """The first page `query` finds for `value` in the locale of `language_code`."""
    locale_id = get_locale(language_code).pk
    if locale_id is None:  # a configured language without content yet
        return None
    rows = query(value, locale_id)
    return rows[0] if rows else None


def _by_slug(queryset: PageQuerySet, slug: str | None, locale: Locale):
    query = (
        _SERVICE_BY_SLUG
        if queryset.model is ServicePage
        else _LIFE_SITUATION_BY_SLUG
        if queryset.model is LifeSituationPage
        else None
    )
    if query is None or slug is None:
        candidates = queryset.filter(slug=slug).order_by("path")
        return candidates.filter(
            locale__language_code=locale.language_code
        ).first() or _fallback(
            candidates.filter(locale__language_code=DEFAULT_LANGUAGE).first(), locale
        )
    return _first(query, slug, locale.language_code) or _fallback(
        _first(query, slug, DEFAULT_LANGUAGE)
        if locale.language_code != DEFAULT_LANGUAGE
        else None,
        locale,
    )


def _fallback(page, locale: Locale):
    """A German page, swapped for its visible translation in `locale` if there is one."""
    if page is None or locale.language_code == DEFAULT_LANGUAGE:
        return page
    translations = best_translations(type(page), [page.translation_key], locale)
    return translations.get(page.translation_key, page)


def service_list(
    *,
    locale: Locale,
    life_situation: LifeSituationPage | None = None,
    audience: str | None = None,
    search: str | None = None,
):
    """Visible services: tree order, the life situation's order, or best match first."""
    queryset = visible_pages(ServicePage.objects.all(), locale=source_locale(locale))
    if audience:
        queryset = queryset.filter(audience=audience)
    if life_situation is not None:
        queryset = queryset.filter(
            life_situation_links__life_situation__translation_key=(
                life_situation.translation_key
            ),
            life_situation_links__life_situation__locale=source_locale(locale),
        ).order_by("life_situation_links__sort_order", "path")
    else:
        queryset = queryset.order_by("path")
    if search:
        return queryset.search(search, order_by_relevance=True)
    return queryset


def page_window(queryset, offset: int, limit: int) -> list:
    """One window of an ordered page list.

    The order is settled on ids alone and only the window's rows are read in full:
    sorting whole service rows (every module's text) grew with the catalogue.
    """
    if not isinstance(queryset, QuerySet):  # search results are ranked by the backend
        return list(queryset[offset : offset + limit])
    ids = list(queryset.values_list("pk", flat=True)[offset : offset + limit])
    rows = {page.pk: page for page in queryset.order_by().filter(pk__in=ids)}
    return [rows[pk] for pk in ids if pk in rows]


def service_by(
    *,
    locale: Locale,
    leika_key: str | None = None,
    id: int | None = None,
    slug: str | None = None,
) -> ServicePage | None:
    """One visible service by LeiKa key, id or slug, in `locale` or else in German.

    Found by its key in `locale`, the answer depends on that page only (the page's
    nodes record it, cms/context.py); otherwise on the list of services, which a
    publish may change (a translation or the service itself appearing)."""
    queryset = visible_pages(ServicePage.objects.all(), record=False)
    if leika_key is not None:
        page = _first(_SERVICE_BY_LEIKA_KEY, leika_key, locale.language_code)
        if page is not None:
            return page
        depends_on(f"m:{ServicePage._meta.label_lower}")
        return _fallback(
            _first(_SERVICE_BY_LEIKA_KEY, leika_key, DEFAULT_LANGUAGE)
            if locale.language_code != DEFAULT_LANGUAGE
            else None,
            locale,
        )
    depends_on(f"m:{ServicePage._meta.label_lower}")
    if id is not None:
        return _fallback(queryset.filter(pk=id).first(), locale)
    return _by_slug(queryset, slug, locale)


def _links_through(relation: str, model: type[Page]) -> Q:
    """The visibility rule through `relation`; the answer depends on which pages of
    `model` are visible (their list's membership, for the response cache)."""
    depends_on(f"m:{model._meta.label_lower}")
    return visible_through(relation)


_SERVICE_LINKS = PreparedQuery(
    "visible services of life situations",
    lambda ids: (
        LifeSituationService.objects.filter(life_situation_id__in=ids)
        .filter(_links_through("service", ServicePage))
        .select_related("service")
        .order_by("life_situation_id", "sort_order")
    ),
)
_LIFE_SITUATION_LINKS = PreparedQuery(
    "visible life situations of services",
    lambda ids: (
        LifeSituationService.objects.filter(service_id__in=ids)
        .filter(_links_through("life_situation", LifeSituationPage))
        .select_related("life_situation")
        .order_by("life_situation__path")
    ),
)


def services_of_life_situations(
    life_situations: Iterable[LifeSituationPage],
) -> dict[int, list[ServicePage]]:
    """Each life situation's visible services in editor order, fetched in one query."""
    links = _SERVICE_LINKS(sorted({page.pk for page in life_situations}))
    services: dict[int, list[ServicePage]] = defaultdict(list)
    for link in links:
        services[link.life_situation_id].append(link.service)
    return services


def life_situations_of_services(
    services: Iterable[ServicePage],
) -> dict[int, list[LifeSituationPage]]:
    """For each service, the visible life situations that list it, in tree order."""
    links = _LIFE_SITUATION_LINKS(sorted({page.pk for page in services}))
    result: dict[int, list[LifeSituationPage]] = defaultdict(list)
    for link in links:
        result[link.service_id].append(link.life_situation)
    return result


def children_of_many(
    pages: Iterable[LifeSituationPage],
) -> dict[int, list[LifeSituationPage]]:
    """Visible sub-situations of many life situations, in tree order, in one query."""
    by_path = {page.path: page.pk for page in pages}
    if not by_path:
        return {}
    step = LifeSituationPage.steplen
    children = visible_pages(
        LifeSituationPage.objects.annotate(
            parent_path=Substr("path", 1, (F("depth") - 1) * step)
        ).filter(parent_path__in=list(by_path))
    ).order_by("path")
    result: dict[int, list[LifeSituationPage]] = defaultdict(list)
    for child in children:
        result[by_path[child.path[:-step]]].append(child)
    return result


def parents_of_many(
    pages: Iterable[LifeSituationPage],
) -> dict[int, LifeSituationPage]:
    """The visible parent life situation of each page (top-level ones have none)."""
    pages = list(pages)
    step = LifeSituationPage.steplen
    parents = {
        parent.path: parent
        for parent in visible_pages(
            LifeSituationPage.objects.filter(
                path__in={page.path[:-step] for page in pages}
            )
        )
    }
    return {
        page.pk: parents[page.path[:-step]]
        for page in pages
        if page.path[:-step] in parents
    }


def choosable_pages_q(user) -> Q | None:
    """The pages `user` may pick in the admin's page chooser (None: any page).

    Their own trees, drafts included (where their groups hold page permissions), and
    the central catalogue's live, public pages: a commune never sees another commune's
    pages, and the central team works in the catalogue only.
    """
    if user.is_superuser:
        return None
    own_roots = set(
        GroupPagePermission.objects.filter(group__user=user).values_list(
            "page__path", flat=True
        )
    )
    own = Q(pk__in=[])
    for path in own_roots:
        own |= Q(path__startswith=path)
    central = Q(pk__in=[])
    for path in CatalogueRootPage.objects.values_list("path", flat=True):
        central |= Q(path__startswith=path)
    return own | (central & Q(live=True) & ~restricted_q())
