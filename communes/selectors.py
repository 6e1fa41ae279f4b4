"""Reads of commune data, and the resolution of a central service for one commune."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from django.db.models import F, Prefetch, Q
from graphene.utils.str_converters import to_camel_case
from wagtail.models import Page, PageQuerySet

from catalogue.models import AuthorityPage, ServicePage
from cms.i18n import default_locale
from cms.visibility import PublicCollections, visible_pages
from editions.resolution import adaptations_in_edition

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


class ResolvedModules(dict):
    """Narrative modules of a resolved service, each resolved on first access."""

    def __init__(self, resolve) -> None:
        super().__init__()
        self._resolve = resolve

    def __missing__(self, module: str) -> str:
        self[module] = value = self._resolve(module)
        return value


class ResolvedService:
    """A service as one commune shows it: central text with local values applied.

    Adaptations are laid over the central text general → specific (district, then
    municipality). Every field is resolved on first use, so a list that asks for titles
    and teasers does not render the modules, fees and links of every service.
    """

    def __init__(
        self,
        page: ServicePage,
        commune: CommunePage | None = None,
        public: PublicCollections | None = None,
    ) -> None:
        self.page = page
        self.commune = commune
        self.public = public or PublicCollections()
        self.layers: list[tuple[CommuneServicePage, CommunePage]] = []
        self.modules = ResolvedModules(self._module)

    def apply(self, adaptation: CommuneServicePage, commune: CommunePage) -> None:
        """Lay one adaptation over what is resolved so far (call general → specific)."""
        self.layers.append((adaptation, commune))

    def _module(self, module: str) -> str:
        text = self.page.module_html(module)
        for adaptation, _commune in self.layers:
            local = adaptation.local_text(module).strip()
            if not local:
                continue
            if adaptation.local_mode(module) == LocalTextMode.REPLACE or not text:
                text = local
            else:
                separator = " " if module == "teaser" else "\n"
                text = f"{text}{separator}{local}"
        return text

    @cached_property
    def fees(self) -> list[dict]:
        fees = self.page.fee_list
        for adaptation, _commune in self.layers:
            fees = self._local_fees(adaptation) or fees
        return fees

    @cached_property
    def forms(self) -> list[dict[str, str]]:
        return self._links("forms")

    @cached_property
    def online_services(self) -> list[dict[str, str]]:
        return self._links("online_services")

    @cached_property
    def authorities(self) -> list[AuthorityPage]:
        authorities: list[AuthorityPage] = []
        for adaptation, _commune in self.layers:
            authorities = self._local_authorities(adaptation) or authorities
        return authorities

    @cached_property
    def localised_fields(self) -> list[str]:
        names = set().union(*(names for _commune, names in self._localised))
        return sorted(
            {to_camel_case(name) for name in names}, key=LOCALISABLE_FIELDS.index
        )

    @cached_property
    def localised_by(self) -> list[CommunePage]:
        """The communes whose adaptations change something, most specific first."""
        return [commune for commune, names in reversed(self._localised) if names]

    @cached_property
    def _localised(self) -> list[tuple[CommunePage, set[str]]]:
        """Each layer's commune with the fields its adaptation changes."""
        return [
            (commune, self._localised_in(adaptation))
            for adaptation, commune in self.layers
        ]

    def contributions(self, field: str) -> list[tuple[CommunePage, object, str]]:
        """What each layer's adaptation itself sets for `field` (a narrative module,
        "fees", "forms", "online_services" or "authorities"), general → specific, as
        (commune, its own value, how it applies: a LocalTextMode, "replace" for fees
        and authorities, "supplement" for links). Layers that leave it empty are left out.
        """
        result = []
        for adaptation, commune in self.layers:
            if field in ServicePage.NARRATIVE_MODULES:
                value = adaptation.local_text(field).strip()
                mode = adaptation.local_mode(field)
            elif field == "fees":
                value, mode = self._local_fees(adaptation), LocalTextMode.REPLACE
            elif field in ("forms", "online_services"):
                value = self._local_links(adaptation, field)
                mode = LocalTextMode.SUPPLEMENT
            elif field == "authorities":
                value = self._local_authorities(adaptation)
                mode = LocalTextMode.REPLACE
            else:
                raise ValueError(f"{field} is not a localisable field")
            if value:
                result.append((commune, value, mode))
        return result

    def _links(self, name: str) -> list[dict[str, str]]:
        links = ServicePage.link_list(getattr(self.page, name), self.public)
        for adaptation, _commune in self.layers:
            links = links + self._local_links(adaptation, name)
        return links

    def _local_links(self, adaptation, name: str) -> list[dict[str, str]]:
        return ServicePage.link_list(getattr(adaptation, f"local_{name}"), self.public)

    @staticmethod
    def _local_fees(adaptation) -> list[dict]:
        return [dict(block.value) for block in adaptation.local_fees]

    @staticmethod
    def _local_authorities(adaptation) -> list[AuthorityPage]:
        # The prefetch (visible_adaptations) holds visible authorities only.
        return [link.authority for link in adaptation.authority_links.all()]

    def _localised_in(self, adaptation) -> set[str]:
        names = {
            module
            for module in ServicePage.NARRATIVE_MODULES
            if adaptation.local_text(module).strip()
        }
        if self._local_fees(adaptation):
            names.add("fees")
        for name in ("forms", "online_services"):
            if self._local_links(adaptation, name):
                names.add(name)
        if self._local_authorities(adaptation):
            names.add("authorities")
        return names


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


