"""Only live, public pages reach the API: drafts, unpublished and restricted pages never."""

import pytest
from wagtail.models import PageViewRestriction

from catalogue.models import ServiceIndexPage, ServicePage

pytestmark = pytest.mark.django_db

KEY = "99115001001000"
BY_KEY = 'query { service(leikaKey: "99115001001000") { title teaser } }'
LIST = "query { services(limit: 100) { totalCount items { leikaKey } } }"
SEARCH = 'query { services(search: "Geburtsurkunde") { items { leikaKey } } }'


def listed_keys(graphql) -> list[str]:
    return [item["leikaKey"] for item in graphql(LIST).data["services"]["items"]]


def test_a_draft_change_is_invisible_until_published(graphql):
    page = ServicePage.objects.get(leika_key=KEY)
    published_teaser = page.teaser
    page.teaser = "Neuer Entwurfstext, noch nicht freigegeben."
    revision = page.save_revision()

    assert graphql(BY_KEY).data["service"]["teaser"] == published_teaser

    revision.publish()
    assert graphql(BY_KEY).data["service"]["teaser"] == (
        "Neuer Entwurfstext, noch nicht freigegeben."
    )


def test_an_unpublished_service_is_absent_everywhere(graphql):
    page = ServicePage.objects.get(leika_key=KEY)
    assert KEY in listed_keys(graphql)

    page.unpublish()

    assert graphql(BY_KEY).data["service"] is None
    assert KEY not in listed_keys(graphql)
    assert KEY not in [
        s["leikaKey"]
        for s in graphql(
            'query { lifeSituation(slug: "geburt-eines-kindes") { services { leikaKey } } }'
        ).data["lifeSituation"]["services"]
    ]


def test_a_view_restricted_service_is_absent(graphql):
    page = ServicePage.objects.get(leika_key=KEY)
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )

    assert graphql(BY_KEY).data["service"] is None
    assert KEY not in listed_keys(graphql)
    assert KEY not in [i["leikaKey"] for i in graphql(SEARCH).data["services"]["items"]]


def test_a_restriction_on_an_ancestor_hides_every_service_below_it(graphql):
    index = ServiceIndexPage.objects.get(locale__language_code="de")
    PageViewRestriction.objects.create(
        page=index, restriction_type=PageViewRestriction.LOGIN
    )

    assert graphql(BY_KEY).data["service"] is None
    assert graphql(LIST).data["services"]["totalCount"] == 0


def test_a_never_published_service_is_absent(graphql, services_index):
    from catalogue.factories import ServicePageFactory

    draft = ServicePageFactory(
        parent=services_index, live=False, leika_key="98000000000042"
    )

    result = graphql('query { service(leikaKey: "98000000000042") { title } }')
    assert result.data["service"] is None
    assert draft.leika_key not in listed_keys(graphql)


# The link lists filter on the page they join (cms.visibility.visible_through).
SITUATION_SERVICES = (
    'query { lifeSituation(slug: "geburt-eines-kindes") { services { leikaKey } } }'
)
SERVICE_SITUATIONS = (
    f'query {{ service(leikaKey: "{KEY}") {{ lifeSituations {{ slug }} }} }}'
)


def restrict(page) -> None:
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )


def test_a_restricted_service_is_absent_from_its_life_situation(graphql):
    def keys() -> list[str]:
        situation = graphql(SITUATION_SERVICES).data["lifeSituation"]
        return [service["leikaKey"] for service in situation["services"]]

    assert KEY in keys()
    restrict(ServicePage.objects.get(leika_key=KEY, locale__language_code="de"))
    assert KEY not in keys()


def test_a_restricted_life_situation_is_absent_from_its_service(graphql):
    from catalogue.models import LifeSituationPage

    def slugs() -> list[str]:
        service = graphql(SERVICE_SITUATIONS).data["service"]
        return [situation["slug"] for situation in service["lifeSituations"]]

    assert "geburt-eines-kindes" in slugs()
    restrict(
        LifeSituationPage.objects.get(
            slug="geburt-eines-kindes", locale__language_code="de"
        )
    )
    assert "geburt-eines-kindes" not in slugs()
