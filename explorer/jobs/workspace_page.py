"""Jobs of the Workspace page: Qt-free, each on a runner thread.

``load_workspace`` reads every note, bookmark, collection and tag of the user database and
asks the reference database what each target is now: a target a data update removed keeps
its title snapshot and is marked absent. The edits (collections, their items, tags) return
``""`` when done or a one-line reason the user can act on ("a collection named 'X' already
exists"); nothing is half-changed, since each is one transaction in the store.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from sqlalchemy import Engine

    from explorer.store.database import Database


@dataclass(frozen=True, slots=True)
class Item:
    """A target as the page shows it: the current title, or the snapshot when it is gone."""

    kind: str
    key: str
    title: str
    present: bool
    initiative_id: int | None = None


@dataclass(frozen=True, slots=True)
class NoteEntry:
    """One note; ``item`` is None for a free-standing note."""

    id: int
    item: Item | None
    text: str
    created_at: datetime
    updated_at: datetime
    tags: tuple[str, ...] = ()
    uid: str = ""  # stable across machines: a collection holds the note as ``note:<uid>``

    @property
    def key(self) -> str:
        """The note's own key, for a collection."""
        return f"note:{self.uid}"


@dataclass(frozen=True, slots=True)
class BookmarkEntry:
    """One starred target."""

    item: Item
    created_at: datetime
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CollectionEntry:
    """A collection with its items in order."""

    name: str
    description: str
    updated_at: datetime
    items: tuple[Item, ...] = ()


@dataclass(frozen=True, slots=True)
class SearchEntry:
    """A saved initiatives search."""

    id: int
    name: str
    query: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class WorkspaceView:
    """Everything the page lists."""

    notes: tuple[NoteEntry, ...] = ()
    bookmarks: tuple[BookmarkEntry, ...] = ()
    collections: tuple[CollectionEntry, ...] = ()
    tags: tuple[tuple[str, int], ...] = ()  # (tag, how many notes and bookmarks carry it)
    problem: str = ""  # why the user database could not be read (it was left as it is)
    searches: tuple[SearchEntry, ...] = ()

    @property
    def is_empty(self) -> bool:
        """Whether the user has written nothing yet."""
        return not (self.notes or self.bookmarks or self.collections or self.searches)


def _open(user_db: Path) -> Engine:
    from explorer.jobs.workspace import _open as open_serialised

    return open_serialised(user_db)


def _item(kind: str, key: str, snapshot: str, found: object) -> Item:
    from explorer.store.workspace_targets import Target

    if isinstance(found, Target) and found.present:
        return Item(found.kind or kind, key, found.title or snapshot or key, True,
                    found.initiative_id)
    return Item(kind, key, snapshot or key, False)


def load_workspace(database: Database, user_db: Path) -> WorkspaceView:
    """Job: the whole workspace, every target resolved in ``database``; a user database that
    does not exist yet reads as empty and is not created."""
    from explorer.jobs.reads import read
    from explorer.store import workspace as ws
    from explorer.store import workspace_collections as wc
    from explorer.store import workspace_targets as wt
    from explorer.store.sqlite.user_recovery import UserDatabaseDamaged

    if not user_db.exists():
        return WorkspaceView()
    try:
        engine = _open(user_db)
    except UserDatabaseDamaged as exc:
        return WorkspaceView(problem=exc.problem)
    try:
        notes = ws.list_notes(engine)
        marks = wt.bookmarks(engine)
        note_tags, mark_tags = wt.tags_by_note(engine), wt.tags_by_bookmark(engine)
        uids = wt.note_uids(engine)
        collections = [(c, wc.items(engine, c.name)) for c in wc.list_collections(engine)]
        tags = tuple(wc.all_tags(engine).items())
        searches = _saved(engine)
    finally:
        engine.dispose()
    keys = [n.target_key for n in notes if n.target_key] + [b.key for b in marks]
    keys += [i.key for _, its in collections for i in its]
    found: dict[str, object] = dict(read(database, wt.targets, keys)) if keys else {}
    present = set(uids.values())
    for key in keys:  # a note in a collection is there while the note is
        if key.startswith("note:"):
            found[key] = wt.Target(key, "note", key[len("note:"):] in present)
    return WorkspaceView(
        tuple(
            NoteEntry(
                n.id,
                _item(n.target_kind, n.target_key, n.title, found.get(n.target_key))
                if n.target_key else None,
                n.text, n.created_at, n.updated_at, tuple(note_tags.get(n.id, ())),
                uids.get(n.id, ""),
            )
            for n in notes
        ),
        tuple(
            BookmarkEntry(_item(b.kind, b.key, b.title, found.get(b.key)), b.created_at,
                          tuple(mark_tags.get(b.key, ())))
            for b in marks
        ),
        tuple(
            CollectionEntry(
                c.name, c.description, c.updated_at,
                tuple(_item(i.kind, i.key, i.title, found.get(i.key)) for i in its),
            )
            for c, its in collections
        ),
        tags,
        searches=searches,
    )


