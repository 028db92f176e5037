"""Is the database reachable? One round trip, for the window's Retry and its recovery watch."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from explorer.store.database import Database


def probe(database: Database) -> str:
    """Run ``SELECT 1`` on a fresh or pooled connection (a dead pooled one is replaced by the
    engine's pre-ping); returns the database's display name. Raises when it cannot."""
    from sqlalchemy import text

    with database.connect() as conn:
        conn.execute(text("SELECT 1")).scalar_one()
    return database.display_name
