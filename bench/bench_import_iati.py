"""Benchmark "import_iati": a generated IATI 2.03 file of 100,000 activities imported into a
copy of the reference database (parse, write, search index), one fresh process per sample.

The file is written once into ``bench/work/`` (activities shaped like real ones: two
languages, reporting and participating organisations, two recipient countries, DAC sectors,
a budget and two transactions). Target: 2,000 activities/s or more, i.e. a median under
50 s; peak RSS is recorded (the issue asks for < 400 MB).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import time
from pathlib import Path

from bench.harness import BenchmarkFailed, Measurement, RunContext, Target, register
from bench.procs import python_command, run_child

ACTIVITIES = 100_000
TIMEOUT_S = 900.0
COUNTRIES = ("KE", "MZ", "AO", "BR", "IN", "SN", "GH", "VN", "BO", "PE")
SECTORS = ("31161", "11130", "12220", "14030", "23230")


def write_file(path: Path, n: int = ACTIVITIES) -> Path:
    """The generated file (kept between runs once complete)."""
    if path.is_file() and path.stat().st_size > 0:
        return path
    tmp = path.with_suffix(".part")
    with tmp.open("w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03" '
                 'generated-datetime="2026-01-01T00:00:00Z">\n')
        for i in range(n):
            a, b = COUNTRIES[i % 10], COUNTRIES[(i + 3) % 10]
            fh.write(
                f'<iati-activity xml:lang="en" default-currency="USD">'
                f"<iati-identifier>XX-BENCH-{i:07d}</iati-identifier>"
                '<reporting-org ref="XX-BENCH" type="10"><narrative>Bench Agency</narrative>'
                "</reporting-org><title><narrative>Knowledge exchange on seed systems number "
                f"{i}</narrative><narrative xml:lang='fr'>Échange numéro {i}</narrative></title>"
                "<description><narrative>Technicians trained in seed production and storage."
                "</narrative></description>"
                '<participating-org ref="BR-GOV-1" role="1" type="10"><narrative>Funding '
                'ministry</narrative></participating-org><participating-org role="4" '
                'type="21"><narrative>Implementing partner</narrative></participating-org>'
                f'<activity-status code="2"/><activity-date iso-date="{2000 + i % 25}-01-01" '
                f'type="2"/><recipient-country code="{a}" percentage="50"/>'
                f'<recipient-country code="{b}" percentage="50"/>'
                f'<sector code="{SECTORS[i % 5]}" vocabulary="1"/><collaboration-type '
                f'code="{8 if i % 4 == 0 else 1}"/><budget><value value-date="2020-01-01">'
                f"{1000 + i}</value></budget><transaction><transaction-type code='2'/>"
                f"<value value-date='2020-02-01'>{2000 + i}</value></transaction><transaction>"
                "<transaction-type code='3'/><value value-date='2020-03-01'>500</value>"
                "</transaction></iati-activity>\n")
        fh.write("</iati-activities>\n")
    tmp.replace(path)
    return path


def import_child(file: str, db: str, format_name: str | None = None) -> int:
    """The measured child process of the import benchmarks: one import, its time and
    counts as a JSON line (``--child FILE DB [--format NAME]``)."""
    from explorer.importers.formats.run import import_file
    from explorer.store.database import Database

    started = time.perf_counter()
    handle = Database.open(Path(db))
    out = import_file(handle, Path(file), format_name=format_name)
    handle.dispose()
    if out.error:
        print(out.error, file=sys.stderr)
        return 1
    print(json.dumps({"seconds": time.perf_counter() - started, "added": out.added,
                      "records": out.records}))
    return 0


@register("import_iati", "IATI import: 100,000 generated activities into the reference "
          "database", repeats=3, warmup=0, target=Target("median", ACTIVITIES / 2000))
def bench_import_iati(ctx: RunContext) -> Measurement:
    from bench.bench_startup import reference_db

    source = reference_db(ctx)
    data = write_file(ctx.work_dir / "iati-100k.xml")
    samples, inner, peaks = [], [], []
    for i in range(ctx.repeats):
        db = ctx.work_dir / "import-target.sqlite"
        shutil.copyfile(source, db)
        run = run_child(python_command("-m", "bench.bench_import_iati", "--child", str(data),
                                       str(db)), env=child_env(ctx), wait_for=None,
                        timeout_s=TIMEOUT_S, what="import_iati")
        report = json.loads(run.stdout.strip().splitlines()[-1])
        if report.get("added") != ACTIVITIES:
            raise BenchmarkFailed(f"import_iati: added {report.get('added')}, not {ACTIVITIES}")
        samples.append(run.wall_s)
        inner.append(float(report["seconds"]))
        peaks.append(run.peak_rss_mb)
        ctx.log(f"import_iati: {i + 1}/{ctx.repeats} {run.wall_s:.1f} s, "
                f"peak {run.peak_rss_mb:.0f} MB")
        db.unlink(missing_ok=True)
    median = statistics.median(samples)
    return Measurement(samples, extra={
        "activities": ACTIVITIES, "activities_per_s": round(ACTIVITIES / median),
        "import_file_s": inner, "peak_rss_mb": max(peaks),
        "file_mb": round(data.stat().st_size / 2**20, 1)})


def child_env(ctx: RunContext) -> dict[str, str]:
    """The child's environment: a user folder of the run's own (its kept imports)."""
    import os

    env = dict(os.environ)
    env["EXPLORER_USER_DIR"] = str(ctx.work_dir / "user")
    return env


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", nargs=2, metavar=("FILE", "DB"), required=True)
    parser.add_argument("--format", default=None)
    args = parser.parse_args()
    file, db = args.child
    raise SystemExit(import_child(file, db, args.format))
