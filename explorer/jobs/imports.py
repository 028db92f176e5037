"""Jobs of File > Import…: preview files (a dry run) and import them. No Qt.

Both take the runner's ``Control`` first: ``control.check()`` between files and inside the
parsers (through ``cancelled``), ``control.progress`` for the bar. The import writes the
user's own copy of the reference database (made from the open one when that is another
file), so the shipped or built file is never changed; the result names that file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from explorer.jobs.control import Cancelled, Control

if TYPE_CHECKING:
    from explorer.importers.formats.refresh import Refreshed
    from explorer.importers.formats.run import Outcome
    from explorer.store.database import Database

STEPS = 1000


@dataclass(frozen=True)
class ImportResult:
    """What an import job did: one outcome per file, and the database it wrote."""

    outcomes: list[Outcome]
    database: Path


def _progress(control: Control, index: int, count: int,
              name: str) -> Callable[[str, float], None]:
    def report(_label: str, fraction: float) -> None:
        control.progress(int((index + fraction) / count * STEPS), STEPS, name)

    return report


Mappings = dict[str, dict[str, str]]  # a spreadsheet's path -> our field -> its header
SHEET_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx")


def preview_files(control: Control, database: Path, paths: list[Path],
                  format_name: str | None = None,
                  mappings: Mappings | None = None) -> list[Outcome]:
    """Job: what importing ``paths`` into ``database`` would do (nothing is written). A
    spreadsheet is read with its mapping from ``mappings`` (the preview's corrections), else
    the one saved for a file of its name; one refused for its columns still lists them."""
    from explorer.importers.formats.run import expand
    from explorer.store.database import Database

    db = Database.open(database, readonly=True)
    try:
        return _each_file(control, db, expand(paths), format_name, mappings or {},
                          dry_run=True)
    finally:
        db.dispose()


def _each_file(control: Control, db: Database, files: list[Path], format_name: str | None,
               mappings: Mappings, **options: Any) -> list[Outcome]:
    """``import_file`` on each of ``files`` in turn, with progress; a cancel between or
    inside files raises Cancelled."""
    from explorer.importers.formats.base import ImportCancelled
    from explorer.importers.formats.run import import_file
    from explorer.importers.formats.store import ImportStore

    saved = ImportStore.default()
    outcomes = []
    for index, path in enumerate(files):
        control.check()
        mapping = mappings.get(str(path)) or saved.saved_mapping(path.name)
        fmt = "spreadsheet" if str(path) in mappings else format_name
        try:
            out = import_file(db, path, cancelled=lambda: control.cancelled,
                              progress=_progress(control, index, len(files), path.name),
                              format_name=fmt, mapping=mapping, **options)
            if (out.error and fmt is None and not out.format and options.get("dry_run")
                    and path.suffix.lower() in SHEET_SUFFIXES):
                # Not recognised: read as a spreadsheet, so its columns can be mapped.
                sheet = import_file(db, path, format_name="spreadsheet", mapping=mapping,
                                    cancelled=lambda: control.cancelled, **options)
                if sheet.columns:
                    out = sheet
            outcomes.append(out)
        except ImportCancelled:
            raise Cancelled() from None
    return outcomes


def import_files(control: Control, database: Path, paths: list[Path],
                 format_name: str | None = None,
                 mappings: Mappings | None = None) -> ImportResult:
    """Job: import ``paths`` (each its own transaction) into the user's copy of
    ``database``; a cancel stops before the next file, the ones done stay imported. A
    spreadsheet's mapping (from ``mappings`` or saved) is kept for the next file of its name."""
    from explorer.importers.formats.run import expand, user_reference_copy
    from explorer.importers.formats.store import ImportStore
    from explorer.store.database import Database

    files = expand(paths)
    target = user_reference_copy(database)
    db = Database.open(target)
    try:
        outcomes = _each_file(control, db, files, format_name, mappings or {},
                              store=ImportStore.default())
    finally:
        db.dispose()
    return ImportResult(outcomes, target)


def refresh_imports(control: Control, database: Path) -> Refreshed:
    """Job: when ``database`` (the one the window opened) lacks kept imports, because a newer
    shipped or installed reference database replaced the user's copy, copy it into the user's
    copy and re-apply them there; the result names the database to show (``database`` itself
    when nothing was missing). A cancel leaves every file as it was."""
    from explorer.importers.formats.base import ImportCancelled
    from explorer.importers.formats.refresh import refresh
    from explorer.importers.formats.store import ImportStore
    from explorer.paths import user_data_dir

    try:
        return refresh(database, user_data_dir() / "reference.sqlite", ImportStore.default(),
                       cancelled=lambda: control.cancelled, progress=control.progress)
    except ImportCancelled:
        raise Cancelled() from None


@dataclass(frozen=True)
class KeptImport:
    """One kept import as the imports list shows it."""

    id: int
    file: str
    format: str  # what the format is, for people ("IATI activity XML")
    dataset: str
    imported_at: str
    publisher: str
    size: int
    in_database: bool  # the database shown holds this file's rows (this version)


def list_imports(control: Control, database: Path) -> list[KeptImport]:
    """Job: the kept imports, and whether ``database`` holds each (read-only)."""
    from explorer.importers.formats.refresh import stale
    from explorer.importers.formats.store import ImportStore

    store = ImportStore.default()
    control.check()
    missing = {e.id for e in stale(database, store)}
    return [KeptImport(e.id, e.file, _label(e.format), e.dataset, e.imported_at, e.publisher,
                       e.size, e.id not in missing) for e in store.entries()]


def _label(format_name: str) -> str:
    from explorer.importers.formats import get

    try:
        return get(format_name).label
    except ValueError:
        return format_name


def remove_kept_import(control: Control, database: Path, entry_id: int) -> Path:
    """Job: undo import ``entry_id``: its rows leave the user's copy of ``database`` (one
    transaction) and its kept file the imports folder; the database to show next."""
    from explorer.importers.formats.run import remove_import, user_reference_copy
    from explorer.importers.formats.store import ImportStore
    from explorer.store.database import Database

    store = ImportStore.default()
    if store.find(entry_id) is None:
        raise LookupError(f"import {entry_id} is no longer kept")
    control.check()
    target = user_reference_copy(database)
    db = Database.open(target)
    try:
        remove_import(db, store, entry_id)
    finally:
        db.dispose()
    return target
