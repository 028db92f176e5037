"""The user database: opened (and migrated) separately from the reference data.

Before a migration changes an existing file, a copy is kept beside it
(``user.sqlite.bak-<revision>``), so a failed upgrade never loses what a user wrote.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from explorer.store.engine import make_engine
from explorer.store.migrate import head_revision, upgrade_user

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
    import sqlite3

    lock = sqlite3.connect(path.with_name(f"{path.name}.lock"), timeout=LOCK_WAIT_S,
                           isolation_level=None)  # fmt: skip
    try:
        lock.execute("BEGIN EXCLUSIVE")
        yield
    finally:
        lock.close()  # rolls back: the lock file stays empty


def open_user_db(path: Path) -> Engine:
    """Open the user database at ``path``, creating or upgrading it as needed.

    Two processes (or threads) opening a new or old file at once take turns: the check,
    the backup and the migration run under ``_migration_lock``, and whoever comes second
    finds the schema current and leaves it alone."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    head = head_revision("user")
    if path.exists() and _current_revision(engine) == head:
        return engine  # the usual case: no lock needed
    with _migration_lock(path):
        current = _current_revision(engine) if path.exists() else None
        if current != head:
            if current is not None:
                engine.dispose()
                _backup(path, path.with_name(f"{path.name}.bak-{current}"))
            with engine.begin() as conn:
                upgrade_user(conn)
    return engine


def prepare_user_db(path: Path | None = None) -> Path:
    """Create or upgrade the user database (the platform's user data folder by default) and
    return its path; the app runs this in the background at start-up."""
    from explorer.paths import default_user_db

    target = path or default_user_db()
    open_user_db(target).dispose()
    return target
