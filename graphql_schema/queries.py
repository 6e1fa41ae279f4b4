"""Root fields of the catalogue API, registered into grapple's schema."""

from __future__ import annotations

import graphene

from catalogue import selectors as catalogue
from catalogue.models import LifeSituationPage, ServicePage
from cms.i18n import with_translations
from communes import selectors as communes
from editions.search import edition_search

from . import arguments
from .errors import BadUserInput
from .preview import previewed_page
from .types import (
    Audience,
    Commune,
    CommuneKind,
    CommuneList,
    LifeSituation,
    LifeSituationList,
    SearchHit,
    Service,
    ServiceList,
)
from .types.nodes import (
    commune_node,
    commune_nodes,
    life_situation_nodes,
    service_nodes,
)

LOCALE_HELP = (
    "Language code of an edition (de, de-x-ls for Leichte Sprache, en, hsb); missing "
    "translations fall back to German."
)


PREVIEW_TOKEN_HELP = (
    "Token from the admin's headless preview: returns that page's previewed draft. "
    "Valid for one page and a limited time; any other lookup argument must match it."
)


def preview_of(info, token: str, model, **lookups):
    """The previewed draft the token grants, if every given lookup matches that page."""
    page = previewed_page(info.context, token, model)
    if page is None:
        return None
    for name, value in lookups.items():
        if value is not None and getattr(page, "pk" if name == "id" else name) != value:
            return None
    return page


def _enum_value(value):
    return getattr(value, "value", value)


def search_hits(pages, commune, info, edition: str | None = None) -> list[SearchHit]:
    """Search results of any kind; services and life situations resolved in bulk
    (services in `edition`, the language asked for)."""
    from communes.models import ContentPage

    services = {
        node.page.pk: node
        for node in service_nodes(
            [page for page in pages if isinstance(page, ServicePage)],
            commune,
            edition,
        )
    }
    situations = {
        node.page.pk: node
        for node in life_situation_nodes(
            [page for page in pages if isinstance(page, LifeSituationPage)],
            commune,
            edition,
        )
    }
    hits = []
    for page in pages:
        url = page.get_full_url(info.context)
        if isinstance(page, ServicePage):
            node = services[page.pk]
            hits.append(
                SearchHit(
                    kind="service",
                    title=page.title,
                    url=url,
                    teaser=node.resolved.modules["teaser"],
                    service=node,
                )
            )
        elif isinstance(page, LifeSituationPage):
            hits.append(
                SearchHit(
                    kind="lifeSituation",
                    title=page.title,
                    url=url,
                    teaser=page.teaser,
                    life_situation=situations[page.pk],
                )
            )
        else:
            teaser = page.intro if isinstance(page, ContentPage) else ""
            hits.append(
                SearchHit(kind="page", title=page.title, url=url, teaser=teaser)
            )
    return hits


