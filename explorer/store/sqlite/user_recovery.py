"""A damaged user database: found, set aside, and rebuilt from what can still be read.

What a user wrote is the one thing the app cannot download again, so a damaged
``user.sqlite`` (a disk error, a copy cut short, a bit flip) is never deleted and never
"repaired" in place. ``recover`` instead:

1. moves the damaged file (and its -wal/-shm) aside as ``user.sqlite.damaged-<time>``;
2. creates a fresh file at the current schema;
3. copies every row it can still read from the damaged file, table by table, keeping row
   ids so that tags and collection items stay attached; a page that cannot be read is
   skipped by halving the id range around it, so one bad page loses its rows only;
4. adds from the newest healthy backup (the daily one, or the one kept before the last
   upgrade) whatever the damaged file no longer had: notes by uid, bookmarks and
   collection items by key, collections and saved searches by name, tags with them;
5. reports what came from where, and where the damaged file now lies.

``daily_backup`` keeps the backup step 4 reads: one consistent copy a day, taken at start-up
while the file is healthy.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

DAILY_SUFFIX = ".bak-daily"
DAY_S = 24 * 3600
# Copied in this order (parents before children); each table's natural key for step 4.
TABLES = ("saved_search", "bookmark", "note", "collection", "collection_item",
          "bookmark_tag", "note_tag")  # fmt: skip
CHUNK = 256  # rows per read; a failing chunk is halved down to single rows
GIVE_UP = 4  # empty chunks in a row that end a scan whose last rowid is unreadable


class UserDatabaseDamaged(Exception):
    """The user database cannot be read as a whole (``problem`` says what SQLite found)."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


def decode_text(raw: bytes) -> str:
    """SQLite text as str, an invalid UTF-8 byte (a bit flip in stored text, which SQLite's
    checks cannot see) shown as U+FFFD instead of failing the whole read."""
    return raw.decode("utf-8", "replace")


class UserFolderUnwritable(Exception):
    """The user database's folder (or the file) cannot be written: a read-only disk or
    folder, or no permission. Not damage: nothing is moved or rebuilt."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


_DAMAGE = ("not a database", "malformed", "disk image", "file is encrypted")


def is_damage(message: str) -> bool:
    """Whether SQLite's message says the file itself is damaged (not busy, not read-only)."""
    return any(word in message.lower() for word in _DAMAGE)


def unwritable(path: Path) -> str | None:
    """Why the user database at ``path`` cannot be written (None when it can): a read-only
    file system, or a folder or file without write permission."""
    folder = path.parent
    probe = folder if folder.exists() else next((p for p in folder.parents if p.exists()),
                                                folder)  # fmt: skip
    try:
        if os.statvfs(probe).f_flag & os.ST_RDONLY:
            return f"the disk holding {probe} is read-only"
    except OSError:
        pass
    if not os.access(probe, os.W_OK):
        return f"the folder {probe} cannot be written (no permission)"
    if path.exists() and not os.access(path, os.W_OK):
        return f"the file {path} cannot be written (no permission)"
    return None


@dataclass
class Recovery:
    """What ``recover`` did: rows per table from the damaged file and from the backup."""

    path: Path
    damaged: Path
    problem: str
    backup: Path | None = None
    backup_time: float | None = None  # the backup's modification time (seconds since 1970)
    salvaged: dict[str, int] = field(default_factory=dict)
    from_backup: dict[str, int] = field(default_factory=dict)
    unreadable_ranges: int = 0

    def summary(self) -> str:
        """One paragraph for the CLI and the log (the window words it through tr())."""
        parts = [f"{self.path} was damaged ({self.problem}); it is kept at {self.damaged}."]
        got = ", ".join(f"{n} {t}" for t, n in self.salvaged.items() if n)
        parts.append(f"Read back from it: {got or 'nothing'}.")
        if self.backup is not None:
            more = ", ".join(f"{n} {t}" for t, n in self.from_backup.items() if n)
            parts.append(f"Added from the backup {self.backup.name}: {more or 'nothing new'}.")
        else:
            parts.append("No backup was found.")
        if self.unreadable_ranges:
            parts.append(f"{self.unreadable_ranges} unreadable part(s) were skipped.")
        return " ".join(parts)


def problem(path: Path) -> str | None:
    """What is wrong with the file at ``path`` (None when SQLite's quick check passes or the
    file does not exist yet). A locked file is busy, not damaged: None."""
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True,
                               timeout=5)  # fmt: skip
    except sqlite3.Error as exc:
        return str(exc) if is_damage(str(exc)) else None
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        # Busy, read-only or unopenable (a WAL file on a read-only disk) is not damage.
        return str(exc) if is_damage(str(exc)) else None
    finally:
        conn.close()
    return None if rows == ["ok"] else "; ".join(rows[:3])


