"""CDN purging through Wagtail's frontend cache: off by default, the API purged on publish."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from catalogue.models import ServicePage
from tests.fresh_databases import run_manage

API_URL = "https://api.lebenslagen.example/graphql/"


class PurgeRecorder(BaseHTTPRequestHandler):
    """A cache that accepts HTTP PURGE requests, as Varnish does, and records them."""

    def do_PURGE(self):
        self.server.purges.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    server.purges = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def http_purging(settings, purge_server):
    host, port = purge_server.server_address
    settings.WAGTAILFRONTENDCACHE = {
        "http": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://{host}:{port}",
        }
    }
    settings.FRONTEND_CACHE_GRAPHQL_URLS = [API_URL]
    return purge_server.purges


def api_purges(purges: list) -> list:
    return [purge for purge in purges if purge[1] == "/graphql/"]


@pytest.mark.django_db
def test_publishing_a_page_purges_the_api_from_the_cdn_once(
    http_purging, django_capture_on_commit_callbacks
):
    page = ServicePage.objects.get(leika_key="99115030001000")
    page.teaser = "Neu: auch online."

    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()

    # Several signals fire during one publish; the CDN hears of it once.
    assert api_purges(http_purging) == [("api.lebenslagen.example", "/graphql/")]


@pytest.mark.django_db
def test_unpublishing_a_page_purges_the_api_from_the_cdn(
    http_purging, django_capture_on_commit_callbacks
):
    page = ServicePage.objects.get(leika_key="99115030001000")

    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()

    assert api_purges(http_purging) == [("api.lebenslagen.example", "/graphql/")]


@pytest.mark.django_db
def test_the_api_is_purged_only_after_the_change_is_committed(
    http_purging, django_capture_on_commit_callbacks
):
    page = ServicePage.objects.get(leika_key="99115030001000")
    page.teaser = "Neu: auch online."

    # Purged earlier, the CDN could fetch the old answer again before the commit.
    with django_capture_on_commit_callbacks() as after_commit:
        page.save_revision().publish()
    assert api_purges(http_purging) == []

    for callback in after_commit:
        callback()
    assert api_purges(http_purging) == [("api.lebenslagen.example", "/graphql/")]


def settings_of(**env: str) -> str:
    """INSTALLED_APPS and WAGTAILFRONTENDCACHE as the settings read them from `env`."""
    code = (
        "from django.conf import settings;"
        "print('wagtail.contrib.frontend_cache' in settings.INSTALLED_APPS,"
        " sorted(settings.WAGTAILFRONTENDCACHE), settings.FRONTEND_CACHE_GRAPHQL_URLS)"
    )
    result = run_manage(
        "shell",
        "-c",
        code,
        env={"DJANGO_SETTINGS_MODULE": "cms.settings.test", **env},
        drop=lambda name: name.startswith("FRONTEND_CACHE_"),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_frontend_cache_purging_is_off_unless_configured():
    assert settings_of().startswith("False []")


def test_a_purge_url_installs_wagtails_frontend_cache_with_the_http_backend():
    line = settings_of(
        FRONTEND_CACHE_PURGE_URL="http://varnish.internal:6081",
        FRONTEND_CACHE_GRAPHQL_URLS=API_URL,
    )
    assert line == f"True ['http'] ['{API_URL}']"
