"""A primary and a streaming standby on loopback: reads go to the standby, writes to the
primary, through libpq multi-host URLs and ``target_session_attrs`` (no code of ours)."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import Connection, create_engine, text

from tests.fixtures.postgres import PgServer, free_port, start_server


@pytest.fixture(scope="module")
def pair() -> Iterator[tuple[PgServer, PgServer]]:
    primary = start_server("primary")
    standby = PgServer(bindir=primary.bindir, root=primary.root, port=free_port(), name="standby")
    try:
        primary.run(
            "pg_basebackup",
            "-h",
            "127.0.0.1",
            "-p",
            str(primary.port),
            "-U",
            "explorer_test",
            "-D",
            str(standby.datadir),
            "-R",
            "-X",
            "stream",
        )
        standby.start()
        yield primary, standby
    finally:
        standby.stop()
        primary.stop()
        shutil.rmtree(primary.root, ignore_errors=True)


def _url(primary: PgServer, standby: PgServer, attrs: str) -> str:
    # SQLAlchemy's spelling of a libpq multi-host URL: one host= per server.
    hosts = f"host=127.0.0.1:{standby.port}&host=127.0.0.1:{primary.port}"
    return f"postgresql+psycopg://explorer_test@/postgres?{hosts}&target_session_attrs={attrs}"


def _wait_for(conn: Connection, sql: str, seconds: float = 20) -> object:
    deadline = time.monotonic() + seconds
    while True:
        value = conn.execute(text(sql)).scalar()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.1)


def test_searches_read_the_standby_and_writes_go_to_the_primary(
    pair: tuple[PgServer, PgServer],
) -> None:
    from explorer.store.migrate import upgrade_reference
    from explorer.store.postgresql import fts as pgfts
    from explorer.store.postgresql.admin import relax_lengths

    primary, standby = pair
    writer = create_engine(_url(primary, standby, "read-write"))
    reader = create_engine(_url(primary, standby, "prefer-standby"))
    try:
        with writer.begin() as conn:
            assert conn.scalar(text("SELECT pg_is_in_recovery()")) is False
            assert conn.scalar(text("SELECT inet_server_port()")) == primary.port
            upgrade_reference(conn)
            relax_lengths(conn)
            pgfts.build_index(conn)
        with reader.connect() as conn:
            assert conn.scalar(text("SELECT pg_is_in_recovery()")) is True
            assert conn.scalar(text("SELECT inet_server_port()")) == standby.port
            assert _wait_for(conn, "SELECT to_regclass('initiative_search') IS NOT NULL")
            assert pgfts.count(conn, '"health"') == 0
            with pytest.raises(Exception, match="read-only transaction"):
                conn.execute(text("DELETE FROM initiative_search"))
    finally:
        writer.dispose()
        reader.dispose()