def daily_backup(path: Path, *, now: float | None = None) -> Path | None:
    """Copy a healthy ``path`` to ``<name>.bak-daily`` if that copy is a day old or missing
    (through a temporary file, so a cut leaves the previous backup whole)."""
    from explorer.store.sqlite.backup import backup

    target = path.with_name(path.name + DAILY_SUFFIX)
    moment = time.time() if now is None else now
    if target.exists() and moment - target.stat().st_mtime < DAY_S:
        return None
    tmp = target.with_name(target.name + ".tmp")
    tmp.unlink(missing_ok=True)
    backup(path, tmp)
    os.replace(tmp, target)
    return target


def backups(path: Path) -> list[Path]:
    """Healthy backups of ``path``, newest first."""
    found = [p for p in path.parent.glob(path.name + ".bak-*") if not p.name.endswith(".tmp")]
    found.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    return [p for p in found if problem(p) is None]


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    try:
        return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
    except sqlite3.DatabaseError:
        return []


def _rows(conn: sqlite3.Connection, table: str, cols: list[str],
          report: Recovery) -> Iterator[tuple[object, ...]]:  # fmt: skip
    """Every readable row of ``table``, by rowid ranges; an unreadable range is halved down
    to single rows, and those are skipped. When the table's last rowid cannot be read (its
    b-tree's right edge is damaged) the scan goes on until ``GIVE_UP`` chunks in a row
    yield nothing."""
    select = ", ".join(f'"{c}"' for c in cols)
    sql = f'SELECT {select} FROM "{table}" WHERE rowid BETWEEN ? AND ? ORDER BY rowid'

    def read(lo: int, hi: int) -> list[tuple[object, ...]]:
        try:
            return list(conn.execute(sql, (lo, hi)).fetchall())
        except sqlite3.DatabaseError:
            if lo == hi:
                report.unreadable_ranges += 1
                return []
            mid = (lo + hi) // 2
            return read(lo, mid) + read(mid + 1, hi)

    try:
        top: int | None = conn.execute(f'SELECT max(rowid) FROM "{table}"').fetchone()[0] or 0
    except sqlite3.DatabaseError:
        top = None
    lo, empty = 0, 0
    while (top is not None and lo <= top) or (top is None and empty < GIVE_UP):
        got = read(lo, lo + CHUNK - 1)
        empty = 0 if got else empty + 1
        yield from got
        lo += CHUNK


def _salvage(damaged: Path, fresh: sqlite3.Connection, report: Recovery) -> None:
    try:
        old = sqlite3.connect(f"file:{damaged.as_posix()}?mode=ro", uri=True)
    except sqlite3.Error:
        return
    old.text_factory = decode_text  # a flipped bit in a note's text: keep the rest of it
    try:
        for table in TABLES:
            have = _columns(old, table)
            cols = [c for c in _columns(fresh, table) if c in have]
            if not cols:
                report.salvaged[table] = 0
                continue
            marks = ", ".join("?" for _ in cols)
            names = ", ".join(f'"{c}"' for c in cols)
            n = 0
            for row in _rows(old, table, cols, report):
                try:
                    cur = fresh.execute(f'INSERT OR IGNORE INTO "{table}" ({names}) '
                                        f"VALUES ({marks})", row)  # fmt: skip
                except sqlite3.DatabaseError:  # a garbled value in a readable row
                    report.unreadable_ranges += 1
                    continue
                n += cur.rowcount
            report.salvaged[table] = n
    finally:
        old.close()
    # Children whose parent row was lost cannot be shown; drop them, not the parents.
    fresh.execute("DELETE FROM collection_item WHERE collection_id NOT IN "
                  "(SELECT id FROM collection)")  # fmt: skip
    fresh.execute("DELETE FROM bookmark_tag WHERE bookmark_id NOT IN (SELECT id FROM bookmark)")
    fresh.execute("DELETE FROM note_tag WHERE note_id NOT IN (SELECT id FROM note)")


def _copy_row(fresh: sqlite3.Connection, table: str, row: sqlite3.Row, **override: object
              ) -> int:  # fmt: skip
    have = set(row.keys())  # (``in`` on a Row looks at its values)
    cols = [c for c in _columns(fresh, table) if c != "id" and (c in have or c in override)]
    values = [override[c] if c in override else row[c] for c in cols]
    cur = fresh.execute(f'INSERT INTO "{table}" ({", ".join(cols)}) '
                        f'VALUES ({", ".join("?" for _ in cols)})', values)  # fmt: skip
    return int(cur.lastrowid or 0)


def _copy_tags(old: sqlite3.Connection, fresh: sqlite3.Connection, owner: str, old_id: int,
               new_id: int) -> int:  # fmt: skip
    """The tags of ``owner`` (``bookmark`` or ``note``) ``old_id`` in ``old``, onto
    ``new_id`` in ``fresh``; how many."""
    table, column = f"{owner}_tag", f"{owner}_id"
    n = 0
    for (tag,) in old.execute(f"SELECT tag FROM {table} WHERE {column} = ?", (old_id,)):
        fresh.execute(f"INSERT OR IGNORE INTO {table} VALUES (?, ?)", (new_id, tag))
        n += 1
    return n


