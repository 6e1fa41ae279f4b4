"""Reads of commune data: communes, their offices, adapted services, reports, search.

How a service is resolved for a commune lives in `resolution.py`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from django.db.models import F, OuterRef, Q, Subquery
from django.db.models.functions import Length, Substr
from wagtail.models import Page, PageQuerySet

from catalogue.models import AuthorityPage, ServicePage
from cms.context import remembered_for
from cms.i18n import default_locale
from cms.pages import ancestor_paths
from cms.visibility import visible_pages

from .models import CommuneKind, CommunePage, CommuneServicePage, district_ars
from .resolution import (
    COMMUNES_BY_PATH,
    CentralValues,
    ResolvedService,
    central_values,
    commune_layers,
    resolve_services,
    visible_adaptations,
    visible_commune,
)

# Resolution is its own module; these names stay importable from here for the admin.
__all__ = [
    "CentralValues",
    "ResolvedService",
    "adapted_services",
    "authorities_of",
    "catalogue_search",
    "central_values",
    "commune_by_ars",
    "commune_by_slug",
    "commune_list",
    "commune_name_of_page",
    "commune_of",
    "commune_owning",
    "outdated_adaptations",
    "resolve_services",
    "visible_service",
]


def commune_list(
    *,
    search: str | None = None,
    postcode: str | None = None,
    kind: str | None = None,
    district: CommunePage | None = None,
) -> PageQuerySet:
    """Visible communes by name, postcode, kind or district, alphabetically."""
    # The commune roots of the editions (hsb, …) are translations, not communes.
    queryset = visible_pages(
        CommunePage.objects.all(), locale=default_locale()
    ).order_by("title", "ars")
    if search:
        queryset = queryset.filter(
            Q(title__icontains=search) | Q(slug__icontains=search)
        )
    if postcode:
        # Postcodes are stored as space-separated five-digit codes, so a five-digit
        # substring can only match a whole code.
        queryset = queryset.filter(postcodes__contains=postcode)
    if kind:
        queryset = queryset.filter(kind=kind)
    if district is not None:
        queryset = queryset.filter(
            kind=CommuneKind.MUNICIPALITY, ars__startswith=district.ars[:5]
        )
    return queryset


def commune_name_of_page() -> Subquery:
    """Annotation: the title of the commune whose tree holds the page (None: catalogue)."""
    return Subquery(
        CommunePage.objects.filter(
            path=Substr(OuterRef("path"), 1, Length("path"))
        ).values("title")[:1]
    )


def commune_by_slug(slug: str) -> CommunePage | None:
    """One visible commune by slug."""
    return (
        visible_pages(CommunePage.objects.filter(slug=slug), locale=default_locale())
        .order_by("path")
        .first()
    )


def commune_owning(page: Page) -> CommunePage | None:
    """The commune whose tree holds `page` (published or not), None for central pages.

    Works for unsaved pages that have their future tree path (Wagtail's create preview).
    """
    if not page.path:
        return None
    paths = [*ancestor_paths(page.path), page.path]
    return CommunePage.objects.filter(path__in=paths).first()


def visible_service(service_id: object) -> ServicePage | None:
    """The live, public central service with this id (for admin lookups by id)."""
    try:
        pk = int(str(service_id))
    except (TypeError, ValueError):
        return None
    return visible_pages(ServicePage.objects.filter(pk=pk)).first()


def adapted_services(commune: CommunePage) -> PageQuerySet:
    """Central services that the commune or its district adapted, in tree order."""
    service_ids = visible_adaptations(commune_layers(commune)).values("service_id")
    return visible_pages(ServicePage.objects.filter(pk__in=service_ids)).order_by(
        "path"
    )


def authorities_of(communes: Sequence[CommunePage]) -> dict[int, list[AuthorityPage]]:
    """Visible authorities inside each commune's tree, in tree order, in one query."""
    condition = Q()
    for commune in communes:
        condition |= Q(path__startswith=commune.path)
    result: dict[int, list[AuthorityPage]] = defaultdict(list)
    if not communes:
        return result
    for authority in visible_pages(AuthorityPage.objects.filter(condition)).order_by(
        "path"
    ):
        owner = next(c for c in communes if authority.path.startswith(c.path))
        result[owner.pk].append(authority)
    return result


def outdated_adaptations(commune: CommunePage | None = None) -> PageQuerySet:
    """Live adaptations whose central service has been published in another revision
    than the one they were last published or checked against.

    Their local texts may refer to a central text that has since changed.
    """
    queryset = CommuneServicePage.objects.live().filter(
        Q(central_revision__isnull=True)
        | ~Q(central_revision=F("service__live_revision")),
        service__live=True,
    )
    if commune is not None:
        queryset = queryset.descendant_of(commune)
    return queryset.select_related("service").order_by("path")


def catalogue_search(
    query: str, *, locale, commune: CommunePage | None = None, limit: int = 20
) -> list:
    """Full-text search, best match first: life situations and services, plus the
    commune's own content pages when a commune is given.

    On PostgreSQL this uses the German text search configuration, so word forms match
    ("Geburtsurkunden" finds "Geburtsurkunde"); keywords weigh most, then titles and
    teasers, then module texts.
    """
    from catalogue.models import LifeSituationPage

    from .models import ContentPage

    # One search per page type: searching Page would rank the index entries of every
    # page type (tens of thousands of adaptations and offices) before filtering.
    querysets = [LifeSituationPage.objects.all(), ServicePage.objects.all()]
    if commune is not None:
        querysets.append(ContentPage.objects.filter(path__startswith=commune.path))
    hits = []
    for queryset in querysets:
        results = visible_pages(queryset, locale=locale).search(
            query, order_by_relevance=True
        )
        hits.extend(results.annotate_score("search_score")[:limit])
    hits.sort(key=lambda page: page.search_score, reverse=True)
    return hits[:limit]


def commune_by_ars(ars: str) -> CommunePage | None:
    """The visible commune with this ARS, loaded with its district in one query and
    remembered per read context."""
    return visible_commune(ars, default_locale().pk, with_also=[district_ars(ars)])


def _visible_communes_by_path(paths: set[str]) -> dict[str, CommunePage]:
    pages = visible_pages(CommunePage.objects.filter(path__in=paths))
    return {page.path: page for page in pages}


def commune_of(page: Page, *, among: Sequence[Page] = ()) -> CommunePage | None:
    """The visible commune whose tree holds `page` (None for central pages), with the
    communes of the pages `among` looked up in the same query."""
    # The tree root itself is never a commune; communes lie below it.
    paths = ancestor_paths(page.path)[1:]
    batch = {path for other in among for path in ancestor_paths(other.path)[1:]}
    batch.update(paths)
    for path in paths:
        commune = remembered_for(
            COMMUNES_BY_PATH, path, batch, _visible_communes_by_path
        )
        if commune is not None:
            return commune
    return None
