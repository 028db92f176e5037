"""The Database handle on real SQLite files; URL parsing for PostgreSQL targets."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from explorer.store.database import Database, redact


def _make(path: Path, value: str) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (v TEXT)")
    con.execute("INSERT INTO t VALUES (?)", (value,))
    con.commit()
    con.close()


def test_file_path_opens_sqlite(tmp_path: Path) -> None:
    f = tmp_path / "a.sqlite"
    _make(f, "one")
    db = Database.open(f)
    assert db.backend == "sqlite"
    assert db.path == f.resolve()
    with db.connect() as conn:
        assert conn.execute(text("SELECT v FROM t")).scalar() == "one"
    with db.session() as s:
        assert s.execute(text("SELECT count(*) FROM t")).scalar() == 1
    db.dispose()


def test_readonly_refuses_writes_and_never_creates(tmp_path: Path) -> None:
    f = tmp_path / "a.sqlite"
    _make(f, "one")
    db = Database.open(f, readonly=True)
    with pytest.raises(OperationalError, match="readonly"), db.connect() as conn:
        conn.execute(text("INSERT INTO t VALUES ('x')"))
    missing = Database.open(tmp_path / "missing.sqlite", readonly=True)
    with pytest.raises(OperationalError), missing.connect():
        pass
    assert not (tmp_path / "missing.sqlite").exists()


def test_dispose_then_replaced_file_is_read_anew(tmp_path: Path) -> None:
    f = tmp_path / "a.sqlite"
    _make(f, "old")
    db = Database.open(f)
    with db.connect() as conn:
        assert conn.execute(text("SELECT v FROM t")).scalar() == "old"
    before = db.stamp()
    new = tmp_path / "b.sqlite"
    _make(new, "new-and-longer")
    os.replace(new, f)
    assert db.stamp() != before
    db.dispose()
    with db.connect() as conn:
        assert conn.execute(text("SELECT v FROM t")).scalar() == "new-and-longer"


def test_postgresql_urls_and_password_never_shown() -> None:
    db = Database.open("postgresql://reader:s3cret@db.example.org:5432/explorer")
    assert db.backend == "postgresql"
    assert db.path is None
    assert db.url.startswith("postgresql+psycopg://")
    assert "s3cret" not in db.display_name
    assert db.display_name == "postgresql://reader@db.example.org:5432/explorer"
    multi = Database.open("postgres://u@h1:5432,h2:5433/db?target_session_attrs=any")
    assert multi.backend == "postgresql"
    assert "h1:5432,h2:5433" in multi.display_name
    assert redact("postgresql://u:p@h/db") == "postgresql://u@h/db"


def test_import_does_not_load_sqlalchemy() -> None:
    code = "import sys, explorer.store.database; print('sqlalchemy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"
