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


# -- behind the documented reverse proxy -------------------------------------------

PROXY = "10.0.0.2"  # nginx in front of the app: every request comes from here
OFFICE = "203.0.113.7"  # the editor's office
PASSWORD = "richtig-und-lang-2026"


@pytest.fixture
def behind_one_proxy(settings):
    from cms.login_lockout import client_address_settings

    for name, value in client_address_settings(1).items():
        setattr(settings, name, value)


def log_in_through_proxy(client: Client, password: str, client_address: str, sent=""):
    """A login as nginx forwards it: it appends the address it saw to the header."""
    forwarded = f"{sent}, {client_address}" if sent else client_address
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": "redakteur", "password": password},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR=forwarded,
    )


@pytest.fixture
def editor_known_at_the_office(behind_one_proxy):
    get_user_model().objects.create_user("redakteur", password=PASSWORD)
    assert log_in_through_proxy(Client(), PASSWORD, OFFICE).status_code == 302


def test_behind_the_proxy_an_attacker_cannot_lock_the_editor_out_of_the_office(
    editor_known_at_the_office, settings
):
    attacker = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT + 3):
        # Pretending to be the office does not help: nginx appends the real address.
        log_in_through_proxy(attacker, "falsch", "198.51.100.9", sent=OFFICE)

    assert log_in_through_proxy(attacker, PASSWORD, "198.51.100.9").status_code == 429
    office = log_in_through_proxy(Client(), PASSWORD, OFFICE)
    assert office.status_code == 302


def test_guessing_from_many_addresses_locks_the_account_for_unknown_addresses(
    editor_known_at_the_office, settings
):
    for number in range(settings.AXES_FAILURE_LIMIT):
        response = log_in_through_proxy(Client(), "falsch", f"198.51.100.{number}")
    assert response.status_code == 429

    elsewhere = log_in_through_proxy(Client(), PASSWORD, "192.0.2.50")
    office = log_in_through_proxy(Client(), PASSWORD, OFFICE)

    assert elsewhere.status_code == 429
    assert office.status_code == 302


def test_failures_at_one_known_address_leave_the_editors_other_addresses_open(
    editor_known_at_the_office, settings
):
    home = "192.0.2.50"
    assert log_in_through_proxy(Client(), PASSWORD, home).status_code == 302
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in_through_proxy(Client(), "falsch", OFFICE)

    assert log_in_through_proxy(Client(), PASSWORD, OFFICE).status_code == 429
    assert log_in_through_proxy(Client(), PASSWORD, home).status_code == 302


def test_a_lock_ends_by_itself_and_failures_during_it_do_not_extend_it(
    behind_one_proxy, settings
):
    import datetime

    from axes.models import AccessAttempt

    get_user_model().objects.create_user("redakteur", password=PASSWORD)
    for number in range(settings.AXES_FAILURE_LIMIT):
        log_in_through_proxy(Client(), "falsch", f"198.51.100.{number}")
    recorded = list(
        AccessAttempt.objects.values_list("attempt_time", "failures_since_start")
    )

    during = log_in_through_proxy(Client(), "falsch", "198.51.100.77")

    assert during.status_code == 429
    assert sorted(
        AccessAttempt.objects.values_list("attempt_time", "failures_since_start")
    ) == sorted(recorded)
    cool_off = datetime.timedelta(hours=settings.AXES_COOLOFF_TIME)
    AccessAttempt.objects.update(
        attempt_time=datetime.datetime.now(datetime.UTC) - cool_off
    )
    assert log_in_through_proxy(Client(), PASSWORD, "192.0.2.50").status_code == 302
