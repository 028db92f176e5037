"""Benchmarks "search_real" and "search_million": a mixed set of searches, timed one by one.

The set mixes rare words, very common words, phrases, prefixes, field filters, exclusions
and the empty search, each with its class; each repeat runs the whole set once (after a
warm-up) and every query time is a sample, so median and p95 are over queries. Facets are
timed separately (they run on a worker after the first page shows), and so are keystrokes:
a search typed one character at a time, each prefix parsed and searched with its first page
of rows, as the initiatives page does. Peak memory is this process's maximum RSS.

The baseline is a fixed pure-Python workload (``_calibrate``, about 2 ms on an idle core)
timed between the queries of the same run (totals are not taken from the count cache:
every sample counts cold): when other jobs load the machine it slows down
with them, so compare medians together with it and the load average printed alongside.

Run alone: ``python -m bench.bench_search [--real DB] [--synth DB] [--repeats N]``; through the
harness: ``python -m bench.run --only search_real --only search_million``. The million-row
database comes from ``python -m bench.synth_initiatives`` (bench/work/synth_1000000.sqlite).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.harness import WORK_DIR, BenchmarkFailed, Measurement, RunContext, Target, register

CLASSED = (
    ("filter+word", "microfinance recipient:PHL"),
    ("filters", "provider:Brazil sector:health"),
    ("country name", "Sao Tome"),
    ("common word", "china"),
    ("common word", "loan"),
    ("common word", "development"),
    ("phrase", '"technical cooperation"'),
    ("prefix", "agri*"),
    ("or", "hospital OR clinic"),
    ("exclusion", "health -loan"),
    ("filters", "provider:CHN year:2005..2010"),
    ("filters", "region:africa modality:training"),
    ("filters", "group:G77 source:aiddata"),
    ("filters", "sector:saude"),
    ("filter+word", "vaccine recipient:BWA"),
    ("empty", ""),
    ("rare word", "microfinance"),
    ("country name", "Brasil"),
    ("filters", "-provider:CHN"),
)
QUERIES = tuple(q for _, q in CLASSED)
FACET_QUERIES = ("microfinance", "provider:BRA", "health", "", "region:africa modality:training")
TYPED = ("microfinance philippines", "provider:BRA health", '"technical cooperation"')


@dataclass
class Result:
    """Samples (ms) of one database."""

    samples: list[float] = field(default_factory=list)
    facets: list[float] = field(default_factory=list)
    keystrokes: list[float] = field(default_factory=list)
    baseline: list[float] = field(default_factory=list)
    by_class: dict[str, list[float]] = field(default_factory=dict)
    worst: dict[str, float] = field(default_factory=dict)
    facet_worst: dict[str, float] = field(default_factory=dict)
    approximate: set[str] = field(default_factory=set)


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _calibrate() -> float:
    """Milliseconds of a fixed pure-Python workload (the load baseline)."""
    t = time.perf_counter()
    total = 0
    for i in range(60_000):
        total += i * i % 7
    return (time.perf_counter() - t) * 1000


def measure(db: Path, repeats: int, warmup: int = 1) -> Result:
    """Every sample over ``db``."""
    from explorer.domain.query import parse
    from explorer.store.engine import make_engine
    from explorer.store.queries.facets import search_facets
    from explorer.store.queries.search import clear_count_cache, search

    if not db.is_file():
        raise BenchmarkFailed(f"search: database {db} not found")
    engine = make_engine(db, readonly=True)
    r = Result()
    with engine.connect() as conn:
        for i in range(warmup + repeats):
            keep = i >= warmup
            for cls, q in CLASSED:
                clear_count_cache()
                t = time.perf_counter()
                search(conn, q, limit=50)
                ms = (time.perf_counter() - t) * 1000
                base = _calibrate()
                if keep:
                    r.samples.append(ms)
                    r.baseline.append(base)
                    r.by_class.setdefault(cls, []).append(ms)
                    r.worst[q] = max(r.worst.get(q, 0.0), ms)
            for q in FACET_QUERIES:
                clear_count_cache()
                t = time.perf_counter()
                f = search_facets(conn, q)
                ms = (time.perf_counter() - t) * 1000
                if keep:
                    r.facets.append(ms)
                    r.facet_worst[q] = max(r.facet_worst.get(q, 0.0), ms)
                    if f.approximate:
                        r.approximate.add(q)
            for typed in TYPED:
                for n in range(1, len(typed) + 1):
                    clear_count_cache()
                    t = time.perf_counter()
                    search(conn, parse(typed[:n]), limit=50)
                    if keep:
                        r.keystrokes.append((time.perf_counter() - t) * 1000)
    engine.dispose()
    return r


def _measurement(db: Path, ctx: RunContext) -> Measurement:
    r = measure(db, ctx.repeats, ctx.warmup)
    per_run = len(QUERIES)
    s = r.samples
    medians = [statistics.median(s[i : i + per_run]) for i in range(0, len(s), per_run)]
    b = r.baseline
    bases = [statistics.median(b[i : i + per_run]) for i in range(0, len(b), per_run)]
    extra = {
        "p95_ms": _p95(s),
        "query_median_ms": statistics.median(s),
        "facets_median_ms": statistics.median(r.facets),
        "facets_p95_ms": _p95(r.facets),
        "keystroke_median_ms": statistics.median(r.keystrokes),
        "keystroke_p95_ms": _p95(r.keystrokes),
        "by_class_median_ms": {c: statistics.median(v) for c, v in r.by_class.items()},
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "load_average": os.getloadavg()[0],
        "slowest": sorted(r.worst.items(), key=lambda kv: -kv[1])[:3],
    }
    return Measurement(samples=medians, baseline=bases, extra=extra)


@register("search_real", "Search, reference database (median of a mixed query set)",
          repeats=5, warmup=1, target=Target("median", 5.0, "ms"), unit="ms")  # fmt: skip
def bench_search_real(ctx: RunContext) -> Measurement:
    """Mixed searches over the reference database (``--db``, ``EXPLORER_DB`` or the one the
    build benchmark leaves in bench/work/)."""
    return _measurement(_real_db(ctx), ctx)


def _real_db(ctx: RunContext) -> Path:
    chosen = ctx.options.get("db") or os.environ.get("EXPLORER_DB")
    return Path(chosen) if chosen else WORK_DIR / "reference.sqlite"


@register("search_million", "Search, 1,000,000 synthetic initiatives (median of a mixed set)",
          repeats=3, warmup=1, target=Target("median", 20.0, "ms"), unit="ms")  # fmt: skip
def bench_search_million(ctx: RunContext) -> Measurement:
    """Mixed searches over the synthetic million (bench/work/synth_1000000.sqlite), which is
    generated from the real records first when it is missing (about 6 minutes, not timed)."""
    synth = WORK_DIR / "synth_1000000.sqlite"
    if not synth.is_file():
        from bench.synth_initiatives import generate

        ctx.log(f"search_million: generating {synth} from the real records (not timed)")
        building = synth.with_name(synth.name + ".building")  # never a half-made database
        generate(_real_db(ctx), building, 1_000_000)
        building.replace(synth)
    return _measurement(synth, ctx)


def _line(name: str, samples: list[float]) -> str:
    return f"{name:<14} median {statistics.median(samples):8.2f} ms  p95 {_p95(samples):8.2f} ms"


def main() -> None:
    """Run alone: print medians and p95 by query class, facets, keystrokes and peak memory."""
    p = argparse.ArgumentParser(prog="python -m bench.bench_search")
    p.add_argument("--real", type=Path, default=WORK_DIR / "reference.sqlite")
    p.add_argument("--synth", type=Path, default=WORK_DIR / "synth_1000000.sqlite")
    p.add_argument("--repeats", type=int, default=5)
    args = p.parse_args()
    for label, db in (("real", args.real), ("synthetic", args.synth)):
        try:
            r = measure(db, args.repeats)
        except BenchmarkFailed as exc:
            print(f"{label}: {exc}")
            continue
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{label} ({db.name}); load average {os.getloadavg()[0]:.2f}; "
              f"peak RSS so far {rss:.0f} MB")  # fmt: skip
        print("  " + _line("all searches", r.samples))
        for cls, v in sorted(r.by_class.items()):
            print("    " + _line(cls, v))
        print("  " + _line("facets", r.facets) + f"  (approximate: {sorted(r.approximate)})")
        print("  " + _line("keystrokes", r.keystrokes))
        print("  " + _line("baseline", r.baseline) + "  (fixed CPU workload, load gauge)")
        for q, ms in sorted(r.worst.items(), key=lambda kv: -kv[1])[:4]:
            print(f"    slowest search {ms:8.2f} ms  {q!r}")
        for q, ms in sorted(r.facet_worst.items(), key=lambda kv: -kv[1])[:3]:
            print(f"    slowest facets {ms:8.2f} ms  {q!r}")


if __name__ == "__main__":
    main()
