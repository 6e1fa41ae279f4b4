"""Object types of the public catalogue API (see shared/api-contract.graphql)."""

from __future__ import annotations

from dataclasses import dataclass

import graphene
from wagtail.images import get_image_model

from catalogue.models import AuthorityPage, LifeSituationPage
from catalogue.selectors import (
    children_of_many,
    life_situations_of_services,
    parents_of_many,
    service_list,
    services_of_life_situations,
)
from cms.i18n import locale_code
from cms.visibility import PublicCollections, is_media_visible
from communes import selectors as communes
from communes.models import CommunePage
from editions.fallback import (
    available_locales,
    resolved_fallback_fields,
    untranslated_fields,
)

from . import arguments
from .batching import Batch, single
from .errors import NotFound
from .images import Image


class Audience(graphene.Enum):
    """Who a life situation or service is for."""

    CITIZENS = "citizens"
    BUSINESSES = "businesses"


class CommuneKind(graphene.Enum):
    """The kind of local authority."""

    MUNICIPALITY = "municipality"
    CITY = "city"
    DISTRICT = "district"


def _url(page, info) -> str | None:
    return page.get_full_url(info.context) if page else None


def request_cache(info) -> dict:
    """Per-request memo for data every resolver of a request may need."""
    request = info.context
    if not hasattr(request, "_catalogue_api_cache"):
        request._catalogue_api_cache = {}
    return request._catalogue_api_cache


def public_collections(info) -> PublicCollections:
    """Which collections are public, looked up at most once per request."""
    return request_cache(info).setdefault("collections", PublicCollections())


def images_by_id(pages, field: str) -> dict:
    """The images a list of pages points at, in one query."""
    ids = {getattr(page, f"{field}_id") for page in pages} - {None}
    return get_image_model().objects.in_bulk(ids) if ids else {}


def directory(info) -> communes.CommuneDirectory:
    """The published communes this request looks up, each loaded once."""
    cache = request_cache(info)
    if "communes" not in cache:
        cache["communes"] = communes.CommuneDirectory()
    return cache["communes"]


def commune_for(ars: str | None, info) -> CommunePage | None:
    """The commune a `commune` argument names: None if not given, NOT_FOUND if unknown."""
    if ars is None:
        return None
    commune = directory(info).get(arguments.ars_arg(ars))
    if commune is None:
        raise NotFound(f"No commune with ARS {ars} is published on this platform.")
    return commune


@dataclass
class LifeSituationNode:
    page: LifeSituationPage
    batch: Batch
    commune: CommunePage | None = None


def life_situation_nodes(pages, commune=None) -> list[LifeSituationNode]:
    pages = list(pages)
    batch = Batch(items=pages)
    return [LifeSituationNode(page, batch, commune) for page in pages]


def grouped_life_situation_nodes(
    groups: dict[int, list[LifeSituationPage]], commune
) -> dict[int, list[LifeSituationNode]]:
    """Nodes for several lists of pages that share one batch (for nested fields)."""
    batch = Batch(items=[page for pages in groups.values() for page in pages])
    return {
        key: [LifeSituationNode(page, batch, commune) for page in pages]
        for key, pages in groups.items()
    }


def service_nodes(pages, commune=None) -> list[ServiceNode]:
    pages = list(pages)
    batch = Batch(items=pages)
    return [
        ServiceNode(resolved, batch)
        for resolved in communes.resolve_services(pages, commune)
    ]


def grouped_service_nodes(
    groups: dict[int, list], commune
) -> dict[int, list[ServiceNode]]:
    """Resolve the services of several lists at once, sharing one batch."""
    unique = {page.pk: page for pages in groups.values() for page in pages}
    nodes = {node.page.pk: node for node in service_nodes(unique.values(), commune)}
    return {key: [nodes[page.pk] for page in pages] for key, pages in groups.items()}


@dataclass
class ServiceNode:
    resolved: communes.ResolvedService
    batch: Batch

    @property
    def page(self):
        return self.resolved.page


