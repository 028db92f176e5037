"""Engines for the reference and user databases.

SQLite is the embedded default; nothing here stops a PostgreSQL URL later, except the
SQLite pragmas, which are applied only to SQLite connections.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event


def sqlite_url(path: Path, *, readonly: bool = False) -> str:
    """An SQLAlchemy URL for an SQLite file; read-only opens never create the file."""
    if readonly:
        return f"sqlite+pysqlite:///file:{path.resolve().as_posix()}?mode=ro&uri=true"
    return f"sqlite+pysqlite:///{path.resolve().as_posix()}"


def _on_connect(bulk: bool) -> Any:
    def configure(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        if bulk:
            # Build-time only: the file is temporary until it is complete and swapped in.
            cur.execute("PRAGMA journal_mode = OFF")
            cur.execute("PRAGMA synchronous = OFF")
            cur.execute("PRAGMA cache_size = -200000")
            cur.execute("PRAGMA temp_store = MEMORY")
        cur.close()

    return configure


def make_engine(path: Path | str, *, readonly: bool = False, bulk: bool = False) -> Engine:
    """An engine over an SQLite file, with foreign keys enforced; a PostgreSQL URL
    (``--db postgresql://...``) gives that server's engine (see ``store.database``)."""
    if isinstance(path, str):
        from explorer.store.database import Database, is_url

        if is_url(path):
            return Database.open(path, readonly=readonly).engine
        path = Path(path)
    engine = create_engine(sqlite_url(path, readonly=readonly))
    event.listen(engine, "connect", _on_connect(bulk))
    return engine
