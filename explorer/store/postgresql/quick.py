"""Home's figures on a PostgreSQL server: the counterpart of ``explorer.store.sqlite.quick``.

The SQL of ``store.sqlite.quick`` is plain and portable but for its ``?`` placeholders; a
thin cursor adapter turns them into psycopg's ``%s``, so both engines run the very same
statements and give the same snapshot. The connection comes from the handle's pool (with
its pre-ping), so a server that was restarted is reconnected to.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import sqlite3

    from explorer.domain.home import BuildVintage, HomeCounts, HomeSnapshot
    from explorer.store.database import Database


class _Cursor:
    """Enough of ``sqlite3.Connection.execute`` over a DB-API connection with ``%s``."""

    def __init__(self, raw: Any) -> None:
        self._raw = raw

    def execute(self, sql: str, params: Sequence[object] = ()) -> Any:
        if "%" in sql:
            raise ValueError("a literal % would be read as a placeholder")
        cur = self._raw.cursor()
        cur.execute(sql.replace("?", "%s"), tuple(params))
        return cur


@contextmanager
def _connection(database: Database) -> Iterator[sqlite3.Connection]:
    raw = database.engine.raw_connection()
    try:
        # Typed as sqlite3's: the shared readers use only ``execute`` and its cursor.
        yield cast("sqlite3.Connection", _Cursor(raw))
    finally:
        raw.rollback()  # read only: end the transaction before the connection goes back
        raw.close()


def load_home(database: Database, lang: str = "en") -> HomeSnapshot:
    """Everything Home shows, read from the server behind ``database``."""
    from explorer.domain.home import HomeSnapshot
    from explorer.store.sqlite import quick

    with _connection(database) as conn:
        return HomeSnapshot(
            headlines=quick._headlines(conn),
            featured=quick._featured(conn, lang),
            counts=quick.load_counts(conn),
            vintage=quick.load_vintage(conn),
        )


def load_status(database: Database) -> tuple[BuildVintage, HomeCounts]:
    """The build vintage and counts, for the status bar."""
    from explorer.store.sqlite import quick

    with _connection(database) as conn:
        return quick.load_vintage(conn), quick.load_counts(conn)