class Fee(graphene.ObjectType):
    """One fee: fixed amount, a range (amount … amountMax), or null when it varies."""

    description = graphene.String(required=True, description="What the fee is for.")
    amount = graphene.Float(description="Null when the amount depends on the case.")
    amount_max = graphene.Float(description="Upper bound when the fee is a range.")
    currency = graphene.String(
        required=True, description="ISO 4217 currency code, e.g. EUR."
    )

    @staticmethod
    def from_block(value: dict) -> Fee:
        return Fee(
            description=value.get("description", ""),
            amount=float(value["amount"]) if value.get("amount") is not None else None,
            amount_max=(
                float(value["amount_max"])
                if value.get("amount_max") is not None
                else None
            ),
            currency=value.get("currency") or "EUR",
        )


class Link(graphene.ObjectType):
    """A titled link (law, form, online service)."""

    title = graphene.String(required=True, description="Link text.")
    url = graphene.String(
        required=True, description="Absolute URL (documents by their public URL)."
    )


class Authority(graphene.ObjectType):
    """An office: address, contact and opening hours."""

    id = graphene.ID(required=True, description="Id of the authority page.")
    name = graphene.String(required=True, description="Name of the office.")
    address = graphene.String(
        description="Postal address, street and town on separate lines."
    )
    phone = graphene.String(description="Phone number.")
    email = graphene.String(description="E-mail address.")
    website = graphene.String(description="Website URL.")
    opening_hours = graphene.String(description="One line per weekday and time span.")
    commune = graphene.Field(
        lambda: Commune, description="Null for state-level offices."
    )

    @staticmethod
    def resolve_id(page: AuthorityPage, info):
        return page.pk

    @staticmethod
    def resolve_name(page: AuthorityPage, info):
        return page.title

    @staticmethod
    def resolve_opening_hours(page: AuthorityPage, info):
        return page.opening_hours_text or None

    @staticmethod
    def resolve_commune(page: AuthorityPage, info):
        return directory(info).commune_of(page)

    @staticmethod
    def resolve_address(page, info):
        return page.address or None

    @staticmethod
    def resolve_phone(page, info):
        return page.phone or None

    @staticmethod
    def resolve_email(page, info):
        return page.email or None

    @staticmethod
    def resolve_website(page, info):
        return page.website or None


class LifeSituation(graphene.ObjectType):
    """A life situation of the central catalogue (e.g. „Geburt eines Kindes“)."""

    id = graphene.ID(required=True, description="Id of the life situation page.")
    slug = graphene.String(
        required=True, description="URL slug, unique among its siblings."
    )
    title = graphene.String(
        required=True, description="Title, e.g. „Geburt eines Kindes“."
    )
    url = graphene.String(description="Public URL on the portal.")
    locale = graphene.String(required=True, description="The locale actually served.")
    available_locales = graphene.List(
        graphene.NonNull(graphene.String),
        required=True,
        description="Language codes of the published editions, German first.",
    )
    fallback_fields = graphene.List(
        graphene.NonNull(graphene.String),
        required=True,
        description="Fields served in German because the served edition has no "
        "translation of them yet (empty when `locale` is German).",
    )
    teaser = graphene.String(
        description="One or two sentences for overviews (plain text)."
    )
    body = graphene.String(description="HTML.")
    audience = graphene.Field(Audience, description="Citizens or businesses.")
    keywords = graphene.List(
        graphene.NonNull(graphene.String),
        required=True,
        description="Synonyms citizens search for.",
    )
    image = graphene.Field(Image, description="Picture or icon for tiles.")
    parent = graphene.Field(
        lambda: LifeSituation,
        description="The enclosing life situation; null for a top-level one.",
    )
    children = graphene.List(
        graphene.NonNull(lambda: LifeSituation),
        required=True,
        description="Sub-situations in editor order.",
    )
    services = graphene.List(
        graphene.NonNull(lambda: Service),
        required=True,
        commune=graphene.String(description="ARS; defaults to the enclosing query's."),
        description="Ordered as editors ordered them; resolved for a commune if known.",
    )

    @staticmethod
    def resolve_id(node: LifeSituationNode, info):
        return node.page.pk

    @staticmethod
    def resolve_slug(node, info):
        return node.page.slug

    @staticmethod
    def resolve_title(node, info):
        return node.page.title

    @staticmethod
    def resolve_url(node, info):
        return _url(node.page, info)

    @staticmethod
    def resolve_locale(node, info):
        return locale_code(node.page.locale_id)

    @staticmethod
    def resolve_available_locales(node, info):
        return available_locales(node.page)

    @staticmethod
    def resolve_fallback_fields(node, info):
        return untranslated_fields(node.page)

    @staticmethod
    def resolve_teaser(node, info):
        return node.page.teaser

    @staticmethod
    def resolve_body(node, info):
        return node.page.body_html

    @staticmethod
    def resolve_audience(node, info):
        return node.page.audience

    @staticmethod
    def resolve_keywords(node, info):
        return node.page.keyword_list

    @staticmethod
    def resolve_image(node, info):
        images = node.batch.load("images", lambda pages: images_by_id(pages, "image"))
        image = images.get(node.page.image_id)
        return image if is_media_visible(image, public_collections(info)) else None

    @staticmethod
    def resolve_parent(node, info):
        def load(pages):
            parents = parents_of_many(pages)
            nodes = grouped_life_situation_nodes(
                {pk: [parent] for pk, parent in parents.items()}, node.commune
            )
            return {pk: group[0] for pk, group in nodes.items()}

        return node.batch.load("parent", load).get(node.page.pk)

    @staticmethod
    def resolve_children(node, info):
        def load(pages):
            return grouped_life_situation_nodes(children_of_many(pages), node.commune)

        return node.batch.load("children", load).get(node.page.pk, [])

    @staticmethod
    def resolve_services(node, info, commune=None):
        target = commune_for(commune, info) if commune is not None else node.commune

        def load(pages):
            return grouped_service_nodes(services_of_life_situations(pages), target)

        key = f"services:{target.pk if target else ''}"
        return node.batch.load(key, load).get(node.page.pk, [])


