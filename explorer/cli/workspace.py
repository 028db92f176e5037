"""The workspace from the command line: ``notes``, ``bookmarks``, ``collections``, ``tags``
and ``workspace export|check|recover``, each with ``--json``.

They use the user database in ``EXPLORER_USER_DIR`` (as the app does); ``--db`` names the
reference database that resolves titles. A problem is one line on stderr and exit 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Engine


def register(sub: Any) -> None:
    """Add this group's commands to the top-level sub-parsers."""
    notes = sub.add_parser("notes", help="your notes on initiatives, countries and charts")
    ns = notes.add_subparsers(dest="action", required=True)
    p = _add(ns, "add", help="write a note (on KEY, or free-standing)")
    p.add_argument("--on", default="", metavar="KEY", help="the key the note is on")
    p.add_argument("text")
    p.add_argument("--tag", action="append", default=[], help="a tag (repeatable)")
    p = _add(ns, "list", help="list notes, newest first")
    p.add_argument("--on", metavar="KEY")
    p.add_argument("--tag")
    p = _add(ns, "show", help="print one note")
    p.add_argument("id", type=int)
    p = _add(ns, "edit", help="replace a note's text")
    p.add_argument("id", type=int)
    p.add_argument("text")
    p = _add(ns, "remove", help="delete a note")
    p.add_argument("id", type=int)
    notes.set_defaults(func=cmd_notes)

    marks = sub.add_parser("bookmarks", help="your starred initiatives, countries, charts")
    bs = marks.add_subparsers(dest="action", required=True)
    p = _add(bs, "add", help="star KEY")
    p.add_argument("key")
    p.add_argument("--tag", action="append", default=[])
    p = _add(bs, "remove", help="un-star KEY")
    p.add_argument("key")
    p = _add(bs, "list", help="list bookmarks")
    p.add_argument("--tag")
    marks.set_defaults(func=cmd_bookmarks)

    cols = sub.add_parser("collections", help="named, ordered lists of targets")
    cs = cols.add_subparsers(dest="action", required=True)
    p = _add(cs, "create", help="create a collection")
    p.add_argument("name")
    p.add_argument("--description", default="")
    p = _add(cs, "add", help="append keys to a collection")
    p.add_argument("name")
    p.add_argument("keys", nargs="+", metavar="KEY")
    p = _add(cs, "remove", help="take keys out of a collection")
    p.add_argument("name")
    p.add_argument("keys", nargs="+", metavar="KEY")
    p = _add(cs, "move", help="move KEY to POSITION (0 is first)")
    p.add_argument("name")
    p.add_argument("key")
    p.add_argument("position", type=int)
    p = _add(cs, "show", help="list a collection's items in order")
    p.add_argument("name")
    p = _add(cs, "delete", help="delete a collection (its targets stay)")
    p.add_argument("name")
    _add(cs, "list", help="list collections")
    p = _add(cs, "export", help="write a collection to a .eecollection, XLSX or PDF file")
    p.add_argument("name")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--format", choices=("eecollection", "xlsx", "pdf"),
                   help="what to write (default: from the file's suffix, else eecollection)")
    p = _add(cs, "import", help="merge a .eecollection file into your workspace")
    p.add_argument("file", type=Path)
    cols.set_defaults(func=cmd_collections)

    tags = sub.add_parser("tags", help="tags on bookmarks and notes")
    ts = tags.add_subparsers(dest="action", required=True)
    _add(ts, "list", help="every tag with its count")
    p = _add(ts, "add", help="tag a bookmark (KEY) or a note (note id)")
    p.add_argument("target")
    p.add_argument("tags", nargs="+")
    p = _add(ts, "remove", help="remove a tag from a bookmark or note")
    p.add_argument("target")
    p.add_argument("tag")
    tags.set_defaults(func=cmd_tags)

    wsp = sub.add_parser("workspace", help="the whole workspace")
    wss = wsp.add_subparsers(dest="action", required=True)
    p = _add(wss, "export", help="write everything to a .eecollection file")
    p.add_argument("--out", type=Path, required=True)
    _add(wss, "check", help="check the user database (SQLite's quick check)")
    _add(wss, "recover", help="rebuild a damaged user database from what can be read "
         "and its newest backup (the damaged file is kept)")
    wsp.set_defaults(func=cmd_workspace)


def _add(group: Any, name: str, **kwargs: Any) -> argparse.ArgumentParser:
    """A sub-command that also takes ``--json``."""
    parser: argparse.ArgumentParser = group.add_parser(name, **kwargs)
    parser.add_argument("--json", action="store_true", help="print JSON")
    return parser


def _user() -> Engine:
    from explorer.paths import default_user_db
    from explorer.store import workspace as ws
    from explorer.store.userdb import open_user_db

    return ws.durable(open_user_db(default_user_db()))


