"""Benchmark "startup": process start to the first painted main window with real data.

Each sample spawns a fresh ``python -m explorer`` with ``EXPLORER_STARTUP_PROBE=1``,
``EXPLORER_DB`` and ``QT_QPA_PLATFORM=offscreen``; the app prints ``painted <seconds>`` once
Home's real figures are painted, then exits. The wall time runs in this process from just
before the spawn to reading that line. The baseline is ``bench/bare_window.py`` (an empty
``QMainWindow``) started and timed the same way; app and baseline samples alternate
(A B A B ...) so that machine noise falls on both.
"""

from __future__ import annotations

import os
import statistics
from pathlib import Path

from bench.harness import BenchmarkFailed, Measurement, RunContext, Target, register
from bench.procs import ChildRun, python_command, run_child

PROBE_PREFIX = "painted"
TIMEOUT_S = 120.0
BENCH_DB_NAME = "reference.sqlite"  # where the build benchmark leaves its last database


def reference_db(ctx: RunContext) -> Path:
    """The database to start the app on: --db, EXPLORER_DB, build/, or one built here."""
    chosen = ctx.options.get("db") or os.environ.get("EXPLORER_DB")
    if chosen:
        path = Path(chosen).expanduser()
        if not path.is_file():
            raise BenchmarkFailed(f"startup: reference database {path} does not exist")
        return path
    from explorer.paths import default_reference_db  # no Qt, no SQLAlchemy

    for path in (default_reference_db(), ctx.work_dir / BENCH_DB_NAME):
        if path.is_file():
            return path
    from bench.bench_build import build_in_child

    target = ctx.work_dir / BENCH_DB_NAME
    ctx.log(f"startup: no reference database found; building {target} first (not timed)")
    build_in_child(ctx.options.get("sources"), target, what="startup: building its database")
    return target


def probe_env(db: Path, work_dir: Path) -> dict[str, str]:
    """The environment of both app and baseline: offscreen, probing, on ``db``."""
    env = dict(os.environ)
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "EXPLORER_STARTUP_PROBE": "1",
            "EXPLORER_DB": str(db),
            "EXPLORER_USER_DIR": str(work_dir / "startup-user"),
        }
    )
    return env


def _reported_s(run: ChildRun, what: str) -> float:
    try:
        return float(run.line.split()[1])
    except (IndexError, ValueError):
        raise BenchmarkFailed(f"{what}: unreadable probe line {run.line!r}") from None


def _once(module: str, env: dict[str, str], what: str) -> ChildRun:
    return run_child(
        python_command("-m", module), env=env, wait_for=PROBE_PREFIX, timeout_s=TIMEOUT_S, what=what
    )


@register(
    "startup",
    "Start-up to the first painted main window with real data (offscreen)",
    repeats=7,
    warmup=1,
    target=Target("ratio", 1.5),
)
def bench_startup(ctx: RunContext) -> Measurement:
    """Alternate app and bare-window samples; report both, their ratio and peak memory."""
    app_module = ctx.options.get("app_module", "explorer")
    db = reference_db(ctx)
    env = probe_env(db, ctx.work_dir)
    app_what = (
        f"startup: `python -m {app_module}` with EXPLORER_STARTUP_PROBE=1 (the app's start-up "
        f"probe) did not work"
    )
    base_what = "startup: the baseline `python -m bench.bare_window` did not work"
    for i in range(ctx.warmup):
        ctx.log(f"startup: warm-up {i + 1}/{ctx.warmup}")
        _once(app_module, env, app_what)
        _once("bench.bare_window", env, base_what)
    apps: list[ChildRun] = []
    bases: list[ChildRun] = []
    for i in range(ctx.repeats):
        apps.append(_once(app_module, env, app_what))
        bases.append(_once("bench.bare_window", env, base_what))
        ctx.log(
            f"startup: {i + 1}/{ctx.repeats} app {apps[-1].wall_s:.3f} s, "
            f"baseline {bases[-1].wall_s:.3f} s"
        )
    app_rss = [r.peak_rss_mb for r in apps]
    base_rss = [r.peak_rss_mb for r in bases]
    extra = {
        "app_reported_s": statistics.median(_reported_s(r, app_what) for r in apps),
        "baseline_reported_s": statistics.median(_reported_s(r, base_what) for r in bases),
        "app_peak_rss_mb": max(app_rss),
        "app_peak_rss_mb_median": statistics.median(app_rss),
        "baseline_peak_rss_mb": max(base_rss),
        "harness_rss_mb": max(r.parent_rss_mb for r in apps + bases),
        "app_module": app_module,
        "database": str(db),
        "database_mb": db.stat().st_size / (1024 * 1024),
    }
    return Measurement(
        samples=[r.wall_s for r in apps],
        baseline=[r.wall_s for r in bases],
        extra=extra,
        notes=f"app peak RSS {max(app_rss):.0f} MB (baseline {max(base_rss):.0f} MB)",
    )
