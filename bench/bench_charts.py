"""Benchmarks "chart_*": map first paint, map and bubble frames, the full network, export.

The harness process stays free of Qt: each benchmark spawns ``python -m bench.bench_charts
CASE`` (offscreen, on the reference database), which loads the data once (not timed), takes
warm-up and timed samples in-process and prints ``samples <json>``. A sample is one synchronous
repaint after the change (``repaint()`` paints before returning), so it includes drawing.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.harness import Measurement, RunContext, Target, register
from bench.procs import python_command, run_child

PREFIX = "samples"
CASES = {
    "map_first_paint": ("Map: first paint of a choropleth (outlines + colours)", 0.100, 15),
    "map_frame": ("Map: one year step (recolour all countries + repaint)", 0.033, 60),
    "bubble_frame": ("Bubbles: one year step over all countries + repaint", 0.033, 60),
    "network": ("Network: every initiative, set and painted", 0.500, 10),
    "export": ("Export the map to PNG and SVG", 1.000, 8),
}


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _child_run(case: str, ctx: RunContext) -> Measurement:
    from bench.bench_startup import reference_db

    db = reference_db(ctx)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    _, _, repeats = CASES[case]
    run = run_child(
        python_command("-m", "bench.bench_charts", case, str(db), str(max(ctx.repeats, repeats)),
                       str(ctx.warmup), str(ctx.work_dir)),
        env=env, wait_for=PREFIX, timeout_s=300.0, what=f"chart benchmark {case}")
    payload = json.loads(run.line[len(PREFIX):])
    samples: list[float] = payload.pop("samples")
    payload.update(p95_s=_p95(samples), child_peak_rss_mb=run.peak_rss_mb, database=str(db))
    return Measurement(samples=samples, extra=payload,
                       notes=f"median {statistics.median(samples) * 1000:.1f} ms, "
                             f"p95 {_p95(samples) * 1000:.1f} ms")


def _register(case: str) -> None:
    title, limit, repeats = CASES[case]

    @register(f"chart_{case}", title, repeats=repeats, warmup=2, target=Target("median", limit))
    def bench(ctx: RunContext) -> Measurement:
        return _child_run(case, ctx)


for _case in CASES:
    _register(_case)


# -- the child: Qt, offscreen ------------------------------------------------------------
def _timed(fn: Callable[[], Any], repeats: int, warmup: int) -> list[float]:
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return samples


def child(case: str, db: Path, repeats: int, warmup: int, work: Path) -> dict[str, Any]:
    """Load data once, then time ``case``; returns samples and untimed facts."""
    from PySide6.QtWidgets import QApplication

    from explorer.store.engine import make_engine
    from explorer.ui.charts.render import ChartRequest, load_chart_data, make_chart

    app = QApplication.instance() or QApplication([])
    kind = {"map_first_paint": "map", "map_frame": "map", "export": "map",
            "bubble_frame": "bubbles", "network": "network"}[case]
    req = ChartRequest(kind, indicator="NY.GDP.PCAP.CD")
    engine = make_engine(db, readonly=True)
    started = time.perf_counter()
    with engine.connect() as conn:
        data = load_chart_data(conn, req)
    query_s = time.perf_counter() - started
    engine.dispose()
    facts: dict[str, Any] = {"query_s": query_s}

    def fresh() -> Any:
        chart = make_chart(req, data)
        chart.resize(1200, 700)
        chart.show()
        chart.repaint()
        return chart

    if case in ("map_first_paint", "network"):
        charts: list[Any] = []
        samples = _timed(lambda: charts.append(fresh()), repeats, warmup)
        facts["items"] = len(data.edges) if case == "network" else len(data[0].outlines)
    elif case in ("map_frame", "bubble_frame"):
        chart = fresh()
        years = list(data[1].years if case == "map_frame" else data.years)
        facts["years"], facts["countries"] = len(years), len(chart.table().rows)
        position = iter(years * (1 + (repeats + warmup) // max(1, len(years))))

        def step() -> None:
            chart.set_year(next(position))
            chart.plot.viewport().repaint()

        samples = _timed(step, repeats, warmup)
    else:
        chart = fresh()
        counter = iter(range(10_000))

        def export() -> None:
            n = next(counter)
            chart.export(work / f"bench_chart_{n % 2}.png")
            chart.export(work / f"bench_chart_{n % 2}.svg")

        samples = _timed(export, repeats, warmup)
    app.processEvents()
    return {"samples": samples, **facts}


if __name__ == "__main__":
    name, db_path, n, w, work_dir = sys.argv[1:6]
    Path(work_dir).mkdir(parents=True, exist_ok=True)
    result = child(name, Path(db_path), int(n), int(w), Path(work_dir))
    print(PREFIX + " " + json.dumps(result), flush=True)
