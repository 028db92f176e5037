"""Collections and tags of the user's workspace, Qt-free.

A collection is a named, ordered list of targets (stable keys with title snapshots); tags
sit on bookmarks and notes. Positions are dense (0..n-1) after every change.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from explorer.domain.keys import classify

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

MAX_NAME = 200
MAX_TAG = 100


class WorkspaceError(ValueError):
    """A user-facing problem with a workspace request (one line, names what is wrong)."""


@dataclass(frozen=True, slots=True)
class CollectionRow:
    """A collection as lists show it."""

    name: str
    description: str
    size: int
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class ItemRow:
    """One target in a collection."""

    position: int
    kind: str
    key: str
    title: str


def _now() -> datetime:
    from explorer.store.workspace import _now as now

    return now()


def _rows(result: object) -> int:
    return int(getattr(result, "rowcount", 0))


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise WorkspaceError("a collection needs a name")
    if len(name) > MAX_NAME:
        raise WorkspaceError(f"a collection name is at most {MAX_NAME} characters")
    return name


def clean_tag(tag: str) -> str:
    """A tag as stored: trimmed, inner spaces collapsed, case kept."""
    tag = " ".join(tag.split())
    if not tag:
        raise WorkspaceError("a tag cannot be empty")
    if len(tag) > MAX_TAG:
        raise WorkspaceError(f"a tag is at most {MAX_TAG} characters")
    return tag


def _get(session: Session, name: str) -> int:
    from sqlalchemy import select

    from explorer.store.user_models import Collection

    cid = session.scalar(select(Collection.id).where(Collection.name == _clean_name(name)))
    if cid is None:
        raise WorkspaceError(f"no collection named {name!r}")
    return int(cid)


def create_collection(user: Engine, name: str, description: str = "") -> int:
    """Create an empty collection; WorkspaceError when the name is taken or empty."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from explorer.store.user_models import Collection

    name = _clean_name(name)
    now = _now()
    with Session(user) as session, session.begin():
        if session.scalar(select(Collection.id).where(Collection.name == name)) is not None:
            raise WorkspaceError(f"a collection named {name!r} already exists")
        row = Collection(name=name, description=description, created_at=now, updated_at=now)
        session.add(row)
        session.flush()
        return int(row.id)


def update_collection(
    user: Engine, name: str, *, new_name: str | None = None, description: str | None = None
) -> None:
    """Rename a collection or change its description."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from explorer.store.user_models import Collection

    with Session(user) as session, session.begin():
        row = session.get_one(Collection, _get(session, name))
        if new_name is not None:
            new_name = _clean_name(new_name)
            clash = session.scalar(select(Collection.id).where(Collection.name == new_name))
            if clash is not None and clash != row.id:
                raise WorkspaceError(f"a collection named {new_name!r} already exists")
            row.name = new_name
        if description is not None:
            row.description = description
        row.updated_at = _now()


def delete_collection(user: Engine, name: str) -> None:
    """Delete a collection and its items (the targets and their notes stay)."""
    from sqlalchemy import delete
    from sqlalchemy.orm import Session

    from explorer.store.user_models import Collection, CollectionItem

    with Session(user) as session, session.begin():
        cid = _get(session, name)
        session.execute(delete(CollectionItem).where(CollectionItem.collection_id == cid))
        session.execute(delete(Collection).where(Collection.id == cid))


def list_collections(user: Engine) -> list[CollectionRow]:
    """Every collection with its size, by name (the UI re-sorts with QCollator)."""
    from sqlalchemy import func, select
    from sqlalchemy.orm import Session

    from explorer.store.user_models import Collection, CollectionItem

    size = (
        select(func.count(CollectionItem.id))
        .where(CollectionItem.collection_id == Collection.id)
        .scalar_subquery()
    )
    with Session(user) as session:
        rows = session.execute(
            select(Collection.name, Collection.description, size, Collection.updated_at)
        ).all()
    out = [CollectionRow(str(n), str(d), int(s), u) for n, d, s, u in rows]
    return sorted(out, key=lambda r: r.name.casefold())


def add_items(user: Engine, name: str, targets: Iterable[tuple[str, str]]) -> int:
    """Append ``(key, title snapshot)`` targets not already in the collection; returns how
    many were added. A key that is not a stable key raises WorkspaceError, adding nothing."""
    from sqlalchemy import func, select
    from sqlalchemy.orm import Session

    from explorer.store.user_models import Collection, CollectionItem

    wanted: list[tuple[str, str, str]] = []
    for key, title in targets:
        try:
            kind = classify(key).kind
        except ValueError as exc:
            raise WorkspaceError(f"not a key: {key!r}") from exc
        wanted.append((kind, key, title))
    now = _now()
    with Session(user) as session, session.begin():
        cid = _get(session, name)
        have = set(
            session.scalars(
                select(CollectionItem.target_key).where(CollectionItem.collection_id == cid)
            )
        )
        pos = session.scalar(
            select(func.count(CollectionItem.id)).where(CollectionItem.collection_id == cid)
        ) or 0
        added = 0
        for kind, key, title in wanted:
            if key in have:
                continue
            have.add(key)
            session.add(
                CollectionItem(collection_id=cid, position=pos, target_kind=kind,
                               target_key=key, title=title, added_at=now)
            )
            pos += 1
            added += 1
        if added:
            session.get_one(Collection, cid).updated_at = now
    return added


def items(user: Engine, name: str) -> list[ItemRow]:
    """The collection's targets in order."""
    from sqlalchemy.orm import Session

    with Session(user) as session:
        return _items_in(session, _get(session, name))


