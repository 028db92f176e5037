"""Engines for the reference and user databases.

SQLite is the embedded default (its URL and pragmas live in ``store.sqlite.engine``); a
PostgreSQL URL goes through ``store.database``.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from explorer.store.sqlite.engine import file_engine, sqlite_url

__all__ = ["make_engine", "sqlite_url"]


def make_engine(path: Path | str, *, readonly: bool = False, bulk: bool = False) -> Engine:
    """An engine over an SQLite file, with foreign keys enforced; a PostgreSQL URL
    (``--db postgresql://...``) gives that server's engine (see ``store.database``)."""
    if isinstance(path, str):
        from explorer.store.database import Database, is_url

        if is_url(path):
            return Database.open(path, readonly=readonly).engine
        path = Path(path)
    return file_engine(path, readonly=readonly, bulk=bulk)
