"""Jobs of the note editor and the star: Qt-free, on the user database (never the reference).

A target (initiative key or country ISO3) has one note as the editor sees it: the newest note
on that key. Saves are keyed on the target's stable key, never on a row id the GUI holds.
"""

from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from sqlalchemy import Engine

    from explorer.store.database import Database


@dataclass(frozen=True, slots=True)
class NoteState:
    """What the editor shows for a target: its note's text and whether it is starred."""

    key: str
    text: str
    bookmarked: bool


_OPENING = threading.Lock()  # two jobs creating or migrating one new file would collide


def _open(user_db: Path) -> Engine:
    from explorer.store.userdb import open_user_db
    from explorer.store.workspace import durable

    with _OPENING:
        engine = open_user_db(user_db)
    engine.dispose()  # the next connections get WAL and synchronous=FULL
    return durable(engine)


def load_note(user_db: Path, key: str) -> NoteState:
    """Job: the note text (``""`` when none) and star of ``key``; a user database that does
    not exist yet is not created by reading it."""
    from explorer.store import workspace as ws

    if not user_db.exists():
        return NoteState(key, "", False)
    engine = _open(user_db)
    try:
        notes = ws.list_notes(engine, key)
        return NoteState(key, notes[0].text if notes else "", ws.is_bookmarked(engine, key))
    finally:
        engine.dispose()


_SAVING = threading.Lock()  # note saves of this process, one at a time
_STORED: dict[tuple[str, str], int] = {}  # (user db, key) -> serial of the text stored last
_SERIALS = itertools.count(1)


def next_serial() -> int:
    """A number for a typed text: a later edit gets a larger one (any editor, any thread)."""
    return next(_SERIALS)


def save_note(user_db: Path, key: str, text: str, title: str, serial: int = 0) -> str:
    """Job: store ``text`` as the note on ``key`` (a new note when it has none and ``text``
    is not empty); returns ``key`` once the write is durable. A text with a ``serial``
    (``next_serial``) older than the one stored last is not written: the flush at quit may
    store a newer text before a queued save of an older one runs."""
    from explorer.store import workspace as ws

    slot = (str(user_db), key)
    with _SAVING:
        if serial and _STORED.get(slot, 0) >= serial:
            return key
        engine = _open(user_db)
        try:
            notes = ws.list_notes(engine, key)
            if notes:
                ws.save_note_text(engine, notes[0].id, text)
            elif text:
                ws.add_note(engine, key, text, title)
        finally:
            engine.dispose()
        if serial:
            _STORED[slot] = serial
        return key


def set_bookmark(user_db: Path, key: str, title: str, on: bool) -> bool:
    """Job: star (``on``) or un-star ``key``; returns whether it is starred now."""
    from explorer.store import workspace as ws

    engine = _open(user_db)
    try:
        if on:
            ws.add_bookmark(engine, key, title)
        else:
            ws.remove_bookmark(engine, key)
        return ws.is_bookmarked(engine, key)
    finally:
        engine.dispose()


def initiative_id(database: Database, key: str) -> int | None:
    """Job: the current row id of the initiative ``key`` in the reference data (None when a
    data update removed it); the row id is used at once to show it, never stored."""
    from sqlalchemy import select

    from explorer.domain.keys import split_initiative_key
    from explorer.store.models import Dataset, Initiative

    dataset, rid = split_initiative_key(key)
    stmt = (
        select(Initiative.id)
        .join(Dataset, Dataset.id == Initiative.dataset_id)
        .where(Dataset.key == dataset,
               Initiative.source_record_id.in_((rid, f"{dataset}:{rid}")))
        .order_by(Initiative.id)
        .limit(1)
    )  # fmt: skip
    with database.connect() as conn:
        found = conn.execute(stmt).scalar()
    return int(found) if found is not None else None
