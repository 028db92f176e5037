"""Command line: the GUI (default) and the data commands.

Heavy modules are imported inside each command, so ``--help`` and the GUI's first paint do
not wait for SQLAlchemy or pyqtgraph.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from explorer import __version__
from explorer.paths import default_build_target, default_reference_db, default_sources_dir


def parse_size(text: str) -> tuple[int, int]:
    """``"1280x800"`` -> (1280, 800), for argparse (an ``ArgumentTypeError`` otherwise)."""
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 1280x800, not {text!r}") from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError("width and height must be between 200 and 8000")
    return width, height


def build_parser(*, gui_only: bool = False) -> argparse.ArgumentParser:
    """The argument parser of ``exchange-explorer``.

    ``gui_only`` leaves out the data commands, whose modules the window does not need: it
    is used when the command line names no command, so opening the window stays fast.
    """
    parser = argparse.ArgumentParser(
        prog="exchange-explorer",
        description="Explore South-South cooperation offline: initiatives, countries, trade.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", type=Path, help="reference database (default: built-in)")
    sub = parser.add_subparsers(dest="command")

    gui = sub.add_parser("gui", help="open the window (the default)")
    gui.add_argument("--page", help="page to open first (home, initiatives, countries...)")
    from explorer.kiosk_cli import add_kiosk_arguments

    add_kiosk_arguments(parser)
    if gui_only:
        return parser

    build = sub.add_parser("build-db", help="build the reference database from the sources")
    build.add_argument("--sources", type=Path, help="sources folder (default ../shared/data)")
    build.add_argument("--out", type=Path, help="database file to write")
    build.add_argument("--if-missing", action="store_true", help="do nothing if --out exists")
    build.add_argument("--quiet", action="store_true", help="no progress bar")

    check = sub.add_parser("check", help="check a reference database")
    check.add_argument("--json", action="store_true", help="print one JSON object")

    shot = sub.add_parser("screenshot", help="render a page offscreen to PNG")
    shot.add_argument("--page", required=True, help="page name (home, sources)")
    shot.add_argument("--out", type=Path, required=True, help="PNG file to write")
    shot.add_argument("--size", type=parse_size, default=(1280, 800), help="WxH, default 1280x800")

    from explorer.chart_cli import add_chart_parser
    from explorer.country_cli import add_country_parsers
    from explorer.profile_cli import add_profile_parser
    from explorer.search_cli import add_search_parser

    add_country_parsers(sub)
    add_search_parser(sub)
    add_chart_parser(sub)
    add_profile_parser(sub)
    sub.add_parser("kiosk-pin", help="read a new kiosk admin PIN on stdin, print its hash")
    return parser


class TerminalProgress:
    """A one-line progress bar on stderr (plain lines when stderr is not a terminal)."""

    def __init__(self) -> None:
        self._tty = sys.stderr.isatty()
        self._last = ""
        self._started = time.perf_counter()

    def __call__(self, label: str, fraction: float) -> None:
        elapsed = time.perf_counter() - self._started
        if self._tty:
            filled = int(fraction * 30)
            bar = "#" * filled + "." * (30 - filled)
            sys.stderr.write(f"\r[{bar}] {fraction:4.0%} {elapsed:5.1f}s {label:<40.40}")
            if fraction >= 1.0:
                sys.stderr.write("\n")
            sys.stderr.flush()
        elif label != self._last:
            print(f"{fraction:4.0%} {elapsed:5.1f}s {label}", file=sys.stderr, flush=True)
        self._last = label


def cmd_build(args: argparse.Namespace) -> int:
    """Build the reference database; non-zero exit with a one-line message on bad input."""
    from explorer.importers.build import build_database
    from explorer.importers.errors import BuildCancelled, SourceError

    out: Path = args.out or args.db or default_build_target()
    if args.if_missing and out.exists():
        print(f"{out} exists; not rebuilt")
        return 0
    sources: Path = args.sources or default_sources_dir()
    progress = None if args.quiet else TerminalProgress()
    try:
        result = build_database(sources, out, progress=progress)
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

    path: Path = args.db or default_reference_db()
    try:
        report = check_database(path)
    except DatabaseUnreadable as exc:
        if args.json:
            print(json.dumps({"integrity": [str(exc)]}))
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False))
    else:
        for key, value in report.counts.items():
            print(f"{key:<28} {value:>12,}")
        if report.initiatives_without_country:
            gaps = ", ".join(report.initiatives_without_country)
            print(f"{'no country in the source':<28} {gaps}")
        print("integrity".ljust(28), "ok" if report.ok else "PROBLEMS")
        for problem in report.problems:
            print(f"  - {problem}")
    return 0 if report.ok else 1


def cmd_screenshot(args: argparse.Namespace) -> int:
    """Render a page to PNG offscreen."""
    import os

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


COMMANDS = {
    "build-db": cmd_build,
    "check": cmd_check,
    "screenshot": cmd_screenshot,
    "gui": cmd_gui,
}


# Commands that read the reference database: it is checked first, so a missing or corrupt
# file gives one clear line instead of a driver error.
READS_DB = {"peers", "resolve-country", "search", "chart", "profile"}


def _needs_db(args: argparse.Namespace) -> bool:
    command = args.command or "gui"
    return command in READS_DB and not getattr(args, "syntax", False)


def cmd_search(args: argparse.Namespace) -> int:
    """Search initiatives with the query language."""
    from explorer.search_cli import cmd_search as run

    return run(args)


def cmd_kiosk_pin(args: argparse.Namespace) -> int:
    """Hash a new kiosk PIN read from standard input."""
    from explorer.kiosk_cli import cmd_kiosk_pin as run

    return run(args)


def cmd_chart(args: argparse.Namespace) -> int:
    """Render a chart to PNG, SVG or CSV."""
    from explorer.chart_cli import cmd_chart as run

    return run(args)


COMMANDS["search"] = cmd_search
COMMANDS["chart"] = cmd_chart
COMMANDS["kiosk-pin"] = cmd_kiosk_pin


# Options of the top-level parser that take a value (skipped when looking for a command).
_VALUE_OPTIONS = {"--db", "--config"}


def _names_a_command(argv: list[str]) -> bool:
    """Whether ``argv`` names a command other than ``gui`` (or asks for help)."""
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token in _VALUE_OPTIONS:
            skip = True
        elif token in {"-h", "--help", "--version"}:
            return True
        elif token == "gui":
            return False
        elif not token.startswith("-"):
            return True
    return False


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``exchange-explorer`` and ``python -m explorer``."""
    tokens = sys.argv[1:] if argv is None else argv
    args = build_parser(gui_only=not _names_a_command(tokens)).parse_args(tokens)
    if getattr(args, "kiosk", False):
        from explorer.kiosk_cli import run_kiosk

        return run_kiosk(args)
    command = args.command or "gui"
    if _needs_db(args):
        from explorer.store.check import DatabaseUnreadable, open_readonly

        try:
            open_readonly(args.db or default_reference_db()).close()
        except DatabaseUnreadable as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    func = getattr(args, "func", None) or COMMANDS[command]
    result: int = func(args)
    return result
