"""``.eecollection`` files: a collection (or the whole workspace) as JSON, Qt-free.

The file carries a format name and version, stable keys, title snapshots, notes and tags;
never row ids. Import validates the whole file first (size, types, lengths, unknown fields)
and merges in one transaction: collections by name, items and bookmarks by key, notes by
uid. A note that differs from the local one with the same uid never overwrites it: the
imported text is kept as a second note and the summary says so.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from explorer.domain.keys import classify
from explorer.store.workspace_collections import WorkspaceError, clean_tag

if TYPE_CHECKING:
    from sqlalchemy import Engine

FORMAT = "exchange-explorer-collection"
VERSION = 1
MAX_BYTES = 32 * 1024 * 1024
MAX_ITEMS = 50_000
_LIMITS = {"key": 100, "title": 500, "name": 200, "description": 10_000, "text": 200_000,
           "uid": 36, "tag": 100}
_TOP = {"format", "version", "exported_at", "collections", "notes", "bookmarks"}
_COLLECTION = {"name", "description", "items"}
_ITEM = {"key", "title"}
_NOTE = {"uid", "key", "title", "text", "created_at", "updated_at", "tags"}
_BOOKMARK = {"key", "title", "tags"}


@dataclass
class ImportSummary:
    """What an import changed."""

    collections_created: int = 0
    items_added: int = 0
    notes_added: int = 0
    notes_kept_both: int = 0
    bookmarks_added: int = 0
    skipped: int = 0
    messages: list[str] = field(default_factory=list)


def _iso(value: datetime) -> str:
    return value.isoformat(timespec="seconds")


def build(user: Engine, collection: str | None) -> dict[str, Any]:
    """The file's content for one collection (its items, notes and bookmarks on them) or,
    with ``collection`` None, the whole workspace."""
    from explorer.store import workspace as ws
    from explorer.store import workspace_collections as wc

    names = [collection] if collection is not None else [
        c.name for c in wc.list_collections(user)]
    by_name = {c.name: c for c in wc.list_collections(user)}
    cols: list[dict[str, Any]] = []
    keys: set[str] = set()
    for name in names:
        its = wc.items(user, name)
        keys.update(i.key for i in its)
        real = by_name.get(" ".join(name.split()))
        cols.append({"name": real.name if real else name,
                     "description": real.description if real else "",
                     "items": [{"key": i.key, "title": i.title} for i in its]})
    notes = [n for n in ws.list_notes(user) if collection is None or n.target_key in keys]
    marks = [b for b in ws.list_bookmarks(user) if collection is None or b[1] in keys]
    uids = _note_uids(user)
    return {
        "format": FORMAT, "version": VERSION, "exported_at": _iso(ws._now()),
        "collections": cols,
        "notes": [{"uid": uids[n.id], "key": n.target_key, "title": n.title, "text": n.text,
                   "created_at": _iso(n.created_at), "updated_at": _iso(n.updated_at),
                   "tags": wc.tags_of_note(user, n.id)} for n in notes],
        "bookmarks": [{"key": k, "title": t, "tags": wc.tags_of_bookmark(user, k)}
                      for _kind, k, t in marks],
    }


def _note_uids(user: Engine) -> dict[int, str]:
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from explorer.store.user_models import Note

    with Session(user) as session:
        return {int(i): str(u) for i, u in session.execute(select(Note.id, Note.uid))}


def export(user: Engine, out: Path, collection: str | None = None) -> int:
    """Write the file (atomically: a temp file beside it, then replaced); returns how many
    items, notes and bookmarks it holds."""
    data = build(user, collection)
    tmp = out.with_name(f".{out.name}.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, out)
    return sum(len(c["items"]) for c in data["collections"]) + len(data["notes"]) + len(
        data["bookmarks"])


def _str(obj: dict[str, Any], name: str, where: str, *, limit: str | None = None,
         required: bool = True) -> str:
    if name not in obj:
        if required:
            raise WorkspaceError(f"{where}: '{name}' is missing")
        return ""
    value = obj[name]
    if not isinstance(value, str):
        raise WorkspaceError(f"{where}: '{name}' must be text")
    if len(value) > _LIMITS[limit or name]:
        raise WorkspaceError(f"{where}: '{name}' is longer than {_LIMITS[limit or name]}")
    return value


def _obj(value: object, allowed: set[str], where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise WorkspaceError(f"{where} must be an object")
    unknown = set(value) - allowed
    if unknown:
        raise WorkspaceError(f"{where}: unknown field {sorted(unknown)[0]!r}")
    return value


def _list(obj: dict[str, Any], name: str, where: str) -> list[Any]:
    value = obj.get(name, [])
    if not isinstance(value, list):
        raise WorkspaceError(f"{where}: '{name}' must be a list")
    return value


def _key(obj: dict[str, Any], where: str, *, allow_empty: bool = False) -> str:
    key = _str(obj, "key", where)
    if allow_empty and not key:
        return key
    try:
        classify(key)
    except ValueError as exc:
        raise WorkspaceError(f"{where}: {key[:60]!r} is not a key") from exc
    return key


def _tags(obj: dict[str, Any], where: str) -> list[str]:
    out = []
    for t in _list(obj, "tags", where):
        if not isinstance(t, str) or len(t) > _LIMITS["tag"]:
            raise WorkspaceError(f"{where}: a tag must be text of at most {_LIMITS['tag']}")
        out.append(clean_tag(t))
    return out


def _when(obj: dict[str, Any], name: str, where: str) -> datetime:
    text = _str(obj, name, where, limit="uid")
    try:
        return datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError as exc:
        raise WorkspaceError(f"{where}: '{name}' is not a date") from exc


def parse(path: Path) -> dict[str, Any]:
    """Read and validate a file; WorkspaceError (one line) on anything wrong."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise WorkspaceError(f"cannot read {path.name}: {exc.strerror}") from exc
    if size > MAX_BYTES:
        raise WorkspaceError(f"{path.name} is larger than {MAX_BYTES // 2**20} MB")
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise WorkspaceError(f"{path.name} is not UTF-8 text") from exc
    except (json.JSONDecodeError, RecursionError) as exc:
        raise WorkspaceError(f"{path.name} is not a collection file (not valid JSON)") from exc
    top = _obj(data, _TOP, path.name)
    if top.get("format") != FORMAT:
        raise WorkspaceError(f"{path.name} is not an Exchange Explorer collection file")
    if top.get("version") != VERSION:
        raise WorkspaceError(
            f"{path.name} has format version {str(top.get('version'))[:20]}; "
            f"this version reads {VERSION}")
    cols = [_obj(c, _COLLECTION, f"collection {n + 1}")
            for n, c in enumerate(_list(top, "collections", path.name))]
    total = sum(len(_list(c, "items", "collection")) for c in cols)
    total += len(_list(top, "notes", path.name)) + len(_list(top, "bookmarks", path.name))
    if total > MAX_ITEMS:
        raise WorkspaceError(f"{path.name} holds {total:,} entries; at most {MAX_ITEMS:,}")
    clean: dict[str, Any] = {"collections": [], "notes": [], "bookmarks": []}
    for n, c in enumerate(cols):
        where = f"collection {n + 1}"
        name = " ".join(_str(c, "name", where).split())
        if not name:
            raise WorkspaceError(f"{where}: the name is empty")
        its = [_obj(i, _ITEM, f"{where}, item {m + 1}")
               for m, i in enumerate(_list(c, "items", where))]
        clean["collections"].append({
            "name": name, "description": _str(c, "description", where, required=False),
            "items": [(_key(i, f"{where}, item {m + 1}"),
                       _str(i, "title", f"{where}, item {m + 1}", required=False))
                      for m, i in enumerate(its)]})
    for n, raw in enumerate(_list(top, "notes", path.name)):
        where = f"note {n + 1}"
        o = _obj(raw, _NOTE, where)
        clean["notes"].append({
            "uid": _str(o, "uid", where), "key": _key(o, where, allow_empty=True),
            "title": _str(o, "title", where, required=False), "text": _str(o, "text", where),
            "created_at": _when(o, "created_at", where),
            "updated_at": _when(o, "updated_at", where), "tags": _tags(o, where)})
    for n, raw in enumerate(_list(top, "bookmarks", path.name)):
        where = f"bookmark {n + 1}"
        o = _obj(raw, _BOOKMARK, where)
        clean["bookmarks"].append({"key": _key(o, where),
                                   "title": _str(o, "title", where, required=False),
                                   "tags": _tags(o, where)})
    return clean


