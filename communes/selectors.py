"""Reads of commune data, and the resolution of a central service for one commune."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.db.models import F, Prefetch, Q
from graphene.utils.str_converters import to_camel_case
from wagtail.models import PageQuerySet

from catalogue.models import AuthorityPage, ServicePage
from cms.visibility import PublicCollections, visible_pages

from .models import (
    CommuneKind,
    CommunePage,
    CommuneServiceAuthority,
    CommuneServicePage,
    LocalTextMode,
    district_ars,
)

# The fields a commune can localise, in the order of the API's Service type.
LOCALISABLE_FIELDS = [
    "teaser",
    "fullText",
    "prerequisites",
    "fees",
    "deadlines",
    "processingTime",
    "procedure",
    "forms",
    "onlineServices",
    "furtherInformation",
    "notes",
    "authorities",
]


@dataclass
class ResolvedService:
    """A service as one commune shows it: central text with local values applied."""

    page: ServicePage
    commune: CommunePage | None
    modules: dict[str, str]
    fees: list[dict]
    forms: list[dict[str, str]]
    online_services: list[dict[str, str]]
    authorities: list[AuthorityPage] = field(default_factory=list)
    localised_fields: list[str] = field(default_factory=list)
    localised_by: list[CommunePage] = field(default_factory=list)

    @classmethod
    def central(
        cls,
        page: ServicePage,
        commune: CommunePage | None = None,
        public: PublicCollections | None = None,
    ):
        return cls(
            page=page,
            commune=commune,
            modules={m: page.module_html(m) for m in ServicePage.NARRATIVE_MODULES},
            fees=page.fee_list,
            forms=ServicePage.link_list(page.forms, public),
            online_services=ServicePage.link_list(page.online_services, public),
        )

    def apply(
        self,
        adaptation: CommuneServicePage,
        commune: CommunePage,
        public: PublicCollections | None = None,
    ) -> None:
        """Lay one adaptation over what is resolved so far (call general → specific)."""
        localised: list[str] = []
        for module in ServicePage.NARRATIVE_MODULES:
            local = adaptation.local_text(module).strip()
            if not local:
                continue
            if (
                adaptation.local_mode(module) == LocalTextMode.REPLACE
                or not self.modules[module]
            ):
                self.modules[module] = local
            else:
                separator = " " if module == "teaser" else "\n"
                self.modules[module] = f"{self.modules[module]}{separator}{local}"
            localised.append(module)
        fees = [dict(block.value) for block in adaptation.local_fees]
        if fees:
            self.fees = fees
            localised.append("fees")
        for name in ("forms", "online_services"):
            links = ServicePage.link_list(getattr(adaptation, f"local_{name}"), public)
            if links:
                setattr(self, name, getattr(self, name) + links)
                localised.append(name)
        # The prefetch (visible_adaptations) holds visible authorities only.
        authorities = [link.authority for link in adaptation.authority_links.all()]
        if authorities:
            self.authorities = authorities
            localised.append("authorities")
        if localised:
            names = set(self.localised_fields) | {to_camel_case(n) for n in localised}
            self.localised_fields = sorted(names, key=LOCALISABLE_FIELDS.index)
            # Most specific first: the municipality, then its district.
            self.localised_by.insert(0, commune)


def commune_list(
    *,
    search: str | None = None,
    postcode: str | None = None,
    kind: str | None = None,
    district: CommunePage | None = None,
) -> PageQuerySet:
    """Visible communes by name, postcode, kind or district, alphabetically."""
    queryset = visible_pages(CommunePage.objects.all()).order_by("title", "ars")
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


def commune_by_slug(slug: str) -> CommunePage | None:
    """One visible commune by slug (lookups by ARS go through the CommuneDirectory)."""
    return visible_pages(CommunePage.objects.filter(slug=slug)).order_by("path").first()


def commune_layers(commune: CommunePage) -> list[CommunePage]:
    """The communes whose adaptations apply, general → specific (district, then commune)."""
    district = commune.district
    return [district, commune] if district is not None else [commune]


def visible_adaptations(communes: Sequence[CommunePage]) -> PageQuerySet:
    """Published, public adaptations inside the given communes' trees."""
    condition = Q()
    for commune in communes:
        condition |= Q(path__startswith=commune.path)
    return (
        visible_pages(CommuneServicePage.objects.filter(condition))
        .select_related("service")
        .prefetch_related(
            _authority_links_prefetch(),
        )
    )


def _authority_links_prefetch():
    return Prefetch(
        "authority_links",
        queryset=CommuneServiceAuthority.objects.filter(
            authority__in=visible_pages(AuthorityPage.objects.all())
        )
        .select_related("authority")
        .order_by("sort_order"),
    )


