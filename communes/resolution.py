"""A central service as one commune shows it: municipality → district → central.

Free of the API: it speaks the model's field names (the narrative modules of
`ServicePage.MODULES`, "fees", "forms", "online_services", "authorities"); the API maps
them to its names in one place (graphql_schema/types/catalogue.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cached_property

from django.db.models import F, Q
from wagtail.models import PageQuerySet

from catalogue.models import AuthorityPage, ServicePage
from cms.context import (
    depends_on,
    keeps_across_requests,
    prime,
    remembered_across_requests_for,
    remembered_for,
)
from cms.i18n import DEFAULT_LANGUAGE, locale_code
from cms.prepared import PreparedQuery
from cms.visibility import visible_pages, visible_through
from editions.resolution import adaptations_in_edition

from .models import (
    CommuneKind,
    CommunePage,
    CommuneServiceAuthority,
    CommuneServicePage,
    LocalTextMode,
    district_ars,
)

LINK_FIELDS = ("forms", "online_services")
# What a commune can localise, in the order of the service's fields: its narrative
# modules, fees and links, then its responsible offices.
LOCALISABLE_FIELDS = (
    *(
        field.name
        for field in ServicePage._meta.fields
        if field.name in {*ServicePage.NARRATIVE_MODULES, "fees", *LINK_FIELDS}
    ),
    "authorities",
)


COMMUNES_BY_PATH = "communes:path"


_COMMUNES_BY_ARS = PreparedQuery(
    "communes by ARS",
    lambda arses, locale_id: visible_pages(
        CommunePage.objects.filter(ars__in=arses), record=False
    ).filter(locale_id=locale_id),
)


def _visible_communes_by_ars(locale_id: int):
    def load(arses: set[str]) -> dict[str, CommunePage]:
        # The answer depends on these ARS, found or not (a commune published later).
        depends_on(*(f"c:{ars}" for ars in arses))
        # Kept across requests until the next change: communes change rarely, and
        # nearly every answer about a commune starts here (with its district).
        found = remembered_across_requests_for(
            ("communes:ars", locale_id),
            arses,
            lambda missing: {
                page.ars: page for page in _COMMUNES_BY_ARS(sorted(missing), locale_id)
            },
        )
        pages = [page for page in found.values() if page is not None]
        # The same communes by tree path, for finding the commune of a page.
        prime(COMMUNES_BY_PATH, {page.path: page for page in pages})
        return {page.ars: page for page in pages}

    return load


def visible_commune(
    ars: str, locale_id: int, *, with_also: Collection[str] = ()
) -> CommunePage | None:
    """The live, public commune with this ARS (None if there is none), remembered
    per read context and across requests (`remembered_across_requests_for`);
    `with_also` names ARS to load in the same query."""
    return remembered_for(
        ("communes:ars", locale_id),
        ars,
        {ars, *with_also},
        _visible_communes_by_ars(locale_id),
    )


def district_of(
    commune: CommunePage, *, among: Sequence[CommunePage] = ()
) -> CommunePage | None:
    """The district of a municipality, if it is published and public (the visibility
    rule). `among`: communes whose districts are looked up in the same query."""
    if commune.kind != CommuneKind.MUNICIPALITY:
        return None
    others = [district_ars(c.ars) for c in among if c.kind == CommuneKind.MUNICIPALITY]
    district = visible_commune(
        district_ars(commune.ars), commune.locale_id, with_also=others
    )
    return district if district and district.kind == CommuneKind.DISTRICT else None


def commune_layers(commune: CommunePage) -> list[CommunePage]:
    """The communes whose adaptations apply, general → specific (district, then commune)."""
    district = district_of(commune)
    return [district, commune] if district is not None else [commune]


def visible_adaptations(communes: Sequence[CommunePage]) -> PageQuerySet:
    """Published, public adaptations inside the given communes' trees."""
    # Callers record the layers they consult (`resolve_services`).
    return _with_what_resolution_reads(
        _visible_adaptations_in([c.path for c in communes])
    )


