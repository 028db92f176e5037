"""Benchmark "relevance": recall@20 and precision@10 of the search on the relevance set
(tests/fixtures/relevance.csv, issue 13), with the thesaurus expansion and with only the typed
words. The sample is recall@20 (no time): higher is better, the target (≥ 0.8) is checked by
tests/unit/test_relevance.py; the report's extra fields carry the other figures.

Run alone: ``python -m bench.bench_relevance [--db DB]``; through the harness:
``python -m bench.run --only relevance``.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from bench.harness import WORK_DIR, Measurement, RunContext, register


def _db(ctx: RunContext) -> Path:
    chosen = ctx.options.get("db") or os.environ.get("EXPLORER_DB")
    return Path(chosen) if chosen else WORK_DIR / "reference.sqlite"


def measure_set(path: Path) -> dict[str, float]:
    from explorer.store.engine import make_engine
    from tests.unit.test_relevance import measure, relevance_set

    judged = relevance_set()
    engine = make_engine(path, readonly=True)
    try:
        with engine.connect() as conn:
            expanded = [measure(conn, q, rel) for q, rel in judged.items()]
            typed = [measure(conn, f'"{q}"', rel) for q, rel in judged.items()]
    finally:
        engine.dispose()
    n = len(judged)
    return {
        "queries": n,
        "recall_at_20": round(sum(r for r, _ in expanded) / n, 3),
        "precision_at_10": round(sum(p for _, p in expanded) / n, 3),
        "recall_at_20_typed_only": round(sum(r for r, _ in typed) / n, 3),
        "precision_at_10_typed_only": round(sum(p for _, p in typed) / n, 3),
    }


@register("relevance", "Search relevance set: recall@20 with expansion (typed-only in extra)",
          repeats=1, warmup=0, unit="recall")  # fmt: skip
def bench_relevance(ctx: RunContext) -> Measurement:
    figures = measure_set(_db(ctx))
    return Measurement(samples=[figures["recall_at_20"]], extra=figures)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()
    print(measure_set(args.db or _db(RunContext(1, 0, WORK_DIR))))
