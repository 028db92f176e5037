"""Benchmarks "data_package" and "data_install": signing the real reference catalogue into
one ``.eedata`` file, and verifying + installing it (issue 15's targets: under 60 s and
under 10 s). A fresh Ed25519 key is made for each run; the target is a copy in the work dir,
never the shared reference file."""

from __future__ import annotations

import time
from pathlib import Path

from bench.bench_startup import reference_db
from bench.harness import Measurement, RunContext, Target, register


def _key() -> tuple[object, dict[str, object]]:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    return key, {"bench": key.public_key()}


def _package(db: Path, out: Path, key: object) -> float:
    from explorer.packages.core import build

    start = time.perf_counter()
    build(db, out, key, name="bench", sequence=1)
    return time.perf_counter() - start


@register("data_package", "Sign the reference catalogue into one .eedata package",
          repeats=3, warmup=0, target=Target("median", 60.0))
def bench_data_package(ctx: RunContext) -> Measurement:
    """Median wall time of ``build``; the package's size in MiB."""
    db = reference_db(ctx)
    key, _ = _key()
    out = ctx.work_dir / "bench.eedata"
    samples = []
    for i in range(ctx.repeats):
        samples.append(_package(db, out, key))
        ctx.log(f"data_package: {i + 1}/{ctx.repeats} {samples[-1]:.1f} s")
    size = out.stat().st_size / (1024 * 1024)
    out.unlink()
    return Measurement(samples=samples, extra={"package_mb": size,
                                               "database_mb": db.stat().st_size / (1 << 20)},
                       notes=f"package {size:.0f} MiB from {db.stat().st_size >> 20} MiB")


@register("data_install", "Verify and install the reference .eedata package",
          repeats=5, warmup=0, target=Target("median", 10.0))
def bench_data_install(ctx: RunContext) -> Measurement:
    """Median wall time of ``install`` (signature, every hash, decompress, integrity_check,
    fsync, rename) into a scratch target; the verify-only median as extra."""
    from explorer.packages.core import install, verify

    db = reference_db(ctx)
    key, trusted = _key()
    pkg = ctx.work_dir / "bench.eedata"
    _package(db, pkg, key)
    target = ctx.work_dir / "installed.sqlite"
    samples, verify_s = [], []
    for i in range(ctx.repeats):
        start = time.perf_counter()
        verify(pkg, trusted)
        verify_s.append(time.perf_counter() - start)
        start = time.perf_counter()
        install(pkg, target, trusted, allow_older=True)
        samples.append(time.perf_counter() - start)
        ctx.log(f"data_install: {i + 1}/{ctx.repeats} verify {verify_s[-1]:.1f} s, "
                f"install {samples[-1]:.1f} s")
    for leftover in ctx.work_dir.glob("installed.sqlite*"):
        leftover.unlink()
    verify_median = sorted(verify_s)[len(verify_s) // 2]
    pkg.unlink()
    return Measurement(samples=samples, extra={"verify_median_s": verify_median},
                       notes=f"verify alone {verify_median:.1f} s (median)")