def resolve_services(
    services: Sequence[ServicePage], commune: CommunePage | None
) -> list[ResolvedService]:
    """Resolve many services for one commune with a fixed number of queries."""
    if commune is None:
        public = PublicCollections()
        return [ResolvedService.central(page, public=public) for page in services]
    public = PublicCollections()
    layers = commune_layers(commune)
    service_keys = {page.translation_key for page in services}
    adaptations_by_layer: dict[int, dict] = defaultdict(dict)
    for adaptation in visible_adaptations(layers).filter(
        service__translation_key__in=service_keys
    ):
        layer = next(c for c in reversed(layers) if adaptation.path.startswith(c.path))
        adaptations_by_layer[layer.pk][adaptation.service.translation_key] = adaptation
    resolved = []
    for page in services:
        result = ResolvedService.central(page, commune, public)
        for layer in layers:
            adaptation = adaptations_by_layer[layer.pk].get(page.translation_key)
            if adaptation is not None:
                result.apply(adaptation, layer, public)
        resolved.append(result)
    return resolved


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
    """Adaptations whose central service was published after they were last published.

    Their local texts may refer to a central text that has since changed.
    """
    queryset = CommuneServicePage.objects.live().filter(
        service__last_published_at__gt=F("last_published_at")
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
    from wagtail.models import Page

    from catalogue.models import LifeSituationPage

    from .models import ContentPage

    condition = Q(content_type__in=_content_types(LifeSituationPage, ServicePage))
    if commune is not None:
        condition |= Q(
            content_type__in=_content_types(ContentPage), path__startswith=commune.path
        )
    queryset = visible_pages(Page.objects.filter(condition), locale=locale)
    hits = list(queryset.search(query, order_by_relevance=True)[:limit])
    # One query per page type for all hits, in relevance order.
    specific = Page.objects.filter(pk__in=[hit.pk for hit in hits]).specific().in_bulk()
    return [specific[hit.pk] for hit in hits if hit.pk in specific]


def _content_types(*models):
    from django.contrib.contenttypes.models import ContentType

    return list(ContentType.objects.get_for_models(*models).values())


# Commune roots sit directly below the tree root: depth 2, an 8-character tree path.
COMMUNE_PATH_LENGTH = 8


class CommuneDirectory:
    """The published communes one request needs, each loaded at most once.

    Lookups by ARS or tree path load the commune together with its district in one
    query and remember misses, so the SQL of a request grows with the communes it
    names, not with the platform's few hundred communes or the items it lists.
    """

    def __init__(self) -> None:
        from cms.i18n import default_locale

        self.locale = default_locale()
        self._by_ars: dict[str, CommunePage | None] = {}
        self._by_path: dict[str, CommunePage | None] = {}

    def get(self, ars: str) -> CommunePage | None:
        """The commune with this ARS (its district primed), or None."""
        if ars not in self._by_ars:
            self._load(Q(ars__in=[ars, district_ars(ars)]))
            self._by_ars.setdefault(ars, None)
        return self._by_ars[ars]

    def commune_of(self, page) -> CommunePage | None:
        """The commune whose tree holds `page` (None for central pages)."""
        path = page.path[:COMMUNE_PATH_LENGTH]
        if path not in self._by_path:
            self._load(Q(path=path))
            self._by_path.setdefault(path, None)
        return self._by_path[path]

    def district_of(self, commune: CommunePage) -> CommunePage | None:
        if commune.kind != CommuneKind.MUNICIPALITY:
            return None
        district = self.get(commune.district_ars)
        return district if district and district.kind == CommuneKind.DISTRICT else None

    def prime(self, commune: CommunePage) -> CommunePage:
        """Fill the commune's cached district (no query later)."""
        return self.prime_many([commune])[0]

    def prime_many(self, communes: Sequence[CommunePage]) -> Sequence[CommunePage]:
        """Prime the districts of many communes with one query."""
        for commune in communes:
            self._remember(commune)
        missing = {
            commune.district_ars
            for commune in communes
            if commune.kind == CommuneKind.MUNICIPALITY
            and commune.district_ars not in self._by_ars
        }
        if missing:
            self._load(Q(ars__in=missing))
            for ars in missing:
                self._by_ars.setdefault(ars, None)
        for commune in communes:
            commune.__dict__["district"] = self.district_of(commune)
        return communes

    def _load(self, condition: Q) -> None:
        pages = list(
            visible_pages(CommunePage.objects.filter(condition), locale=self.locale)
        )
        for page in pages:
            self._remember(page)
        for page in pages:
            page.__dict__["district"] = self.district_of(page)

    def _remember(self, page: CommunePage) -> None:
        self._by_ars.setdefault(page.ars, page)
        self._by_path.setdefault(page.path, page)