class Service(graphene.ObjectType):
    """A service description, resolved for one commune when a commune is known."""

    id = graphene.ID(required=True, description="Id of the central service page.")
    leika_key = graphene.String(required=True, description="14-digit LeiKa key.")
    slug = graphene.String(
        required=True, description="URL slug of the central service."
    )
    title = graphene.String(
        required=True, description="Title, e.g. „Personalausweis beantragen“."
    )
    url = graphene.String(
        description="Public URL of the central service on the portal."
    )
    locale = graphene.String(required=True, description="The locale actually served.")
    available_locales = graphene.List(
        graphene.NonNull(graphene.String),
        required=True,
        description="Language codes of the published editions, German first.",
    )
    fallback_fields = graphene.List(
        graphene.NonNull(graphene.String),
        required=True,
        description="Fields served in German because the served edition has no "
        "translation of them yet (empty when `locale` is German).",
    )
    audience = graphene.Field(Audience, description="Citizens or businesses.")
    teaser = graphene.String(description="Short text (plain text); may be local.")
    full_text = graphene.String(description="HTML, as every narrative module below.")
    prerequisites = graphene.String(
        description="Who may apply and under which conditions (HTML)."
    )
    required_documents = graphene.List(
        graphene.NonNull(graphene.String),
        required=True,
        description="Documents to bring or upload, one per item.",
    )
    fees = graphene.List(
        graphene.NonNull(Fee),
        required=True,
        description="Fees; a commune's local fee schedule replaces the central one.",
    )
    deadlines = graphene.String(description="Deadlines (HTML).")
    processing_time = graphene.String(description="Usual processing time (HTML).")
    procedure = graphene.String(description="Steps of the procedure (HTML).")
    legal_basis = graphene.List(
        graphene.NonNull(Link),
        required=True,
        description="Laws and regulations, linked to the official text.",
    )
    forms = graphene.List(
        graphene.NonNull(Link),
        required=True,
        description="Forms: central first, then the district's and the commune's.",
    )
    online_services = graphene.List(
        graphene.NonNull(Link),
        required=True,
        description="Online services: central first, then local ones.",
    )
    further_information = graphene.String(description="Further information (HTML).")
    notes = graphene.String(description="Notes, e.g. fee exemptions (HTML).")
    keywords = graphene.List(
        graphene.NonNull(graphene.String),
        required=True,
        description="Synonyms citizens search for.",
    )
    life_situations = graphene.List(
        graphene.NonNull(LifeSituation),
        required=True,
        description="Life situations that list this service, in tree order.",
    )
    last_reviewed = graphene.String(
        description="ISO date of the last editorial review."
    )
    next_review = graphene.String(description="ISO date by which it is reviewed again.")
    commune = graphene.Field(
        lambda: Commune, description="The commune it is resolved for; null for central."
    )
    authorities = graphene.List(
        graphene.NonNull(Authority),
        required=True,
        description="Responsible offices for that commune (empty without one).",
    )
    localised_fields = graphene.List(
        graphene.NonNull(graphene.String),
        required=True,
        description="Names of the fields above whose value is local.",
    )
    localised_by = graphene.List(
        graphene.NonNull(lambda: Commune),
        required=True,
        description="The commune and/or district that supplied local values, "
        "most specific first.",
    )

    @staticmethod
    def resolve_id(node: ServiceNode, info):
        return node.page.pk

    @staticmethod
    def resolve_leika_key(node, info):
        return node.page.leika_key

    @staticmethod
    def resolve_slug(node, info):
        return node.page.slug

    @staticmethod
    def resolve_title(node, info):
        return node.page.title

    @staticmethod
    def resolve_url(node, info):
        return _url(node.page, info)

    @staticmethod
    def resolve_locale(node, info):
        return locale_code(node.page.locale_id)

    @staticmethod
    def resolve_available_locales(node, info):
        return available_locales(node.page)

    @staticmethod
    def resolve_fallback_fields(node, info):
        return resolved_fallback_fields(node.resolved)

    @staticmethod
    def resolve_audience(node, info):
        return node.page.audience

    @staticmethod
    def resolve_required_documents(node, info):
        return node.page.required_document_list

    @staticmethod
    def resolve_fees(node, info):
        return [Fee.from_block(value) for value in node.resolved.fees]

    @staticmethod
    def resolve_legal_basis(node, info):
        links = node.page.link_list(node.page.legal_basis, public_collections(info))
        return [Link(**link) for link in links]

    @staticmethod
    def resolve_forms(node, info):
        return [Link(**link) for link in node.resolved.forms]

    @staticmethod
    def resolve_online_services(node, info):
        return [Link(**link) for link in node.resolved.online_services]

    @staticmethod
    def resolve_keywords(node, info):
        return node.page.keyword_list

    @staticmethod
    def resolve_life_situations(node, info):
        def load(pages):
            return grouped_life_situation_nodes(
                life_situations_of_services(pages), node.resolved.commune
            )

        return node.batch.load("life_situations", load).get(node.page.pk, [])

    @staticmethod
    def resolve_last_reviewed(node, info):
        reviewed = node.page.last_reviewed
        return reviewed.isoformat() if reviewed else None

    @staticmethod
    def resolve_next_review(node, info):
        review = node.page.next_review
        return review.isoformat() if review else None

    @staticmethod
    def resolve_commune(node, info):
        return node.resolved.commune

    @staticmethod
    def resolve_authorities(node, info):
        return node.resolved.authorities

    @staticmethod
    def resolve_localised_fields(node, info):
        return node.resolved.localised_fields

    @staticmethod
    def resolve_localised_by(node, info):
        return node.resolved.localised_by


