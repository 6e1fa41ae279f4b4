"""Load balancers can probe /healthz and /readyz by address over plain HTTP."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_healthz_answers_without_touching_anything(django_assert_num_queries):
    with django_assert_num_queries(0):
        response = Client().get("/healthz", HTTP_HOST="10.0.0.7")

    assert response.status_code == 200
    assert response.json() == {"status": "alive"}
    assert response["Cache-Control"] == "no-store"


def test_readyz_checks_the_database_and_reports_the_cache(settings):
    settings.SECURE_SSL_REDIRECT = True  # as in production: probes are not redirected
    settings.ALLOWED_HOSTS = ["api.lebenslagen.example"]

    response = Client().get("/readyz", HTTP_HOST="10.0.0.7")

    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok", "status": "ready"}
    assert response["Cache-Control"] == "no-store"
