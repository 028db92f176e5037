"""``exchange-explorer import FILE_OR_FOLDER...`` and ``imports list`` / ``imports remove ID``.

Imports go into the reference database named by ``--db`` (before or after the command),
else into the user's own copy of the reference database (made on first import, so the
shipped or built file is never written). Every imported file is also kept in the user's
imports folder and put back on top of a rebuilt database. Exit status: 0 when every file
was imported (or was already in), 1 when a file was refused, 2 when the database or the
machine failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    """Add this group's commands to the top-level sub-parsers."""
    p: argparse.ArgumentParser = sub.add_parser(
        "import", help="import IATI, World Bank, AidData, Comtrade/WITS or own spreadsheets",
        description="Import files (or every file of folders) into the reference database.")
    p.add_argument("paths", nargs="+", type=Path, metavar="FILE_OR_FOLDER")
    p.add_argument("--db", dest="import_db", type=_db_target,
                   help="reference database to write: a file or postgresql://user@host/db")
    p.add_argument("--format", dest="format_name", help="skip detection: iati, worldbank, "
                   "aiddata, comtrade, wits, spreadsheet")
    p.add_argument("--mapping", type=Path, help="JSON column mapping for spreadsheets "
                   '({"title": "Project name", ...})')
    p.add_argument("--dry-run", action="store_true", help="parse and report, write nothing")
    p.add_argument("--json", action="store_true", help="one JSON object per file")
    p.set_defaults(func=cmd_import)
    group = sub.add_parser("imports", help="list or remove imported files")
    actions = group.add_subparsers(dest="imports_action", required=True)
    ls = actions.add_parser("list", help="the imported files")
    ls.add_argument("--db", dest="import_db", type=Path)
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)
    rm = actions.add_parser("remove", help="undo one import (its rows and its kept copy)")
    rm.add_argument("id", type=int)
    rm.add_argument("--db", dest="import_db", type=Path)
    rm.set_defaults(func=cmd_remove)
    re = actions.add_parser("refresh", help="put the kept imports on the current reference "
                            "database (a newer shipped or installed one) in the user's copy")
    re.add_argument("--db", dest="import_db", type=Path, help="reference database to start "
                    "from (default: the one the app opens)")
    re.set_defaults(func=cmd_refresh)


def _db_target(text: str) -> Path | str:
    from explorer.cli.common import db_target

    return db_target(text)


def target_db(args: argparse.Namespace) -> Path | str:
    """The database to write: ``--db`` (a file or a server URL), ``EXPLORER_DB``, else the
    user's copy."""
    chosen = getattr(args, "import_db", None) or getattr(args, "db", None)
    if isinstance(chosen, str):
        return chosen  # a postgresql:// catalogue
    if chosen is not None:
        return Path(chosen)
    from explorer.importers.formats.run import user_reference_copy

    return user_reference_copy()


def _open(path: Path | str) -> Any:
    from explorer.store.check import DatabaseUnreadable, open_readonly
    from explorer.store.database import Database

    if isinstance(path, str):  # a server: its errors are told where they happen
        return Database.open(path)
    try:
        open_readonly(path).close()
    except DatabaseUnreadable as exc:
        raise SystemExit(f"error: {exc}") from None
    return Database.open(path)


