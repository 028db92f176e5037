"""Saved initiative searches in the user database (never the reference database).

Functions take a Session of the user database and never commit: the caller owns the
transaction (``with Session(engine) as s, s.begin(): ...``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from explorer.store.user_models import SavedSearch

MAX_NAME = 200


@dataclass(frozen=True)
class SavedQuery:
    """A named search: its text in the search language and when it was saved."""

    id: int
    name: str
    query: str
    created_at: datetime


def _row(s: SavedSearch) -> SavedQuery:
    return SavedQuery(s.id, s.name, s.query, s.created_at)


def list_saved(session: Session) -> list[SavedQuery]:
    """Every saved search, most recently saved first."""
    rows = session.execute(
        select(SavedSearch).order_by(SavedSearch.created_at.desc(), SavedSearch.id.desc())
    ).scalars()
    return [_row(r) for r in rows]


def save_search(session: Session, name: str, query: str) -> SavedQuery:
    """Save ``query`` under ``name``; an existing search of that name is replaced."""
    clean = " ".join(name.split())[:MAX_NAME] or query.strip()[:MAX_NAME] or "?"
    existing = session.execute(select(SavedSearch).where(SavedSearch.name == clean)).scalars()
    for old in existing:
        session.delete(old)
    row = SavedSearch(name=clean, query=query, created_at=datetime.now(UTC).replace(tzinfo=None))
    session.add(row)
    session.flush()
    return _row(row)


def delete_saved(session: Session, saved_id: int) -> bool:
    """Delete the saved search ``saved_id``; False when there was none."""
    result = session.execute(delete(SavedSearch).where(SavedSearch.id == saved_id))
    return bool(getattr(result, "rowcount", 0))
