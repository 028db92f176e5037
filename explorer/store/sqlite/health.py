"""The SQLite side of ``store.check``: opening a file read-only, SQLite's own integrity and
foreign-key checks, the catalogue, and FTS5's integrity check of the search index."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

# What ``store.check`` catches and annotates with, without importing ``sqlite3`` itself.
Connection = sqlite3.Connection
DatabaseError = sqlite3.DatabaseError

REQUIRED_TABLES = frozenset({"dataset", "country", "initiative"})


class DatabaseUnreadable(Exception):
    """The file is missing, not an SQLite database, or not an Exchange Explorer database."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


def table_names(conn: sqlite3.Connection) -> set[str]:
    """The names of the tables of the main schema."""
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def open_readonly(path: Path) -> sqlite3.Connection:
    """Open an SQLite file read-only, raising ``DatabaseUnreadable`` with a clear reason."""
    if not path.exists():
        raise DatabaseUnreadable(path, "database file not found")
    if not path.is_file():
        raise DatabaseUnreadable(path, "not a file")
    try:
        conn = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc) or "busy" in str(exc):  # in use, not damaged
            raise DatabaseUnreadable(
                path, "in use by another program (database is locked); try again when it "
                "has finished"
            ) from None
        raise DatabaseUnreadable(path, f"not a readable SQLite database ({exc})") from None
    if not table_names(conn) >= REQUIRED_TABLES:
        conn.close()
        raise DatabaseUnreadable(path, "not an Exchange Explorer reference database")
    return conn


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    """SQLite's ``integrity_check`` (first ten findings), as problems; empty when ok."""
    try:
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        integrity = [f"integrity check failed: {exc}"]
    if integrity == ["ok"]:
        return []
    return [f"integrity: {p}" for p in integrity[:10]]


def foreign_key_problems(conn: sqlite3.Connection) -> list[str]:
    """Rows breaking foreign keys, as one problem naming the tables; empty when none."""
    fk = conn.execute("PRAGMA foreign_key_check").fetchall()
    if not fk:
        return []
    tables = sorted({str(r[0]) for r in fk})
    return [f"{len(fk)} rows break foreign keys (tables: {', '.join(tables)})"]


def search_index_problems(path: Path) -> list[str]:
    """FTS5's own integrity check of the search index (SQLite's does not cover it on 3.40).

    FTS5 runs it as an ``INSERT`` command, so it needs a writable connection; it changes
    nothing and is rolled back. A file this process cannot write is scanned read-only
    instead: every term of the index is read through a temporary ``fts5vocab`` table.
    """
    from explorer.store.fts import FTS_TABLE, KEYS_TABLE

    problems: list[str] = []
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    uri = f"file:{path.resolve().as_posix()}?mode={'rw' if writable else 'ro'}"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    except sqlite3.DatabaseError as exc:
        return [f"search index: cannot open ({exc})"]
    try:
        names = table_names(conn)
        missing = [t for t in (FTS_TABLE, KEYS_TABLE) if t not in names]
        if missing:
            return [f"search index missing ({', '.join(missing)}); rebuild the database"]
        indexed = int(conn.execute(f"SELECT count(*) FROM {KEYS_TABLE}").fetchone()[0])
        initiatives = int(conn.execute("SELECT count(*) FROM initiative").fetchone()[0])
        if indexed != initiatives:
            problems.append(f"search index covers {indexed:,} of {initiatives:,} initiatives")
        conn.execute("PRAGMA busy_timeout = 2000")
        if writable:
            conn.execute("BEGIN")
            try:
                conn.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('integrity-check')")
            finally:
                conn.execute("ROLLBACK")
        else:
            vocab = f"fts5vocab(main, {FTS_TABLE}, row)"
            conn.execute(f"CREATE VIRTUAL TABLE temp.ee_vocab USING {vocab}")
            conn.execute("SELECT count(*), sum(doc) FROM temp.ee_vocab").fetchone()
    except sqlite3.DatabaseError as exc:
        problems.append(f"search index damaged ({exc}); rebuild the database")
    finally:
        conn.close()
    return problems
