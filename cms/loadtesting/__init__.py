"""Operational tooling apart from the product: one load and benchmark tool.

`manage.py benchmark` starts the app under gunicorn and drives the portal's journeys
against it (see the README, "Benchmark" and "Load test"). This app sits above every
other one: it imports the product, and nothing in the product imports it. Its URLs and
middleware (Wagtail's REST API v2, the ceiling view, the SQL-count and server-time
headers) are mounted only with BENCHMARK_ENDPOINTS=1.

Modules, by concern:
- `journeys`: the requests the portal sends, to our API and to REST API v2;
- `samples`: which content they ask about (picked once, or drawn per request);
- `server`: gunicorn on loopback, its workers' memory, the benchmark's Redis database;
- `clients`: concurrent keep-alive clients sending a workload within a budget;
- `editor`: an editor publishing while the clients read;
- `measurements`: latencies, SQL and server time of a run, as one kind of result row;
- `report`: machine, content, the printed table and the JSON file;
- `modes`: what `manage.py benchmark` runs (comparison, expensive shapes, load).
"""
