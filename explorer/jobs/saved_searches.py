"""Jobs of the saved searches dialog; they live in the user database, never the reference."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from explorer.store.queries.saved_searches import SavedQuery


def run_saved(user_db: Path, action: str, name: str = "", query: str = "", saved_id: int = 0
              ) -> list[SavedQuery]:  # fmt: skip
    """Job: do ``action`` ("list", "save", "delete") and return every saved search."""
    from sqlalchemy.orm import Session

    from explorer.store.queries import saved_searches as q
    from explorer.store.userdb import open_user_db

    engine = open_user_db(user_db)
    try:
        with Session(engine) as s, s.begin():
            if action == "save":
                q.save_search(s, name, query)
            elif action == "delete":
                q.delete_saved(s, saved_id)
            return q.list_saved(s)
    finally:
        engine.dispose()
