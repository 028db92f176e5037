"""Benchmarks of the country pages, measured in this process, offscreen, on the real data.

* ``country_profile``: opening a profile after the first one (background query, then the
  page laid out), from ``show_country`` to ``profile_shown``; target median < 150 ms.
* ``country_compare``: 8 countries x 10 indicators, from the request to the table and the
  small multiples drawn (``comparison_shown``); target median < 200 ms.
* ``country_brief``: drawing the PDF brief of a loaded profile; target median < 2 s.

Each sample is one open / comparison / brief; p95 goes in the extra fields. Run alone:
``python -m bench.bench_countries [--db DB] [--repeats N]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from bench.harness import BenchmarkFailed, Measurement, RunContext, Target, register

PROFILES = ("KEN", "IND", "VCT", "CHN", "PER", "ZAF", "VNM", "EGY", "MEX", "NGA")
COMPARED = ("BRA", "IND", "CHN", "ZAF", "MEX", "IDN", "TUR", "KEN")
INDICATORS = ("NY.GDP.MKTP.CD", "NY.GDP.PCAP.CD", "NY.GDP.MKTP.KD.ZG", "SP.POP.TOTL",
              "SI.POV.DDAY", "SP.DYN.LE00.IN", "GB.XPD.RSDV.GD.ZS", "SE.TER.ENRR",
              "DT.ODA.ODAT.CD", "IT.CEL.SETS.P2")  # fmt: skip
TIMEOUT_MS = 30_000


def p95(samples: list[float]) -> float:
    """The 95th percentile (nearest rank)."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _db(ctx: RunContext) -> Path:
    from explorer.paths import default_reference_db

    path = Path(ctx.options.get("db") or os.environ.get("EXPLORER_DB") or default_reference_db())
    if not path.is_file():
        raise BenchmarkFailed(f"countries: reference database {path} not found")
    return path


class _Pages:
    """A QApplication, a runner and a page context over ``db`` (built once per process)."""

    def __init__(self, db: Path, work_dir: Path) -> None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtCore import QSettings

        from explorer.ui.application import make_application
        from explorer.ui.pages.base import PageContext
        from explorer.ui.runner import Runner
        from explorer.ui.settings import Settings

        self.app = make_application([])
        self.runner = Runner()
        ini = str(work_dir / "countries-settings.ini")
        settings = Settings(QSettings(ini, QSettings.Format.IniFormat))
        from explorer.store.database import Database

        self.context = PageContext(Database.open(db, readonly=True), self.runner, settings)

    def timed(self, signal: Any, start: Callable[[], None]) -> float:
        """Seconds from ``start()`` until ``signal`` fires."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(TIMEOUT_MS, loop.quit)
        began = time.perf_counter()
        start()
        loop.exec()
        took = time.perf_counter() - began
        signal.disconnect(loop.quit)
        if took * 1000 >= TIMEOUT_MS:
            raise BenchmarkFailed("countries: a page did not answer within 30 s")
        return took

    def close(self) -> None:
        self.runner.shutdown()


def _summary(samples: list[float]) -> dict[str, float]:
    return {"p95_s": p95(samples), "median_ms": statistics.median(samples) * 1000}


@register("country_profile", "Country profile opened after the first (offscreen)",
          repeats=10, warmup=1, target=Target("median", 0.150))  # fmt: skip
def bench_profile(ctx: RunContext) -> Measurement:
    from explorer.ui.pages.countries import CountriesPage

    pages = _Pages(_db(ctx), ctx.work_dir)
    page = CountriesPage(pages.context)
    page.resize(1280, 860)
    page.show()
    pages.timed(page.data_shown, page.activate)
    for _ in range(max(1, ctx.warmup)):
        pages.timed(page.profile_shown, lambda: page.show_country("BRA"))
    samples = []
    for i in range(ctx.repeats):
        iso3 = PROFILES[i % len(PROFILES)]
        samples.append(pages.timed(page.profile_shown, partial(page.show_country, iso3)))
    pages.close()
    return Measurement(samples, extra=_summary(samples))


@register("country_compare", "Compare 8 countries x 10 indicators: table and charts",
          repeats=10, warmup=1, target=Target("median", 0.200))  # fmt: skip
def bench_compare(ctx: RunContext) -> Measurement:
    from explorer.ui.pages.compare import ComparePage
    from explorer.ui.selection import shared_selection

    pages = _Pages(_db(ctx), ctx.work_dir)
    shared_selection(pages.runner).set_codes(COMPARED)
    page = ComparePage(pages.context)
    page.resize(1400, 1000)
    page.show()
    pages.timed(page.comparison_shown, page.activate)
    modes = ("value", "index", "per_capita")
    samples = []
    for i in range(ctx.warmup + ctx.repeats):
        mode_index = page.mode_box.findData(modes[i % len(modes)])
        page.mode_box.blockSignals(True)
        page.mode_box.setCurrentIndex(mode_index)
        page.mode_box.blockSignals(False)
        took = pages.timed(page.comparison_shown, lambda: page.set_indicators(list(INDICATORS)))
        if i >= ctx.warmup:
            samples.append(took)
    pages.close()
    return Measurement(samples, extra=_summary(samples))


@register("country_brief", "PDF country brief of a loaded profile (3 A4 pages)",
          repeats=7, warmup=1, target=Target("median", 2.0))  # fmt: skip
def bench_brief(ctx: RunContext) -> Measurement:
    from explorer.jobs.countries import load_profile
    from explorer.ui.pdf_brief import brief_pdf

    db = _db(ctx)
    pages = _Pages(db, ctx.work_dir)
    from explorer.store.database import Database

    profile = load_profile(Database.open(db, readonly=True), "BRA")
    if profile is None:
        raise BenchmarkFailed("countries: no profile for BRA")
    samples, size = [], 0
    for i in range(ctx.warmup + ctx.repeats):
        began = time.perf_counter()
        size = len(brief_pdf(profile))
        if i >= ctx.warmup:
            samples.append(time.perf_counter() - began)
    pages.close()
    return Measurement(samples, extra={**_summary(samples), "pdf_kb": size / 1024})


def main() -> None:
    """Run alone: print median and p95 of each benchmark."""
    from bench.harness import WORK_DIR

    p = argparse.ArgumentParser(prog="python -m bench.bench_countries")
    p.add_argument("--db", type=Path)
    p.add_argument("--repeats", type=int, default=10)
    args = p.parse_args()
    options = {"db": str(args.db)} if args.db else {}
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    ctx = RunContext(repeats=args.repeats, warmup=1, work_dir=WORK_DIR, options=options)
    for name, fn in (("country_profile", bench_profile), ("country_compare", bench_compare),
                     ("country_brief", bench_brief)):  # fmt: skip
        m = fn(ctx)
        print(f"{name}: median {statistics.median(m.samples) * 1000:.0f} ms, "
              f"p95 {p95(m.samples) * 1000:.0f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
