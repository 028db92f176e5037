"""Import files into a reference database and keep them in the user's imports folder.

``import_file`` is what the command line, the GUI job and the tests call: detect (or take
the given format), parse, then write in one transaction, so a file that fails leaves the
database exactly as it was. ``reapply`` puts the kept imports on top of a new database.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from explorer.importers.formats import apply, detect, get
from explorer.importers.formats.base import (
    CancelFn,
    ImportCancelled,
    ImportProblem,
    ParseContext,
    Parsed,
    ProgressFn,
)
from explorer.importers.formats.lookup import DbLookup
from explorer.importers.formats.store import Entry, ImportStore

log = logging.getLogger(__name__)
MAX_UNRESOLVED = 50


@dataclass
class Outcome:
    """What importing one file did (or, for a dry run, would do)."""

    file: str
    format: str = ""
    format_label: str = ""
    dataset: str = ""
    records: int = 0
    added: int = 0
    updated: int = 0
    removed: int = 0
    skipped: int = 0
    unresolved: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    unchanged: bool = False
    dry_run: bool = False
    import_id: int | None = None
    columns: list[str] = field(default_factory=list)  # a spreadsheet's header
    mapping: dict[str, str] = field(default_factory=dict)  # our field -> the header used

    def as_json(self) -> dict[str, Any]:
        return {"file": self.file, "format": self.format, "dataset": self.dataset,
                "records": self.records, "added": self.added, "updated": self.updated,
                "skipped": self.skipped, "unresolved": self.unresolved,
                "warnings": self.warnings, "error": self.error, "unchanged": self.unchanged,
                "dry_run": self.dry_run, "import_id": self.import_id}


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def expand(paths: list[Path]) -> list[Path]:
    """Files named, and the files inside named folders (sorted, hidden ones left out)."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file()
                              and not any(part.startswith(".") for part in p.parts)))
        else:
            out.append(path)
    return out


def parse_file(path: Path, conn: Any, *, format_name: str | None = None,
               cancelled: CancelFn | None = None, progress: ProgressFn | None = None,
               mapping: dict[str, str] | None = None, name: str = "") -> Parsed:
    """Parse ``path`` (named ``name`` by the user, if it is a kept copy) against the
    countries of the database behind ``conn``."""
    if not path.exists():
        raise ImportProblem(path, "file not found")
    if not path.is_file():
        raise ImportProblem(path, "not a file")
    fmt = get(format_name) if format_name else detect(path)
    ctx = ParseContext(lookup=DbLookup.from_connection(conn),
                       cancelled=cancelled or (lambda: False),
                       progress=progress or (lambda _l, _f: None), mapping=mapping, name=name)
    try:
        return fmt.parse(path, ctx)
    except (ImportProblem, ImportCancelled):
        raise
    except RecursionError:
        raise ImportProblem(path, "nested too deeply") from None
    except MemoryError:
        raise ImportProblem(path, "too large to read in memory") from None
    except UnicodeError as exc:
        raise ImportProblem(path, f"wrong text encoding ({exc})") from None


def import_file(db: Any, path: Path, *, format_name: str | None = None, dry_run: bool = False,
                store: ImportStore | None = None, cancelled: CancelFn | None = None,
                progress: ProgressFn | None = None,
                mapping: dict[str, str] | None = None) -> Outcome:
    """Import one file into ``db`` (an ``explorer.store.database.Database``).

    Errors in the file come back in ``Outcome.error`` (one line); the database and the store
    are then unchanged. ``ImportCancelled`` propagates (nothing written either).
    """
    out = Outcome(file=str(path), dry_run=dry_run)
    try:
        _import(db, path, out, format_name, dry_run, store, cancelled, progress, mapping)
    except ImportProblem as exc:
        out.error = str(exc)
        out.columns = out.columns or list(exc.columns)
    except ValueError as exc:  # an unknown --format name
        out.error = f"{path}: {exc}"
    return out


def _import(db: Any, path: Path, out: Outcome, format_name: str | None, dry_run: bool,
            store: ImportStore | None, cancelled: CancelFn | None,
            progress: ProgressFn | None, mapping: dict[str, str] | None) -> None:
    report = progress or (lambda _l, _f: None)
    with db.connect() as conn:
        parsed = parse_file(path, conn, format_name=format_name, cancelled=cancelled,
                            progress=lambda label, f: report(label, f * 0.8), mapping=mapping)
        _describe(out, parsed)
        sha = sha256_of(path)
        before = apply.provenance(conn, parsed.dataset.key)
        if before is not None and before.sha256 == sha:
            out.unchanged = True
            return
        if dry_run:
            plan = apply.counts(conn, parsed)
            out.added, out.updated, out.removed = plan.added, plan.updated, plan.removed
            return
    if cancelled is not None and cancelled():
        raise ImportCancelled()
    info = apply.FileInfo(name=path.name, sha256=sha, size=path.stat().st_size,
                          imported_at=datetime.now(UTC).isoformat(timespec="seconds"),
                          format=parsed.format)
    staged = store.stage(path, sha) if store is not None else None
    try:
        report("Writing", 0.85)
        with db.engine.begin() as conn:
            written = apply.write(conn, parsed, info)
    except BaseException:
        if staged is not None:
            staged.unlink(missing_ok=True)
        raise
    out.warnings = list(parsed.warnings)
    out.added, out.updated, out.removed = written.added, written.updated, written.removed
    if staged is not None and store is not None:
        entry = store.commit(staged, Entry(
            id=0, file=path.name, stored="", sha256=sha, size=info.size,
            imported_at=info.imported_at, format=parsed.format, dataset=parsed.dataset.key,
            publisher=parsed.dataset.publisher, licence=parsed.dataset.licence,
            version=parsed.dataset.version, mapping=dict(mapping or {})))
        out.import_id = entry.id
        if mapping:
            store.save_mapping(path.name, mapping)
    report("Done", 1.0)


