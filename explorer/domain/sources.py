"""A dataset the reference database was built from, as the Sources page shows it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DatasetInfo:
    """Provenance of one source dataset: publisher, licence, version and citation."""

    key: str
    name: str
    publisher: str
    licence: str
    version: str
    url: str
    citation: str
    coverage: str
    notes: str
    files: str
    row_count: int
