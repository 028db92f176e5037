"""Run the benchmarks: ``python -m bench.run [--only NAME] [--repeats N] ...``.

Writes bench/results.json (merged with earlier results), bench/results.md, and the table
between ``<!-- bench:start -->`` and ``<!-- bench:end -->`` in README.md when it has them.
Exits 1 when a benchmark failed or missed its target (``--no-fail-on-target`` to only report).
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from bench import (  # noqa: F401 (importing registers the benchmarks)
    bench_build,
    bench_charts,
    bench_countries,
    bench_data_package,
    bench_import_iati,
    bench_import_worldbank,
    bench_keystroke,
    bench_package,
    bench_postgres,
    bench_relevance,
    bench_search,
    bench_startup,
    bench_workspace,
)
from bench.harness import BENCH_DIR, JSON, REGISTRY, REPO_ROOT, WORK_DIR, run_benchmark
from bench.report import machine_info, machine_label, merge_results, render_markdown, update_readme

DEFAULT_RESULTS = BENCH_DIR / "results.json"


CHILD_PROCESS_BENCHMARKS = ("build", "startup", "package")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    p.add_argument("--only", action="append", metavar="NAME", help="run only this benchmark")
    p.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    p.add_argument("--repeats", type=int, help="measured runs per benchmark (default: its own)")
    p.add_argument("--warmup", type=int, help="unmeasured runs first (default: its own)")
    p.add_argument("--db", help="reference database for start-up (default: EXPLORER_DB, build/)")
    p.add_argument("--sources", help="sources folder for the build (default: EXPLORER_SOURCES)")
    p.add_argument("--app-module", help="module started as the app (default: explorer)")
    p.add_argument("--results", type=Path, help="default bench/results.json")
    p.add_argument("--markdown", type=Path, help="default bench/results.md")
    p.add_argument(
        "--readme",
        type=Path,
        help="file whose bench markers get the table (default: README.md, but only on a "
        "default run: never with --app-module or --results)",
    )
    p.add_argument("--work-dir", type=Path, default=WORK_DIR)
    p.add_argument(
        "--no-fail-on-target", action="store_true", help="exit 0 even when a target is missed"
    )
    return p


def main(argv: list[str] | None = None) -> int:
    """Run the chosen benchmarks and write the reports; the exit status says if all met."""
    args = _parser().parse_args(argv)
    if args.list:
        for b in REGISTRY.values():
            target = b.target.describe() if b.target else "no target"
            print(f"{b.name:10} {b.title} ({b.repeats} repeats; {target})")
        return 0
    # Benchmarks that time child processes run first: a child's peak RSS (ru_maxrss) can
    # not read lower than this process's size, which grows once in-process benchmarks have
    # loaded Qt, pyqtgraph and a database.
    names = args.only or sorted(REGISTRY, key=lambda n: n not in CHILD_PROCESS_BENCHMARKS)
    if not args.only and not bench_package.EXECUTABLE.is_file():
        # The bundle benchmark needs `make package` (minutes); a plain run skips it and
        # keeps its last result in the report.
        print("== package: skipped (no bundle; `make package` then `make bench ONLY=package`)",
              file=sys.stderr)
        names = [n for n in names if n != "package"]
    unknown = [n for n in names if n not in REGISTRY]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(REGISTRY)}")
        return 2
    options = {
        k: str(v)
        for k, v in {"db": args.db, "sources": args.sources, "app_module": args.app_module}.items()
        if v
    }
    # A stand-in app (--app-module) or a results file elsewhere is a trial: it must not
    # overwrite the real report, so it goes to bench/work/ and README.md is left alone.
    out_dir = args.work_dir if args.app_module else BENCH_DIR
    results_path: Path = args.results or out_dir / "results.json"
    markdown_path: Path = args.markdown or out_dir / "results.md"
    readme: Path | None = args.readme
    if readme is None and results_path == DEFAULT_RESULTS:
        readme = REPO_ROOT / "README.md"
    info = machine_info()
    label = machine_label(info)
    fresh: dict[str, JSON] = {}
    for name in names:
        print(f"== {name}: {REGISTRY[name].title}", file=sys.stderr, flush=True)
        fresh[name] = run_benchmark(
            REGISTRY[name],
            repeats=args.repeats,
            warmup=args.warmup,
            work_dir=args.work_dir,
            options=options,
            ran_at=datetime.now().astimezone(),
            machine=label,
        )
        if "error" in fresh[name]:
            print(f"!! {name} FAILED: {fresh[name]['error']}", file=sys.stderr, flush=True)
    merged = merge_results(results_path, fresh)
    table = render_markdown(merged, info, list(REGISTRY))
    markdown_path.parent.mkdir(parents=True, exist_ok=True)
    markdown_path.write_text(f"# Performance report\n\n{table}")
    in_readme = update_readme(readme, table) if readme is not None else False
    print(table)
    print(f"wrote {results_path}, {markdown_path}" + (f", {readme}" if in_readme else ""))
    failed = [n for n, e in fresh.items() if "error" in e]
    missed = [n for n, e in fresh.items() if e.get("met") is False and "error" not in e]
    if failed:
        print(f"failed: {', '.join(failed)}")
    if missed:
        print(f"missed target: {', '.join(missed)}")
    return 1 if failed or (missed and not args.no_fail_on_target) else 0


if __name__ == "__main__":
    sys.exit(main())
