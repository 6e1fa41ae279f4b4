"""Fixtures of the operations tests: runs of `manage.py benchmark` on the live database."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from tests.fresh_databases import manage


@pytest.fixture(scope="session")
def run_benchmark(live_cms, tmp_path_factory) -> Callable[..., tuple[str, dict]]:
    """`manage.py benchmark <arguments>` on the seeded live database, in its own
    process: its printed output and its JSON report (the run must succeed)."""

    def run(*arguments: str) -> tuple[str, dict]:
        output = tmp_path_factory.mktemp("benchmark") / "report.json"
        result = manage(
            live_cms.database_url,
            "benchmark",
            *arguments,
            f"--output={output}",
            check=False,
            settings="cms.settings.dev",
        )
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        return result.stdout, json.loads(output.read_text())

    return run
