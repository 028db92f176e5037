"""The user database: opened (and migrated) separately from the reference data.

Before a migration changes an existing file, a copy is kept beside it
(``user.sqlite.bak-<revision>``), so a failed upgrade never loses what a user wrote.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DatabaseError

from explorer.store.engine import make_engine
from explorer.store.migrate import head_revision, upgrade_user_file

if TYPE_CHECKING:
    from explorer.store.sqlite.user_recovery import Recovery

LOCK_WAIT_S = 60.0  # a migration of a large user database with its backup takes seconds


def _current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return str(row[0]) if row else None


def _backup(path: Path, target: Path) -> None:
    """A consistent copy, write-ahead log included (see ``store.sqlite.backup``)."""
    from explorer.store.sqlite.backup import backup

    backup(path, target)


@contextmanager
def _migration_lock(path: Path) -> Iterator[None]:
    """Hold the lock on migrating ``path`` (waiting up to ``LOCK_WAIT_S`` for another process).

    The lock is an exclusive transaction on a small SQLite file beside the database
    (``user.sqlite.lock``): SQLite's own file locking, the same on every platform, and
    released by the system if the holder dies. The database itself cannot be the lock: the
    migration runs on its own connections, which would wait on it."""
    from explorer.store.sqlite.lock import exclusive

    with exclusive(path.with_name(f"{path.name}.lock"), LOCK_WAIT_S):
        yield


def open_user_db(path: Path) -> Engine:
    """Open the user database at ``path``, creating or upgrading it as needed.

    Two processes (or threads) opening a new or old file at once take turns: the check,
    the backup and the migration run under ``_migration_lock``, and whoever comes second
    finds the schema current and leaves it alone."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        from explorer.store.sqlite.user_recovery import UserFolderUnwritable, unwritable

        raise UserFolderUnwritable(path, unwritable(path) or str(exc)) from None
    from explorer.store.sqlite.user_recovery import tolerant_text

    engine = tolerant_text(make_engine(path))
    head = head_revision("user")
    try:
        current = _current_revision(engine) if path.exists() else None
    except DatabaseError as exc:  # damaged, or a folder that cannot be written
        engine.dispose()
        from explorer.store.sqlite import user_recovery as ur

        if not ur.is_damage(str(exc.orig)):
            raise ur.UserFolderUnwritable(path, ur.unwritable(path) or str(exc.orig)) from None
        raise ur.UserDatabaseDamaged(path, f"{exc.orig}; run 'exchange-explorer workspace "
                                     "recover' (nothing is deleted)") from None  # fmt: skip
    if current == head:
        return engine  # the usual case: no lock needed
    with _migration_lock(path):
        current = _current_revision(engine) if path.exists() else None
        if current != head:
            if current is not None:
                engine.dispose()
                _backup(path, path.with_name(f"{path.name}.bak-{current}"))
            upgrade_user_file(path)
    return engine


def prepare_user_db(path: Path | None = None) -> Path:
    """Create or upgrade the user database (the platform's user data folder by default) and
    return its path."""
    return start_user_db(path)[0]


def start_user_db(path: Path | None = None) -> tuple[Path, Recovery | None]:
    """What the app runs in the background at start-up: check the user database, recover
    it if damaged (see ``store.sqlite.user_recovery``), create or upgrade it, and keep the
    day's backup. The path, and what a recovery did (None when the file was healthy)."""
    from explorer.paths import default_user_db
    from explorer.store.sqlite.user_recovery import (
        UserFolderUnwritable,
        daily_backup,
        problem,
        recover,
        unwritable,
    )

    target = path or default_user_db()
    why = unwritable(target)
    if why is not None:  # say so before anything tries to write (nothing is changed)
        raise UserFolderUnwritable(target, why + "; notes, stars and collections cannot be "
                                   "saved until it can")  # fmt: skip
    target.parent.mkdir(parents=True, exist_ok=True)
    report = None
    found = problem(target)
    if found is not None:
        with _migration_lock(target):
            found = problem(target)  # another process may have recovered it meanwhile
            if found is not None:
                report = recover(target, found)
    open_user_db(target).dispose()
    daily_backup(target)
    return target, report


def recover_user_db(path: Path | None = None) -> Recovery | None:
    """``workspace recover``: recover the user database if SQLite finds it damaged."""
    from explorer.paths import default_user_db
    from explorer.store.sqlite.user_recovery import (
        UserFolderUnwritable,
        problem,
        recover,
        unwritable,
    )

    target = path or default_user_db()
    why = unwritable(target)
    if why is not None:
        raise UserFolderUnwritable(target, why)
    with _migration_lock(target):
        found = problem(target)
        return None if found is None else recover(target, found)