def cmd_import(args: argparse.Namespace) -> int:
    from explorer.cli.common import TerminalProgress
    from explorer.importers.formats.run import expand, import_file, reapply_missing
    from explorer.importers.formats.store import ImportStore

    mapping = None
    if args.mapping is not None:
        try:
            mapping = json.loads(args.mapping.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            print(f"error: {args.mapping}: not a readable JSON mapping ({exc})", file=sys.stderr)
            return 1
        if not isinstance(mapping, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in mapping.items()):
            print(f"error: {args.mapping}: the mapping must be an object of field: header",
                  file=sys.stderr)
            return 1
    db = _open(target_db(args))
    # On a shared server the catalogue itself is the record: no copy is kept in this user's
    # folder, and this user's kept files are not put on it.
    on_server = db.backend == "postgresql"
    store = ImportStore.default()
    status = 0
    try:
        if on_server:
            return _import_on_server(args, db, mapping)
        if not args.dry_run:
            for problem in reapply_missing(db, store):
                print(f"warning: {problem}", file=sys.stderr)
        for path in expand(list(args.paths)):
            progress = None if args.json else TerminalProgress()
            out = import_file(db, path, format_name=args.format_name, dry_run=args.dry_run,
                              store=None if args.dry_run else store, progress=progress,
                              mapping=mapping or store.saved_mapping(path.name))
            status = max(status, _report(args, out))
    finally:
        db.dispose()
    return status


def _import_on_server(args: argparse.Namespace, db: Any, mapping: dict[str, str] | None) -> int:
    """Each file in one transaction on the server; a refusal by the server (a reader's role,
    a lost connection) is one line, exit 2, and that file's rows are not written."""
    from explorer.cli.common import TerminalProgress
    from explorer.importers.formats.run import expand, import_file
    from explorer.store.postgresql.admin import classify

    status = 0
    for path in expand(list(args.paths)):
        progress = None if args.json else TerminalProgress()
        try:
            out = import_file(db, path, format_name=args.format_name, dry_run=args.dry_run,
                              progress=progress, mapping=mapping)
        except Exception as exc:
            problem = classify(exc)
            if problem is None:
                raise
            print(f"error: {db.display_name}: {problem}", file=sys.stderr)
            return 2
        status = max(status, _report(args, out))
    return status


def _report(args: argparse.Namespace, out: Any) -> int:
    """Print one file's outcome (a JSON line, or a line of text); 1 when it failed."""
    if args.json:
        print(json.dumps(out.as_json(), ensure_ascii=False), flush=True)
    elif out.error:
        print(f"error: {out.error}", file=sys.stderr)
    else:
        print(_line(out))
    return 1 if out.error else 0


def _line(out: Any) -> str:
    if out.unchanged:
        return f"{out.file}: already imported ({out.dataset}); nothing changed"
    verb = "would add" if out.dry_run else "added"
    text = (f"{out.file}: {out.format}, dataset {out.dataset}, {out.records:,} records: "
            f"{verb} {out.added:,}, updated {out.updated:,}, skipped {out.skipped:,}")
    if out.import_id is not None:
        text += f" (import {out.import_id})"
    if out.unresolved:
        shown = ", ".join(f"{k} ({v})" for k, v in list(out.unresolved.items())[:10])
        text += f"\n  unresolved: {shown}"
    for warning in out.warnings:
        text += f"\n  warning: {warning}"
    return text


def cmd_list(args: argparse.Namespace) -> int:
    from explorer.importers.formats import apply
    from explorer.importers.formats.store import ImportStore

    entries = ImportStore.default().entries()
    applied: dict[str, Any] = {}
    path = getattr(args, "import_db", None) or getattr(args, "db", None)
    if path is not None or entries:
        db = _open(target_db(args))
        try:
            with db.connect() as conn:
                applied = apply.imported(conn)
        finally:
            db.dispose()
    rows = [{"id": e.id, "file": e.file, "format": e.format, "dataset": e.dataset,
             "imported_at": e.imported_at, "sha256": e.sha256, "size": e.size,
             "publisher": e.publisher, "version": e.version,
             "in_database": e.dataset in applied and applied[e.dataset].sha256 == e.sha256}
            for e in entries]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    if not rows:
        print("no imports")
        return 0
    for r in rows:
        state = "" if r["in_database"] else "  (not in this database)"
        print(f"{r['id']:>4}  {r['imported_at']}  {r['format']:<11}  {r['dataset']:<36}  "
              f"{r['file']}{state}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from explorer.importers.formats.run import remove_import
    from explorer.importers.formats.store import ImportStore

    store = ImportStore.default()
    if store.find(args.id) is None:
        print(f"error: no import {args.id} (see 'exchange-explorer imports list')",
              file=sys.stderr)
        return 1
    db = _open(target_db(args))
    try:
        entry = remove_import(db, store, args.id)
    finally:
        db.dispose()
    assert entry is not None
    print(f"removed import {entry.id}: {entry.file} (dataset {entry.dataset})")
    return 0


def cmd_refresh(args: argparse.Namespace) -> int:
    """Re-apply the kept imports the current reference database lacks, into the user's
    copy (the window does the same at start-up); 1 when an import no longer applies."""
    from explorer.cli.common import TerminalProgress
    from explorer.importers.formats.refresh import refresh
    from explorer.importers.formats.store import ImportStore
    from explorer.paths import default_reference_db, user_data_dir

    source = getattr(args, "import_db", None) or getattr(args, "db", None)
    source = Path(source) if source is not None else default_reference_db()
    _open(source).dispose()
    bar = TerminalProgress()
    result = refresh(source, user_data_dir() / "reference.sqlite", ImportStore.default(),
                     progress=lambda done, total, what: bar(what, done / max(total, 1)))
    for problem in result.problems:
        print(f"warning: {problem}", file=sys.stderr)
    if not result.applied and not result.problems:
        print(f"{source}: every kept import is already in")
    else:
        print(f"{len(result.applied)} import(s) put on {source} in {result.database}")
    return 1 if result.problems else 0
