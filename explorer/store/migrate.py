"""Run Alembic migrations of the reference and user databases on a given connection."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection

_HERE = Path(__file__).parent / "migrations"


def _config(kind: str, conn: Connection) -> object:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_HERE / kind))
    cfg.attributes["connection"] = conn
    return cfg


def upgrade_reference(conn: Connection) -> None:
    """Create or upgrade the reference schema to the newest revision."""
    from alembic import command

    command.upgrade(_config("reference", conn), "head")  # type: ignore[arg-type]


def upgrade_user(conn: Connection) -> None:
    """Create or upgrade the user schema to the newest revision."""
    from alembic import command

    command.upgrade(_config("user", conn), "head")  # type: ignore[arg-type]


def upgrade_user_file(path: Path) -> None:
    """Create or upgrade the user database file at ``path`` in one SQLite transaction, DDL
    included (``store.sqlite.engine.transactional_ddl``): a process killed half-way leaves
    the file as it was, never a new column without its revision."""
    from explorer.store.sqlite.engine import file_engine, transactional_ddl

    engine = transactional_ddl(file_engine(path))
    try:
        with engine.begin() as conn:
            upgrade_user(conn)
    finally:
        engine.dispose()


def head_revision(kind: str) -> str:
    """The newest revision id of ``reference`` or ``user`` migrations."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(_HERE / kind))
    head = script.get_current_head()
    assert head is not None
    return head