class CatalogueQuery(graphene.ObjectType):
    """Entry points of the catalogue API."""

    life_situations = graphene.Field(
        graphene.NonNull(LifeSituationList),
        locale=graphene.String(default_value="de", description=LOCALE_HELP),
        audience=Audience(),
        top_level_only=graphene.Boolean(default_value=False),
        limit=graphene.Int(default_value=20, description="1–100."),
        offset=graphene.Int(default_value=0),
        description="Central life situations, ordered as editors ordered them in the tree.",
    )
    life_situation = graphene.Field(
        LifeSituation,
        id=graphene.ID(),
        slug=graphene.String(),
        locale=graphene.String(default_value="de", description=LOCALE_HELP),
        commune=graphene.String(
            description="ARS; resolves its services for this commune."
        ),
        preview_token=graphene.String(description=PREVIEW_TOKEN_HELP),
        description="One life situation by slug or id.",
    )
    services = graphene.Field(
        graphene.NonNull(ServiceList),
        locale=graphene.String(default_value="de", description=LOCALE_HELP),
        life_situation=graphene.String(description="Slug of a life situation."),
        audience=Audience(),
        search=graphene.String(description="Full-text search, best match first."),
        commune=graphene.String(description="ARS; each item is resolved for it."),
        limit=graphene.Int(default_value=20, description="1–100."),
        offset=graphene.Int(default_value=0),
        description="Services, filterable; with `commune`, resolved for that commune.",
    )
    service = graphene.Field(
        Service,
        leika_key=graphene.String(),
        id=graphene.ID(),
        slug=graphene.String(),
        locale=graphene.String(default_value="de", description=LOCALE_HELP),
        commune=graphene.String(description="ARS; resolves the service for it."),
        preview_token=graphene.String(description=PREVIEW_TOKEN_HELP),
        description="One service by LeiKa key, id or slug.",
    )
    communes = graphene.Field(
        graphene.NonNull(CommuneList),
        search=graphene.String(description="Part of the name."),
        postcode=graphene.String(description="Five-digit postcode."),
        kind=CommuneKind(),
        district=graphene.String(description="ARS of a district: its municipalities."),
        limit=graphene.Int(default_value=20, description="1–100."),
        offset=graphene.Int(default_value=0),
        description="Communes on the platform, alphabetically.",
    )
    catalogue_search = graphene.List(
        graphene.NonNull(SearchHit),
        required=True,
        query=graphene.String(required=True, description="What the citizen typed."),
        commune=graphene.String(description="ARS; also searches the commune's pages."),
        locale=graphene.String(default_value="de", description=LOCALE_HELP),
        limit=graphene.Int(default_value=20, description="1–100."),
        description="Full-text search over life situations and services (and the "
        "commune's own pages with `commune`), best match first, in German with its "
        "word forms.",
    )
    commune = graphene.Field(
        Commune,
        ars=graphene.String(),
        slug=graphene.String(),
        description="One commune by ARS or slug.",
    )

    @staticmethod
    def resolve_life_situations(
        root, info, locale="de", audience=None, top_level_only=False, limit=20, offset=0
    ):
        locale_obj = arguments.locale_arg(locale)
        limit, offset = arguments.pagination_args(limit, offset)
        queryset = catalogue.life_situation_list(
            locale=locale_obj,
            audience=_enum_value(audience),
            top_level_only=top_level_only,
        )
        pages = with_translations(queryset[offset : offset + limit], locale_obj)
        return LifeSituationList(
            total_count=queryset.count(),
            items=life_situation_nodes(pages, None, locale_obj.language_code),
        )

    @staticmethod
    def resolve_life_situation(
        root, info, id=None, slug=None, locale="de", commune=None, preview_token=None
    ):
        locale_obj = arguments.locale_arg(locale)
        if preview_token is None:
            arguments.one_of(id=id, slug=slug)
        target = arguments.commune_arg(commune)
        page_id = arguments.id_arg(id) if id is not None else None
        if preview_token is not None:
            page = preview_of(
                info, preview_token, LifeSituationPage, id=page_id, slug=slug
            )
        else:
            page = catalogue.life_situation_by(locale=locale_obj, id=page_id, slug=slug)
        if page is None:
            return None
        return life_situation_nodes([page], target, locale_obj.language_code)[0]

    @staticmethod
    def resolve_services(
        root,
        info,
        locale="de",
        life_situation=None,
        audience=None,
        search=None,
        commune=None,
        limit=20,
        offset=0,
    ):
        locale_obj = arguments.locale_arg(locale)
        limit, offset = arguments.pagination_args(limit, offset)
        target = arguments.commune_arg(commune)
        situation = None
        if life_situation is not None:
            situation = catalogue.life_situation_by(
                locale=locale_obj, slug=life_situation
            )
            if situation is None:
                return ServiceList(total_count=0, items=[])
        if search is not None and not search.strip():
            raise BadUserInput("search must not be empty.")
        results = catalogue.service_list(
            locale=locale_obj,
            life_situation=situation,
            audience=_enum_value(audience),
            search=search.strip()[:200] if search else None,
        )
        pages = with_translations(
            catalogue.page_window(results, offset, limit), locale_obj
        )
        return ServiceList(
            total_count=results.count(),
            items=service_nodes(pages, target, locale_obj.language_code),
        )

    @staticmethod
    def resolve_service(
        root,
        info,
        leika_key=None,
        id=None,
        slug=None,
        locale="de",
        commune=None,
        preview_token=None,
    ):
        locale_obj = arguments.locale_arg(locale)
        if preview_token is None:
            arguments.one_of(leikaKey=leika_key, id=id, slug=slug)
        target = arguments.commune_arg(commune)
        leika_key = (
            arguments.leika_key_arg(leika_key) if leika_key is not None else None
        )
        page_id = arguments.id_arg(id) if id is not None else None
        if preview_token is not None:
            page = preview_of(
                info,
                preview_token,
                ServicePage,
                id=page_id,
                slug=slug,
                leika_key=leika_key,
            )
        else:
            page = catalogue.service_by(
                locale=locale_obj, leika_key=leika_key, id=page_id, slug=slug
            )
        if page is None:
            return None
        return service_nodes([page], target, locale_obj.language_code)[0]

    @staticmethod
    def resolve_communes(
        root,
        info,
        search=None,
        postcode=None,
        kind=None,
        district=None,
        limit=20,
        offset=0,
    ):
        limit, offset = arguments.pagination_args(limit, offset)
        district_page = None
        if district is not None:
            district_page = communes.commune_by_ars(
                arguments.ars_arg(district, "district")
            )
            if district_page is None:
                return CommuneList(total_count=0, items=[])
        queryset = communes.commune_list(
            search=search.strip()[:100] if search else None,
            postcode=arguments.postcode_arg(postcode) if postcode is not None else None,
            kind=_enum_value(kind),
            district=district_page,
        )
        return CommuneList(
            total_count=queryset.count(),
            items=commune_nodes(queryset[offset : offset + limit]),
        )

    @staticmethod
    def resolve_catalogue_search(
        root, info, query, commune=None, locale="de", limit=20
    ):
        locale_obj = arguments.locale_arg(locale)
        limit, _ = arguments.pagination_args(limit, 0)
        query = query.strip()[:200]
        if not query:
            raise BadUserInput("query must not be empty.")
        target = arguments.commune_arg(commune)
        pages = edition_search(
            query,
            locale_obj,
            lambda locale: communes.catalogue_search(
                query, locale=locale, commune=target, limit=limit
            ),
            limit,
        )
        return search_hits(pages, target, info, locale_obj.language_code)

    @staticmethod
    def resolve_commune(root, info, ars=None, slug=None):
        arguments.one_of(ars=ars, slug=slug)
        if ars is not None:
            return commune_node(communes.commune_by_ars(arguments.ars_arg(ars, "ars")))
        return commune_node(communes.commune_by_slug(slug))