def _saved(engine: Engine) -> tuple[SearchEntry, ...]:
    from sqlalchemy.orm import Session

    from explorer.store.queries.saved_searches import list_saved

    with Session(engine) as s:
        return tuple(SearchEntry(q.id, q.name, q.query, q.created_at) for q in list_saved(s))


def delete_search(user_db: Path, saved_id: int) -> str:
    """Job: forget a saved search."""
    from sqlalchemy.orm import Session

    from explorer.store.queries.saved_searches import delete_saved

    def change(e: Engine) -> None:
        with Session(e) as s, s.begin():
            delete_saved(s, saved_id)

    return _edit(user_db, change)


def _edit(user_db: Path, change: Callable[[Engine], object]) -> str:
    """Run one change; ``""`` when done, else the one-line reason (nothing was changed)."""
    from explorer.store.sqlite.user_recovery import UserDatabaseDamaged
    from explorer.store.workspace_collections import WorkspaceError

    try:
        engine = _open(user_db)
    except UserDatabaseDamaged as exc:
        return exc.problem
    try:
        change(engine)
    except WorkspaceError as exc:
        return str(exc)
    finally:
        engine.dispose()
    return ""


def create_collection(user_db: Path, name: str, description: str = "") -> str:
    """Job: a new, empty collection."""
    from explorer.store import workspace_collections as wc

    return _edit(user_db, lambda e: wc.create_collection(e, name, description))


def rename_collection(user_db: Path, name: str, new_name: str) -> str:
    """Job: rename a collection (its items stay)."""
    from explorer.store import workspace_collections as wc

    return _edit(user_db, lambda e: wc.update_collection(e, name, new_name=new_name))


def describe_collection(user_db: Path, name: str, description: str) -> str:
    """Job: change a collection's description."""
    from explorer.store import workspace_collections as wc

    return _edit(user_db, lambda e: wc.update_collection(e, name, description=description))


def delete_collection(user_db: Path, name: str) -> str:
    """Job: delete a collection; its targets, notes and bookmarks stay."""
    from explorer.store import workspace_collections as wc

    return _edit(user_db, lambda e: wc.delete_collection(e, name))


def add_to_collection(user_db: Path, name: str, targets: Sequence[tuple[str, str]]) -> str:
    """Job: append ``(key, title snapshot)`` targets (those already in it are skipped)."""
    from explorer.store import workspace_collections as wc

    return _edit(user_db, lambda e: wc.add_items(e, name, targets))


def remove_from_collection(user_db: Path, name: str, key: str) -> str:
    """Job: take one target out of a collection."""
    from explorer.store import workspace_collections as wc

    return _edit(user_db, lambda e: wc.remove_item(e, name, key))


def move_in_collection(user_db: Path, name: str, key: str, position: int) -> str:
    """Job: move one target of a collection to ``position``."""
    from explorer.store import workspace_collections as wc

    return _edit(user_db, lambda e: wc.move_item(e, name, key, position))


def add_tag(user_db: Path, tag: str, *, note_id: int | None = None,
            bookmark_key: str | None = None) -> str:
    """Job: put ``tag`` on a note or a bookmark."""
    from explorer.store import workspace_collections as wc

    def change(e: Engine) -> None:
        if note_id is not None:
            wc.tag_note(e, note_id, [tag])
        if bookmark_key is not None:
            wc.tag_bookmark(e, bookmark_key, [tag])

    return _edit(user_db, change)


def remove_tag(user_db: Path, tag: str, *, note_id: int | None = None,
               bookmark_key: str | None = None) -> str:
    """Job: take ``tag`` off a note or a bookmark."""
    from explorer.store import workspace_collections as wc

    return _edit(user_db, lambda e: wc.untag(e, tag, bookmark_key=bookmark_key, note_id=note_id))


def remove_bookmark(user_db: Path, key: str) -> str:
    """Job: un-star ``key`` (its notes stay)."""
    from explorer.store import workspace as ws

    return _edit(user_db, lambda e: ws.remove_bookmark(e, key))


def import_collection(user_db: Path, path: Path) -> object:
    """Job: merge a colleague's ``.eecollection`` file (all or nothing); the store's
    ``ImportSummary``, or the one-line reason nothing was changed."""
    from explorer.store import workspace_exchange as wx
    from explorer.store.sqlite.user_recovery import UserDatabaseDamaged
    from explorer.store.workspace_collections import WorkspaceError

    try:
        engine = _open(user_db)
    except UserDatabaseDamaged as exc:
        return exc.problem
    try:
        return wx.import_file(engine, path)
    except WorkspaceError as exc:  # it names the file and what is wrong with it
        return str(exc)
    except OSError as exc:
        return f"{path.name}: {exc.strerror or exc}"
    finally:
        engine.dispose()


def delete_note(user_db: Path, note_id: int) -> str:
    """Job: delete one note and its tags (the target, its star and collections stay)."""
    from explorer.store import workspace as ws

    return _edit(user_db, lambda e: ws.remove_note(e, note_id))