def _visible_adaptations_in(paths: Sequence[str]) -> PageQuerySet:
    condition = Q()
    for path in paths:
        condition |= Q(path__startswith=path)
    return visible_pages(CommuneServicePage.objects.filter(condition), record=False)


# Which services some communes adapt: three narrow columns of their visible
# adaptations, in tree order (of two adaptations of one service, the later applies).
_ADAPTED_SERVICES = PreparedQuery(
    "adapted services in communes",
    lambda paths: (
        _visible_adaptations_in(paths)
        .order_by("path")
        .values_list("path", "service_id", "pk")
    ),
)
_ADAPTATIONS_OF = PreparedQuery(
    "adaptations of services in communes",
    lambda paths, service_ids: _visible_adaptations_in(paths).filter(
        service_id__in=service_ids
    ),
)
_ADAPTATIONS_BY_ID = PreparedQuery(
    "adaptations by id",
    lambda ids: visible_pages(
        CommuneServicePage.objects.filter(pk__in=ids), record=False
    ).order_by("path"),
)
# By translation key for services of an edition (adaptations name the German service).
_ADAPTATIONS_OF_TRANSLATED = PreparedQuery(
    "adaptations of translated services in communes",
    lambda paths, service_keys: _with_what_resolution_reads(
        _visible_adaptations_in(paths)
    ).filter(service__translation_key__in=service_keys),
)


def _adaptations_by_service_key(
    layers: Sequence[CommunePage], services: Sequence[ServicePage]
) -> list[tuple[CommuneServicePage, object]]:
    """(adaptation, its service's translation key) for the services in the layers."""
    paths = [layer.path for layer in layers]
    if all(locale_code(page.locale_id) == DEFAULT_LANGUAGE for page in services):
        keys = {page.pk: page.translation_key for page in services}
        # Nothing kept beyond this request: one query, not the read model and then
        # the adaptations by id.
        if not keeps_across_requests():
            return [
                (adaptation, keys[adaptation.service_id])
                for adaptation in _ADAPTATIONS_OF(paths, sorted(keys))
            ]
        ids = sorted(
            {
                adaptation
                for adapted in adapted_services(layers).values()
                for service, adaptation in adapted.items()
                if service in keys
            }
        )
        if not ids:
            return []
        return [
            (adaptation, keys[adaptation.service_id])
            for adaptation in _ADAPTATIONS_BY_ID(ids)
        ]
    service_keys = sorted({page.translation_key for page in services})
    return [
        (adaptation, getattr(adaptation, SERVICE_KEY))
        for adaptation in _ADAPTATIONS_OF_TRANSLATED(paths, service_keys)
    ]


def adapted_services(communes: Sequence[CommunePage]) -> dict[int, dict[int, int]]:
    """Per commune (by id), its visible adaptation of each service it adapts, by
    service id.

    A read model kept across requests until the next change anywhere (cms/context.py):
    finding a service's adaptation among a commune's few hundred pages is then a
    lookup here, and a service no layer adapts costs no query at all. The communes not
    kept yet are read in one query.
    """
    by_pk = {commune.pk: commune for commune in communes}

    def load(pks: set[int]) -> dict[int, dict[int, int]]:
        paths = {by_pk[pk].path: pk for pk in pks}
        adapted: dict[int, dict[int, int]] = {pk: {} for pk in pks}
        for path, service, adaptation in _ADAPTED_SERVICES(sorted(paths)):
            # Communes are never nested: each adaptation lies in one of their trees.
            commune = next(
                pk for prefix, pk in paths.items() if path.startswith(prefix)
            )
            adapted[commune][service] = adaptation
        return adapted

    return remembered_across_requests_for(
        "communes:adapted_services", list(by_pk), load
    )


SERVICE_KEY = "service_translation_key"


def _with_what_resolution_reads(adaptations: PageQuerySet) -> PageQuerySet:
    # Resolution needs the adapted service's translation key only: one column of a
    # join instead of the service's whole page (two tables, every module's text).
    # Their offices are loaded for all layers at once (_attach_visible_offices).
    return adaptations.annotate(**{SERVICE_KEY: F("service__translation_key")})


