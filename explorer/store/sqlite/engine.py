"""SQLite engine set-up: the URL of a file and the pragmas applied to every connection."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite3

    from sqlalchemy import Engine


def sqlite_url(path: Path, *, readonly: bool = False) -> str:
    """An SQLAlchemy URL for an SQLite file; read-only opens never create the file."""
    if readonly:
        return f"sqlite+pysqlite:///file:{path.resolve().as_posix()}?mode=ro&uri=true"
    return f"sqlite+pysqlite:///{path.resolve().as_posix()}"


def on_connect(bulk: bool) -> Any:
    """A ``connect`` listener: foreign keys on; for a build (``bulk``) no journal or sync."""

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


def file_engine(path: Path, *, readonly: bool = False, bulk: bool = False) -> Engine:
    """An engine over the SQLite file at ``path`` with the pragmas above."""
    from sqlalchemy import create_engine, event

    engine = create_engine(sqlite_url(path, readonly=readonly))
    event.listen(engine, "connect", on_connect(bulk))
    return engine


def transactional_ddl(engine: Engine) -> Engine:
    """Make every transaction of ``engine`` a real SQLite transaction, DDL included.

    The driver (pysqlite) opens a transaction only before INSERT/UPDATE/DELETE, so an
    ``ALTER TABLE`` of a migration is committed on its own the moment it runs: a process
    killed half-way through an upgrade leaves the new column without the new revision, and
    the next start fails on "duplicate column". With the driver's own handling off and our
    ``BEGIN`` at the start of each transaction, an upgrade is all or nothing (the recipe of
    SQLAlchemy's pysqlite documentation). Used for migrations, not for everyday engines,
    whose connect-time pragmas (WAL) must run outside a transaction.
    """
    from sqlalchemy import event

    def no_driver_transactions(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None

    def begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    event.listen(engine, "connect", no_driver_transactions)
    event.listen(engine, "begin", begin)
    return engine
