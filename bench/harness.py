"""The benchmark harness: a registry of named benchmarks, repeats, statistics and targets.

A benchmark is a function that takes a ``RunContext`` and returns a ``Measurement`` holding
every sample it took (and, optionally, the samples of a baseline measured in the same run).
The harness turns that into median, min and max, the ratio against the baseline and whether
the target was met. It stays free of Qt and of the app's own packages, so that the process
which spawns the measured children stays small (see ``bench.procs``).
"""

from __future__ import annotations

import statistics
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
WORK_DIR = BENCH_DIR / "work"

JSON = dict[str, Any]


class BenchmarkFailed(Exception):
    """A benchmark could not produce a number; the message says why, for a human."""


@dataclass(frozen=True)
class Target:
    """What a benchmark should achieve: its median, or its ratio to the baseline, at most this."""

    on: Literal["median", "ratio"]
    limit: float
    unit: str = "s"

    def describe(self) -> str:
        """The target as shown in the report, e.g. ``ratio ≤ 1.5`` or ``median < 60 s``."""
        if self.on == "ratio":
            return f"ratio ≤ {self.limit:g}"
        return f"median < {self.limit:g} {self.unit}"

    def met(self, median: float, ratio: float | None) -> bool:
        """Whether the measured figures meet the target."""
        if self.on == "ratio":
            return ratio is not None and ratio <= self.limit
        return median < self.limit


@dataclass
class Measurement:
    """What a benchmark returns: every sample, optional baseline samples, and extra fields."""

    samples: list[float]
    baseline: list[float] | None = None
    extra: JSON = field(default_factory=dict)
    notes: str = ""


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@dataclass(frozen=True)
class RunContext:
    """What a benchmark gets to run with; ``repeats`` and ``warmup`` are already resolved."""

    repeats: int
    warmup: int
    work_dir: Path
    options: dict[str, str] = field(default_factory=dict)
    log: Callable[[str], None] = _stderr


BenchFn = Callable[[RunContext], Measurement]


@dataclass(frozen=True)
class Benchmark:
    """A registered benchmark."""

    name: str
    title: str
    run: BenchFn
    repeats: int
    warmup: int
    target: Target | None
    unit: str = "s"


REGISTRY: dict[str, Benchmark] = {}


def register(
    name: str,
    title: str,
    *,
    repeats: int = 5,
    warmup: int = 1,
    target: Target | None = None,
    unit: str = "s",
) -> Callable[[BenchFn], BenchFn]:
    """Register the decorated function as benchmark ``name`` with its default repeats."""

    def decorate(fn: BenchFn) -> BenchFn:
        if name in REGISTRY:
            raise ValueError(f"benchmark {name!r} is registered twice")
        REGISTRY[name] = Benchmark(name, title, fn, repeats, warmup, target, unit)
        return fn

    return decorate


@dataclass(frozen=True)
class Stats:
    """Median, min and max of a list of samples."""

    median: float
    min: float
    max: float
    n: int

    @classmethod
    def of(cls, samples: list[float]) -> Stats:
        if not samples:
            raise ValueError("no samples")
        return cls(statistics.median(samples), min(samples), max(samples), len(samples))


def summarise(bench: Benchmark, m: Measurement, *, ran_at: datetime, machine: str) -> JSON:
    """The results.json entry of one successful run of ``bench``."""
    unit = bench.unit
    app = Stats.of(m.samples)
    entry: JSON = {
        "title": bench.title,
        "unit": unit,
        "repeats": app.n,
        f"median_{unit}": app.median,
        f"min_{unit}": app.min,
        f"max_{unit}": app.max,
        f"samples_{unit}": m.samples,
    }
    ratio: float | None = None
    if m.baseline:
        base = Stats.of(m.baseline)
        ratio = app.median / base.median
        entry.update(
            {
                f"app_{unit}": app.median,
                f"baseline_{unit}": base.median,
                "ratio": ratio,
                f"baseline_min_{unit}": base.min,
                f"baseline_max_{unit}": base.max,
                f"baseline_samples_{unit}": m.baseline,
            }
        )
    if bench.target is not None:
        entry["target"] = bench.target.describe()
        entry["met"] = bench.target.met(app.median, ratio)
    entry.update(m.extra)
    if m.notes:
        entry["notes"] = m.notes
    entry["ran_at"] = ran_at.isoformat(timespec="seconds")
    entry["machine"] = machine
    return entry


def failure_entry(bench: Benchmark, message: str, *, ran_at: datetime, machine: str) -> JSON:
    """The results.json entry of a run that produced no number."""
    entry: JSON = {"title": bench.title, "error": message}
    if bench.target is not None:
        entry["target"] = bench.target.describe()
        entry["met"] = False
    entry["ran_at"] = ran_at.isoformat(timespec="seconds")
    entry["machine"] = machine
    return entry


def load_average() -> float | None:
    """The 1-minute load average (runnable processes), or None where it cannot be read."""
    try:
        return float(Path("/proc/loadavg").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def run_benchmark(
    bench: Benchmark,
    *,
    repeats: int | None = None,
    warmup: int | None = None,
    work_dir: Path = WORK_DIR,
    options: dict[str, str] | None = None,
    ran_at: datetime | None = None,
    machine: str = "",
    log: Callable[[str], None] | None = None,
) -> JSON:
    """Run one benchmark and return its results.json entry (an ``error`` entry if it failed)."""
    when = ran_at or datetime.now().astimezone()
    if repeats is not None and repeats < 1:
        raise ValueError("repeats must be at least 1")
    work_dir.mkdir(parents=True, exist_ok=True)
    ctx = RunContext(
        repeats=repeats if repeats is not None else bench.repeats,
        warmup=max(0, warmup if warmup is not None else bench.warmup),
        work_dir=work_dir,
        options=dict(options or {}),
        log=log or _stderr,
    )
    load_before = load_average()
    try:
        measurement = bench.run(ctx)
    except BenchmarkFailed as exc:
        return failure_entry(bench, str(exc), ran_at=when, machine=machine)
    # Other work on the machine skews every figure: say how busy it was.
    measurement.extra.setdefault("load_1m_before", load_before)
    measurement.extra.setdefault("load_1m_after", load_average())
    if len(measurement.samples) != ctx.repeats:
        raise RuntimeError(
            f"{bench.name}: expected {ctx.repeats} samples, got {len(measurement.samples)}"
        )
    return summarise(bench, measurement, ran_at=when, machine=machine)
