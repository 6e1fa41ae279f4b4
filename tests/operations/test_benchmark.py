"""`manage.py benchmark` measures every compared journey under gunicorn, without
failures, and replays the expensive request shapes with the server's own time."""

import os

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

JOURNEYS = {
    "commune overview",
    "service for a commune",
    "service list of 100",
    "search",
    "commune life situation",
}
# Issue 17, goal 1: measured against REST API v2 detail and with one client, too.
GOAL_1 = {"service for a commune", "commune life situation"}


def redis_available() -> bool:
    import redis

    client = redis.Redis.from_url(
        os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"),
        socket_connect_timeout=1,
    )
    try:
        return bool(client.ping())
    except redis.RedisError:
        return False
    finally:
        client.close()


@pytest.fixture(scope="module")
def benchmark(live_cms, run_benchmark) -> dict:
    """One short run (about a second per journey) on the seeded live database."""
    warm = redis_available()
    printed, report = run_benchmark(
        "--duration=1",
        "--warmup=2",
        "--clients=2",
        "--workers=1",
        # The same database as baseline: checks the mechanism, not a scale ratio.
        f"--baseline-database={live_cms.database_url}",
        *([] if warm else ["--skip-warm"]),
    )
    return {"report": report, "warm": warm, "printed": printed}


def test_every_journey_is_measured_without_errors(benchmark):
    report = benchmark["report"]
    expected = {(name, "GraphQL", "cold", None) for name in JOURNEYS}
    expected |= {(name, "REST API v2", "cold", None) for name in JOURNEYS}
    expected |= {("ceiling", "Django view", "cold", None)}
    expected |= {(name, "GraphQL", "1 client", None) for name in GOAL_1}
    expected |= {(name, "GraphQL", "base", None) for name in JOURNEYS}
    if benchmark["warm"]:
        expected |= {(name, "GraphQL", "warm", None) for name in JOURNEYS}
        # The bare view, measured in turn with each warm journey.
        expected |= {("ceiling", "Django view", "warm", name) for name in JOURNEYS}
    measured = [
        (r["journey"], r["api"], r["mode"], r.get("beside")) for r in report["results"]
    ]
    assert sorted(measured, key=str) == sorted(expected, key=str)
    for result in report["results"]:
        assert result["requests"] > 0, result
        assert result["errors"] == 0, result
        assert result["p50_ms"] <= result["p95_ms"] <= result["p99_ms"], result
        assert result["sql_per_request"] is not None, result
    ceilings = [r for r in report["results"] if r["journey"] == "ceiling"]
    assert all(r["sql_per_request"] == 0 for r in ceilings)
    if benchmark["warm"]:
        # Answered from the response cache: no SQL at all, and the server says so.
        warm = [
            r
            for r in report["results"]
            if r["mode"] == "warm" and r["api"] == "GraphQL"
        ]
        assert all(r["sql_per_request"] == 0 for r in warm)
        for row in warm:
            # Each distinct request (one per search term) is computed about once.
            assert row["cache_hits"] + row["cache_misses"] == row["requests"], row
            assert row["cache_hits"] > row["cache_misses"], row
    # With the response cache off no answer looks in it.
    cold = [r for r in report["results"] if r["mode"] == "cold"]
    assert all(r["cache_hits"] + r["cache_misses"] == 0 for r in cold), cold
    assert report["machine"]["database"].startswith("PostgreSQL")
    assert (
        "service for a commune: GraphQL cold p50 / REST API v2 detail p50"
        in (report["ratios"])
    )


