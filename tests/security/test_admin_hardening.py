"""The admin throttles password guessing and sends a Content Security Policy."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db


def log_in(client: Client, password: str):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": "redakteur", "password": password},
        REMOTE_ADDR="203.0.113.7",
    )


def test_after_five_wrong_passwords_even_the_right_one_is_refused(settings):
    get_user_model().objects.create_user("redakteur", password="richtig-und-lang-2026")
    client = Client()

    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert log_in(client, "falsch").status_code == 200  # form with an error
    assert log_in(client, "falsch").status_code == 429  # the fifth failure locks

    locked = log_in(client, "richtig-und-lang-2026")
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_correct_password_before_the_limit_logs_in():
    get_user_model().objects.create_user("redakteur", password="richtig-und-lang-2026")
    client = Client()
    log_in(client, "falsch")

    response = log_in(client, "richtig-und-lang-2026")

    assert response.status_code == 302
    assert "_auth_user_id" in client.session


def test_admin_pages_carry_a_content_security_policy():
    response = Client().get(reverse("wagtailadmin_login"))
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "object-src 'none'" in policy
    assert "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
