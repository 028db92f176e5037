"""Jobs of Home, the status bar and About: the build vintage, counts and headline figures.

On SQLite these use the fast start-up read of ``explorer.store.quick`` (no SQLAlchemy), so
the first screen does not wait for an ORM to load.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from explorer.jobs.reads import sqlite_file

if TYPE_CHECKING:
    from explorer.domain.home import BuildVintage, HomeCounts, HomeSnapshot
    from explorer.domain.sources import DatasetInfo
    from explorer.store.database import Database


def load_home(database: Database, lang: str = "en") -> HomeSnapshot:
    """Job: everything Home shows, with country names in ``lang``."""
    if database.backend == "postgresql":
        from explorer.store.postgresql.quick import load_home as server_home

        return server_home(database, lang)
    from explorer.store.quick import load_home as quick_home

    return quick_home(sqlite_file(database), lang)


def load_status(database: Database) -> tuple[BuildVintage, HomeCounts]:
    """Job: the build vintage and counts, for the status bar."""
    if database.backend == "postgresql":
        from explorer.store.postgresql.quick import load_status as server_status

        return server_status(database)
    from explorer.store.quick import load_status as quick_status

    return quick_status(sqlite_file(database))


def load_about(database: Database) -> tuple[BuildVintage, list[DatasetInfo]]:
    """Job: the build vintage and every dataset, for About."""
    from explorer.jobs.sources import load_datasets

    vintage, _counts = load_status(database)
    return vintage, load_datasets(database)