def _title(args: argparse.Namespace, key: str) -> str:
    """The target's current title in the reference database ('' when unknown or absent)."""
    if not key:
        return ""
    from explorer.paths import default_reference_db
    from explorer.store import workspace as ws
    from explorer.store.engine import make_engine

    ref = getattr(args, "db", None) or default_reference_db()
    if isinstance(ref, Path) and not ref.exists():
        return ""
    engine = make_engine(ref)
    try:
        return ws.resolve(engine, key).title
    finally:
        engine.dispose()


def _emit(args: argparse.Namespace, data: object, lines: list[str]) -> int:
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=1, default=str))
    else:
        for line in lines:
            print(line)
    return 0


def _check_or_recover(args: argparse.Namespace) -> int:
    """``workspace check``: 0 when healthy, 1 when damaged; ``workspace recover``: rebuild a
    damaged file (0), or say it is healthy (0)."""
    from explorer.paths import default_user_db
    from explorer.store.sqlite.user_recovery import UserFolderUnwritable, problem
    from explorer.store.userdb import recover_user_db

    path = default_user_db()
    if args.action == "check":
        found = problem(path)
        data = {"path": str(path), "exists": path.exists(), "problem": found}
        _emit(args, data, [f"{path}: " + ("ok" if found is None else f"damaged: {found}")])
        return 0 if found is None else 1
    try:
        report = recover_user_db(path)
    except UserFolderUnwritable as exc:
        print(f"error: cannot recover: {exc.problem}", file=sys.stderr)
        return 2
    if report is None:
        return _emit(args, {"path": str(path), "recovered": False},
                     [f"{path}: ok, nothing to recover"])  # fmt: skip
    data = {"path": str(path), "recovered": True, "problem": report.problem,
            "damaged_kept_at": str(report.damaged),
            "backup": None if report.backup is None else str(report.backup),
            "salvaged": report.salvaged, "from_backup": report.from_backup,
            "unreadable_ranges": report.unreadable_ranges}  # fmt: skip
    return _emit(args, data, [report.summary()])


def _run(args: argparse.Namespace, body: Any) -> int:
    from explorer.store.sqlite.user_recovery import UserDatabaseDamaged, UserFolderUnwritable
    from explorer.store.workspace_collections import WorkspaceError

    try:
        user = _user()
    except UserDatabaseDamaged as exc:
        print(f"error: your user database is damaged: {exc}", file=sys.stderr)
        return 2
    except UserFolderUnwritable as exc:
        print(f"error: your user database cannot be opened for writing: {exc.problem}",
              file=sys.stderr)  # fmt: skip
        return 2
    try:
        result: int = body(user)
        return result
    except WorkspaceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        user.dispose()


def _key_or_fail(key: str) -> None:
    from explorer.domain.keys import classify
    from explorer.store.workspace_collections import WorkspaceError

    try:
        classify(key)
    except ValueError as exc:
        raise WorkspaceError(f"{key!r} is not a key (dataset:record, ISO3, chart:...)") from exc


def _note_json(n: Any, tags: list[str]) -> dict[str, Any]:
    return {"id": n.id, "key": n.target_key, "kind": n.target_kind, "title": n.title,
            "text": n.text, "tags": tags, "created_at": n.created_at.isoformat(),
            "updated_at": n.updated_at.isoformat()}


def cmd_notes(args: argparse.Namespace) -> int:
    """``notes add|list|show|edit|remove``."""
    from explorer.store import workspace as ws
    from explorer.store import workspace_collections as wc

    def body(user: Engine) -> int:
        if args.action == "add":
            if args.on:
                _key_or_fail(args.on)
            nid = ws.add_note(user, args.on, args.text, _title(args, args.on))
            if args.tag:
                wc.tag_note(user, nid, args.tag)
            return _emit(args, {"id": nid}, [f"note {nid} saved"])
        notes = ws.list_notes(user, getattr(args, "on", None) if args.action == "list" else None)
        if args.action == "list":
            if args.tag:
                ids = set(wc.tagged(user, args.tag)[1])
                notes = [n for n in notes if n.id in ids]
            rows = [_note_json(n, wc.tags_of_note(user, n.id)) for n in notes]
            return _emit(args, rows, [
                f"{n.id}\t{n.target_key or '-'}\t{n.title}\t{(n.text.splitlines() or [''])[0]}"
                for n in notes])
        found = [n for n in notes if n.id == args.id]
        if not found:
            raise wc.WorkspaceError(f"no note {args.id}")
        if args.action == "show":
            n = found[0]
            return _emit(args, _note_json(n, wc.tags_of_note(user, n.id)),
                         [f"{n.title or n.target_key or '(free-standing)'}", "", n.text])
        if args.action == "edit":
            ws.save_note_text(user, args.id, args.text)
            return _emit(args, {"id": args.id}, [f"note {args.id} saved"])
        ws.remove_note(user, args.id)
        return _emit(args, {"id": args.id, "removed": True}, [f"note {args.id} removed"])

    return _run(args, body)


