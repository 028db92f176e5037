"""Smoke tests of the benchmark harness: registry, statistics, writers; no timing asserted."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

import pytest

import bench.run
from bench import harness, report
from bench.harness import Benchmark, BenchmarkFailed, Measurement, RunContext, Target
from bench.procs import run_child

INFO = {
    "cpu": "Test CPU",
    "cores": "2",
    "ram": "1.0 GiB",
    "os": "TestOS",
    "python": "3.x",
    "qt": "Qt 6.x",
    "date": "2030-01-02T03:04:05+00:00",
}
WHEN = datetime.fromisoformat(INFO["date"])


def _counting(ctx: RunContext) -> Measurement:
    return Measurement(
        samples=[float(i + 1) for i in range(ctx.repeats)],
        baseline=[0.5 * (i + 1) for i in range(ctx.repeats)],
        extra={"peak_rss_mb": 12.0},
        notes="a note",
    )


def _failing(ctx: RunContext) -> Measurement:
    raise BenchmarkFailed("the app is not there yet\nModuleNotFoundError: explorer.app")


COUNTING = Benchmark("counting", "Counts", _counting, 3, 0, Target("ratio", 1.5))
FAILING = Benchmark("failing", "Fails", _failing, 3, 0, Target("median", 60.0))


def test_register_adds_a_named_benchmark_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(harness, "REGISTRY", {})
    harness.register("noop", "Nothing", repeats=2)(_counting)
    assert harness.REGISTRY["noop"].repeats == 2
    with pytest.raises(ValueError):
        harness.register("noop", "Again")(_counting)


def test_run_benchmark_reports_every_sample_and_the_ratio(tmp_path: Path) -> None:
    entry = harness.run_benchmark(COUNTING, repeats=2, work_dir=tmp_path, ran_at=WHEN)
    assert entry["samples_s"] == [1.0, 2.0]
    assert (entry["median_s"], entry["min_s"], entry["max_s"]) == (1.5, 1.0, 2.0)
    assert entry["app_s"] == 1.5 and entry["baseline_s"] == 0.75
    assert entry["ratio"] == pytest.approx(2.0)
    assert entry["met"] is False and entry["target"] == "ratio ≤ 1.5"
    assert entry["peak_rss_mb"] == 12.0


def test_a_failed_benchmark_gives_an_error_entry_not_a_number(tmp_path: Path) -> None:
    entry = harness.run_benchmark(FAILING, work_dir=tmp_path, ran_at=WHEN)
    assert "not there yet" in entry["error"]
    assert entry["met"] is False
    assert "median_s" not in entry


def test_results_merge_and_render(tmp_path: Path) -> None:
    path = tmp_path / "results.json"
    path.write_text(json.dumps({"build": {"median_s": 30.0, "unit": "s"}}))
    fresh = {
        "counting": harness.run_benchmark(COUNTING, repeats=2, work_dir=tmp_path, ran_at=WHEN),
        "failing": harness.run_benchmark(FAILING, work_dir=tmp_path, ran_at=WHEN),
    }
    merged = report.merge_results(path, fresh)
    assert set(json.loads(path.read_text())) == {"build", "counting", "failing"} == set(merged)
    text = report.render_markdown(merged, INFO, ["counting", "failing"])
    assert "Test CPU" in text and "Qt 6.x" in text
    assert "| counting | 1.500 s | 1.000 s | 2.000 s | 0.750 s | 2.00 | ratio ≤ 1.5 |" in text
    assert "| failing | **failed** |" in text and "ModuleNotFoundError" in text
    assert text.index("| counting") < text.index("| failing") < text.index("| build")


def test_readme_table_goes_between_the_markers_only(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(f"# App\n\n{report.START_MARKER}\nold\n{report.END_MARKER}\n\nTail\n")
    assert report.update_readme(readme, "| new |\n")
    assert readme.read_text() == (
        f"# App\n\n{report.START_MARKER}\n| new |\n{report.END_MARKER}\n\nTail\n"
    )
    plain = tmp_path / "PLAIN.md"
    plain.write_text("# No markers\n")
    assert not report.update_readme(plain, "| new |\n")
    assert plain.read_text() == "# No markers\n"


def test_run_child_reads_the_probe_line_and_reports_failures() -> None:
    ok = run_child(
        [sys.executable, "-c", "print('hello'); print('painted 0.25')"],
        env={},
        wait_for="painted",
        timeout_s=60,
        what="probe",
    )
    assert ok.line == "painted 0.25" and ok.peak_rss_mb > 0
    with pytest.raises(BenchmarkFailed, match="status 3"):
        run_child(
            [sys.executable, "-c", "raise SystemExit(3)"],
            env={},
            wait_for=None,
            timeout_s=60,
            what="x",
        )
    with pytest.raises(BenchmarkFailed, match="without printing"):
        run_child(
            [sys.executable, "-c", "print('hi')"],
            env={},
            wait_for="painted",
            timeout_s=60,
            what="x",
        )


def test_main_runs_one_benchmark_and_writes_every_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bench.run, "REGISTRY", {"counting": COUNTING, "failing": FAILING})
    monkeypatch.setattr(bench.run, "machine_info", lambda: dict(INFO))
    readme = tmp_path / "README.md"
    readme.write_text(f"{report.START_MARKER}\n{report.END_MARKER}\n")
    args = ["--results", str(tmp_path / "r.json"), "--markdown", str(tmp_path / "r.md")]
    args += ["--readme", str(readme), "--work-dir", str(tmp_path / "work"), "--repeats", "2"]
    assert bench.run.main([*args, "--only", "counting", "--no-fail-on-target"]) == 0
    assert bench.run.main([*args, "--only", "failing"]) == 1
    assert set(json.loads((tmp_path / "r.json").read_text())) == {"counting", "failing"}
    assert "| counting |" in (tmp_path / "r.md").read_text()
    assert "| failing |" in readme.read_text()
