"""Finding communes over HTTP: by name, postcode, kind, district; ARS errors."""

import pytest

from .conftest import CITY_ARS, DISTRICT_ARS, MUNICIPALITY_ARS

pytestmark = pytest.mark.django_db

COMMUNES = """
query($search: String, $postcode: String, $kind: CommuneKind, $district: String) {
  communes(search: $search, postcode: $postcode, kind: $kind, district: $district) {
    totalCount items { ars name kind postcodes district { ars } }
  }
}
"""


def ars_of(result) -> set[str]:
    return {item["ars"] for item in result.data["communes"]["items"]}


def test_communes_by_postcode(graphql):
    result = graphql(COMMUNES, {"postcode": "01445"})
    assert ars_of(result) == {MUNICIPALITY_ARS, DISTRICT_ARS}
    assert all(
        "01445" in item["postcodes"] for item in result.data["communes"]["items"]
    )


def test_a_postcode_matches_whole_codes_only(graphql):
    assert ars_of(graphql(COMMUNES, {"postcode": "01067"})) == {CITY_ARS}
    assert ars_of(graphql(COMMUNES, {"postcode": "10670"})) == set()


def test_communes_by_kind_and_by_district(graphql):
    assert ars_of(graphql(COMMUNES, {"kind": "DISTRICT"})) == {DISTRICT_ARS}
    assert ars_of(graphql(COMMUNES, {"kind": "CITY"})) == {CITY_ARS}
    by_district = graphql(COMMUNES, {"district": DISTRICT_ARS})
    assert ars_of(by_district) == {MUNICIPALITY_ARS}
    assert by_district.data["communes"]["items"][0]["district"] == {"ars": DISTRICT_ARS}


def test_communes_by_name(graphql):
    assert ars_of(graphql(COMMUNES, {"search": "radeb"})) == {MUNICIPALITY_ARS}


def test_commune_by_ars_with_its_authorities(graphql):
    result = graphql(
        """query { commune(ars: "146120000000") {
            name kind url authorities { name commune { ars } } } }"""
    )
    commune = result.data["commune"]
    assert commune["name"] == "Landeshauptstadt Dresden"
    assert commune["kind"] == "CITY"
    assert commune["url"].startswith("http://dresden.localhost")
    assert commune["authorities"]
    assert {a["commune"]["ars"] for a in commune["authorities"]} == {CITY_ARS}


def test_an_unknown_ars_gives_null(graphql):
    result = graphql('query { commune(ars: "149999999999") { name } }')
    assert result.errors == []
    assert result.data["commune"] is None


@pytest.mark.parametrize("ars", ["14612", "1461200000000", "14612000000a"])
def test_an_ars_that_is_not_12_digits_is_bad_user_input(graphql, ars):
    for query in (
        f'query {{ commune(ars: "{ars}") {{ name }} }}',
        f'query {{ service(leikaKey: "99115030001000", commune: "{ars}") {{ title }} }}',
        f'query {{ communes(district: "{ars}") {{ totalCount }} }}',
    ):
        result = graphql(query)
        assert result.error_codes == ["BAD_USER_INPUT"], query
        assert "12 digits" in result.errors[0]["message"]


def test_resolving_for_an_unknown_commune_is_not_found(graphql):
    result = graphql(
        'query { service(leikaKey: "99115030001000", commune: "149999999999") { title } }'
    )
    assert result.error_codes == ["NOT_FOUND"]
    assert "149999999999" in result.errors[0]["message"]
    assert result.data["service"] is None


def test_a_malformed_postcode_is_bad_user_input(graphql):
    result = graphql('query { communes(postcode: "1445") { totalCount } }')
    assert result.error_codes == ["BAD_USER_INPUT"]
