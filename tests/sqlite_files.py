"""What the fault tests read back from an SQLite file after a kill, a fault or damage."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def integrity(db: Path) -> str:
    """SQLite's ``integrity_check`` answer ("ok" when the file is whole)."""
    con = sqlite3.connect(db)
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()


def table_counts(db: Path) -> dict[str, int]:
    """Rows per table, the search index's own tables aside: what a write changes."""
    con = sqlite3.connect(db)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE '%fts%'"
            " AND name NOT LIKE 'sqlite_%'")]  # fmt: skip
        return {t: int(con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables}
    finally:
        con.close()


def notes_of(user_db: Path) -> dict[str, str]:
    """The notes of a user database, by target key (through the app's own store)."""
    from explorer.store import workspace as ws
    from explorer.store.userdb import open_user_db

    user = open_user_db(user_db)
    try:
        return {n.target_key: n.text for n in ws.list_notes(user)}
    finally:
        user.dispose()
