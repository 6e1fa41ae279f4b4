"""Random arguments to every entry point never produce a 500 or an uncoded error."""

import json

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

ENTRY_POINTS = {
    "lifeSituations": (
        "($locale: String, $limit: Int, $offset: Int, $top: Boolean)",
        "lifeSituations(locale: $locale, limit: $limit, offset: $offset, "
        "topLevelOnly: $top) { totalCount items { slug } }",
    ),
    "lifeSituation": (
        "($id: ID, $slug: String, $locale: String, $commune: String, $token: String)",
        "lifeSituation(id: $id, slug: $slug, locale: $locale, commune: $commune, "
        "previewToken: $token) { slug services { leikaKey } }",
    ),
    "services": (
        "($locale: String, $ls: String, $search: String, $commune: String, "
        "$limit: Int, $offset: Int)",
        "services(locale: $locale, lifeSituation: $ls, search: $search, "
        "commune: $commune, limit: $limit, offset: $offset) { totalCount items { slug } }",
    ),
    "service": (
        "($key: String, $id: ID, $slug: String, $locale: String, $commune: String, "
        "$token: String)",
        "service(leikaKey: $key, id: $id, slug: $slug, locale: $locale, "
        "commune: $commune, previewToken: $token) { title localisedFields }",
    ),
    "communes": (
        "($search: String, $postcode: String, $district: String, $limit: Int, "
        "$offset: Int)",
        "communes(search: $search, postcode: $postcode, district: $district, "
        "limit: $limit, offset: $offset) { totalCount items { ars } }",
    ),
    "commune": (
        "($ars: String, $slug: String)",
        "commune(ars: $ars, slug: $slug) { name }",
    ),
    "catalogueSearch": (
        "($query: String!, $commune: String, $locale: String, $limit: Int)",
        "catalogueSearch(query: $query, commune: $commune, locale: $locale, "
        "limit: $limit) { kind title }",
    ),
}

texts = st.one_of(
    st.none(),
    st.just(""),
    st.text(max_size=40),
    st.sampled_from(
        [
            "de",
            "en",
            "146270230230",
            "99115030001000",
            "umzug",
            "01445",
            "x" * 500,
            "umz\x00ug",
            "😀",
        ]
    ),
    st.from_regex(r"\d{1,15}", fullmatch=True),
)
ints = st.one_of(st.none(), st.integers(min_value=-(2**31), max_value=2**31 - 1))
huge = st.integers(min_value=-(10**30), max_value=10**30)
VARIABLE_STRATEGIES = {
    "locale": texts,
    "limit": st.one_of(ints, huge),
    "offset": st.one_of(ints, huge),
    "top": st.one_of(st.none(), st.booleans()),
    "id": st.one_of(texts, huge.map(str)),
    "slug": texts,
    "commune": texts,
    "token": texts,
    "ls": texts,
    "search": texts,
    "key": texts,
    "postcode": texts,
    "district": texts,
    "ars": texts,
    "query": st.text(max_size=60),
}


@pytest.mark.parametrize("name", sorted(ENTRY_POINTS))
def test_random_arguments_never_give_a_500(name):
    signature, selection = ENTRY_POINTS[name]
    query = f"query {signature} {{ {selection} }}"
    names = [part.split(":")[0].strip(" ($") for part in signature.split(",")]
    client = Client()

    @settings(
        max_examples=40,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )
    @given(st.fixed_dictionaries({n: VARIABLE_STRATEGIES[n] for n in names}))
    def check(variables):
        response = client.post(
            "/graphql/",
            data=json.dumps({"query": query, "variables": variables}),
            content_type="application/json",
        )
        assert response.status_code in (200, 400), response.content[:300]
        body = response.json()
        for error in body.get("errors", []):
            code = error.get("extensions", {}).get("code")
            assert code not in (None, "INTERNAL_SERVER_ERROR"), error
            assert "Traceback" not in error["message"]

    check()


def test_nul_characters_are_bad_user_input(graphql):
    result = graphql('{ services(search: "Pass\\u0000") { totalCount } }')
    assert result.error_codes == ["BAD_USER_INPUT"]
