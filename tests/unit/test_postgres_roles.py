"""``server init`` / ``server grant`` on a real PostgreSQL server: readers cannot write."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import create_engine, text

from explorer.cli import main
from explorer.store.postgresql.admin import (
    PERMISSION_DENIED,
    ServerError,
    classify,
    sqlalchemy_url,
)
from tests.fixtures.postgres import PgServer


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


@pytest.fixture(scope="module")
def catalogue(pg_server: PgServer) -> str:
    url = pg_server.create_database("t_roles")
    with psycopg.connect(pg_server.dsn(), autocommit=True) as conn:
        for user in ("ana_reader", "ben_editor"):
            conn.execute(f"DROP ROLE IF EXISTS {user}")
            conn.execute(f"CREATE ROLE {user} LOGIN")
    assert main(["server", "init", _plain(url)]) == 0
    assert main(["server", "grant", "explorer_reader", "ana_reader", _plain(url)]) == 0
    assert main(["server", "grant", "explorer_editor", "ben_editor", _plain(url)]) == 0
    return url


def test_init_creates_the_three_roles_and_the_extensions(
    catalogue: str, pg_server: PgServer
) -> None:
    engine = create_engine(catalogue)
    with engine.connect() as conn:
        roles = set(
            conn.scalars(text("SELECT rolname FROM pg_roles WHERE rolname LIKE 'explorer_%'"))
        )
        exts = set(conn.scalars(text("SELECT extname FROM pg_extension")))
        members = set(
            conn.execute(
                text(
                    "SELECT r.rolname, m.rolname FROM pg_auth_members a "
                    "JOIN pg_roles r ON r.oid = a.roleid JOIN pg_roles m ON m.oid = a.member"
                )
            )
        )
    engine.dispose()
    assert {"explorer_reader", "explorer_editor", "explorer_admin"} <= roles
    assert {"unaccent", "pg_trgm"} <= exts
    assert ("explorer_reader", "ana_reader") in members
    assert ("explorer_editor", "ben_editor") in members
    assert ("explorer_reader", "explorer_editor") in members


def test_init_twice_is_harmless(catalogue: str) -> None:
    assert main(["server", "init", _plain(catalogue)]) == 0


def test_a_reader_reads_but_cannot_write_and_nothing_changes(
    catalogue: str, pg_server: PgServer
) -> None:
    reader = create_engine(pg_server.url("t_roles", user="ana_reader"))
    with reader.connect() as conn:
        before = conn.scalar(text("SELECT count(*) FROM country"))
    with pytest.raises(Exception) as caught, reader.begin() as conn:
        conn.execute(text("INSERT INTO country (iso3, name) VALUES ('ZZZ', 'Nowhere')"))
    assert classify(caught.value) == PERMISSION_DENIED
    assert PERMISSION_DENIED == "permission denied: you can read this catalogue but not change it"
    with reader.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM country")) == before
    reader.dispose()


def test_an_editor_can_write_where_a_reader_cannot(catalogue: str, pg_server: PgServer) -> None:
    # The table is empty here; the privilege is checked when the statement is planned.
    change = text("UPDATE country SET name = name WHERE iso3 = 'ZZZ'")
    editor = create_engine(pg_server.url("t_roles", user="ben_editor"))
    with editor.begin() as conn:
        assert conn.execute(change).rowcount == 0
    editor.dispose()
    reader = create_engine(pg_server.url("t_roles", user="ana_reader"))
    with pytest.raises(Exception) as caught, reader.begin() as conn:
        conn.execute(change)
    assert classify(caught.value) == PERMISSION_DENIED
    reader.dispose()


def test_a_password_in_the_url_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(ServerError, match="PGPASSWORD"):
        sqlalchemy_url("postgresql://ana:secret@127.0.0.1/cat")
    assert main(["server", "init", "postgresql://ana:secret@127.0.0.1:1/cat"]) == 2
    err = capsys.readouterr().err
    assert "secret" not in err and "PGPASSWORD" in err


def test_grant_to_an_unknown_user_says_so(
    catalogue: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["server", "grant", "explorer_reader", "nobody_here", _plain(catalogue)]) == 2
    assert "no such user on the server: 'nobody_here'" in capsys.readouterr().err


def test_a_server_that_does_not_answer_gets_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    from tests.fixtures.postgres import free_port

    assert main(["server", "init", f"postgresql://x@127.0.0.1:{free_port()}/cat"]) == 2
    err = capsys.readouterr().err.strip()
    assert (
        err
        == "exchange-explorer: the catalogue's server does not answer: is it running and reachable?"
    )
