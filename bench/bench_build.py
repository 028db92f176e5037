"""Benchmark "build": the reference database built from the full public sources.

Each sample is a fresh ``python -m bench.bench_build --child`` process that runs
``build_database`` into ``bench/work/reference.sqlite`` (removed before each sample), so its
peak memory is that build's alone. The figure is the child's wall time, from just before the
spawn to its exit (interpreter and imports included, as a user of ``build-db`` sees it);
``build_database``'s own timing is recorded beside it. The last database built is left in
place for the start-up benchmark to reuse.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
from pathlib import Path

from bench.harness import JSON, BenchmarkFailed, Measurement, RunContext, Target, register
from bench.procs import ChildRun, python_command, run_child

TIMEOUT_S = 900.0
MIB = 1024 * 1024


def sources_dir(chosen: str | None) -> Path:
    """``--sources``, else ``EXPLORER_SOURCES``, else ``../shared/data``; must be a folder."""
    from explorer.paths import default_sources_dir  # no Qt, no SQLAlchemy

    path = Path(chosen).expanduser() if chosen else default_sources_dir()
    if not path.is_dir():
        raise BenchmarkFailed(f"build: sources folder {path} not found (set EXPLORER_SOURCES)")
    return path


def build_in_child(sources: str | None, out: Path, *, what: str) -> tuple[ChildRun, JSON]:
    """Build ``out`` from ``sources`` in a fresh process; raise BenchmarkFailed if it fails."""
    src = sources_dir(sources)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)
    run = run_child(
        python_command("-m", "bench.bench_build", "--child", str(src), str(out)),
        env=dict(os.environ),
        wait_for=None,
        timeout_s=TIMEOUT_S,
        what=f"{what} (build_database on {src})",
    )
    try:
        report: JSON = json.loads(run.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        raise BenchmarkFailed(f"{what}: the build printed no result: {run.stdout!r}") from None
    if not out.is_file():
        raise BenchmarkFailed(f"{what}: the build finished but {out} is missing")
    return run, report


@register(
    "build",
    "Reference database built from the full public sources",
    repeats=3,
    warmup=0,
    target=Target("median", 60.0),
)
def bench_build(ctx: RunContext) -> Measurement:
    """Build the database ``repeats`` times, each in a fresh process."""
    out = ctx.work_dir / "reference.sqlite"
    runs: list[ChildRun] = []
    inner: list[float] = []
    size_mb = 0.0
    counts: object = {}
    for i in range(ctx.warmup + ctx.repeats):
        warm = i < ctx.warmup
        run, report = build_in_child(ctx.options.get("sources"), out, what="build")
        size_mb = out.stat().st_size / MIB
        counts = report.get("counts", {})
        ctx.log(
            f"build: {'warm-up' if warm else f'{i - ctx.warmup + 1}/{ctx.repeats}'} "
            f"{run.wall_s:.1f} s, peak {run.peak_rss_mb:.0f} MB, {size_mb:.1f} MB"
        )
        if not warm:
            runs.append(run)
            seconds = report.get("seconds")
            if isinstance(seconds, int | float):
                inner.append(float(seconds))
    rss = [r.peak_rss_mb for r in runs]
    extra: JSON = {
        "build_database_s": statistics.median(inner) if inner else None,
        "peak_rss_mb": max(rss),
        "peak_rss_mb_median": statistics.median(rss),
        "harness_rss_mb": max(r.parent_rss_mb for r in runs),
        "database_mb": size_mb,
        "counts": counts,
        "sources": str(sources_dir(ctx.options.get("sources"))),
    }
    return Measurement(
        samples=[r.wall_s for r in runs],
        extra=extra,
        notes=f"peak RSS {max(rss):.0f} MB; database {size_mb:.1f} MB",
    )


def _child_main(argv: list[str]) -> int:
    """In the measured child: run build_database and print its result as one JSON line."""
    parser = argparse.ArgumentParser(prog="python -m bench.bench_build")
    parser.add_argument("--child", action="store_true", required=True)
    parser.add_argument("sources", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    from explorer.importers.build import build_database

    result = build_database(args.sources, args.out)
    print(json.dumps({"seconds": result.seconds, "counts": result.counts}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(_child_main(sys.argv[1:]))
