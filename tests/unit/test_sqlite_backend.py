"""The SQLite backend package: error codes, pragmas, and the start-up read's new home."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from explorer.store import quick
from explorer.store.engine import make_engine
from explorer.store.sqlite import errors
from explorer.store.sqlite import quick as sqlite_quick


def _error_from(path: Path, sql: str) -> sqlite3.Error:
    conn = sqlite3.connect(path)
    try:
        conn.execute(sql)
    except sqlite3.Error as exc:
        return exc
    finally:
        conn.close()
    raise AssertionError(f"{sql!r} did not fail")


def test_syntax_error_is_our_bug(tmp_path: Path) -> None:
    exc = _error_from(tmp_path / "a.sqlite", "SELEC 1")
    assert errors.classify(exc) is False


def test_missing_table_is_our_bug(tmp_path: Path) -> None:
    exc = _error_from(tmp_path / "a.sqlite", "SELECT * FROM no_such_table")
    assert errors.classify(exc) is False


def test_file_that_is_not_a_database_is_the_environment(tmp_path: Path) -> None:
    path = tmp_path / "junk.sqlite"
    path.write_bytes(b"this is not a database, just text\n" * 200)
    exc = _error_from(path, "SELECT * FROM sqlite_master")
    assert exc.sqlite_errorcode & 0xFF == 26  # SQLITE_NOTADB
    assert errors.classify(exc) is True


def test_read_only_write_is_the_environment(tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as info:
        conn.execute("INSERT INTO t VALUES (1)")
    conn.close()
    assert errors.classify(info.value) is True


@pytest.mark.parametrize("exc", [ValueError("x"), OSError("disk"), KeyError("k")])
def test_errors_without_a_code_are_not_sqlites_to_say(exc: BaseException) -> None:
    assert errors.classify(exc) is None


def test_engine_enforces_foreign_keys(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "fk.sqlite")
    try:
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
            assert conn.execute(text("PRAGMA journal_mode")).scalar_one() != "off"
    finally:
        engine.dispose()


def test_bulk_engine_turns_the_journal_off(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "bulk.sqlite", bulk=True)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "off"
    finally:
        engine.dispose()


def test_read_only_engine_never_creates_the_file(tmp_path: Path) -> None:
    path = tmp_path / "absent.sqlite"
    engine = make_engine(path, readonly=True)
    try:
        with pytest.raises(Exception, match="unable to open"), engine.connect():
            pass
    finally:
        engine.dispose()
    assert not path.exists()


def test_store_quick_is_the_sqlite_backends_read() -> None:
    assert quick.load_home is sqlite_quick.load_home
    assert quick.DatabaseUnavailable is sqlite_quick.DatabaseUnavailable


def test_quick_read_refuses_a_non_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    with pytest.raises(quick.DatabaseUnavailable, match="not a database"):
        quick.load_home(path)


def test_health_names_broken_foreign_keys(tmp_path: Path) -> None:
    from explorer.store.sqlite import health

    path = tmp_path / "fk.sqlite"
    conn = sqlite3.connect(path)
    conn.executescript(
        "CREATE TABLE parent (id INTEGER PRIMARY KEY);"
        "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id));"
        "INSERT INTO child VALUES (1, 99), (2, 98);"
    )
    conn.commit()
    assert health.integrity_problems(conn) == []
    assert health.foreign_key_problems(conn) == ["2 rows break foreign keys (tables: child)"]
    conn.close()


def test_health_refuses_a_database_that_is_not_ours(tmp_path: Path) -> None:
    from explorer.store.sqlite import health

    path = tmp_path / "other.sqlite"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(health.DatabaseUnreadable, match="not an Exchange Explorer"):
        health.open_readonly(path)
    assert health.search_index_problems(path) == [
        "search index missing (initiative_fts, initiative_fts_keys); rebuild the database"
    ]


def test_backup_includes_what_sits_in_the_write_ahead_log(tmp_path: Path) -> None:
    from explorer.store.sqlite.backup import backup

    path, copy = tmp_path / "user.sqlite", tmp_path / "user.sqlite.bak"
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("CREATE TABLE note (text TEXT)")
    writer.execute("INSERT INTO note VALUES ('kept')")
    writer.commit()
    assert (tmp_path / "user.sqlite-wal").stat().st_size > 0
    backup(path, copy)
    writer.close()
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("SELECT text FROM note").fetchall() == [("kept",)]
    finally:
        conn.close()


def test_cli_reports_a_damaged_file_but_not_our_sql(tmp_path: Path) -> None:
    from explorer.cli.common import environment_problem

    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database\n" * 300)
    damaged = _error_from(junk, "SELECT * FROM sqlite_master")
    message = environment_problem(damaged)
    assert message is not None and message.startswith("the database cannot be read")
    assert environment_problem(_error_from(tmp_path / "ok.sqlite", "SELEC 1")) is None