def _renumber(session: Session, cid: int, order: Sequence[str]) -> None:
    from sqlalchemy import select

    from explorer.store.user_models import CollectionItem

    rows = {
        r.target_key: r
        for r in session.scalars(
            select(CollectionItem).where(CollectionItem.collection_id == cid)
        )
    }
    for pos, key in enumerate(order):
        rows[key].position = pos


def move_item(user: Engine, name: str, key: str, position: int) -> None:
    """Move ``key`` to ``position`` (clamped), shifting the others."""
    from sqlalchemy.orm import Session

    with Session(user) as session, session.begin():
        cid = _get(session, name)
        order = [i.key for i in _items_in(session, cid)]
        if key not in order:
            raise WorkspaceError(f"{key!r} is not in collection {name!r}")
        order.remove(key)
        order.insert(max(0, min(position, len(order))), key)
        _renumber(session, cid, order)


def remove_item(user: Engine, name: str, key: str) -> bool:
    """Take ``key`` out of the collection (False when it was not there)."""
    from sqlalchemy import delete
    from sqlalchemy.orm import Session

    from explorer.store.user_models import CollectionItem

    with Session(user) as session, session.begin():
        cid = _get(session, name)
        gone = _rows(session.execute(
            delete(CollectionItem).where(
                CollectionItem.collection_id == cid, CollectionItem.target_key == key
            )
        ))
        if gone:
            _renumber(session, cid, [i.key for i in _items_in(session, cid)])
    return bool(gone)


def _items_in(session: Session, cid: int) -> list[ItemRow]:
    from sqlalchemy import select

    from explorer.store.user_models import CollectionItem

    rows = session.execute(
        select(CollectionItem.position, CollectionItem.target_kind,
               CollectionItem.target_key, CollectionItem.title)
        .where(CollectionItem.collection_id == cid)
        .order_by(CollectionItem.position, CollectionItem.id)
    ).all()
    return [ItemRow(int(p), str(k), str(key), str(t)) for p, k, key, t in rows]


# --- tags ---------------------------------------------------------------------------


