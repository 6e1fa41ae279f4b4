"""The load command runs against gunicorn while an editor publishes: no failures."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_short_mixed_load_has_no_failed_requests_and_shows_publishes(
    live_cms,
    tmp_path,
):
    report = tmp_path / "load.json"
    env = {
        **os.environ,
        "DATABASE_URL": live_cms.database_url,
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
    }
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "manage.py"),
            "loadtest",
            "--duration=8",
            "--clients=4",
            "--publish-interval=0.5",
            f"--json={report}",
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )

    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    figures = json.loads(report.read_text())
    assert figures["requests"] > 20
    assert figures["failed"] == 0
    assert figures["published"] >= 1
    assert figures["visible"] == figures["published"]