# Where resolution keeps an adaptation's visible offices, in its order.
VISIBLE_OFFICES = "_visible_offices"
_OFFICE_LINKS = PreparedQuery(
    "visible offices of adaptations",
    lambda ids: (
        CommuneServiceAuthority.objects.filter(
            visible_through("authority"), adaptation_id__in=ids
        )
        .select_related("authority")
        .order_by("sort_order")
    ),
)


def _attach_visible_offices(adaptations: Collection[CommuneServicePage]) -> None:
    """Each adaptation's visible offices, for all of them in one query."""
    offices: dict[int, list[AuthorityPage]] = {a.pk: [] for a in adaptations}
    for link in _OFFICE_LINKS(sorted(offices)):
        offices[link.adaptation_id].append(link.authority)
    for adaptation in adaptations:
        setattr(adaptation, VISIBLE_OFFICES, offices[adaptation.pk])


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

    def __init__(self, page: ServicePage, commune: CommunePage | None = None) -> None:
        self.page = page
        self.commune = commune
        self.layers: list[tuple[CommuneServicePage, CommunePage]] = []
        # The services resolved together with this one: what a list item loads for
        # itself it loads for all of them (editions/fallback.py).
        self.batch: Sequence[ResolvedService] = (self,)
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
        """Names of the fields (LOCALISABLE_FIELDS) whose value is local."""
        names = set().union(*(names for _commune, names in self._localised))
        return [name for name in LOCALISABLE_FIELDS if name in names]

    @cached_property
    def localised_by(self) -> list[CommunePage]:
        """The communes whose adaptations change something, most specific first."""
        return [commune for commune, names in reversed(self._localised) if names]

    @property
    def fields_per_layer(self) -> list[tuple[CommuneServicePage, set[str]]]:
        """Each layer's adaptation with the fields (model names) it sets, general →
        specific."""
        return [
            (adaptation, names)
            for (adaptation, _commune), (_same, names) in zip(
                self.layers, self._localised, strict=True
            )
        ]

    @cached_property
    def _localised(self) -> list[tuple[CommunePage, set[str]]]:
        """Each layer's commune with the fields its adaptation changes."""
        return [
            (commune, self._localised_in(adaptation))
            for adaptation, commune in self.layers
        ]

    @staticmethod
    def replaces(adaptation: CommuneServicePage, field: str) -> bool:
        """Whether the adaptation's own value of `field` (one it sets) replaces what the
        layers below give, rather than adding to it."""
        if field in ServicePage.NARRATIVE_MODULES:
            return adaptation.local_mode(field) == LocalTextMode.REPLACE
        return field not in LINK_FIELDS

    def contributions(self, field: str) -> list[tuple[CommunePage, object, str]]:
        """What each layer's adaptation itself sets for `field` (one of
        LOCALISABLE_FIELDS), general → specific, as (commune, its own value, how it
        applies: a LocalTextMode, "replace" for fees and authorities, "supplement" for
        links). Layers that leave it empty are left out.
        """
        if field not in LOCALISABLE_FIELDS:
            raise ValueError(f"{field} is not a localisable field")
        result = []
        for adaptation, commune in self.layers:
            value, mode = self._local_value(adaptation, field)
            if value:
                result.append((commune, value, mode))
        return result

    def _local_value(self, adaptation, field: str) -> tuple[object, str]:
        if field in ServicePage.NARRATIVE_MODULES:
            return adaptation.local_text(field).strip(), adaptation.local_mode(field)
        if field == "fees":
            return self._local_fees(adaptation), LocalTextMode.REPLACE
        if field in LINK_FIELDS:
            return self._local_links(adaptation, field), LocalTextMode.SUPPLEMENT
        return self._local_authorities(adaptation), LocalTextMode.REPLACE

    def _links(self, name: str) -> list[dict[str, str]]:
        links = ServicePage.link_list(getattr(self.page, name))
        for adaptation, _commune in self.layers:
            links = links + self._local_links(adaptation, name)
        return links

    @staticmethod
    def _local_links(adaptation, name: str) -> list[dict[str, str]]:
        return ServicePage.link_list(getattr(adaptation, f"local_{name}"))

    @staticmethod
    def _local_fees(adaptation) -> list[dict]:
        return [dict(block.value) for block in adaptation.local_fees]

    @staticmethod
    def _local_authorities(adaptation) -> list[AuthorityPage]:
        offices = getattr(adaptation, VISIBLE_OFFICES, None)
        if offices is not None:  # published adaptations: visible offices only
            return offices
        # An admin preview's unsaved state: the offices its editor chose.
        return [link.authority for link in adaptation.authority_links.all()]

    def _localised_in(self, adaptation) -> set[str]:
        return {
            field
            for field in LOCALISABLE_FIELDS
            if self._local_value(adaptation, field)[0]
        }