def _module_resolver(module: str):
    def resolve(node: ServiceNode, info):
        return node.resolved.modules[module] or None

    return staticmethod(resolve)


for _module in (
    "teaser",
    "full_text",
    "prerequisites",
    "deadlines",
    "processing_time",
    "procedure",
    "further_information",
    "notes",
):
    setattr(Service, f"resolve_{_module}", _module_resolver(_module))


class LifeSituationList(graphene.ObjectType):
    """One page of life situations and how many there are in all."""

    total_count = graphene.Int(
        required=True, description="How many items match, across all pages."
    )
    items = graphene.List(
        graphene.NonNull(LifeSituation),
        required=True,
        description="The items of the requested page (limit/offset).",
    )


class ServiceList(graphene.ObjectType):
    """One page of services and how many there are in all."""

    total_count = graphene.Int(
        required=True, description="How many items match, across all pages."
    )
    items = graphene.List(
        graphene.NonNull(Service),
        required=True,
        description="The items of the requested page (limit/offset).",
    )


class Commune(graphene.ObjectType):
    """A commune on the platform: municipality, independent city or district."""

    id = graphene.ID(required=True, description="Id of the commune root page.")
    ars = graphene.String(required=True, description="Amtlicher Regionalschlüssel.")
    name = graphene.String(
        required=True, description="Official name, e.g. „Landkreis Meißen“."
    )
    slug = graphene.String(required=True, description="URL slug of the commune root.")
    kind = graphene.Field(
        CommuneKind,
        required=True,
        description="Municipality, independent city or district.",
    )
    district = graphene.Field(
        lambda: Commune, description="For a MUNICIPALITY, its district."
    )
    coat_of_arms = graphene.Field(Image, description="The commune's coat of arms.")
    postcodes = graphene.List(
        graphene.NonNull(graphene.String),
        required=True,
        description="Five-digit postcodes of the area.",
    )
    url = graphene.String(description="Root URL of the commune's site.")
    address = graphene.String()
    phone = graphene.String()
    email = graphene.String()
    website = graphene.String()
    authorities = graphene.List(
        graphene.NonNull(Authority),
        required=True,
        description="Published offices of the commune, in tree order.",
    )
    services = graphene.Field(
        graphene.NonNull(ServiceList),
        life_situation=graphene.String(description="Slug of a life situation."),
        limit=graphene.Int(default_value=20),
        offset=graphene.Int(default_value=0),
        description="Services this commune or its district adapted, resolved for it.",
    )

    @staticmethod
    def resolve_id(commune: CommunePage, info):
        return commune.pk

    @staticmethod
    def resolve_name(commune, info):
        return commune.title

    @staticmethod
    def resolve_coat_of_arms(commune, info):
        batch = getattr(commune, "api_batch", None) or single(commune)
        images = batch.load("images", lambda pages: images_by_id(pages, "coat_of_arms"))
        image = images.get(commune.coat_of_arms_id)
        return image if is_media_visible(image, public_collections(info)) else None

    @staticmethod
    def resolve_district(commune, info):
        return directory(info).district_of(commune)

    @staticmethod
    def resolve_postcodes(commune, info):
        return commune.postcode_list

    @staticmethod
    def resolve_url(commune, info):
        return _url(commune, info)

    @staticmethod
    def resolve_authorities(commune, info):
        batch = getattr(commune, "api_batch", None) or single(commune)
        return batch.load("authorities", communes.authorities_of)[commune.pk]

    @staticmethod
    def resolve_services(commune, info, life_situation=None, limit=20, offset=0):
        from catalogue.selectors import life_situation_by

        limit, offset = arguments.pagination_args(limit, offset)
        services = communes.adapted_services(commune)
        if life_situation is not None:
            situation = life_situation_by(locale=commune.locale, slug=life_situation)
            if situation is None:
                return ServiceList(total_count=0, items=[])
            in_situation = service_list(locale=commune.locale, life_situation=situation)
            services = services.filter(pk__in=in_situation.values("pk"))
        return ServiceList(
            total_count=services.count(),
            items=service_nodes(services[offset : offset + limit], commune),
        )


class CommuneList(graphene.ObjectType):
    """One page of communes and how many there are in all."""

    total_count = graphene.Int(
        required=True, description="How many items match, across all pages."
    )
    items = graphene.List(
        graphene.NonNull(Commune),
        required=True,
        description="The items of the requested page (limit/offset).",
    )


class SearchHit(graphene.ObjectType):
    """One search result."""

    kind = graphene.String(
        required=True, description='"service", "lifeSituation" or "page".'
    )
    title = graphene.String(required=True, description="Title of the hit.")
    url = graphene.String(description="Public URL of the hit.")
    teaser = graphene.String(description="Short text of the hit (plain text).")
    service = graphene.Field(
        Service, description="The service, resolved for the commune if one was given."
    )
    life_situation = graphene.Field(
        LifeSituation, description="The life situation, for kind lifeSituation."
    )
