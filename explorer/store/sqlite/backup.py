"""A consistent copy of an SQLite file through SQLite's online backup API."""

from __future__ import annotations

from pathlib import Path


def backup(path: Path, target: Path) -> None:
    """Copy ``path`` to ``target``, including what still sits in the write-ahead log (a plain
    file copy would miss saves since the last checkpoint)."""
    import sqlite3

    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
