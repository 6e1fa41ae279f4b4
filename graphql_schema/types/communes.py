"""Communes on the platform and their offices."""

from __future__ import annotations

import graphene

from catalogue.selectors import life_situation_by, service_list
from communes import models
from communes.resolution import district_of
from communes.selectors import adapted_services, authorities_of, commune_of

from .. import arguments
from .catalogue import ServiceList, list_page, url_of
from .media import Image, image_of
from .nodes import (
    AuthorityNode,
    CommuneNode,
    authority_nodes,
    commune_node,
    load_with_siblings,
    page_attribute,
    page_attribute_or_null,
    service_nodes,
)

CommuneKind = graphene.Enum.from_enum(
    models.CommuneKind, description="The kind of local authority."
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
    def resolve_name(node: AuthorityNode, info):
        return node.page.title

    @staticmethod
    def resolve_opening_hours(node: AuthorityNode, info):
        return node.page.opening_hours_text or None

    @staticmethod
    def resolve_commune(node: AuthorityNode, info):
        return commune_node(commune_of(node.page, among=node.siblings))

    class Meta:
        default_resolver = page_attribute_or_null


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
    def resolve_name(node: CommuneNode, info):
        return node.page.title

    @staticmethod
    def resolve_district(node: CommuneNode, info):
        return commune_node(district_of(node.page, among=node.siblings))

    @staticmethod
    def resolve_coat_of_arms(node: CommuneNode, info):
        return image_of(node.page, "coat_of_arms", node.siblings)

    @staticmethod
    def resolve_postcodes(node: CommuneNode, info):
        return node.page.postcode_list

    @staticmethod
    def resolve_url(node: CommuneNode, info):
        return url_of(node.page, info)

    @staticmethod
    def resolve_authorities(node: CommuneNode, info):
        authorities = load_with_siblings(
            "authorities", node.page, node.siblings, authorities_of
        )
        return authority_nodes(authorities or [])

    @staticmethod
    def resolve_services(
        node: CommuneNode, info, life_situation=None, limit=20, offset=0
    ):
        limit, offset = arguments.pagination_args(limit, offset)
        commune = node.page
        services = adapted_services(commune)
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

    class Meta:
        default_resolver = page_attribute


CommuneList = list_page("CommuneList", Commune, "communes")
