"""`manage.py benchmark --load` mixes every portal journey under gunicorn while an editor
publishes: no failed request, every change visible."""

JOURNEYS = {
    "commune overview",
    "service for a commune",
    "service list of 100",
    "search",
    "life situations",
    "commune life situation",
    "commune by postcode",
}


def test_a_short_mixed_load_has_no_failed_requests_and_shows_publishes(run_benchmark):
    _, figures = run_benchmark(
        "--load", "--duration=8", "--clients=4", "--publish-interval=0.5"
    )

    rows = {row["journey"]: row for row in figures["results"]}
    assert set(rows) == JOURNEYS | {"all"}
    assert rows["all"]["requests"] > 20
    assert rows["all"]["errors"] == 0
    assert rows["all"]["requests"] == sum(
        row["requests"] for name, row in rows.items() if name != "all"
    )
    editor = figures["editor"]
    assert editor["published"] >= 1
    assert editor["visible"] == editor["published"]
    assert editor["failure"] is None
