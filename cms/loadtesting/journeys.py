"""The portal's journeys: the requests its pages send, for every mode of the benchmark.

A journey is a kind of request (a commune's overview, a service for a commune, …); a
`Target` says which content one request asks about. The same journey is sent to our
GraphQL API and, where Wagtail's REST API v2 can answer the same page data, to that too.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote

GRAPHQL = "GraphQL"
REST_V2 = "REST API v2"
CEILING = "Django view"

Request = tuple[str, str, bytes | None]  # method, path, body

# The trivial view of BENCHMARK_ENDPOINTS: the ceiling of the stack.
CEILING_REQUEST: Request = ("GET", "/bench/ceiling/", None)


@dataclass(frozen=True)
class Target:
    """The content one request asks about."""

    commune_ars: str
    postcode: str
    leika_key: str
    service_id: int
    life_situation_slug: str
    life_situation_id: int
    life_situation_index_id: int
    search_term: str


@dataclass(frozen=True)
class Journey:
    """One kind of request of the portal: its GraphQL query, and the REST API v2 path
    of the same page data where there is one. List journeys take the list size."""

    name: str
    graphql: Callable[[Target, int], str]
    rest: Callable[[Target, int], str] | None = None
    # The size the portal asks for; None for a journey that is not a list.
    limit: int | None = None

    def request(self, api: str, target: Target, limit: int | None = None) -> Request:
        size = limit or self.limit or 0
        if api == GRAPHQL:
            return graphql_request(self.graphql(target, size))
        if api == REST_V2 and self.rest is not None:
            return ("GET", self.rest(target, size), None)
        raise ValueError(f"{self.name} has no request for {api}.")


def graphql_request(query: str) -> Request:
    return ("POST", "/graphql/", json.dumps({"query": query}).encode())


def _commune_overview(t: Target, limit: int) -> str:
    return (
        f'{{ commune(ars: "{t.commune_ars}") {{ name }} '
        f"lifeSituations(topLevelOnly: true, limit: {limit}) {{ totalCount "
        f'items {{ slug title teaser services(commune: "{t.commune_ars}") {{ leikaKey '
        f"title teaser localisedFields authorities {{ name }} }} }} }} }}"
    )


def _service_for_a_commune(t: Target, _limit: int) -> str:
    return (
        f'{{ service(leikaKey: "{t.leika_key}", commune: "{t.commune_ars}") {{ id '
        "leikaKey slug title url locale audience teaser fullText prerequisites "
        "requiredDocuments fees { description amount amountMax currency } deadlines "
        "processingTime procedure legalBasis { title url } forms { title url } "
        "onlineServices { title url } furtherInformation notes keywords "
        "lifeSituations { slug title } lastReviewed commune { name } "
        "authorities { name address phone email website openingHours } "
        "localisedFields localisedBy { name kind } } }"
    )


def _service_list(_t: Target, limit: int) -> str:
    return (
        f"{{ services(limit: {limit}) {{ totalCount items {{ id leikaKey slug "
        f"title teaser audience url }} }} }}"
    )


def _search(t: Target, limit: int) -> str:
    return (
        f'{{ catalogueSearch(query: "{t.search_term}", limit: {limit}) '
        f"{{ kind title url teaser }} }}"
    )


def _life_situations(_t: Target, _limit: int) -> str:
    return "{ lifeSituations(topLevelOnly: true) { items { slug title teaser } } }"


def _commune_life_situation(t: Target, _limit: int) -> str:
    return (
        f'{{ lifeSituation(slug: "{t.life_situation_slug}", commune: '
        f'"{t.commune_ars}") {{ title services {{ title teaser authorities {{ name }} '
        "} } }"
    )


def _commune_by_postcode(t: Target, _limit: int) -> str:
    return f'{{ communes(postcode: "{t.postcode}") {{ items {{ ars name }} }} }}'


def _rest_overview(t: Target, limit: int) -> str:
    # No per-commune resolution in REST API v2: the index's children.
    return (
        f"/api/v2/pages/?type=catalogue.LifeSituationPage&child_of="
        f"{t.life_situation_index_id}&fields=teaser,audience,keywords&limit={limit}"
    )


def _rest_service(t: Target, _limit: int) -> str:
    # The central ServicePage, unresolved.
    return f"/api/v2/pages/{t.service_id}/"


def _rest_life_situation(t: Target, _limit: int) -> str:
    # The central LifeSituationPage, its services unresolved.
    return f"/api/v2/pages/{t.life_situation_id}/"


def _rest_service_list(_t: Target, limit: int) -> str:
    return (
        "/api/v2/pages/?type=catalogue.ServicePage"
        f"&fields=leika_key,teaser,audience&limit={limit}"
    )


def _rest_search(t: Target, limit: int) -> str:
    return f"/api/v2/pages/?search={quote(t.search_term)}&limit={limit}"


JOURNEYS: tuple[Journey, ...] = (
    Journey("commune overview", _commune_overview, _rest_overview, limit=100),
    Journey("service for a commune", _service_for_a_commune, _rest_service),
    Journey("service list of 100", _service_list, _rest_service_list, limit=100),
    Journey("search", _search, _rest_search, limit=20),
    Journey("life situations", _life_situations),
    Journey("commune life situation", _commune_life_situation, _rest_life_situation),
    Journey("commune by postcode", _commune_by_postcode),
)

# What both APIs can answer: the journeys the benchmark compares.
COMPARED: tuple[Journey, ...] = tuple(j for j in JOURNEYS if j.rest is not None)
