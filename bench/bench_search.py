"""Benchmarks "search_real" and "search_million": a mixed set of searches, timed one by one.

The set mixes rare words, very common words, phrases, prefixes, field filters, exclusions
and the empty search; each repeat runs the whole set once (after a warm-up) and every query
time is a sample, so median and p95 are over queries. Facets are timed separately (they run
on a worker after the first page shows). Peak memory is this process's maximum RSS.

Run alone: ``python -m bench.bench_search [--real DB] [--synth DB] [--repeats N]``; through the
harness: ``python -m bench.run --only search_real --only search_million``. The million-row
database comes from ``python -m bench.synth_initiatives`` (bench/work/synth_1000000.sqlite).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time
from pathlib import Path

from bench.harness import WORK_DIR, BenchmarkFailed, Measurement, RunContext, Target, register

QUERIES = (
    "microfinance recipient:PHL",
    "provider:Brazil sector:health",
    "Sao Tome",
    "china",
    "loan",
    "development",
    '"technical cooperation"',
    "agri*",
    "hospital OR clinic",
    "health -loan",
    "provider:CHN year:2005..2010",
    "region:africa modality:training",
    "group:G77 source:aiddata",
    "sector:saude",
    "vaccine recipient:BWA",
    "",
)
FACET_QUERIES = ("microfinance", "provider:BRA", "health", "")


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def measure(
    db: Path, repeats: int, warmup: int = 1
) -> tuple[list[float], list[float], dict[str, float]]:
    """(search samples ms, facet samples ms, worst ms per query) over ``db``."""
    from explorer.store.engine import make_engine
    from explorer.store.queries.facets import search_facets
    from explorer.store.queries.search import search

    if not db.is_file():
        raise BenchmarkFailed(f"search: database {db} not found")
    engine = make_engine(db, readonly=True)
    samples: list[float] = []
    facets: list[float] = []
    worst: dict[str, float] = {}
    with engine.connect() as conn:
        for i in range(warmup + repeats):
            for q in QUERIES:
                t = time.perf_counter()
                search(conn, q, limit=50)
                ms = (time.perf_counter() - t) * 1000
                if i >= warmup:
                    samples.append(ms)
                    worst[q] = max(worst.get(q, 0.0), ms)
            for q in FACET_QUERIES:
                t = time.perf_counter()
                search_facets(conn, q)
                if i >= warmup:
                    facets.append((time.perf_counter() - t) * 1000)
    engine.dispose()
    return samples, facets, worst


def _measurement(db: Path, ctx: RunContext) -> Measurement:
    samples, facets, worst = measure(db, ctx.repeats, ctx.warmup)
    per_run = len(QUERIES)
    medians = [statistics.median(samples[i : i + per_run]) for i in range(0, len(samples), per_run)]
    extra = {
        "p95_ms": _p95(samples),
        "query_median_ms": statistics.median(samples),
        "facets_median_ms": statistics.median(facets),
        "facets_p95_ms": _p95(facets),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "slowest": sorted(worst.items(), key=lambda kv: -kv[1])[:3],
    }
    return Measurement(samples=medians, extra=extra)


@register("search_real", "Search, reference database (median of a mixed query set)",
          repeats=5, warmup=1, target=Target("median", 5.0, "ms"), unit="ms")  # fmt: skip
def bench_search_real(ctx: RunContext) -> Measurement:
    """Mixed searches over the reference database (``--db`` or bench/work/reference.sqlite)."""
    return _measurement(Path(ctx.options.get("db") or WORK_DIR / "reference.sqlite"), ctx)


@register("search_million", "Search, 1,000,000 synthetic initiatives (median of a mixed set)",
          repeats=3, warmup=1, target=Target("median", 20.0, "ms"), unit="ms")  # fmt: skip
def bench_search_million(ctx: RunContext) -> Measurement:
    """Mixed searches over the synthetic million (bench/work/synth_1000000.sqlite)."""
    return _measurement(WORK_DIR / "synth_1000000.sqlite", ctx)


def main() -> None:
    """Run alone: print median, p95 and peak memory for each database."""
    p = argparse.ArgumentParser(prog="python -m bench.bench_search")
    p.add_argument("--real", type=Path, default=WORK_DIR / "reference.sqlite")
    p.add_argument("--synth", type=Path, default=WORK_DIR / "synth_1000000.sqlite")
    p.add_argument("--repeats", type=int, default=5)
    args = p.parse_args()
    for label, db in (("real", args.real), ("synthetic", args.synth)):
        try:
            s, f, worst = measure(db, args.repeats)
        except BenchmarkFailed as exc:
            print(f"{label}: {exc}")
            continue
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{label} ({db.name}): search median {statistics.median(s):.2f} ms, "
              f"p95 {_p95(s):.2f} ms; facets median {statistics.median(f):.1f} ms, "
              f"p95 {_p95(f):.1f} ms; peak RSS {rss:.0f} MB")  # fmt: skip
        for q, ms in sorted(worst.items(), key=lambda kv: -kv[1])[:4]:
            print(f"    slowest {ms:8.2f} ms  {q!r}")


if __name__ == "__main__":
    main()