def test_every_goal_of_issue_17_is_reported_from_the_run(benchmark):
    printed, report = benchmark["printed"], benchmark["report"]
    rows = {
        (r["journey"], r["api"], r["mode"], r.get("beside")): r
        for r in report["results"]
    }
    goals = report["goals"]
    by_item: dict[int, list[dict]] = {}
    for goal in goals:
        by_item.setdefault(goal["item"], []).append(goal)

    # 1: req/s against REST API v2 detail and the server time with one client,
    # for the service and the life situation, each from the rows of this run.
    assert {g["at"] for g in by_item[1]} == GOAL_1
    for goal in by_item[1]:
        name = goal["at"]
        if "REST API v2" in goal["goal"]:
            ours = rows[(name, "GraphQL", "cold", None)]["requests_per_second"]
            theirs = rows[(name, "REST API v2", "cold", None)]["requests_per_second"]
            assert goal["value"] == round(ours / theirs, 2)
            assert goal["met"] == (goal["value"] >= 3)
        else:
            single = rows[(name, "GraphQL", "1 client", None)]
            assert single["requests"] > 0 and single["server_p50_ms"] > 0
            assert goal["value"] == single["server_p50_ms"]
            assert goal["met"] == (goal["value"] <= 10)
    # 3: warm against the bare view measured in turn with it, per journey (when
    # Redis was there).
    if benchmark["warm"]:
        assert {g["at"] for g in by_item[3]} == JOURNEYS
        for goal in by_item[3]:
            name = goal["at"]
            warm = rows[(name, "GraphQL", "warm", None)]["requests_per_second"]
            ceiling = rows[("ceiling", "Django view", "warm", name)]
            assert goal["value"] == round(warm / ceiling["requests_per_second"], 2)
    # 4 needs --with-churn (tests/operations/test_benchmark_churn.py); 5 is reported.
    assert 4 not in by_item
    cold_start, rss = by_item[5]
    assert cold_start["value"] == report["cold_start"]["seconds_to_first_answer"]
    assert rss["value"] == max(
        r["peak_rss_mib"] for r in report["results"] if r["peak_rss_mib"] is not None
    )
    assert "Issue 17's goals in this run:" in printed
    assert "uncached req/s ≥ 3 × REST API v2 detail (service for a commune)" in printed


def turns(*rows: dict) -> str:
    """Which row each slice belonged to, in the order the slices began: "ABBA…"."""
    starts = sorted(
        (start, letter)
        for letter, row in zip("AB", rows, strict=True)
        for start in row["slice_starts"]
    )
    return "".join(letter for _, letter in starts)


def test_compared_rows_are_measured_in_alternating_slices(benchmark):
    report = benchmark["report"]
    rows = {
        (r["journey"], r["api"], r["mode"], r.get("beside")): r
        for r in report["results"]
    }
    pairs = [
        (
            rows[(name, "GraphQL", "cold", None)],
            rows[(name, "REST API v2", "cold", None)],
        )
        for name in JOURNEYS
    ]
    if benchmark["warm"]:
        pairs += [
            (
                rows[(name, "GraphQL", "warm", None)],
                rows[("ceiling", "Django view", "warm", name)],
            )
            for name in JOURNEYS
        ]
    for ours, compared_with in pairs:
        # Forward and backward, so steady drift slows both alike.
        assert turns(ours, compared_with) == "ABBAABBA", (ours, compared_with)
        # Each slice measured requests, and each row got its whole budget (1 s).
        for row in (ours, compared_with):
            assert row["requests"] >= 4 and row["seconds"] >= 1, row
    # What no ratio compares is measured in one stretch.
    alone = [r for r in report["results"] if r["mode"] in ("1 client", "base")]
    assert alone and all(len(r["slice_starts"]) == 1 for r in alone)
    if benchmark["warm"]:
        # Each printed among the rows of the journey it was measured beside.
        printed = benchmark["printed"].splitlines()
        summary = printed[
            max(i for i, line in enumerate(printed) if line.startswith("journey")) :
        ]
        before = {
            next(name for name in JOURNEYS if summary[i - 1].startswith(name))
            for i, line in enumerate(summary)
            if line.startswith("ceiling") and " warm " in line
        }
        assert before == JOURNEYS


