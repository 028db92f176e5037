"""What the Workspace page lists, Qt-free: every note, bookmark and tag of the user database
in a few statements, and the current state of many targets in the reference database.

A target a data update removed is reported absent (``Target.present`` False), so the page
shows its title snapshot marked "no longer in the data"; nothing the user wrote is dropped.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from explorer.domain.keys import classify, split_initiative_key

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session


@dataclass(frozen=True, slots=True)
class Target:
    """A key as the reference data has it now: its row id (initiatives) and title."""

    key: str
    kind: str
    present: bool
    title: str = ""
    initiative_id: int | None = None


@dataclass(frozen=True, slots=True)
class BookmarkRow:
    """A bookmark with its title snapshot and when it was made."""

    kind: str
    key: str
    title: str
    created_at: datetime


def targets(db: Connection | Session, keys: Iterable[str]) -> dict[str, Target]:
    """The current state of each key (charts and notes are always present; a key that is not
    a key is absent)."""
    from sqlalchemy import bindparam, select

    from explorer.store.models import Country, Dataset, Initiative

    out: dict[str, Target] = {}
    wanted: dict[str, dict[str, str]] = defaultdict(dict)  # dataset -> record id -> key
    countries: dict[str, str] = {}
    for key in dict.fromkeys(keys):
        try:
            kind = classify(key).kind
        except ValueError:
            out[key] = Target(key, "", False)
            continue
        if kind == "initiative":
            dataset, rid = split_initiative_key(key)
            wanted[dataset][rid] = key
            wanted[dataset][f"{dataset}:{rid}"] = key  # the brief's ids carry their prefix
            out[key] = Target(key, kind, False)
        elif kind == "country":
            countries[key] = key
            out[key] = Target(key, kind, False)
        else:
            out[key] = Target(key, kind, True)
    stmt = (
        select(Initiative.id, Initiative.source_record_id, Initiative.title)
        .join(Dataset, Dataset.id == Initiative.dataset_id)
        .where(Dataset.key == bindparam("d"),
               Initiative.source_record_id.in_(bindparam("r", expanding=True)))
    )  # fmt: skip
    for dataset, rids in sorted(wanted.items()):
        names = sorted(rids)
        for i in range(0, len(names), 500):
            for rid_, rid, title in db.execute(stmt, {"d": dataset, "r": names[i : i + 500]}):
                key = rids[str(rid)]
                out[key] = Target(key, "initiative", True, str(title), int(rid_))
    if countries:
        found = db.execute(
            select(Country.iso3, Country.name).where(Country.iso3.in_(sorted(countries)))
        )
        for iso3, name in found:
            out[str(iso3)] = Target(str(iso3), "country", True, str(name))
    return out


def bookmarks(user: Engine) -> list[BookmarkRow]:
    """Every bookmark, oldest first."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from explorer.store.user_models import Bookmark

    b = Bookmark
    with Session(user) as session:
        rows = session.execute(
            select(b.target_kind, b.target_key, b.label, b.created_at).order_by(b.id)
        ).all()
    return [BookmarkRow(str(k), str(key), str(t), c) for k, key, t, c in rows]


def tags_by_note(user: Engine) -> dict[int, list[str]]:
    """The tags of every tagged note."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from explorer.store.user_models import NoteTag

    out: dict[int, list[str]] = defaultdict(list)
    with Session(user) as session:
        for nid, tag in session.execute(select(NoteTag.note_id, NoteTag.tag).order_by(NoteTag.tag)):
            out[int(nid)].append(str(tag))
    return dict(out)


def tags_by_bookmark(user: Engine) -> dict[str, list[str]]:
    """The tags of every tagged bookmark, by its key."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from explorer.store.user_models import Bookmark, BookmarkTag

    out: dict[str, list[str]] = defaultdict(list)
    with Session(user) as session:
        rows = session.execute(
            select(Bookmark.target_key, BookmarkTag.tag)
            .join(BookmarkTag, BookmarkTag.bookmark_id == Bookmark.id)
            .order_by(BookmarkTag.tag)
        )
        for key, tag in rows:
            out[str(key)].append(str(tag))
    return dict(out)


def note_uids(user: Engine) -> dict[int, str]:
    """Every note's stable uid (what a collection keeps as ``note:<uid>``), by note id."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from explorer.store.user_models import Note

    with Session(user) as session:
        return {int(i): str(u) for i, u in session.execute(select(Note.id, Note.uid))}
