"""Demo logins for `make run`: one shared password, printed by `seed_demo`."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, Group

DEMO_PASSWORD = "demo-passwort"


def ensure_demo_user(username: str, group_name: str) -> AbstractBaseUser:
    """The demo user `username`, in `group_name`; its password is set when it is
    created only, so a password an operator changed stays changed."""
    user, created = get_user_model().objects.get_or_create(
        username=username, defaults={"email": f"{username}@lebenslagen.example"}
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
    user.groups.add(Group.objects.get(name=group_name))
    return user
