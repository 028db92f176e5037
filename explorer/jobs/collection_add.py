"""Jobs of "Add to Collection" (Initiatives page): Qt-free, each on a runner thread.

A target is added by its stable key with a snapshot of its title, so it still shows what it
was after a data update removes it. Each edit returns ``""`` when done or the one-line
reason nothing was changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from sqlalchemy import Engine


def collection_names(user_db: Path) -> tuple[str, ...]:
    """Job: the names of the user's collections; none when the user database does not
    exist yet (it is not created by reading it)."""
    from explorer.jobs.workspace_page import _open
    from explorer.store import workspace_collections as wc

    if not user_db.exists():
        return ()
    engine = _open(user_db)
    try:
        return tuple(c.name for c in wc.list_collections(engine))
    finally:
        engine.dispose()


def add_target(user_db: Path, name: str, key: str, title: str, create: bool = False) -> str:
    """Job: add ``key`` (with its ``title`` snapshot) to collection ``name``, made first
    when ``create``; one already there is not added twice."""
    from explorer.jobs.workspace_page import _edit
    from explorer.store import workspace_collections as wc

    def change(engine: Engine) -> None:
        if create:
            wc.create_collection(engine, name)
        wc.add_items(engine, name, [(key, title)])

    return _edit(user_db, change)
