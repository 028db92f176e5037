"""Benchmark "search_postgres": the search set of ``bench_search`` on PostgreSQL vs SQLite.

A throwaway PostgreSQL server is started in a temporary folder (as the ``postgres`` user
when we are root, as the tests do), the real reference database is copied into it with the
same loader ``build-db --out postgresql://...`` uses (timed: ``load_s``), and each repeat
runs every query of ``bench_search.QUERIES`` (count and first page of rows, totals not
cached) on the server and on the SQLite file: a sample is the whole set's time on the
server, the baseline the same set on SQLite in the same run, so the ratio is PostgreSQL
over SQLite; per-query median and p95 go in the extra fields. Target: ratio ≤ 3.
After the repeats, 16 clients (threads, one pooled connection each) run the set at once,
twice over: ``clients16_p95_ms`` is the p95 of their query times (issue 14: ≤ 250 ms).

"search_postgres_million" does the same on the synthetic million initiatives
(``python -m bench.synth_initiatives``, bench/work/synth_1000000.sqlite) loaded into the
server, with the issue's targets: median ≤ 20 ms and p95 ≤ 100 ms from one client.

Run alone: ``python -m bench.run --only search_postgres``.
"""

from __future__ import annotations

import shutil
import statistics
import threading
import time
from pathlib import Path

from bench.bench_search import QUERIES
from bench.harness import BenchmarkFailed, Measurement, RunContext, Target, register

SKIP = frozenset({"trade_flow", "group_observation", "student_flow", "student_total"})


def _time_queries(engine: object, samples: list[float], *, cold: bool = True) -> None:
    from explorer.store.queries import search as search_module

    for query in QUERIES:
        if cold:
            search_module._counts.clear()  # every sample counts cold
        began = time.perf_counter()
        with engine.connect() as conn:  # type: ignore[attr-defined]
            search_module.search(conn, query, limit=50)
        samples.append((time.perf_counter() - began) * 1000)


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[int(0.95 * (len(ordered) - 1))]


def _concurrent(engine: object, clients: int, rounds: int) -> list[float]:
    """Per-query times (ms) of ``clients`` threads each running the set ``rounds`` times."""
    times: list[float] = []
    lock = threading.Lock()
    start = threading.Barrier(clients)

    def client() -> None:
        mine: list[float] = []
        start.wait()
        for _ in range(rounds):
            _time_queries(engine, mine, cold=False)
        with lock:
            times.extend(mine)

    from explorer.store.queries import search as search_module

    # Sixteen people are sixteen processes with a cache each: no total is remembered here.
    kept, search_module.COUNT_CACHE = search_module.COUNT_CACHE, 0
    search_module.clear_count_cache()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        search_module.COUNT_CACHE = kept
    return times


@register("search_postgres", "Search set on PostgreSQL (ratio to SQLite, same run)",
          repeats=5, target=Target("ratio", 3.0), unit="ms")  # fmt: skip
def bench_search_postgres(ctx: RunContext) -> Measurement:
    from explorer.paths import default_reference_db

    db = Path(ctx.options.get("db") or default_reference_db())
    return _run(ctx, db, "real reference data without trade and student flows")


@register("search_postgres_million",
          "Search set on PostgreSQL, 1,000,000 synthetic initiatives (median)",
          repeats=3, target=Target("median", 20.0, "ms"), unit="ms")  # fmt: skip
def bench_search_postgres_million(ctx: RunContext) -> Measurement:
    from bench.harness import WORK_DIR

    db = Path(ctx.options.get("synth") or WORK_DIR / "synth_1000000.sqlite")
    if not db.is_file():
        raise BenchmarkFailed(f"search_postgres_million: {db} is missing; make it with "
                              "'python -m bench.synth_initiatives'")
    return _run(ctx, db, "synthetic million; target p95 <= 100 ms one client, "
                "<= 250 ms with 16 clients", one_per_query=True)


def _run(ctx: RunContext, db: Path, notes: str, *, one_per_query: bool = False) -> Measurement:
    from sqlalchemy import create_engine

    from explorer.store.engine import make_engine
    from explorer.store.postgresql.fts import build_index
    from explorer.store.postgresql.load import copy_tables
    from tests.fixtures.postgres import PgServer, make_root, pg_bindir

    bindir = pg_bindir()
    if bindir is None:
        raise BenchmarkFailed("search_postgres: PostgreSQL is not installed (no initdb)")
    server = PgServer(bindir=bindir, root=make_root())
    server.init()
    server.start()
    try:
        lite = make_engine(db, readonly=True)
        pg = create_engine(server.create_database("bench"), pool_size=16, max_overflow=0)
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
        clients16 = _concurrent(pg, 16, 2)
        pg.dispose()
        lite.dispose()
    finally:
        server.stop()
        shutil.rmtree(server.root, ignore_errors=True)
    extra = {"load_s": round(load_s, 1),
             "query_median_ms": round(statistics.median(per_query), 2),
             "query_p95_ms": round(_p95(per_query), 2),
             "sqlite_query_median_ms": round(statistics.median(per_query_lite), 2),
             "clients16_median_ms": round(statistics.median(clients16), 2),
             "clients16_p95_ms": round(_p95(clients16), 2)}
    if one_per_query:  # the targets are per query: one sample per query, SQLite as baseline
        return Measurement(per_query, per_query_lite, extra=extra, notes=notes)
    return Measurement(samples, baseline, extra=extra, notes=notes)
