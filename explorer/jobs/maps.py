"""Jobs of the map and bubble pages: the measures a map or a bubble axis can show."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from explorer.store.database import Database


def indicator_choices(database: Database) -> list[tuple[str, str]]:
    """Job: (code, name) of every indicator with country values."""
    from explorer.store.queries.maps import indicator_choices as choices

    with database.connect() as conn:
        return [(code, name) for code, name, _ in choices(conn)]
