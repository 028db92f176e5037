"""Benchmark "import_worldbank": a 1,000,000-row World Bank bulk download (``WDICSV.csv``
with ``WDISeries.csv`` in a zip, the WDI bulk layout) imported into a copy of the reference
database, one fresh process per sample; wall time and peak RSS.

SYNTHETIC LOAD-TEST FILE, NOT DATA. Its structure is real: the bulk layout's header
(Country Name, Country Code, Indicator Name, Indicator Code, 1960..2023), the real countries
(ISO3 codes and names) of the reference database, and series codes built on the 72 real WDI
codes of ``wdi-datahub/_index.csv`` (``<real code>.LOADTEST<n>``). The values are a
deterministic sequence, and every series is named "Synthetic load-test series ... (not World
Bank data)", so nothing in it can be mistaken for a published figure. Each row carries
``VALUES_PER_ROW`` years (WDI's bulk file is sparse too). Written once into ``bench/work/``.
Target (issue 12): under 30 s.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
import statistics
import zipfile
from pathlib import Path
from typing import IO

from bench.bench_import_iati import child_env
from bench.harness import BenchmarkFailed, Measurement, RunContext, Target, register
from bench.procs import python_command, run_child

ROWS = 1_000_000
VALUES_PER_ROW = 3
YEARS = tuple(range(1960, 2024))
TIMEOUT_S = 1800.0
LABEL = "Synthetic load-test series {n} built on {code} (not World Bank data)"


def real_codes(sources: Path) -> list[str]:
    """The WDI indicator codes of the shipped download index (its first column)."""
    with (sources / "wdi-datahub" / "_index.csv").open(encoding="utf-8", newline="") as fh:
        return [row["indicator_code"] for row in csv.DictReader(fh) if row["indicator_code"]]


def countries(db: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return [(str(c), str(n)) for c, n in
                conn.execute("SELECT iso3, name FROM country ORDER BY iso3")]
    finally:
        conn.close()


def write_file(path: Path, db: Path, sources: Path, rows: int = ROWS) -> Path:
    """The generated zip (kept between runs once complete)."""
    if path.is_file() and path.stat().st_size > 0:
        return path
    places = countries(db)
    codes = real_codes(sources)
    series = -(-rows // len(places))  # as many series as it takes to reach ``rows``
    tmp = path.with_suffix(".part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        with archive.open("WDISeries.csv", "w") as raw:
            out = _text(raw)
            writer = csv.writer(out)
            writer.writerow(["Series Code", "Topic", "Indicator Name", "Long definition",
                             "Unit of measure", "Source"])
            for n in range(series):
                code = f"{codes[n % len(codes)]}.LOADTEST{n}"
                writer.writerow([code, "Synthetic load test", LABEL.format(n=n, code=code),
                                 "A generated series to measure import speed; not data.", "",
                                 "Exchange Explorer benchmark (synthetic)"])
            out.flush()
            out.detach()
        with archive.open("WDICSV.csv", "w", force_zip64=True) as raw:
            out = _text(raw)
            writer = csv.writer(out)
            writer.writerow(["Country Name", "Country Code", "Indicator Name", "Indicator Code",
                             *map(str, YEARS)])
            blank = [""] * len(YEARS)
            written = 0
            for n in range(series):
                code = f"{codes[n % len(codes)]}.LOADTEST{n}"
                name = LABEL.format(n=n, code=code)
                for k, (iso3, country) in enumerate(places):
                    if written == rows:
                        break
                    cells = list(blank)
                    first = (n + k) % (len(YEARS) - VALUES_PER_ROW)
                    for j in range(VALUES_PER_ROW):
                        cells[first + j] = f"{(n * 7 + k * 13 + j) % 1000 / 10:.1f}"
                    writer.writerow([country, iso3, name, code, *cells])
                    written += 1
            out.flush()
            out.detach()
    tmp.replace(path)
    return path


def _text(raw: IO[bytes]) -> io.TextIOWrapper:
    return io.TextIOWrapper(raw, encoding="utf-8", newline="")


@register("import_worldbank", "World Bank import: a 1,000,000-row synthetic WDI bulk zip "
          "(real codes and countries, load-test values) into the reference database",
          repeats=3, warmup=0, target=Target("median", 30.0))
def bench_import_worldbank(ctx: RunContext) -> Measurement:
    from bench.bench_startup import reference_db
    from explorer.paths import default_sources_dir

    source = reference_db(ctx)
    data = write_file(ctx.work_dir / "wdi-bulk-1m-synthetic.zip", source, default_sources_dir())
    samples, inner, peaks, records = [], [], [], 0
    for i in range(ctx.repeats):
        db = ctx.work_dir / "import-wb-target.sqlite"
        shutil.copyfile(source, db)
        run = run_child(python_command("-m", "bench.bench_import_iati", "--child",
                                       str(data), str(db), "--format", "worldbank"),
                        env=child_env(ctx), wait_for=None,
                        timeout_s=TIMEOUT_S, what="import_worldbank")
        report = json.loads(run.stdout.strip().splitlines()[-1])
        records = int(report.get("records", 0))
        if records != ROWS * VALUES_PER_ROW:
            raise BenchmarkFailed(f"import_worldbank: {records} values, not "
                                  f"{ROWS * VALUES_PER_ROW}")
        samples.append(run.wall_s)
        inner.append(float(report["seconds"]))
        peaks.append(run.peak_rss_mb)
        ctx.log(f"import_worldbank: {i + 1}/{ctx.repeats} {run.wall_s:.1f} s, "
                f"peak {run.peak_rss_mb:.0f} MB")
        db.unlink(missing_ok=True)
    median = statistics.median(samples)
    return Measurement(samples, extra={
        "rows": ROWS, "values": records, "rows_per_s": round(ROWS / median),
        "import_file_s": inner, "peak_rss_mb": max(peaks),
        "file_mb": round(data.stat().st_size / 2**20, 1), "synthetic": True})