def import_file(user: Engine, path: Path) -> ImportSummary:
    """Validate ``path`` fully, then merge it in one transaction (all or nothing)."""
    import uuid

    from sqlalchemy import func, select
    from sqlalchemy.orm import Session

    from explorer.store import user_models as m
    from explorer.store.workspace import _now

    data = parse(path)
    s = ImportSummary()
    now = _now()
    with Session(user) as session, session.begin():
        for c in data["collections"]:
            col = session.scalar(select(m.Collection).where(m.Collection.name == c["name"]))
            if col is None:
                col = m.Collection(name=c["name"], description=c["description"],
                                   created_at=now, updated_at=now)
                session.add(col)
                session.flush()
                s.collections_created += 1
            have = set(session.scalars(select(m.CollectionItem.target_key)
                                       .where(m.CollectionItem.collection_id == col.id)))
            pos = session.scalar(select(func.count(m.CollectionItem.id))
                                 .where(m.CollectionItem.collection_id == col.id)) or 0
            for key, title in c["items"]:
                if key in have:
                    s.skipped += 1
                    continue
                have.add(key)
                session.add(m.CollectionItem(
                    collection_id=col.id, position=pos, target_kind=classify(key).kind,
                    target_key=key, title=title, added_at=now))
                pos += 1
                s.items_added += 1
        for n in data["notes"]:
            local = session.scalar(select(m.Note).where(m.Note.uid == n["uid"]))
            if local is not None and local.text == n["text"]:
                s.skipped += 1
                continue
            uid = n["uid"]
            if local is not None:
                uid = str(uuid.uuid4())
                s.notes_kept_both += 1
                s.messages.append(
                    f"note on {n['key'] or 'nothing'} differs from yours: kept both")
            else:
                s.notes_added += 1
            note = m.Note(uid=uid, target_kind=classify(n["key"]).kind if n["key"] else "",
                          target_key=n["key"], title=n["title"], text=n["text"],
                          created_at=n["created_at"], updated_at=n["updated_at"])
            session.add(note)
            session.flush()
            session.add_all(m.NoteTag(note_id=note.id, tag=t) for t in sorted(set(n["tags"])))
        for b in data["bookmarks"]:
            mark = session.scalar(select(m.Bookmark).where(m.Bookmark.target_key == b["key"]))
            if mark is None:
                mark = m.Bookmark(target_kind=classify(b["key"]).kind, target_key=b["key"],
                                  label=b["title"], created_at=now)
                session.add(mark)
                session.flush()
                s.bookmarks_added += 1
            else:
                s.skipped += 1
            have_tags = set(session.scalars(select(m.BookmarkTag.tag)
                                            .where(m.BookmarkTag.bookmark_id == mark.id)))
            session.add_all(m.BookmarkTag(bookmark_id=mark.id, tag=t)
                            for t in sorted(set(b["tags"]) - have_tags))
    return s
