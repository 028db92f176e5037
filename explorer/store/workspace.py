"""The user's workspace, Qt-free: notes and bookmarks keyed on stable keys, and a resolver
from a key to the current reference row.

User writes run with WAL and ``synchronous=FULL``: a note reported saved survives a kill.
A target that a data update removed keeps its title snapshot (``resolved`` is False).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from explorer.domain.keys import classify, initiative_key

if TYPE_CHECKING:
    from sqlalchemy import Engine


@dataclass(frozen=True, slots=True)
class Resolved:
    """What a key names in the current reference data (``title`` empty when gone)."""

    kind: str
    key: str
    title: str

    @property
    def present(self) -> bool:
        return bool(self.title)


@dataclass(frozen=True, slots=True)
class NoteRow:
    """A note as the workspace shows it."""

    id: int
    target_kind: str
    target_key: str
    title: str
    text: str
    created_at: datetime
    updated_at: datetime


def _rows(result: object) -> int:
    """Rows a DELETE or UPDATE touched (a CursorResult's rowcount)."""
    return int(getattr(result, "rowcount", 0))


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def durable(engine: Engine) -> Engine:
    """Put the user database in WAL mode with ``synchronous=FULL`` on every connection."""
    from sqlalchemy import event, text

    def _on_connect(dbapi_conn: object, _record: object) -> None:
        cur = dbapi_conn.cursor()  # type: ignore[attr-defined]
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    event.listen(engine, "connect", _on_connect)
    with engine.connect() as conn:
        conn.execute(text("PRAGMA journal_mode=WAL"))
    return engine


def resolve(reference: Engine, key: str) -> Resolved:
    """The current title of what ``key`` names in the reference database (a chart or a note
    is its own title; a target the data no longer has, an empty one)."""
    from explorer.store.workspace_targets import targets

    target = classify(key)
    if target.kind not in ("initiative", "country"):
        return Resolved(target.kind, target.key, target.key)
    with reference.connect() as conn:
        found = targets(conn, [target.key])[target.key]
    return Resolved(target.kind, target.key, found.title)


def initiative_keys(reference: Engine, dataset_key: str, limit: int) -> list[str]:
    """The first ``limit`` initiative keys of a dataset, in record order."""
    from sqlalchemy import text

    with reference.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT i.source_record_id FROM initiative i JOIN dataset d "
                "ON d.id = i.dataset_id WHERE d.key = :d ORDER BY i.source_record_id LIMIT :n"
            ),
            {"d": dataset_key, "n": limit},
        ).all()
    return [initiative_key(dataset_key, str(r[0])) for r in rows]


def add_note(user: Engine, key: str, text_: str, title: str) -> int:
    """Store a note on ``key`` (empty for a free-standing note) with a title snapshot."""
    from explorer.store.user_models import Note

    kind = classify(key).kind if key else ""
    now = _now()
    from sqlalchemy.orm import Session

    with Session(user) as session, session.begin():
        note = Note(
            target_kind=kind, target_key=key, title=title, text=text_,
            created_at=now, updated_at=now,
        )
        session.add(note)
        session.flush()
        return int(note.id)


def save_note_text(user: Engine, note_id: int, text_: str) -> None:
    """Autosave: replace a note's text; returns once it is durable on disk."""
    from sqlalchemy import update
    from sqlalchemy.orm import Session

    from explorer.store.user_models import Note

    with Session(user) as session, session.begin():
        session.execute(
            update(Note).where(Note.id == note_id).values(text=text_, updated_at=_now())
        )


def list_notes(user: Engine, key: str | None = None) -> list[NoteRow]:
    """Every note (or those on ``key``), newest first."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from explorer.store.user_models import Note

    query = select(Note).order_by(Note.updated_at.desc(), Note.id.desc())
    if key is not None:
        query = query.where(Note.target_key == key)
    with Session(user) as session:
        out = []
        for n in session.scalars(query):
            out.append(
                NoteRow(n.id, n.target_kind, n.target_key, n.title, n.text, n.created_at,
                        n.updated_at)
            )
    return out


def add_bookmark(user: Engine, key: str, title: str) -> bool:
    """Bookmark ``key`` once (False when it already was)."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from explorer.store.user_models import Bookmark

    with Session(user) as session, session.begin():
        if session.scalar(select(Bookmark.id).where(Bookmark.target_key == key)):
            return False
        session.add(
            Bookmark(target_kind=classify(key).kind, target_key=key, label=title,
                     created_at=_now())
        )
    return True


def list_bookmarks(user: Engine) -> list[tuple[str, str, str]]:
    """``(kind, key, title snapshot)`` of every bookmark, oldest first."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from explorer.store.user_models import Bookmark

    with Session(user) as session:
        rows = session.execute(
            select(Bookmark.target_kind, Bookmark.target_key, Bookmark.label)
            .order_by(Bookmark.id)
        ).all()
    return [(str(a), str(b), str(c)) for a, b, c in rows]


def remove_note(user: Engine, note_id: int) -> bool:
    """Delete a note and its tags (False when there was none)."""
    from sqlalchemy import delete
    from sqlalchemy.orm import Session

    from explorer.store.user_models import Note, NoteTag

    with Session(user) as session, session.begin():
        session.execute(delete(NoteTag).where(NoteTag.note_id == note_id))
        return bool(_rows(session.execute(delete(Note).where(Note.id == note_id))))


def remove_bookmark(user: Engine, key: str) -> bool:
    """Un-star ``key`` (False when it was not bookmarked); its tags go with it."""
    from sqlalchemy import delete, select
    from sqlalchemy.orm import Session

    from explorer.store.user_models import Bookmark, BookmarkTag

    with Session(user) as session, session.begin():
        ids = select(Bookmark.id).where(Bookmark.target_key == key)
        session.execute(delete(BookmarkTag).where(BookmarkTag.bookmark_id.in_(ids)))
        return bool(
            _rows(session.execute(delete(Bookmark).where(Bookmark.target_key == key)))
        )


def is_bookmarked(user: Engine, key: str) -> bool:
    """Whether ``key`` carries a star."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from explorer.store.user_models import Bookmark

    with Session(user) as session:
        return session.scalar(select(Bookmark.id).where(Bookmark.target_key == key)) is not None
