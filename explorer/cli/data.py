"""``build-db``, ``check``, ``screenshot`` and ``gui``: the reference database and the window."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from explorer.cli.common import TerminalProgress, parse_size
from explorer.paths import default_build_target, default_reference_db, default_sources_dir


def register(sub: Any) -> None:
    """Add this group's commands to the top-level sub-parsers."""
    build = sub.add_parser("build-db", help="build the reference database from the sources")
    build.add_argument("--sources", type=Path, help="sources folder (default ../shared/data)")
    build.add_argument("--out", type=_out_target,
                       help="database file to write, or a postgresql:// catalogue to replace")
    build.add_argument("--if-missing", action="store_true", help="do nothing if --out exists")
    build.add_argument("--quiet", action="store_true", help="no progress bar")
    build.add_argument(
        "--allow-shrink",
        action="store_true",
        help="accept a source with far fewer rows than the current database (not a truncation)",
    )
    build.set_defaults(func=cmd_build)

    check = sub.add_parser("check", help="check a reference database")
    check.add_argument("--json", action="store_true", help="print one JSON object")
    check.set_defaults(func=cmd_check)

    shot = sub.add_parser("screenshot", help="render a page offscreen to PNG")
    shot.add_argument("--page", required=True, help="page name (home, sources)")
    shot.add_argument("--out", type=Path, required=True, help="PNG file to write")
    shot.add_argument("--size", type=parse_size, default=(1280, 800), help="WxH, default 1280x800")
    shot.set_defaults(func=cmd_screenshot)


def _out_target(text: str) -> Path | str:
    from explorer.cli.common import db_target

    return db_target(text)


def _build_on_server(args: argparse.Namespace, url: str) -> int:
    """``build-db --out postgresql://...``: build a file in a temporary folder, then replace
    the server's catalogue with it in one transaction (readers see the old or the new)."""
    import tempfile

    from explorer.store.database import Database
    from explorer.store.engine import make_engine
    from explorer.store.postgresql.load import load_catalogue

    with tempfile.TemporaryDirectory(prefix="explorer-build-") as tmp:
        args.out = Path(tmp) / "reference.sqlite"
        args.if_missing = False
        code = cmd_build(args)
        if code != 0:
            return code
        lite = make_engine(args.out, readonly=True)
        server = Database.open(url)
        try:
            with lite.connect() as src, server.connect() as dst:
                copied = load_catalogue(src, dst)
        finally:
            lite.dispose()
            server.dispose()
    print(f"loaded {server.display_name}: {sum(copied.values()):,} rows in {len(copied)} tables")
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    """Build the reference database; non-zero exit with a one-line message on bad input."""
    from explorer.importers.build import build_database
    from explorer.importers.errors import BuildCancelled, SourceError

    target: Path | str = args.out or args.db or default_build_target()
    if isinstance(target, str):
        return _build_on_server(args, target)
    out = target
    if args.if_missing and out.exists():
        print(f"{out} exists; not rebuilt")
        return 0
    sources: Path = args.sources or default_sources_dir()
    progress = None if args.quiet else TerminalProgress()
    try:
        result = build_database(sources, out, progress=progress, allow_shrink=args.allow_shrink)
    except SourceError as exc:
        print(f"\nerror: {exc}", file=sys.stderr)
        print("the previous database (if any) was left untouched", file=sys.stderr)
        return 2
    except (BuildCancelled, KeyboardInterrupt):
        print("\ncancelled; the previous database (if any) was left untouched", file=sys.stderr)
        return 130
    counts = ", ".join(f"{k} {v:,}" for k, v in result.counts.items())
    print(f"built {result.path} in {result.seconds:.1f} s: {counts}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Check a database; exit 1 on any problem, 2 when it cannot be read at all."""
    from explorer.store.check import DatabaseUnreadable, check_database

    if isinstance(args.db, str):  # a postgresql:// catalogue
        from explorer.store.database import Database
        from explorer.store.postgresql.health import ServerUnusable, check_server

        database = Database.open(args.db)
        try:
            report = check_server(database)
        except ServerUnusable as exc:
            return _unreadable(args, exc)
        finally:
            database.dispose()
        return _print_check(args, report)
    path: Path = args.db or default_reference_db()
    try:
        report = check_database(path)
    except DatabaseUnreadable as exc:
        return _unreadable(args, exc)
    return _print_check(args, report)


def _unreadable(args: argparse.Namespace, exc: Exception) -> int:
    """A database that cannot be checked at all: one line (and the JSON form), exit 2."""
    if args.json:
        print(json.dumps({"integrity": [str(exc)]}))
    print(f"error: {exc}", file=sys.stderr)
    return 2


def _print_check(args: argparse.Namespace, report: Any) -> int:
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False))
    else:
        for key, value in report.server.items():
            print(f"{'server ' + key:<28} {value}")
        for key, value in report.counts.items():
            print(f"{key:<28} {value:>12,}")
        if report.initiatives_without_country:
            gaps = ", ".join(report.initiatives_without_country)
            print(f"{'no country in the source':<28} {gaps}")
        for key, (total, with_dac) in report.dac_coverage.items():
            print(f"{'DAC sector ' + key:<28} {with_dac:>12,} of {total:,}")
        print("integrity".ljust(28), "ok" if report.ok else "PROBLEMS")
        for problem in report.problems:
            print(f"  - {problem}")
    return 0 if report.ok else 1


def cmd_screenshot(args: argparse.Namespace) -> int:
    """Render a page to PNG offscreen."""
    import os

    from explorer.cli.common import check_output

    refused = check_output(args.out, args, kind="PNG file")
    if refused:
        print(f"error: {refused}", file=sys.stderr)
        return 2

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from explorer.store.check import DatabaseUnreadable, open_readonly
    from explorer.ui.screenshot import ScreenshotError, render_page

    path: Path = args.db or default_reference_db()
    try:
        open_readonly(path).close()
    except DatabaseUnreadable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        render_page(path, args.page, args.out, args.size)
    except ScreenshotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {args.out}")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    """Open the main window."""
    from explorer.app import run_gui

    return run_gui(args.db or default_reference_db(), page=getattr(args, "page", None))