def resolve_services(
    services: Sequence[ServicePage],
    commune: CommunePage | None,
    *,
    previewed: CommuneServicePage | None = None,
    edition: str | None = None,
) -> list[ResolvedService]:
    """Resolve many services for one commune with a fixed number of queries.

    `previewed` (admin previews only) is an unpublished state of one adaptation in the
    tree of the commune or its district; it takes the place of that layer's published
    adaptation of the same service. `edition`: the language asked for; each layer is
    served in it where its adaptation has a translation, whether or not the central
    service has one (None: the language the services are served in).
    """
    if commune is None:
        return _batched([ResolvedService(page) for page in services])
    layers = commune_layers(commune)
    service_keys = {page.translation_key for page in services}
    _depends_on_layers(service_keys, layers)
    adaptations_by_layer: dict[int, dict] = defaultdict(dict)
    for adaptation, service_key in _adaptations_by_service_key(layers, services):
        layer = next(c for c in reversed(layers) if adaptation.path.startswith(c.path))
        adaptations_by_layer[layer.pk][service_key] = adaptation
    if previewed is not None and previewed.service_id:
        for layer in layers:
            if previewed.path.startswith(layer.path):
                key = previewed.service.translation_key
                adaptations_by_layer[layer.pk][key] = previewed
    # Editions: each layer's adaptation in the language served, where translated.
    adaptations_in_edition(
        adaptations_by_layer,
        edition,
        services,
        lambda: _with_what_resolution_reads(
            visible_pages(CommuneServicePage.objects.all(), record=False)
        ),
    )
    _attach_visible_offices(
        [
            adaptation
            for layer in adaptations_by_layer.values()
            for adaptation in layer.values()
            if adaptation is not previewed
        ]
    )
    resolved = []
    for page in services:
        result = ResolvedService(page, commune)
        for layer in layers:
            local = adaptations_by_layer[layer.pk].get(page.translation_key)
            if local is not None:
                result.apply(local, layer)
        resolved.append(result)
    return _batched(resolved)


def _batched(resolved: list[ResolvedService]) -> list[ResolvedService]:
    for result in resolved:
        result.batch = resolved
    return resolved


# Above this many services, a resolution depends on every layer of its communes
# (`a:<ARS>`) instead of each (service, commune) layer: keeps tag lists short.
MAX_LAYER_TAGS = 16


def layer_tag(service_key: object, ars: str) -> str:
    """The tag of one (service, commune) layer: bumped when an adaptation of the
    service in that commune is published, changed or removed (graphql_schema/cache.py).
    The service by its translation key (the same in every language), shortened: a
    collision costs a needless refresh, never a stale answer."""
    return f"l:{str(service_key)[:8]}:{ars}"


def _depends_on_layers(service_keys: Collection[object], layers) -> None:
    """Record the layers consulted, also where no adaptation exists (yet)."""
    if len(service_keys) > MAX_LAYER_TAGS:
        depends_on(*(f"a:{layer.ars}" for layer in layers))
        return
    depends_on(*(layer_tag(key, layer.ars) for key in service_keys for layer in layers))


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
    district = district_of(commune) if commune is not None else None
    resolved_district = None
    if district is not None:
        (resolved_district,) = resolve_services([service], district)
    return CentralValues(service, central, resolved_district)
