"""Command line: the GUI (default) and the data commands, one module per command group.

Each group module (``explorer.cli.<group>``) has ``register(sub)`` that adds its commands to
the top-level sub-parsers with ``set_defaults(func=...)``; a command that reads the reference
database also sets ``reads_db=True`` so a missing or corrupt file gives one clear line first.
Heavy modules are imported inside each command, so ``--help`` and the GUI's first paint do
not wait for SQLAlchemy or pyqtgraph.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from explorer import __version__
from explorer.cli.common import db_target

# The command groups, in the order their commands appear in --help.
GROUPS = (
    "explorer.cli.data",
    "explorer.cli.search",
    "explorer.cli.country",
    "explorer.cli.chart",
    "explorer.cli.profile",
    "explorer.cli.kiosk",
    "explorer.cli.server",
    "explorer.cli.packages",
    "explorer.cli.imports",
    "explorer.cli.cite",
    "explorer.cli.workspace",
)


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
    parser.add_argument(
        "--db", type=db_target,
        help="reference database: a file or postgresql://user@host/db (default: built-in)",
    )
    sub = parser.add_subparsers(dest="command")

    gui = sub.add_parser("gui", help="open the window (the default)")
    gui.add_argument("--page", help="page to open first (home, initiatives, countries...)")
    from explorer.cli.kiosk import add_kiosk_arguments

    add_kiosk_arguments(parser)
    if gui_only:
        return parser
    for name in GROUPS:
        importlib.import_module(name).register(sub)
    return parser


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
        from explorer.cli.kiosk import run_kiosk

        return run_kiosk(args)
    if getattr(args, "db", None) is None and (getattr(args, "reads_db", False) or getattr(
            getattr(args, "func", None), "__name__", "") == "cmd_check"):
        from explorer.packages.startup import install_shipped_if_needed

        install_shipped_if_needed(lambda line: print(line, file=sys.stderr))  # installed app
    if getattr(args, "reads_db", False) and not getattr(args, "syntax", False):
        from explorer.paths import default_reference_db
        from explorer.store.check import DatabaseUnreadable, open_readonly

        try:
            if not isinstance(args.db, str):  # a server is checked when first connected
                open_readonly(args.db or default_reference_db()).close()
        except DatabaseUnreadable as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    func = getattr(args, "func", None)
    if func is None:  # no command, or "gui"
        from explorer.cli.data import cmd_gui

        func = cmd_gui
    try:
        result: int = func(args)
    except Exception as exc:
        from explorer.cli.common import environment_problem

        problem = environment_problem(exc)
        if problem is None:
            raise  # our bug: the traceback is what a report needs
        print(f"error: {problem}", file=sys.stderr)
        return 2
    return result
