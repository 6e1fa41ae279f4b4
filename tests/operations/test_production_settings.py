"""The production settings pass Django's deployment checks and refuse to start unsafe."""

import secrets
import subprocess

from tests.fresh_databases import run_manage


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    return run_manage(
        *args,
        env={"DJANGO_SETTINGS_MODULE": "cms.settings.production", **env},
        drop=lambda name: name in {"SECRET_KEY", "ALLOWED_HOSTS"},
        timeout=120,
    )


def test_check_deploy_prints_no_issues():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="cms.lebenslagen.example",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", ALLOWED_HOSTS="cms.lebenslagen.example")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_turns_off_graphiql_and_introspection():
    code = (
        "from django.conf import settings;"
        "print(settings.DEBUG, settings.GRAPHIQL_ENABLED, settings.GRAPHQL_INTROSPECTION)"
    )
    result = manage(
        "shell",
        "-c",
        code,
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="cms.lebenslagen.example",
    )
    assert result.stdout.strip().splitlines()[-1] == "False False False"
