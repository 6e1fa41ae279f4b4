"""Factories for catalogue pages, shared by the tests."""

import factory
import wagtail_factories

from .models import (
    AuthorityPage,
    LifeSituationPage,
    LifeSituationService,
    ServicePage,
)


class ServicePageFactory(wagtail_factories.PageFactory):
    """A live central service with the required modules filled in."""

    title = factory.Sequence(lambda n: f"Testleistung {n}")
    slug = factory.Sequence(lambda n: f"testleistung-{n}")
    leika_key = factory.Sequence(lambda n: f"98{n:012d}")
    teaser = "Eine Leistung für Tests."
    full_text = "<p>Volltext der Testleistung.</p>"
    audience = "citizens"

    class Meta:
        model = ServicePage


class LifeSituationPageFactory(wagtail_factories.PageFactory):
    """A live life situation."""

    title = factory.Sequence(lambda n: f"Testlebenslage {n}")
    slug = factory.Sequence(lambda n: f"testlebenslage-{n}")
    teaser = "Eine Lebenslage für Tests."
    audience = "citizens"

    class Meta:
        model = LifeSituationPage


class LifeSituationServiceFactory(factory.django.DjangoModelFactory):
    """Links a service to a life situation."""

    life_situation = factory.SubFactory(LifeSituationPageFactory)
    service = factory.SubFactory(ServicePageFactory)

    class Meta:
        model = LifeSituationService


class AuthorityPageFactory(wagtail_factories.PageFactory):
    """A live office."""

    title = factory.Sequence(lambda n: f"Testamt {n}")
    slug = factory.Sequence(lambda n: f"testamt-{n}")
    address = "Teststraße 1\n01067 Dresden"

    class Meta:
        model = AuthorityPage
