"""Bad input gets a GraphQL error with a clear message and `extensions.code`, never a 500."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "query",
    [
        'query { service(leikaKey: "9911500100100") { title } }',  # 13 digits
        'query { service(leikaKey: "99115-00100100") { title } }',
        'query { service(leikaKey: "abc") { title } }',
    ],
)
def test_malformed_leika_key_is_bad_user_input(graphql, query):
    result = graphql(query)

    assert result.status_code == 200
    assert result.error_codes == ["BAD_USER_INPUT"]
    assert "leikaKey must be exactly 14 digits" in result.errors[0]["message"]
    assert result.data == {"service": None}


@pytest.mark.parametrize("limit", [0, -1, 101, 1000])
@pytest.mark.parametrize("field", ["lifeSituations", "services", "communes"])
def test_limit_outside_1_to_100_is_bad_user_input(graphql, field, limit):
    result = graphql(f"query {{ {field}(limit: {limit}) {{ totalCount }} }}")

    assert result.error_codes == ["BAD_USER_INPUT"]
    assert "limit must be between 1 and 100" in result.errors[0]["message"]


def test_negative_offset_is_bad_user_input(graphql):
    result = graphql("query { services(offset: -5) { totalCount } }")
    assert result.error_codes == ["BAD_USER_INPUT"]


def test_unknown_locale_is_bad_user_input(graphql):
    result = graphql('query { lifeSituations(locale: "fr") { totalCount } }')
    assert result.error_codes == ["BAD_USER_INPUT"]
    assert "de, de-x-ls, en, hsb" in result.errors[0]["message"]


def test_service_without_any_lookup_argument_is_bad_user_input(graphql):
    result = graphql("query { service { title } }")
    assert result.error_codes == ["BAD_USER_INPUT"]
    assert "leikaKey, id, slug" in result.errors[0]["message"]


def test_non_numeric_id_is_bad_user_input(graphql):
    result = graphql('query { lifeSituation(id: "abc") { title } }')
    assert result.error_codes == ["BAD_USER_INPUT"]


def test_images_and_documents_are_ordered_by_media_fields_pages_by_page_fields(
    graphql,
):
    # Which allow-list applies is decided by the model behind the returned type.
    assert graphql('query { images(order: "-created_at") { id } }').errors == []
    assert graphql('query { documents(order: "created_at") { id } }').errors == []

    result = graphql('query { pages(order: "created_at") { id } }')

    assert result.error_codes == ["BAD_USER_INPUT"]
    assert "order must be one of title, id, path" in result.errors[0]["message"]
