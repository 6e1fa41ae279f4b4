"""What the clients saw of each request, and the one kind of result row every mode
reports: throughput, latency percentiles, SQL queries and server time per request,
response cache hits, peak worker memory and errors."""

from __future__ import annotations

import statistics
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field

from .middleware import CACHE_HEADER, SERVER_TIME_HEADER, SQL_QUERIES_HEADER


def percentile(values: list[float], share: float) -> float:
    """The `share` percentile of durations in seconds, in milliseconds."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000


@dataclass
class Measurement:
    """The requests of one label (journey, shape, …), recorded from many threads."""

    latencies: list[float] = field(default_factory=list)
    sql: list[int] = field(default_factory=list)
    server_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    # Answers the server said came from the response cache, or were computed.
    cache_hits: int = 0
    cache_misses: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(
        self, seconds: float, headers: dict[str, str], error: str | None
    ) -> None:
        """A failed request counts as an error only, not in the latencies."""
        with self.lock:
            if error:
                self.errors.append(error)
                return
            self.latencies.append(seconds)
            if (sql := headers.get(SQL_QUERIES_HEADER)) is not None:
                self.sql.append(int(sql))
            if (server := headers.get(SERVER_TIME_HEADER)) is not None:
                self.server_ms.append(float(server))
            if (cache := headers.get(CACHE_HEADER)) is not None:
                if cache == "hit":
                    self.cache_hits += 1
                else:
                    self.cache_misses += 1

    @classmethod
    def merged(cls, parts: Iterable[Measurement]) -> Measurement:
        whole = cls()
        for part in parts:
            whole.latencies += part.latencies
            whole.sql += part.sql
            whole.server_ms += part.server_ms
            whole.errors += part.errors
            whole.cache_hits += part.cache_hits
            whole.cache_misses += part.cache_misses
        return whole

    def figures(self, seconds: float) -> dict:
        """The figures of a result row, over `seconds` of running."""
        values, sql, server = self.latencies, self.sql, self.server_ms
        lookups = self.cache_hits + self.cache_misses

        def ms(share: float) -> float | None:
            return round(percentile(values, share), 1) if values else None

        return {
            "requests": len(values),
            "errors": len(self.errors),
            "error_samples": self.errors[:5],
            "seconds": round(seconds, 3),
            "requests_per_second": round(len(values) / seconds, 1) if seconds else 0,
            "p50_ms": ms(0.5),
            "p95_ms": ms(0.95),
            "p99_ms": ms(0.99),
            "sql_per_request": statistics.median(sql) if sql else None,
            "sql_min_max": [min(sql), max(sql)] if sql else None,
            "server_p50_ms": round(statistics.median(server), 1) if server else None,
            "server_max_ms": round(max(server), 1) if server else None,
            "cache_hits": self.cache_hits,
            "cache_misses": self.cache_misses,
            "cache_hit_rate": round(self.cache_hits / lookups, 4) if lookups else None,
        }


def result_row(
    journey: str,
    api: str,
    mode: str,
    measurement: Measurement,
    *,
    seconds: float,
    rss_mib: dict[int, float],
) -> dict:
    """One row of a report: what was measured, how, and the figures."""
    return {
        "journey": journey,
        "api": api,
        "mode": mode,
        **measurement.figures(seconds),
        "peak_rss_mib": round(max(rss_mib.values()), 1) if rss_mib else None,
        "peak_rss_per_worker_mib": sorted(round(v, 1) for v in rss_mib.values()),
    }
