"""The PostgreSQL schema on a real server started by the tests."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect, text

from tests.fixtures.postgres import PgServer


def test_server_is_real_and_has_contrib_extensions(pg_server: PgServer) -> None:
    engine = create_engine(pg_server.create_database("t_contrib"))
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE EXTENSION IF NOT EXISTS unaccent"))
            conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
            assert conn.scalar(text("SELECT unaccent('Côte d''Ivoire São Tomé')")) == (
                "Cote d'Ivoire Sao Tome"
            )
            assert conn.scalar(text("SELECT similarity('cooperation', 'cooperacion')")) > 0.3
            assert conn.scalar(text("SELECT inet_server_addr()::text")) == "127.0.0.1/32"
    finally:
        engine.dispose()


def test_reference_migrations_create_the_schema_on_postgresql(pg_server: PgServer) -> None:
    from explorer.store.migrate import head_revision, upgrade_reference
    from explorer.store.models import Base

    engine = create_engine(pg_server.create_database("t_migrate"))
    try:
        with engine.begin() as conn:
            upgrade_reference(conn)
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            assert conn.scalar(text("SELECT version_num FROM alembic_version")) == (
                head_revision("reference")
            )
        missing = {t.name for t in Base.metadata.sorted_tables} - tables
        assert not missing, f"tables the migrations did not create on PostgreSQL: {missing}"
    finally:
        engine.dispose()


def test_server_refuses_a_wrong_database_with_a_clear_error(pg_server: PgServer) -> None:
    import psycopg

    with pytest.raises(psycopg.OperationalError, match="does not exist"):
        psycopg.connect(pg_server.dsn("no_such_catalogue")).close()