def tag_bookmark(user: Engine, key: str, tags: Iterable[str]) -> None:
    """Add tags to the bookmark of ``key``."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from explorer.store.user_models import Bookmark, BookmarkTag

    clean = {clean_tag(t) for t in tags}
    with Session(user) as session, session.begin():
        bid = session.scalar(select(Bookmark.id).where(Bookmark.target_key == key))
        if bid is None:
            raise WorkspaceError(f"{key!r} is not bookmarked")
        have = set(session.scalars(select(BookmarkTag.tag).where(BookmarkTag.bookmark_id == bid)))
        session.add_all(BookmarkTag(bookmark_id=bid, tag=t) for t in sorted(clean - have))


def tag_note(user: Engine, note_id: int, tags: Iterable[str]) -> None:
    """Add tags to a note."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from explorer.store.user_models import Note, NoteTag

    clean = {clean_tag(t) for t in tags}
    with Session(user) as session, session.begin():
        if session.get(Note, note_id) is None:
            raise WorkspaceError(f"no note {note_id}")
        have = set(session.scalars(select(NoteTag.tag).where(NoteTag.note_id == note_id)))
        session.add_all(NoteTag(note_id=note_id, tag=t) for t in sorted(clean - have))


def untag(user: Engine, tag: str, *, bookmark_key: str | None = None,
          note_id: int | None = None) -> None:
    """Remove ``tag`` from one bookmark or one note."""
    from sqlalchemy import delete, select
    from sqlalchemy.orm import Session

    from explorer.store.user_models import Bookmark, BookmarkTag, NoteTag

    with Session(user) as session, session.begin():
        if bookmark_key is not None:
            bid = select(Bookmark.id).where(Bookmark.target_key == bookmark_key)
            session.execute(
                delete(BookmarkTag).where(BookmarkTag.bookmark_id.in_(bid),
                                          BookmarkTag.tag == tag)
            )
        if note_id is not None:
            session.execute(
                delete(NoteTag).where(NoteTag.note_id == note_id, NoteTag.tag == tag)
            )


def tags_of_bookmark(user: Engine, key: str) -> list[str]:
    """Tags on the bookmark of ``key``, sorted."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from explorer.store.user_models import Bookmark, BookmarkTag

    with Session(user) as session:
        rows = session.scalars(
            select(BookmarkTag.tag).join(Bookmark, Bookmark.id == BookmarkTag.bookmark_id)
            .where(Bookmark.target_key == key).order_by(BookmarkTag.tag)
        ).all()
    return [str(t) for t in rows]


def tags_of_note(user: Engine, note_id: int) -> list[str]:
    """Tags on a note, sorted."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from explorer.store.user_models import NoteTag

    with Session(user) as session:
        rows = session.scalars(
            select(NoteTag.tag).where(NoteTag.note_id == note_id).order_by(NoteTag.tag)
        ).all()
    return [str(t) for t in rows]


def all_tags(user: Engine) -> dict[str, int]:
    """Every tag with how many bookmarks and notes carry it."""
    from sqlalchemy import func, select
    from sqlalchemy.orm import Session

    from explorer.store.user_models import BookmarkTag, NoteTag

    out: dict[str, int] = {}
    with Session(user) as session:
        for model in (BookmarkTag, NoteTag):
            for tag, n in session.execute(
                select(model.tag, func.count()).group_by(model.tag)
            ):
                out[str(tag)] = out.get(str(tag), 0) + int(n)
    return dict(sorted(out.items(), key=lambda kv: kv[0].casefold()))


def tagged(user: Engine, tag: str) -> tuple[list[str], list[int]]:
    """``(bookmark keys, note ids)`` carrying ``tag``."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from explorer.store.user_models import Bookmark, BookmarkTag, NoteTag

    with Session(user) as session:
        keys = session.scalars(
            select(Bookmark.target_key).join(BookmarkTag, Bookmark.id == BookmarkTag.bookmark_id)
            .where(BookmarkTag.tag == tag).order_by(Bookmark.id)
        ).all()
        notes = session.scalars(
            select(NoteTag.note_id).where(NoteTag.tag == tag).order_by(NoteTag.note_id)
        ).all()
    return [str(k) for k in keys], [int(n) for n in notes]
