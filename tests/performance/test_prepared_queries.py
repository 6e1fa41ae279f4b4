"""Queries compiled once per shape (cms/prepared.py) answer as the ORM would, keep the
visibility rule when it changes, and escape pattern values."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from catalogue.models import ServicePage
from cms.context import read_context
from cms.prepared import PreparedQuery
from cms.visibility import hidden_roots, visible_pages
from communes.models import CommunePage

pytestmark = pytest.mark.django_db

KEY = "99115001001000"


def communes_by_ars() -> PreparedQuery:
    return PreparedQuery(
        "test: communes by ARS",
        lambda arses, locale_id: (
            visible_pages(CommunePage.objects.filter(ars__in=arses))
            .filter(locale_id=locale_id)
            .order_by("ars")
        ),
    )


def test_reused_sql_gives_what_the_orm_gives_for_other_values():
    query = communes_by_ars()
    communes = list(CommunePage.objects.order_by("ars"))
    assert len(communes) >= 3
    locale_id = communes[0].locale_id
    for pair in (communes[:2], communes[1:3], [communes[2], communes[0]]):
        arses = [c.ars for c in pair]
        with CaptureQueriesContext(connection) as captured:
            rows = query(arses, locale_id)
        expected = list(
            visible_pages(CommunePage.objects.filter(ars__in=arses))
            .filter(locale_id=locale_id)
            .order_by("ars")
        )
        assert [(r.pk, r.title, r.ars) for r in rows] == [
            (e.pk, e.title, e.ars) for e in expected
        ]
        assert all(isinstance(r, CommunePage) for r in rows)
        # Ask for the last statement: the visibility rule reads its own first.
        assert str(arses[0]) in captured.captured_queries[-1]["sql"]
    # One shape (two values), compiled once.
    assert len(query._templates) == 1
    # Another number of values is another shape.
    assert [r.ars for r in query([communes[0].ars], locale_id)] == [communes[0].ars]
    assert len(query._templates) == 2


def test_no_values_in_a_list_is_an_empty_answer_without_sql():
    query = communes_by_ars()
    with CaptureQueriesContext(connection) as captured, read_context():
        hidden_roots()
        before = len(captured)
        assert query([], 1) == []
        assert len(captured) == before


def test_a_restriction_added_after_compiling_hides_the_page():
    query = communes_by_ars()
    commune = CommunePage.objects.get(ars="146270230230")
    with read_context():
        assert [c.pk for c in query([commune.ars], commune.locale_id)] == [commune.pk]
    PageViewRestriction.objects.create(
        page=commune, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    with read_context():
        assert query([commune.ars], commune.locale_id) == []


def test_an_unpublished_ancestor_hides_the_page_after_compiling():
    find = PreparedQuery(
        "test: service by key",
        lambda key: visible_pages(ServicePage.objects.filter(leika_key=key)),
    )
    service = ServicePage.objects.get(leika_key=KEY, locale__language_code="de")
    assert [s.pk for s in find(KEY)] == [service.pk]
    service.get_parent().specific.unpublish()
    assert find(KEY) == []


def test_pattern_values_are_escaped_like_the_orm_does():
    by_prefix = PreparedQuery(
        "test: pages by title prefix",
        lambda prefix: Page.objects.filter(title__startswith=prefix).order_by("pk"),
    )
    root = Page.get_first_root_node()
    root.add_child(instance=Page(title="100% Zufall", slug="hundert"))
    root.add_child(instance=Page(title="1000 Fragen", slug="tausend"))
    root.add_child(instance=Page(title="A_B", slug="a-b"))
    root.add_child(instance=Page(title="AxB", slug="axb"))
    for prefix in ("100%", "100", "A_", "Ax", "10"):
        expected = list(
            Page.objects.filter(title__startswith=prefix)
            .order_by("pk")
            .values_list("title", flat=True)
        )
        assert [page.title for page in by_prefix(prefix)] == expected, prefix
    assert [p.title for p in by_prefix("100%")] == ["100% Zufall"]
    assert [p.title for p in by_prefix("A_")] == ["A_B"]


def test_a_builder_that_transforms_its_value_is_run_as_built():
    # The placeholder is not in the compiled parameters: no reuse, still right.
    query = PreparedQuery(
        "test: upper-cased slug",
        lambda slug: Page.objects.filter(slug=slug.lower()),
    )
    page = Page.get_first_root_node().add_child(
        instance=Page(title="Klein", slug="klein")
    )
    assert [p.pk for p in query("KLEIN")] == [page.pk]
    assert query("GROSS") == []
    assert list(query._templates.values()) == [None]


def test_postgresql_plans_a_repeated_api_query_once(settings, client):
    """Server-side binding: psycopg prepares a statement run again on a connection,
    so PostgreSQL plans the API's hot queries once per connection, not per answer."""
    settings.GRAPHQL_RESPONSE_CACHE_SECONDS = 0
    query = '{ service(leikaKey: "99115001001000") { title } }'

    for _ in range(settings.DATABASES["default"]["OPTIONS"]["prepare_threshold"] + 1):
        response = client.post(
            "/graphql/", {"query": query}, content_type="application/json"
        )
        assert response.json()["data"]["service"]["title"]

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_prepared_statements "
            "WHERE statement LIKE '%%catalogue_servicepage%%'"
        )
        assert cursor.fetchone()[0] >= 1
