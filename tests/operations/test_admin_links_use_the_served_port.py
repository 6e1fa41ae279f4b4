"""Links in e-mails and previews point at the address `make run` actually serves."""

from __future__ import annotations

from tests.fresh_databases import run_manage

PRINT_ADMIN_BASE_URL = (
    "from wagtail.admin.utils import get_admin_base_url; print(get_admin_base_url())"
)


def admin_base_url(**env: str) -> str:
    result = run_manage(
        "shell",
        "-v0",
        "-c",
        PRINT_ADMIN_BASE_URL,
        env={"DJANGO_SETTINGS_MODULE": "cms.settings.dev", **env},
        drop=lambda name: name in {"WAGTAILADMIN_BASE_URL", "PORT"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.strip()


def test_make_run_on_another_port_links_to_that_port():
    assert admin_base_url(PORT="8803") == "http://localhost:8803"


def test_default_port_links_to_8000():
    assert admin_base_url() == "http://localhost:8000"


def test_a_configured_base_url_wins_over_the_port():
    configured = "https://cms.lebenslagen.example"
    assert admin_base_url(PORT="8803", WAGTAILADMIN_BASE_URL=configured) == configured
