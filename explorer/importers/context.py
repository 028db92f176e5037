"""What every importer step receives: a connection, the folders, progress and cancel hooks."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table

from explorer.importers.errors import BuildCancelled
from explorer.importers.names import NameResolver

ProgressFn = Callable[[str, float], None]
"""Called with a step label and the fraction of the whole build done (0..1)."""

CancelFn = Callable[[], bool]
"""Returns True when the user asked to stop."""

BATCH = 20_000


@dataclass
class BuildContext:
    """Shared state of one build. Importers insert through ``insert`` (batched, cancellable)."""

    conn: Connection
    sources: Path
    curated: Path
    progress: ProgressFn = lambda _label, _fraction: None
    cancelled: CancelFn = lambda: False
    datasets: dict[str, int] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    _resolver: NameResolver | None = None

    def dataset_id(self, key: str) -> int:
        """The id of a dataset declared in ``db/curated/datasets.toml``."""
        try:
            return self.datasets[key]
        except KeyError:
            raise KeyError(f"dataset {key!r} is not declared in datasets.toml") from None

    def check_cancel(self) -> None:
        """Raise ``BuildCancelled`` if the user asked to stop."""
        if self.cancelled():
            raise BuildCancelled()

    def insert(self, table: Table | Any, rows: Iterable[Mapping[str, Any]]) -> int:
        """Insert rows in batches (executemany); returns how many were inserted."""
        target: Table = getattr(table, "__table__", table)
        stmt = target.insert()
        batch: list[Mapping[str, Any]] = []
        total = 0
        for row in rows:
            batch.append(row)
            if len(batch) >= BATCH:
                self.check_cancel()
                self.conn.execute(stmt, batch)
                total += len(batch)
                batch = []
        if batch:
            self.conn.execute(stmt, batch)
            total += len(batch)
        return total

    def source(self, relative: str) -> Path:
        """A path inside the sources folder."""
        return self.sources / relative

    @property
    def resolver(self) -> NameResolver:
        """Country-name resolver over the countries loaded so far (built on first use)."""
        if self._resolver is None:
            self._resolver = NameResolver.from_connection(self.conn)
        return self._resolver

    def reset_resolver(self) -> None:
        """Forget the cached resolver (after more names were loaded)."""
        self._resolver = None
