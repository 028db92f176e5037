"""Kept imports on a newer reference database: what it lacks, and putting it back.

When a newer shipped or installed reference database wins over the user's copy (see
``explorer.paths.default_reference_db``), it lacks the files the user imported. ``stale``
names the kept imports a database lacks (or has in another version); ``refresh`` copies
the database into the user's copy (through a temporary file beside it) and re-applies
them there in one transaction, so a failure or a cancel leaves both files as they were
and the kept files themselves are never touched. No Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from explorer.importers.formats.base import CancelFn, ImportCancelled
from explorer.importers.formats.store import Entry, ImportStore

StepFn = Callable[[int, int, str], None]  # done, total, what
CHUNK = 4 << 20
COPY_STEPS = 100  # the copy's share of the progress, in steps (each import is one more)


@dataclass(frozen=True)
class Refreshed:
    """What ``refresh`` did: the database to show, the imports written, those that failed."""

    database: Path
    applied: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def stale(database: Path, store: ImportStore) -> list[Entry]:
    """The kept imports that ``database`` lacks or holds in another version (read-only)."""
    entries = store.entries()
    if not entries or not database.is_file():
        return []
    from explorer.importers.formats import apply
    from explorer.store.database import Database

    db = Database.open(database, readonly=True)
    try:
        with db.connect() as conn:
            have = {key: info.sha256 for key, info in apply.imported(conn).items()}
    finally:
        db.dispose()
    return [e for e in entries if have.get(e.dataset) != e.sha256]


def refresh(database: Path, target: Path, store: ImportStore, *,
            cancelled: CancelFn | None = None, progress: StepFn | None = None) -> Refreshed:
    """Put the kept imports ``database`` lacks on a copy of it at ``target`` (in place when
    ``target`` is ``database``). Nothing to do: ``Refreshed(database)``. A cancel raises
    ``ImportCancelled`` with nothing changed."""
    missing = stale(database, store)
    if not missing:
        return Refreshed(database)
    is_cancelled = cancelled or (lambda: False)
    report = progress or (lambda _d, _t, _w: None)
    total = COPY_STEPS + len(missing)
    in_place = target.exists() and database.resolve() == target.resolve()
    from explorer.store.swap import durable_replace, temp_beside

    work = target if in_place else temp_beside(target)
    try:
        if not in_place:
            target.parent.mkdir(parents=True, exist_ok=True)
            _copy(database, work, is_cancelled,
                  lambda f: report(int(f * COPY_STEPS), total, "reference data"))
        problems = _reapply(work, store, is_cancelled,
                            lambda n, name: report(COPY_STEPS + n, total, name))
        if not in_place:
            durable_replace(work, target)
    finally:
        if not in_place:
            work.unlink(missing_ok=True)
    applied = [e.file for e in missing
               if not any(p.startswith(f"import {e.id} (") for p in problems)]
    return Refreshed(target, applied, problems)


def _copy(source: Path, dest: Path, cancelled: CancelFn,
          progress: Callable[[float], None]) -> None:
    size = max(source.stat().st_size, 1)
    done = 0
    with source.open("rb") as src, dest.open("wb") as out:
        while chunk := src.read(CHUNK):
            if cancelled():
                raise ImportCancelled()
            out.write(chunk)
            done += len(chunk)
            progress(min(done / size, 1.0))


def _reapply(path: Path, store: ImportStore, cancelled: CancelFn,
             progress: Callable[[int, str], None]) -> list[str]:
    from explorer.importers.formats.run import reapply
    from explorer.store.database import Database

    db = Database.open(path)
    try:
        with db.engine.begin() as conn:
            return reapply(conn, store, cancelled=cancelled, step=progress)
    finally:
        db.dispose()
