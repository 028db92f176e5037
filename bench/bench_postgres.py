"""Benchmark "search_postgres": the search set of ``bench_search`` on PostgreSQL vs SQLite.

A throwaway PostgreSQL server is started in a temporary folder (as the ``postgres`` user
when we are root, as the tests do), the real reference database is copied into it with the
same loader ``build-db --out postgresql://...`` uses (timed: ``load_s``), and each repeat
runs every query of ``bench_search.QUERIES`` (count and first page of rows, totals not
cached) on the server and on the SQLite file: a sample is the whole set's time on the
server, the baseline the same set on SQLite in the same run, so the ratio is PostgreSQL
over SQLite; per-query median and p95 go in the extra fields. Target: ratio ≤ 3.

Run alone: ``python -m bench.run --only search_postgres``.
"""

from __future__ import annotations

import shutil
import statistics
import time
from pathlib import Path

from bench.bench_search import QUERIES
from bench.harness import BenchmarkFailed, Measurement, RunContext, Target, register

SKIP = frozenset({"trade_flow", "group_observation", "student_flow", "student_total"})


def _time_queries(engine: object, samples: list[float]) -> None:
    from explorer.store.queries import search as search_module

    for query in QUERIES:
        search_module._counts.clear()  # every sample counts cold
        began = time.perf_counter()
        with engine.connect() as conn:  # type: ignore[attr-defined]
            search_module.search(conn, query, limit=50)
        samples.append((time.perf_counter() - began) * 1000)


@register("search_postgres", "Search set on PostgreSQL (ratio to SQLite, same run)",
          repeats=5, target=Target("ratio", 3.0), unit="ms")  # fmt: skip
def bench_search_postgres(ctx: RunContext) -> Measurement:
    from sqlalchemy import create_engine

    from explorer.paths import default_reference_db
    from explorer.store.engine import make_engine
    from explorer.store.postgresql.fts import build_index
    from explorer.store.postgresql.load import copy_tables
    from tests.fixtures.postgres import PgServer, make_root, pg_bindir

    bindir = pg_bindir()
    if bindir is None:
        raise BenchmarkFailed("search_postgres: PostgreSQL is not installed (no initdb)")
    db = Path(ctx.options.get("db") or default_reference_db())
    server = PgServer(bindir=bindir, root=make_root())
    server.init()
    server.start()
    try:
        lite = make_engine(db, readonly=True)
        pg = create_engine(server.create_database("bench"))
        began = time.perf_counter()
        from explorer.store.migrate import upgrade_reference
        from explorer.store.postgresql.admin import relax_lengths

        with lite.connect() as src, pg.begin() as dst:
            upgrade_reference(dst)
            relax_lengths(dst)
            copy_tables(src, dst, skip=SKIP)
            build_index(dst)
        load_s = time.perf_counter() - began
        ctx.log(f"search_postgres: catalogue loaded in {load_s:.1f} s")
        for _ in range(ctx.warmup):
            _time_queries(pg, [])
            _time_queries(lite, [])
        samples: list[float] = []  # one per repeat: the whole set, ms
        baseline: list[float] = []
        per_query: list[float] = []
        per_query_lite: list[float] = []
        for _ in range(ctx.repeats):
            pg_times: list[float] = []
            lite_times: list[float] = []
            _time_queries(pg, pg_times)
            _time_queries(lite, lite_times)
            samples.append(sum(pg_times))
            baseline.append(sum(lite_times))
            per_query += pg_times
            per_query_lite += lite_times
        pg.dispose()
        lite.dispose()
    finally:
        server.stop()
        shutil.rmtree(server.root, ignore_errors=True)
    ordered = sorted(per_query)
    return Measurement(
        samples, baseline,
        extra={"load_s": round(load_s, 1),
               "query_median_ms": round(statistics.median(per_query), 2),
               "query_p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))], 2),
               "sqlite_query_median_ms": round(statistics.median(per_query_lite), 2)},
        notes="real reference data without trade and student flows; one client",
    )  # fmt: skip
