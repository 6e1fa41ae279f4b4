"""The load command runs against gunicorn while an editor publishes: no failures."""

import json

from tests.scratch import manage


def test_a_short_mixed_load_has_no_failed_requests_and_shows_publishes(
    live_cms,
    tmp_path,
):
    report = tmp_path / "load.json"
    result = manage(
        live_cms.database_url,
        "loadtest",
        "--duration=8",
        "--clients=4",
        "--publish-interval=0.5",
        f"--json={report}",
        check=False,
        settings="cms.settings.dev",
    )

    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    figures = json.loads(report.read_text())
    assert figures["requests"] > 20
    assert figures["failed"] == 0
    assert figures["published"] >= 1
    assert figures["visible"] == figures["published"]
