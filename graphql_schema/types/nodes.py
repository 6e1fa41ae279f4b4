"""What the object types resolve from: a page together with the list it came in.

Every page wrapped in a node is recorded as what the answer depends on (the response
cache's tags, cms/context.py). One batching scheme for the whole API: a list resolver wraps its pages in nodes that
know their siblings. The first time a nested field of any node needs related data, it
is loaded for every sibling at once and remembered in the request's read context
(cms/context.py), so a list of 100 costs the same queries as a list of 10.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from wagtail.models import Page

from catalogue.models import AuthorityPage, LifeSituationPage, ServicePage
from cms.context import depends_on_pages, remembered_for
from communes.models import CommunePage
from communes.resolution import ResolvedService, resolve_services

P = TypeVar("P", bound=Page)


def load_with_siblings(
    namespace: Hashable,
    page: P,
    siblings: Sequence[P],
    load: Callable[[Sequence[P]], Mapping[int, Any]],
) -> Any:
    """`load(pages)[page.pk]`, loaded for all siblings not loaded yet in one call."""
    by_pk = {sibling.pk: sibling for sibling in siblings}
    by_pk[page.pk] = page
    return remembered_for(
        namespace, page.pk, by_pk, lambda pks: load([by_pk[pk] for pk in pks])
    )


def page_attribute(
    attname: str, default_value: Any, node: Any, info: Any, **args: Any
) -> Any:
    """Graphene's default resolver of the types built on a node (`Meta.default_resolver`):
    a field without a resolver of its own is the page's attribute of the same name."""
    return getattr(node.page, attname)


def page_attribute_or_null(
    attname: str, default_value: Any, node: Any, info: Any, **args: Any
) -> Any:
    """`page_attribute`, null where the page leaves it empty (optional contact data)."""
    return getattr(node.page, attname) or None


@dataclass
class LifeSituationNode:
    page: LifeSituationPage
    siblings: Sequence[LifeSituationPage]
    commune: CommunePage | None = None
    # The language asked for: its services are resolved in it (service_nodes).
    edition: str | None = None


@dataclass
class ServiceNode:
    resolved: ResolvedService
    siblings: Sequence[ServicePage]

    @property
    def page(self) -> ServicePage:
        return self.resolved.page


@dataclass
class CommuneNode:
    page: CommunePage
    siblings: Sequence[CommunePage]


@dataclass
class AuthorityNode:
    page: AuthorityPage
    siblings: Sequence[AuthorityPage]


def life_situation_nodes(
    pages, commune: CommunePage | None = None, edition: str | None = None
) -> list[LifeSituationNode]:
    pages = list(pages)
    depends_on_pages(pages)
    return [LifeSituationNode(page, pages, commune, edition) for page in pages]


def grouped_life_situation_nodes(
    groups: Mapping[int, list[LifeSituationPage]],
    commune: CommunePage | None,
    edition: str | None = None,
) -> dict[int, list[LifeSituationNode]]:
    """Nodes for several lists of pages that load their related data together."""
    pages = [page for group in groups.values() for page in group]
    depends_on_pages(pages)
    return {
        key: [LifeSituationNode(page, pages, commune, edition) for page in group]
        for key, group in groups.items()
    }


def service_nodes(
    pages, commune: CommunePage | None = None, edition: str | None = None
) -> list[ServiceNode]:
    """Services resolved for the commune, in one go; `edition`: the language asked for
    (a commune's translated adaptations apply even where the service is in German)."""
    pages = list(pages)
    depends_on_pages(pages)
    return [
        ServiceNode(resolved, pages)
        for resolved in resolve_services(pages, commune, edition=edition)
    ]


def grouped_service_nodes(
    groups: Mapping[int, list[ServicePage]],
    commune: CommunePage | None,
    edition: str | None = None,
) -> dict[int, list[ServiceNode]]:
    """Resolve the services of several lists at once; they load related data together."""
    unique = {page.pk: page for group in groups.values() for page in group}
    nodes = {
        node.page.pk: node for node in service_nodes(unique.values(), commune, edition)
    }
    return {key: [nodes[page.pk] for page in group] for key, group in groups.items()}


def commune_nodes(pages) -> list[CommuneNode]:
    pages = list(pages)
    depends_on_pages(pages)
    return [CommuneNode(page, pages) for page in pages]


def commune_node(page: CommunePage | None) -> CommuneNode | None:
    if page is None:
        return None
    depends_on_pages([page])
    return CommuneNode(page, [page])


def authority_nodes(pages) -> list[AuthorityNode]:
    pages = list(pages)
    depends_on_pages(pages)
    return [AuthorityNode(page, pages) for page in pages]
