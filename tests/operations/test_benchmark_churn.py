"""`manage.py benchmark --churn` reads services for communes, drawn Zipf-like, while an
editor process publishes: hit rate, req/s and percentiles of both phases come from real
answers of gunicorn, whose every answer says whether the response cache gave it."""

from __future__ import annotations

import json

import pytest

from tests.faults import RedisServer
from tests.fresh_databases import run_manage


@pytest.fixture(scope="module")
def churn(live_cms, tmp_path_factory) -> tuple[str, dict]:
    """A short churn run on the demo content, with a Redis of its own."""
    tmp = tmp_path_factory.mktemp("churn")
    redis = RedisServer(directory=tmp)
    redis.start()
    output = tmp / "report.json"
    try:
        result = run_manage(
            "benchmark",
            "--churn=0.5",
            "--duration=3",
            "--clients=2",
            "--workers=1",
            f"--output={output}",
            env={
                "DATABASE_URL": live_cms.database_url,
                "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
                "REDIS_URL": redis.url,
            },
        )
    finally:
        redis.stop()
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return result.stdout, json.loads(output.read_text())


def test_both_phases_are_measured_from_answers_that_say_hit_or_miss(churn):
    _, report = churn

    rows = {row["mode"]: row for row in report["results"]}
    assert set(rows) == {"calm", "churn"}
    for row in rows.values():
        assert row["journey"] == "service for a commune"
        assert row["requests"] > 0, row
        assert row["errors"] == 0, row
        # Every answer told hit or miss: the counts add up to the requests measured.
        assert row["cache_hits"] + row["cache_misses"] == row["requests"], row
        assert row["cache_hit_rate"] == round(row["cache_hits"] / row["requests"], 4)
        assert row["p50_ms"] <= row["p95_ms"] <= row["p99_ms"], row
        assert row["sql_per_request"] is not None, row
        assert len(row["peak_rss_per_worker_mib"]) == 1, row
        # Answers about pairs asked before are a part of the answers.
        before = row["asked_before"]
        assert 0 < before["cache_hits"] + before["cache_misses"] <= row["requests"]
        assert before["cache_hits"] <= row["cache_hits"], row
        # No cache hits more than the answers about pairs asked before.
        asked_before = before["cache_hits"] + before["cache_misses"]
        assert row["hit_rate_bound"] == round(asked_before / row["requests"], 4)
        assert row["cache_hit_rate"] <= row["hit_rate_bound"], row
    # After the warm-up the popular pairs are cached; publishing makes answers miss.
    assert rows["calm"]["cache_hits"] > 0, rows["calm"]
    assert rows["churn"]["cache_misses"] > 0, rows["churn"]


def test_the_editor_process_publishes_and_readers_see_each_change(churn):
    _, report = churn

    editor = report["churn"]["editor"]
    assert editor["published"] >= 1
    assert editor["visible"] == editor["published"]
    assert editor["failure"] is None
    assert report["failures"] == []
    drawn = report["churn"]["drawn_from"]
    assert drawn["services"] > 1 and drawn["communes"] > 1


def test_the_goals_are_reported_from_the_measured_figures(churn):
    printed, report = churn

    rows = {row["mode"]: row for row in report["results"]}
    hit_rate, hit_rate_asked_before, p95_ratio = report["goals"]
    assert hit_rate["value"] == rows["churn"]["cache_hit_rate"]
    assert hit_rate["met"] == (hit_rate["value"] >= 0.95)
    before = rows["churn"]["asked_before"]
    assert hit_rate_asked_before["value"] == before["cache_hit_rate"]
    assert hit_rate_asked_before["met"] == (before["cache_hit_rate"] >= 0.95)
    assert p95_ratio["value"] == round(
        rows["churn"]["p95_ms"] / rows["calm"]["p95_ms"], 2
    )
    assert p95_ratio["met"] == (p95_ratio["value"] <= 2)
    assert "the goal is for 10 s" in hit_rate["at"]
    assert "Goals:" in printed
    for goal in report["goals"]:
        assert goal["goal"] in printed


def test_a_new_workers_cold_start_is_reported(churn):
    printed, report = churn

    cold = report["cold_start"]
    assert cold["seconds_to_first_answer"] > 0
    # The response cache is off: both answers are computed.
    assert cold["first_answer_sql"] > 0 and cold["next_answer_sql"] > 0
    assert cold["worker_rss_mib"] > 0
    assert "Cold start" in printed