def cmd_bookmarks(args: argparse.Namespace) -> int:
    """``bookmarks add|remove|list``."""
    from explorer.store import workspace as ws
    from explorer.store import workspace_collections as wc

    def body(user: Engine) -> int:
        if args.action == "add":
            _key_or_fail(args.key)
            added = ws.add_bookmark(user, args.key, _title(args, args.key))
            if args.tag:
                wc.tag_bookmark(user, args.key, args.tag)
            return _emit(args, {"key": args.key, "added": added},
                         [f"{args.key} {'bookmarked' if added else 'was already bookmarked'}"])
        if args.action == "remove":
            gone = ws.remove_bookmark(user, args.key)
            if not gone:
                raise wc.WorkspaceError(f"{args.key!r} is not bookmarked")
            return _emit(args, {"key": args.key, "removed": True}, [f"{args.key} removed"])
        marks = ws.list_bookmarks(user)
        if args.tag:
            keys = set(wc.tagged(user, args.tag)[0])
            marks = [b for b in marks if b[1] in keys]
        rows = [{"kind": k, "key": key, "title": t, "tags": wc.tags_of_bookmark(user, key)}
                for k, key, t in marks]
        return _emit(args, rows, [f"{key}\t{t}" for _k, key, t in marks])

    return _run(args, body)


def cmd_collections(args: argparse.Namespace) -> int:
    """``collections create|add|remove|move|show|delete|list|export|import``."""
    from explorer.store import workspace_collections as wc
    from explorer.store import workspace_exchange as wx

    def body(user: Engine) -> int:
        a = args.action
        if a == "create":
            wc.create_collection(user, args.name, args.description)
            return _emit(args, {"name": args.name}, [f"collection {args.name!r} created"])
        if a == "add":
            for key in args.keys:
                _key_or_fail(key)
            n = wc.add_items(user, args.name, [(k, _title(args, k)) for k in args.keys])
            return _emit(args, {"added": n}, [f"{n} added to {args.name!r}"])
        if a == "remove":
            n = sum(wc.remove_item(user, args.name, k) for k in args.keys)
            return _emit(args, {"removed": n}, [f"{n} removed from {args.name!r}"])
        if a == "move":
            wc.move_item(user, args.name, args.key, args.position)
            a = "show"
        if a == "show":
            its = wc.items(user, args.name)
            return _emit(args, [{"position": i.position, "kind": i.kind, "key": i.key,
                                 "title": i.title} for i in its],
                         [f"{i.position + 1}\t{i.key}\t{i.title}" for i in its])
        if a == "delete":
            wc.delete_collection(user, args.name)
            return _emit(args, {"deleted": args.name}, [f"collection {args.name!r} deleted"])
        if a == "list":
            cols = wc.list_collections(user)
            return _emit(args, [{"name": c.name, "description": c.description, "size": c.size,
                                 "updated_at": c.updated_at.isoformat()} for c in cols],
                         [f"{c.name}\t{c.size}\t{c.description}" for c in cols])
        if a == "export":
            wc.items(user, args.name)  # a missing collection is one line, no file written
            from explorer.cli.collection_export import export_format, export_report

            if export_format(args) != "eecollection":
                return export_report(args, user, export_format(args))
            n = wx.export(user, args.out, args.name)
            return _emit(args, {"out": str(args.out), "entries": n},
                         [f"wrote {n} entries to {args.out}"])
        s = wx.import_file(user, args.file)
        data = {"collections_created": s.collections_created, "items_added": s.items_added,
                "notes_added": s.notes_added, "notes_kept_both": s.notes_kept_both,
                "bookmarks_added": s.bookmarks_added, "skipped": s.skipped,
                "messages": s.messages}
        return _emit(args, data, [
            f"imported {s.items_added} items, {s.notes_added} notes, "
            f"{s.bookmarks_added} bookmarks ({s.skipped} already there)", *s.messages])

    return _run(args, body)


def cmd_tags(args: argparse.Namespace) -> int:
    """``tags list|add|remove`` (a digit target is a note id, anything else a bookmark key)."""
    from explorer.store import workspace_collections as wc

    def body(user: Engine) -> int:
        if args.action == "list":
            tags = wc.all_tags(user)
            return _emit(args, tags, [f"{t}\t{n}" for t, n in tags.items()])
        note = int(args.target) if args.target.isdigit() else None
        if args.action == "add":
            if note is not None:
                wc.tag_note(user, note, args.tags)
            else:
                wc.tag_bookmark(user, args.target, args.tags)
            return _emit(args, {"target": args.target, "tags": args.tags}, ["tagged"])
        wc.untag(user, args.tag, note_id=note,
                 bookmark_key=None if note is not None else args.target)
        return _emit(args, {"target": args.target, "removed": args.tag}, ["untagged"])

    return _run(args, body)


def cmd_workspace(args: argparse.Namespace) -> int:
    """``workspace export --out FILE``."""
    from explorer.store import workspace_exchange as wx

    if args.action in ("check", "recover"):
        return _check_or_recover(args)

    def body(user: Engine) -> int:
        n = wx.export(user, args.out)
        return _emit(args, {"out": str(args.out), "entries": n},
                     [f"wrote {n} entries to {args.out}"])

    return _run(args, body)
