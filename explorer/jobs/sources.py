"""Jobs of the Sources page: the datasets the reference database was built from."""

from __future__ import annotations

from typing import TYPE_CHECKING

from explorer.jobs.reads import read

if TYPE_CHECKING:
    from explorer.domain.sources import DatasetInfo
    from explorer.store.database import Database


def load_datasets(database: Database) -> list[DatasetInfo]:
    """Job: every dataset, read in a Session of its own (SQLAlchemy loads here, off the GUI)."""
    from explorer.store.queries.sources import list_datasets

    return read(database, list_datasets)