def commune_by_slug(slug: str) -> CommunePage | None:
    """One visible commune by slug (lookups by ARS go through the CommuneDirectory)."""
    return (
        visible_pages(CommunePage.objects.filter(slug=slug), locale=default_locale())
        .order_by("path")
        .first()
    )


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
    services: Sequence[ServicePage],
    commune: CommunePage | None,
    *,
    previewed: CommuneServicePage | None = None,
) -> list[ResolvedService]:
    """Resolve many services for one commune with a fixed number of queries.

    `previewed` (admin previews only) is an unpublished state of one adaptation in the
    tree of the commune or its district; it takes the place of that layer's published
    adaptation of the same service.
    """
    if commune is None:
        public = PublicCollections()
        return [ResolvedService(page, public=public) for page in services]
    public = PublicCollections()
    layers = commune_layers(commune)
    service_keys = {page.translation_key for page in services}
    adaptations_by_layer: dict[int, dict] = defaultdict(dict)
    for adaptation in visible_adaptations(layers).filter(
        service__translation_key__in=service_keys
    ):
        layer = next(c for c in reversed(layers) if adaptation.path.startswith(c.path))
        adaptations_by_layer[layer.pk][adaptation.service.translation_key] = adaptation
    if previewed is not None and previewed.service_id:
        for layer in layers:
            if previewed.path.startswith(layer.path):
                key = previewed.service.translation_key
                adaptations_by_layer[layer.pk][key] = previewed
    # Editions: each layer's adaptation in the language served, where translated.
    adaptations_in_edition(
        adaptations_by_layer,
        services,
        visible_pages(CommuneServicePage.objects.all())
        .select_related("service")
        .prefetch_related(_authority_links_prefetch()),
    )
    resolved = []
    for page in services:
        result = ResolvedService(page, commune, public)
        for layer in layers:
            adaptation = adaptations_by_layer[layer.pk].get(page.translation_key)
            if adaptation is not None:
                result.apply(adaptation, layer)
        resolved.append(result)
    return resolved


def commune_owning(page: Page) -> CommunePage | None:
    """The commune whose tree holds `page` (published or not), None for central pages.

    Works for unsaved pages that have their future tree path (Wagtail's create preview).
    """
    if not page.path:
        return None
    return CommunePage.objects.filter(path=page.path[:COMMUNE_PATH_LENGTH]).first()


@dataclass
class CentralValues:
    """What a commune editor adapts: the live central service and, for a municipality,
    its district's live adaptation of it — each as the API resolves it."""

    service: ServicePage
    central: ResolvedService
    district: ResolvedService | None

    def contributions(self, field: str) -> list[tuple[CommunePage, object, str]]:
        """The district's own values for `field` (empty when it leaves it central)."""
        return self.district.contributions(field) if self.district else []


def central_values(service: ServicePage, commune: CommunePage | None) -> CentralValues:
    """The live central service for an adaptation in `commune`, with its district's."""
    (central,) = resolve_services([service], None)
    district = commune.district if commune is not None else None
    resolved_district = None
    if district is not None:
        (resolved_district,) = resolve_services([service], district)
    return CentralValues(service, central, resolved_district)


def visible_service(service_id: object) -> ServicePage | None:
    """The live, public central service with this id (for admin lookups by id)."""
    try:
        pk = int(service_id)
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
