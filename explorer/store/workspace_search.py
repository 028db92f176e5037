"""The user-database side of ``has:note``, ``has:bookmark`` and ``note:word``, Qt-free.

Each such filter of a search becomes the set of stable keys it selects in the user's own
database; the reference search (``explorer.store.queries.search_mine``) then keeps the
initiatives with those keys. A user database that does not exist yet selects nothing (no
notes written) and is not created by searching.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from explorer.domain.note_match import note_matches
from explorer.domain.query import FieldFilter, Query, mine_filters, parse

if TYPE_CHECKING:
    from pathlib import Path

    from sqlalchemy import Engine

Mine = dict[FieldFilter, frozenset[str]]


def keys_of(user: Engine, f: FieldFilter) -> frozenset[str]:
    """The stable keys one filter on the user's records selects (negation is the caller's)."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from explorer.store.user_models import Bookmark, Note

    with Session(user) as session:
        if f.field == "note":
            rows = session.execute(
                select(Note.target_key, Note.text).where(Note.target_key != "")
            ).all()
            return frozenset(str(k) for k, t in rows if note_matches(str(t), f.values, f.exact))
        found: frozenset[str] | None = None
        for value in f.values:  # has:note,bookmark: both
            model = Note if value == "note" else Bookmark
            keys = frozenset(
                str(k) for k in session.scalars(
                    select(model.target_key).where(model.target_key != "").distinct()
                )
            )
            found = keys if found is None else found & keys
        return found or frozenset()


def resolve_mine(user: Engine | None, query: Query | str) -> Mine:
    """Every user-record filter of ``query`` with the keys it selects (empty sets when there
    is no user database)."""
    q = parse(query) if isinstance(query, str) else query
    return {f: keys_of(user, f) if user is not None else frozenset() for f in mine_filters(q)}


def resolve_mine_at(user_db: Path, query: Query | str) -> Mine:
    """``resolve_mine`` over the user database file at ``user_db`` (not created when absent)."""
    q = parse(query) if isinstance(query, str) else query
    if not mine_filters(q):
        return {}
    if not user_db.exists():
        return resolve_mine(None, q)
    from explorer.store.userdb import open_user_db

    engine = open_user_db(user_db)
    try:
        return resolve_mine(engine, q)
    finally:
        engine.dispose()