def test_the_uncached_service_and_life_situation_are_profiled(benchmark):
    printed, report = benchmark["printed"], benchmark["report"]

    assert set(report["profile"]) == {"service for a commune", "commune life situation"}
    for name, figures in report["profile"].items():
        assert figures["requests"] > 0
        assert figures["sql_per_request"] > 0
        assert 0 < figures["database_ms_per_request"] < figures["ms_per_request"]
        shares = figures["profiled_shares"]
        # Compiling SQL is a share of its own (nothing left to compile per request
        # once the API's queries are prepared).
        assert set(shares) == {"sql_compile", "database", "model_instances", "rest"}
        assert shares["database"] > 0
        assert abs(sum(shares.values()) - 1) < 0.01, shares
        functions = figures["project_functions_by_cumulative_time"]
        assert any("resolve" in row["function"] for row in functions), functions
        assert f"Where the uncached „{name}“ spends its time" in printed
        if benchmark["warm"]:
            # Profiled like the servers run: what they keep across requests (with
            # their Redis) is kept in the profile too, so it sends the same SQL.
            served = next(
                row
                for row in report["results"]
                if (row["journey"], row["api"], row["mode"])
                == (name, "GraphQL", "cold")
            )
            assert figures["sql_per_request"] == served["sql_per_request"]


def test_cold_start_and_rss_per_worker_are_reported(benchmark):
    printed, report = benchmark["printed"], benchmark["report"]

    cold = report["cold_start"]
    assert cold["seconds_to_first_answer"] > 0
    assert cold["first_answer_sql"] > 0
    for row in report["results"]:
        # One worker (--workers=1), its peak measured.
        assert len(row["peak_rss_per_worker_mib"]) == 1, row
    assert "Cold start (1 new worker)" in printed
    assert "Peak RSS per worker" in printed


def test_a_baseline_database_is_measured_in_the_same_run(benchmark):
    report = benchmark["report"]
    # Samples of the baseline are picked in its own database, the same way.
    assert report["baseline"]["samples"] == report["samples"]
    for name in JOURNEYS:
        assert (
            f"{name}: GraphQL cold p50 / same on the baseline database"
            in (report["ratios"])
        )


def test_graphql_lists_run_as_many_queries_for_100_items_as_for_10(benchmark):
    scaling = {
        row["journey"]: row
        for row in benchmark["report"]["sql_scaling"]
        if row["api"] == "GraphQL"
    }
    assert set(scaling) == {"commune overview", "service list of 100", "search"}
    for name in ("commune overview", "service list of 100"):
        row = scaling[name]
        assert row["items_at_100"] > row["items_at_10"], row
        assert row["sql_at_10"] == row["sql_at_100"], row


def test_graphql_search_runs_as_many_queries_for_100_hits_as_for_10(benchmark):
    row = next(
        row
        for row in benchmark["report"]["sql_scaling"]
        if row["api"] == "GraphQL" and row["journey"] == "search"
    )
    assert row["items_at_100"] > row["items_at_10"], row
    assert row["sql_at_10"] == row["sql_at_100"], row


def test_the_expensive_shapes_are_replayed_with_server_time(run_benchmark):
    printed, report = run_benchmark("--expensive", "--requests=1", "--workers=1")

    outcomes = [row["outcome"] for row in report["results"]]
    assert outcomes == [
        "HTTP 200, data",
        "HTTP 400, QUERY_TOO_COMPLEX",
        "HTTP 400, QUERY_TOO_COMPLEX",
    ]
    for row in report["results"]:
        assert row["server_p50_ms"] > 0, row
        assert row["errors"] == 0, row
    assert report["deadline_ms"] == 10_000
    assert "the worst request took" in printed


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--duration=5", "--requests=100"], "not both"),
        (["--load", "--warmup=5"], "--warmup does not apply to the load mode"),
        (["--expensive", "--clients=4"], "--clients does not apply"),
        (["--publish-interval=1"], "--publish-interval does not apply"),
        (["--clients=65"], "1–64 clients"),
        (["--load", "--duration=601"], "--duration must be 0–600 s"),
        (["--expensive", "--requests=1001"], "--requests must be 1–1000"),
        (["--churn=10", "--requests=5"], "--requests does not apply"),
        (["--churn=10", "--duration=601"], "--duration must be 0–600 s"),
        (["--churn=0"], "SECONDS must be 0–600"),
        (["--churn=200"], "A churn phase must last at most 600 s"),
        (["--load", "--with-churn=10"], "--with-churn does not apply"),
        (["--with-churn=10", "--skip-warm"], "needs Redis"),
    ],
)
def test_an_unbounded_or_mixed_up_run_is_refused_before_it_starts(arguments, message):
    with pytest.raises(CommandError, match=message):
        call_command("benchmark", *arguments)
