"""A lock between processes made of SQLite's own file locking (every platform, released by
the system if the holder dies)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def exclusive(lock_file: Path, wait_s: float) -> Iterator[None]:
    """Hold an exclusive transaction on the small SQLite file ``lock_file`` (created if
    needed, left empty), waiting up to ``wait_s`` seconds for another holder."""
    lock = sqlite3.connect(lock_file, timeout=wait_s, isolation_level=None)
    try:
        lock.execute("BEGIN EXCLUSIVE")
        yield
    finally:
        lock.close()  # rolls back: the file stays empty
