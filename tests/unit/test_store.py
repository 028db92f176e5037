"""Migrations match the models; the user database is separate and survives upgrades."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from explorer.store.engine import make_engine
from explorer.store.migrate import upgrade_reference, upgrade_user
from explorer.store.models import Base
from explorer.store.user_models import Note, UserBase
from explorer.store.userdb import open_user_db


def test_reference_migrations_match_models(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "r.sqlite")
    with engine.begin() as conn:
        upgrade_reference(conn)
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_user_migrations_match_models(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "u.sqlite")
    with engine.begin() as conn:
        upgrade_user(conn)
        diff = compare_metadata(MigrationContext.configure(conn), UserBase.metadata)
    assert diff == []


def test_user_db_keeps_notes_on_reopen(tmp_path: Path) -> None:
    path = tmp_path / "user" / "user.sqlite"
    engine = open_user_db(path)
    now = datetime(2026, 1, 2, 3, 4, 5)
    with Session(engine) as session:
        session.add(Note(text="Ask ABC about the Botswana project", created_at=now,
                         updated_at=now))
        session.commit()
    engine.dispose()
    engine = open_user_db(path)
    with Session(engine) as session:
        assert session.scalars(select(Note.text)).all() == ["Ask ABC about the Botswana project"]
    engine.dispose()
    assert not list(path.parent.glob("*.bak-*"))  # nothing to upgrade, nothing copied


def test_foreign_keys_are_enforced(empty_db: Engine) -> None:
    with empty_db.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar_one() == 1


def test_readonly_engine_cannot_write(tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite"
    with make_engine(path).begin() as conn:
        conn.execute(text("CREATE TABLE t (x INTEGER)"))
    ro = make_engine(path, readonly=True)
    with ro.connect() as conn:
        try:
            conn.execute(text("INSERT INTO t VALUES (1)"))
        except Exception as exc:
            assert "readonly" in str(exc)
        else:
            raise AssertionError("a read-only engine accepted a write")


def test_prepare_user_db_creates_it_in_the_user_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from explorer.store.userdb import prepare_user_db

    monkeypatch.setenv("EXPLORER_USER_DIR", str(tmp_path / "user-data"))
    path = prepare_user_db()
    assert path == tmp_path / "user-data" / "user.sqlite" and path.is_file()
    with make_engine(path).connect() as conn:
        tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
    assert {"bookmark", "note", "saved_search", "alembic_version"} <= tables
