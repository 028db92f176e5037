"""Loading the reference catalogue into a real PostgreSQL server (``build-db --out URL``).

``load_catalogue`` copies every table of the built SQLite file into the server in one
transaction: the counts match table by table, and a load that fails half-way (a row the
server's constraints refuse) leaves the previous catalogue exactly as it was.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from explorer.store.engine import make_engine
from explorer.store.postgresql.load import load_catalogue
from tests.fixtures.postgres import PgServer

pytestmark = pytest.mark.realdata


def _counts(engine: object, tables: list[str]) -> dict[str, int]:
    with engine.connect() as conn:  # type: ignore[attr-defined]
        return {t: int(conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one())
                for t in tables}  # fmt: skip


def test_load_matches_sqlite_and_a_failed_reload_changes_nothing(
    pg_server: PgServer, reference_db: Path, tmp_path: Path
) -> None:
    from explorer.store.models import Base

    lite = make_engine(reference_db, readonly=True)
    tables = [t.name for t in Base.metadata.sorted_tables
              if t.name in set(inspect(lite).get_table_names())]  # fmt: skip
    expected = _counts(lite, tables)
    pg = create_engine(pg_server.create_database("t_load"))
    with lite.connect() as src, pg.begin() as dst:
        copied = load_catalogue(src, dst)
    lite.dispose()
    assert {t: copied[t] for t in tables} == expected
    assert _counts(pg, tables) == expected
    with pg.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM initiative_search")).scalar_one() \
            == expected["initiative"]

    # A source with one initiative of a dataset that does not exist: the server refuses it
    # part-way through the copy, and the catalogue loaded before is untouched.
    bad = tmp_path / "bad.sqlite"
    shutil.copyfile(reference_db, bad)
    with sqlite3.connect(bad) as conn:
        row = conn.execute("SELECT * FROM initiative LIMIT 1").fetchone()
        cols = [d[0] for d in conn.execute("SELECT * FROM initiative LIMIT 1").description]
        values = dict(zip(cols, row, strict=True))
        values.update(id=10_000_000, dataset_id=987_654)
        conn.execute(f"INSERT INTO initiative ({', '.join(cols)}) VALUES "
                     f"({', '.join('?' for _ in cols)})", list(values.values()))  # fmt: skip
    broken = make_engine(bad, readonly=True)
    with pytest.raises(Exception, match="foreign key"), broken.connect() as src, \
            pg.begin() as dst:
        load_catalogue(src, dst)
    broken.dispose()
    assert _counts(pg, tables) == expected
    pg.dispose()
