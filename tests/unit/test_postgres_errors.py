"""Which failures mean "the server is gone": real errors from psycopg and SQLite."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from explorer.jobs.errors import classify_error
from explorer.store.database import Database
from explorer.store.postgresql.errors import is_connection_lost, reason
from tests.fixtures.postgres import PgServer, free_port


def test_a_closed_port_is_a_lost_connection_with_a_one_line_reason() -> None:
    pytest.importorskip("psycopg")
    database = Database.open(f"postgresql://nobody@127.0.0.1:{free_port()}/catalogue")
    with pytest.raises(Exception) as caught, database.connect():
        pass
    database.dispose()
    assert is_connection_lost(caught.value)
    assert reason(caught.value) == "Connection refused"
    error = classify_error(caught.value)
    assert error.environment and error.connection_lost and error.message == "Connection refused"


def test_an_sql_error_on_a_live_server_is_not(pg_server: PgServer) -> None:
    database = Database.open(pg_server.url())
    with pytest.raises(Exception) as caught, database.connect() as conn:
        conn.exec_driver_sql("SELECT * FROM no_such_table")
    database.dispose()
    assert not is_connection_lost(caught.value)
    assert not classify_error(caught.value).connection_lost


def test_sqlite_failures_are_not(tmp_path: Path) -> None:
    bad = tmp_path / "junk.sqlite"
    bad.write_bytes(b"not a database" * 100)
    with pytest.raises(sqlite3.DatabaseError) as caught:
        sqlite3.connect(bad).execute("SELECT 1 FROM sqlite_master")
    assert not is_connection_lost(caught.value)
    error = classify_error(caught.value)
    assert error.environment and not error.connection_lost
