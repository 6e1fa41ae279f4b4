"""Factories of the test suite's own objects; page factories live with their app
(`catalogue/factories.py`, `communes/factories.py`)."""

from __future__ import annotations

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

PASSWORD = "passwort-123"


class UserFactory(factory.django.DjangoModelFactory):
    """An admin user without staff or superuser rights: only what `groups` grant.

    `groups` takes group names, so tests name the platform's real groups.
    """

    username = factory.Sequence(lambda n: f"nutzer-{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password(PASSWORD)

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    @factory.post_generation
    def groups(self, create: bool, names, **_kwargs) -> None:
        if create and names:
            self.groups.set([Group.objects.get(name=name) for name in names])


def user_in_groups(username: str, *group_names: str):
    """A user who only has what the named groups grant (password: PASSWORD)."""
    return UserFactory(username=username, groups=group_names)
