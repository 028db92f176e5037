"""What the command groups share: the ``--db`` target, the WxH parser and the terminal
progress bar."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def db_target(text: str) -> Path | str:
    """``--db``: a PostgreSQL URL stays text (a server), anything else is a file path."""
    from explorer.store.database import is_url

    return text if is_url(text) else Path(text)


def parse_size(text: str) -> tuple[int, int]:
    """``"1280x800"`` -> (1280, 800), for argparse (an ``ArgumentTypeError`` otherwise)."""
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 1280x800, not {text!r}") from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError("width and height must be between 200 and 8000")
    return width, height


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


def environment_problem(exc: BaseException) -> str | None:
    """One line for a failure of the machine or the data (a damaged or locked database, a
    full disk, an unreadable file), or None for anything else: our bug, left to raise with
    its traceback. Never includes SQL text."""
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if exc.filename else ""
        return f"{where}{exc.strerror or exc}"
    orig = getattr(exc, "orig", None)  # SQLAlchemy wraps the driver's error
    cause = orig if isinstance(orig, BaseException) else exc
    module = type(cause).__module__
    name = type(cause).__name__
    from explorer.store.sqlite.errors import classify

    by_code = classify(cause)  # SQLite's result code says who failed: SQL errors are ours
    if by_code is False:
        return None
    if module == "sqlite3" and (by_code or name in {"DatabaseError", "OperationalError"}):
        return f"the database cannot be read ({str(cause).splitlines()[0]}); run "\
            "'exchange-explorer check' for details"
    if module.startswith("psycopg") and name in {"OperationalError", "DatabaseError"}:
        return f"the database server cannot be used ({str(cause).splitlines()[0]})"
    return None


def check_output(path: Path, args: argparse.Namespace, *, kind: str = "file") -> str | None:
    """Why ``path`` must not be written by a command (it is the open database, a folder, a
    device...), or None when it may be."""
    from explorer.store.swap import TargetError, check_target

    db = getattr(args, "db", None)
    protected = (Path(db),) if db is not None and not str(db).startswith("postgres") else ()
    if not protected:
        from explorer.paths import default_reference_db

        protected = (default_reference_db(),)
    try:
        check_target(path, protected=protected, kind=kind)
    except TargetError as exc:
        return str(exc)
    return None
