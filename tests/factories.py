"""Users for the admin tests, made members of the platform's real groups."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group


def user_in_groups(username: str, *group_names: str):
    """A staff-less admin user who only has what the named groups grant."""
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.org", password="passwort-123"
    )
    user.groups.set([Group.objects.get(name=name) for name in group_names])
    return user