def _describe(out: Outcome, parsed: Parsed) -> None:
    out.format = parsed.format
    out.format_label = get(parsed.format).label
    out.dataset = parsed.dataset.key
    out.records = parsed.records
    out.skipped = parsed.skipped
    out.unresolved = dict(parsed.unresolved.most_common(MAX_UNRESOLVED))
    out.warnings = list(parsed.warnings)
    out.columns = list(parsed.columns)
    out.mapping = dict(parsed.column_map)


def remove_import(db: Any, store: ImportStore, entry_id: int) -> Entry | None:
    """Undo one kept import: its rows leave the database, its copy the folder."""
    entry = store.find(entry_id)
    if entry is None:
        return None
    with db.engine.begin() as conn:
        apply.remove(conn, entry.dataset)
    store.drop(entry_id)
    return entry


def reapply(conn: Any, store: ImportStore, *, reindex: bool = True,
            cancelled: CancelFn | None = None,
            step: Callable[[int, str], None] | None = None) -> list[str]:
    """Write every kept import the database lacks (or has in another version); returns one
    line per import that could not be applied. Each import is its own savepoint.
    ``step(n, file)`` reports the n-th import done; a cancel raises ``ImportCancelled``
    (the caller's transaction then rolls back)."""
    have = apply.imported(conn)
    problems: list[str] = []
    changed = False
    done = 0
    for entry in store.entries():
        current = have.get(entry.dataset)
        if current is not None and current.sha256 == entry.sha256:
            continue
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        path = store.path_of(entry)
        try:
            with conn.begin_nested():
                parsed = parse_file(path, conn, format_name=entry.format,
                                    mapping=entry.mapping or None, name=entry.file,
                                    cancelled=cancelled)
                info = apply.FileInfo(name=entry.file, sha256=entry.sha256, size=entry.size,
                                      imported_at=entry.imported_at, format=entry.format)
                apply.write(conn, parsed, info, reindex=False)
            changed = True
        except (ImportProblem, OSError) as exc:
            problems.append(f"import {entry.id} ({entry.file}): {exc}")
            log.warning("kept import not applied: %s", problems[-1])
        done += 1
        if step is not None:
            step(done, entry.file)
    if changed and reindex:
        apply.finish(conn, initiatives=True)
    return problems


def reapply_missing(db: Any, store: ImportStore | None = None) -> list[str]:
    """``reapply`` in its own transaction on ``db`` (when the database was replaced)."""
    store = store or ImportStore.default()
    if not store.entries():
        return []
    with db.engine.begin() as conn:
        return reapply(conn, store)


def user_reference_copy(current: Path | None = None) -> Path:
    """The user's own copy of the reference database, which imports write (``EXPLORER_DB``
    when set). Made from ``current`` (default: the current reference database) when it is
    another file, so the shipped or built file is never changed; the app then opens the
    copy (it is at least as new)."""
    import os
    import shutil

    from explorer.paths import default_reference_db, user_data_dir
    from explorer.store.swap import durable_replace, temp_beside

    if current is None:
        current = default_reference_db()
        if os.environ.get("EXPLORER_DB"):
            return current
    copy = user_data_dir() / "reference.sqlite"
    if current.resolve() == copy.resolve() or not current.is_file():
        return copy
    copy.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_beside(copy)
    try:
        shutil.copyfile(current, tmp)
        durable_replace(tmp, copy)
    finally:
        tmp.unlink(missing_ok=True)
    return copy


def build_step(ctx: Any) -> int:
    """The build's step that puts the user's kept imports on the new database (before its
    row counts and search index are made); returns how many imports it applied. An import
    that no longer applies is reported in the build's counts, never fatal."""
    store = ImportStore.default()
    entries = store.entries()
    if not entries:
        return 0
    problems = reapply(ctx.conn, store, reindex=False)
    if problems:
        ctx.counts["imports.not_applied"] = len(problems)
    return len(entries) - len(problems)
