"""Small helpers for importer tests: a build context over a fresh schema."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection

from explorer.importers.build import load_datasets
from explorer.importers.context import BuildContext
from explorer.paths import CURATED_DIR


def fresh_context(conn: Connection, sources: Path, curated: Path = CURATED_DIR) -> BuildContext:
    """A build context with the datasets declared, over a migrated empty database."""
    ctx = BuildContext(conn=conn, sources=sources, curated=curated)
    load_datasets(ctx)
    return ctx