def _backfill(backup: Path, fresh: sqlite3.Connection, report: Recovery) -> None:
    """Rows of ``backup`` that the salvaged file lacks, matched by natural keys: saved
    searches and collections by name, notes by uid, bookmarks and items by key."""
    old = sqlite3.connect(f"file:{backup.as_posix()}?mode=ro", uri=True)
    old.row_factory = sqlite3.Row
    old.text_factory = decode_text
    counts = dict.fromkeys(TABLES, 0)
    try:
        if _columns(old, "saved_search"):
            names = {r[0] for r in fresh.execute("SELECT name FROM saved_search")}
            for row in old.execute("SELECT * FROM saved_search"):
                if row["name"] not in names:
                    _copy_row(fresh, "saved_search", row)
                    counts["saved_search"] += 1
        if _columns(old, "bookmark"):
            marks = set(fresh.execute("SELECT target_kind, target_key FROM bookmark"))
            for row in old.execute("SELECT * FROM bookmark"):
                if (row["target_kind"], row["target_key"]) not in marks:
                    new_id = _copy_row(fresh, "bookmark", row)
                    counts["bookmark"] += 1
                    counts["bookmark_tag"] += _copy_tags(old, fresh, "bookmark", row["id"],
                                                         new_id)  # fmt: skip
        if "uid" in _columns(old, "note"):
            uids = {r[0] for r in fresh.execute("SELECT uid FROM note")}
            for row in old.execute("SELECT * FROM note"):
                if row["uid"] not in uids:
                    new_id = _copy_row(fresh, "note", row)
                    counts["note"] += 1
                    counts["note_tag"] += _copy_tags(old, fresh, "note", row["id"], new_id)
        if _columns(old, "collection"):
            for row in old.execute("SELECT * FROM collection"):
                counts["collection_item"] += _backfill_collection(old, fresh, row, counts)
    finally:
        old.close()
    report.from_backup = dict(counts)


def _backfill_collection(old: sqlite3.Connection, fresh: sqlite3.Connection, row: sqlite3.Row,
                         counts: dict[str, int]) -> int:  # fmt: skip
    """The backup's collection ``row`` (created when missing) and those of its items the
    salvaged file lacks, appended after its own; how many items were added."""
    found = fresh.execute("SELECT id FROM collection WHERE name = ?", (row["name"],)).fetchone()
    if found is None:
        target = _copy_row(fresh, "collection", row)
        counts["collection"] += 1
    else:
        target = int(found[0])
    keys = {r[0] for r in fresh.execute(
        "SELECT target_key FROM collection_item WHERE collection_id = ?", (target,))}  # fmt: skip
    last = fresh.execute("SELECT coalesce(max(position), -1) FROM collection_item "
                         "WHERE collection_id = ?", (target,)).fetchone()[0]  # fmt: skip
    added = 0
    for item in old.execute("SELECT * FROM collection_item WHERE collection_id = ? "
                            "ORDER BY position", (row["id"],)):  # fmt: skip
        if item["target_key"] not in keys:
            last += 1
            _copy_row(fresh, "collection_item", item, collection_id=target, position=last)
            added += 1
    return added


def _set_aside(path: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    damaged = path.with_name(f"{path.name}.damaged-{stamp}")
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, damaged.with_name(damaged.name + suffix))
    os.replace(path, damaged)
    return damaged


def recover(path: Path, reason: str) -> Recovery:
    """Set the damaged ``path`` aside and make a new one from what can be read (see the
    module's steps). The caller holds the user database's migration lock."""
    from explorer.store.migrate import upgrade_user_file

    good = backups(path)  # before the file moves: its own backups sit beside it
    damaged = _set_aside(path)
    report = Recovery(path=path, damaged=damaged, problem=reason)
    upgrade_user_file(path)
    fresh = sqlite3.connect(path, isolation_level=None)
    try:
        fresh.execute("BEGIN IMMEDIATE")
        _salvage(damaged, fresh, report)
        if good:
            report.backup, report.backup_time = good[0], good[0].stat().st_mtime
            _backfill(good[0], fresh, report)
        fresh.execute("COMMIT")
    except BaseException:
        fresh.execute("ROLLBACK")
        raise
    finally:
        fresh.close()
    return report


def tolerant_text(engine: Engine) -> Engine:
    """Let ``engine``'s connections read a note whose stored text has an invalid UTF-8 byte
    (a bit flip SQLite's checks do not see) with U+FFFD in its place, instead of failing
    every list that contains it."""
    from sqlalchemy import event

    def on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.text_factory = decode_text

    event.listen(engine, "connect", on_connect)
    return engine
