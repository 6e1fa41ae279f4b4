"""Factories for commune pages, shared by the tests."""

import factory
import wagtail_factories

from .models import CommuneServiceAuthority, CommuneServicePage, ContentPage


class CommuneServicePageFactory(wagtail_factories.PageFactory):
    """A live adaptation; pass `parent` (a commune's services index) and `service`."""

    title = factory.LazyAttribute(lambda o: o.service.title)
    slug = factory.Sequence(lambda n: f"anpassung-{n}")

    class Meta:
        model = CommuneServicePage


class CommuneServiceAuthorityFactory(factory.django.DjangoModelFactory):
    """Names an office as responsible in an adaptation."""

    class Meta:
        model = CommuneServiceAuthority


class ContentPageFactory(wagtail_factories.PageFactory):
    """A live commune content page."""

    title = factory.Sequence(lambda n: f"Seite {n}")
    slug = factory.Sequence(lambda n: f"seite-{n}")
    intro = "Eine Inhaltsseite."

    class Meta:
        model = ContentPage
