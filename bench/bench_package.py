"""Benchmark "package": the installable bundle's size and its start-up against the source.

Needs ``make package`` first (the bundle in ``dist/``); without it the benchmark fails with
that instruction rather than reporting a number. Start-up is timed exactly like "startup":
the built executable and ``python -m explorer`` from the source tree alternate, each with
``EXPLORER_STARTUP_PROBE=1`` on the same database, and the ratio is bundle / source.
"""

from __future__ import annotations

import statistics
from pathlib import Path

from bench.bench_startup import PROBE_PREFIX, TIMEOUT_S, probe_env, reference_db
from bench.harness import REPO_ROOT, BenchmarkFailed, Measurement, RunContext, Target, register
from bench.procs import ChildRun, python_command, run_child

DIST = REPO_ROOT / "dist"
BUNDLE = DIST / "exchange-explorer"
EXECUTABLE = BUNDLE / "exchange-explorer"


def folder_mb(folder: Path) -> float:
    """The total size of the files under ``folder`` in MiB."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / (1024 * 1024)


def _newest(pattern: str) -> Path | None:
    found = sorted(DIST.glob(pattern), key=lambda p: p.stat().st_mtime)
    return found[-1] if found else None


def _run(argv: list[str], env: dict[str, str], what: str) -> ChildRun:
    return run_child(argv, env=env, wait_for=PROBE_PREFIX, timeout_s=TIMEOUT_S, what=what)


@register(
    "package",
    "Installable bundle: start-up of the built app against the source tree",
    repeats=5,
    warmup=1,
    target=Target("ratio", 1.5),
)
def bench_package(ctx: RunContext) -> Measurement:
    """Sizes of the bundle, the .tar.gz and the .deb, and the start-up ratio."""
    if not EXECUTABLE.is_file():
        raise BenchmarkFailed(f"package: no bundle at {EXECUTABLE}; run `make package` first")
    bundled_db = BUNDLE / "_internal" / "data" / "reference.sqlite"
    db = bundled_db if bundled_db.is_file() else reference_db(ctx)
    env = probe_env(db, ctx.work_dir)
    bundle_what = f"package: {EXECUTABLE} with EXPLORER_STARTUP_PROBE=1 did not start"
    source_what = "package: `python -m explorer` with EXPLORER_STARTUP_PROBE=1 did not start"
    for _ in range(ctx.warmup):
        _run([str(EXECUTABLE)], env, bundle_what)
        _run(python_command("-m", "explorer"), env, source_what)
    bundle: list[ChildRun] = []
    source: list[ChildRun] = []
    for i in range(ctx.repeats):
        bundle.append(_run([str(EXECUTABLE)], env, bundle_what))
        source.append(_run(python_command("-m", "explorer"), env, source_what))
        ctx.log(
            f"package: {i + 1}/{ctx.repeats} bundle {bundle[-1].wall_s:.3f} s, "
            f"source {source[-1].wall_s:.3f} s"
        )
    tarball, deb = _newest("*.tar.gz"), _newest("*.deb")
    extra = {
        "bundle_mb": folder_mb(BUNDLE),
        "database_mb": db.stat().st_size / (1024 * 1024),
        "tar_gz_mb": tarball.stat().st_size / (1024 * 1024) if tarball else None,
        "deb_mb": deb.stat().st_size / (1024 * 1024) if deb else None,
        "bundle_peak_rss_mb": max(r.peak_rss_mb for r in bundle),
        "source_median_s": statistics.median(r.wall_s for r in source),
    }
    sizes = f"bundle {extra['bundle_mb']:.0f} MiB"
    if tarball:
        sizes += f", .tar.gz {extra['tar_gz_mb']:.0f} MiB"
    if deb:
        sizes += f", .deb {extra['deb_mb']:.0f} MiB"
    return Measurement(
        samples=[r.wall_s for r in bundle],
        baseline=[r.wall_s for r in source],
        extra=extra,
        notes=f"{sizes}; baseline: the same app run from source",
    )
