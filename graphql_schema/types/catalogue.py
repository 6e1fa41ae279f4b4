"""Life situations and services of the central catalogue, services resolved for a
commune (see shared/api-contract.graphql)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any

import graphene
from graphene.utils.str_converters import to_camel_case
from graphql import GraphQLResolveInfo
from wagtail.models import Page

from catalogue import models
from catalogue.models import LifeSituationPage, ServicePage
from catalogue.selectors import (
    children_of_many,
    life_situations_of_services,
    parents_of_many,
    services_of_life_situations,
)
from cms.i18n import locale_code
from editions.fallback import (
    available_locales,
    resolved_fallback_fields,
    resolved_locale,
    untranslated_fields,
)

from ..arguments import commune_arg
from .media import Image, image_of
from .nodes import (
    LifeSituationNode,
    ServiceNode,
    authority_nodes,
    commune_node,
    commune_nodes,
    grouped_life_situation_nodes,
    grouped_service_nodes,
    load_with_siblings,
    page_attribute,
)

Audience = graphene.Enum.from_enum(models.Audience)

COMMUNE = "graphql_schema.types.communes.Commune"
AUTHORITY = "graphql_schema.types.communes.Authority"


def url_of(page: Page | None, info: GraphQLResolveInfo) -> str | None:
    return page.get_full_url(info.context) if page else None


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


def edition_fields() -> tuple[graphene.String, graphene.List, graphene.List]:
    """`locale`, `available_locales` and `fallback_fields` of a catalogue type.

    Unpacked in the class body where they stand: graphene orders a type's fields by
    when they were created, so they keep their place in the schema.
    """
    return (
        graphene.String(required=True, description="The locale actually served."),
        graphene.List(
            graphene.NonNull(graphene.String),
            required=True,
            description="Language codes of the published editions, German first.",
        ),
        graphene.List(
            graphene.NonNull(graphene.String),
            required=True,
            description="Fields served in German because the served edition has no "
            "translation of them yet (empty when `locale` is German).",
        ),
    )


class CataloguePageResolvers:
    """The resolvers life situations and services share; a field that is the page's
    attribute of the same name needs none (`page_attribute`, their default)."""

    @staticmethod
    def resolve_url(node: LifeSituationNode | ServiceNode, info):
        return url_of(node.page, info)

    @staticmethod
    def resolve_locale(node: LifeSituationNode | ServiceNode, info):
        if isinstance(node, ServiceNode):  # a commune's layer may be in the edition
            return resolved_locale(node.resolved)
        return locale_code(node.page.locale_id)

    @staticmethod
    def resolve_available_locales(node: LifeSituationNode | ServiceNode, info):
        return available_locales(node.page, node.siblings)

    @staticmethod
    def resolve_keywords(node: LifeSituationNode | ServiceNode, info):
        return node.page.keyword_list


class LifeSituation(CataloguePageResolvers, graphene.ObjectType):
    """A life situation of the central catalogue (e.g. „Geburt eines Kindes“)."""

    id = graphene.ID(required=True, description="Id of the life situation page.")
    slug = graphene.String(
        required=True, description="URL slug, unique among its siblings."
    )
    title = graphene.String(
        required=True, description="Title, e.g. „Geburt eines Kindes“."
    )
    url = graphene.String(description="Public URL on the portal.")
    locale, available_locales, fallback_fields = edition_fields()
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
    def resolve_fallback_fields(node: LifeSituationNode, info):
        return untranslated_fields(node.page, node.siblings)

    @staticmethod
    def resolve_body(node: LifeSituationNode, info):
        return node.page.body_html

    @staticmethod
    def resolve_image(node: LifeSituationNode, info):
        return image_of(node.page, "image", node.siblings)

    @staticmethod
    def resolve_parent(node: LifeSituationNode, info):
        def load(pages: Sequence[LifeSituationPage]) -> dict:
            parents = parents_of_many(pages)
            nodes = grouped_life_situation_nodes(
                {pk: [parent] for pk, parent in parents.items()},
                node.commune,
                node.edition,
            )
            return {pk: group[0] for pk, group in nodes.items()}

        namespace = ("parent", node.commune and node.commune.pk, node.edition)
        return load_with_siblings(namespace, node.page, node.siblings, load)

    @staticmethod
    def resolve_children(node: LifeSituationNode, info):
        def load(pages: Sequence[LifeSituationPage]) -> dict:
            return grouped_life_situation_nodes(
                children_of_many(pages), node.commune, node.edition
            )

        namespace = ("children", node.commune and node.commune.pk, node.edition)
        return load_with_siblings(namespace, node.page, node.siblings, load) or []

    @staticmethod
    def resolve_services(node: LifeSituationNode, info, commune=None):
        target = commune_arg(commune) if commune is not None else node.commune

        def load(pages: Sequence[LifeSituationPage]) -> dict:
            return grouped_service_nodes(
                services_of_life_situations(pages), target, node.edition
            )

        namespace = ("services", target and target.pk, node.edition)
        return load_with_siblings(namespace, node.page, node.siblings, load) or []

    class Meta:
        default_resolver = page_attribute


def resolve_module(
    node: ServiceNode, info: GraphQLResolveInfo, *, module: str
) -> str | None:
    """A narrative module of the service, resolved for the commune (None when empty)."""
    return node.resolved.modules[module] or None


def service_text_fields() -> type:
    """The Service fields from the teaser to the notes, in the order of ServicePage's
    fields (FIM order): one per narrative module of `ServicePage.MODULES`, and the
    structured fields between them.

    A base class of Service, so they come after the fields that identify a service and
    before the rest.
    """
    # Each structured field is a required list of its item type.
    structured = {
        "required_documents": graphene.String,
        "fees": Fee,
        "legal_basis": Link,
        "forms": Link,
        "online_services": Link,
    }
    descriptions = {
        "required_documents": "Documents to bring or upload, one per item.",
        "fees": "Fees; a commune's local fee schedule replaces the central one.",
        "legal_basis": "Laws and regulations, linked to the official text.",
        "forms": "Forms: central first, then the district's and the commune's.",
        "online_services": "Online services: central first, then local ones.",
    }
    modules = {module.name: module for module in ServicePage.MODULES}
    fields = {}
    # graphene orders fields by creation: create them in the model's order.
    for field in ServicePage._meta.fields:
        if field.name in modules:
            fields[field.name] = graphene.String(
                description=modules[field.name].description,
                resolver=partial(resolve_module, module=field.name),
            )
        elif field.name in structured:
            fields[field.name] = graphene.List(
                graphene.NonNull(structured[field.name]),
                required=True,
                description=descriptions[field.name],
            )
    return type("ServiceTextFields", (), fields)


class ServiceHeadFields:
    """The fields that come first in Service: what identifies it."""

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
    locale, available_locales, fallback_fields = edition_fields()
    audience = graphene.Field(Audience, description="Citizens or businesses.")


class Service(
    service_text_fields(),  # type: ignore[misc]  # built from ServicePage.MODULES
    ServiceHeadFields,
    CataloguePageResolvers,
    graphene.ObjectType,
):
    """A service description, resolved for one commune when a commune is known."""

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
        COMMUNE, description="The commune it is resolved for; null for central."
    )
    authorities = graphene.List(
        graphene.NonNull(AUTHORITY),
        required=True,
        description="Responsible offices for that commune (empty without one).",
    )
    localised_fields = graphene.List(
        graphene.NonNull(graphene.String),
        required=True,
        description="Names of the fields above whose value is local.",
    )
    localised_by = graphene.List(
        graphene.NonNull(COMMUNE),
        required=True,
        description="The commune and/or district that supplied local values, "
        "most specific first.",
    )

    @staticmethod
    def resolve_fallback_fields(node: ServiceNode, info):
        return resolved_fallback_fields(node.resolved)

    @staticmethod
    def resolve_required_documents(node: ServiceNode, info):
        return node.page.required_document_list

    @staticmethod
    def resolve_fees(node: ServiceNode, info):
        return [Fee.from_block(value) for value in node.resolved.fees]

    @staticmethod
    def resolve_legal_basis(node: ServiceNode, info):
        return [Link(**link) for link in node.page.link_list(node.page.legal_basis)]

    @staticmethod
    def resolve_forms(node: ServiceNode, info):
        return [Link(**link) for link in node.resolved.forms]

    @staticmethod
    def resolve_online_services(node: ServiceNode, info):
        return [Link(**link) for link in node.resolved.online_services]

    @staticmethod
    def resolve_life_situations(node: ServiceNode, info):
        commune = node.resolved.commune

        def load(pages: Sequence[ServicePage]) -> dict:
            return grouped_life_situation_nodes(
                life_situations_of_services(pages), commune
            )

        namespace = ("life_situations", commune and commune.pk)
        return load_with_siblings(namespace, node.page, node.siblings, load) or []

    @staticmethod
    def resolve_last_reviewed(node: ServiceNode, info):
        reviewed = node.page.last_reviewed
        return reviewed.isoformat() if reviewed else None

    @staticmethod
    def resolve_next_review(node: ServiceNode, info):
        review = node.page.next_review
        return review.isoformat() if review else None

    @staticmethod
    def resolve_commune(node: ServiceNode, info):
        return commune_node(node.resolved.commune)

    @staticmethod
    def resolve_authorities(node: ServiceNode, info):
        return authority_nodes(node.resolved.authorities)

    @staticmethod
    def resolve_localised_fields(node: ServiceNode, info):
        # Resolution speaks model field names; the API's are camel-cased, here only.
        return [to_camel_case(name) for name in node.resolved.localised_fields]

    @staticmethod
    def resolve_localised_by(node: ServiceNode, info):
        return commune_nodes(node.resolved.localised_by)

    class Meta:
        default_resolver = page_attribute


def list_page(name: str, item_type: type, items: str) -> Any:
    """The object type `name`: one page of `items` (of `item_type`) and how many there
    are in all."""
    return type(
        name,
        (graphene.ObjectType,),
        {
            "__doc__": f"One page of {items} and how many there are in all.",
            "total_count": graphene.Int(
                required=True, description="How many items match, across all pages."
            ),
            "items": graphene.List(
                graphene.NonNull(item_type),
                required=True,
                description="The items of the requested page (limit/offset).",
            ),
        },
    )


LifeSituationList = list_page("LifeSituationList", LifeSituation, "life situations")
ServiceList = list_page("ServiceList", Service, "services")


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
