"""An import appends its initiatives to the search index instead of rebuilding it (issue 12,
speed): the key tables, the document counts and what words and filters find equal a full
rebuild's; a newer version of a dataset (rows replaced) still rebuilds. On a copy of the real
reference database with the real importer."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from explorer.importers.formats.run import import_file
from explorer.store import fts
from explorer.store.database import Database
from tests.fixtures.importers import fixture

pytestmark = pytest.mark.realdata
WORDS = ("semences", "smallholders", "salud", "health", "0s", "rice", "brazil", "training")


def state(path: Path) -> tuple[list[tuple[object, ...]], ...]:
    conn = sqlite3.connect(path)
    try:
        found = [tuple(r[0] for r in conn.execute(
            "SELECT rowid FROM initiative_fts WHERE initiative_fts MATCH ? ORDER BY rowid",
            (f'"{w}" *',))) for w in WORDS]
        return (conn.execute("SELECT * FROM initiative_fts_dict ORDER BY token").fetchall(),
                conn.execute("SELECT * FROM initiative_fts_keys ORDER BY id").fetchall(),
                [(len(f), f[:3], f[-3:]) for f in found])
    finally:
        conn.close()


def test_append_equals_rebuild(reference_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "ref.sqlite"
    shutil.copyfile(reference_db, path)
    db = Database.open(path)
    with db.engine.begin() as conn:  # the index as this code makes it (the file's may be older)
        fts.build_index(conn)
    before = state(path)
    try:
        out = import_file(db, fixture("iati-2.03.xml"))
        assert out.error is None and out.added == 2
        appended = state(path)
        assert appended != before
        assert len(appended[1]) == len(before[1]) + 2
        with db.engine.begin() as conn:
            fts.build_index(conn)
        assert state(path) == appended
        # A newer version replaces the dataset's rows: the index is rebuilt, still exact.
        newer = tmp_path / "iati-2.03.xml"
        newer.write_text(fixture("iati-2.03.xml").read_text(encoding="utf-8").replace(
            "Rice seed multiplication", "Maize seed multiplication"), encoding="utf-8")
        assert import_file(db, newer).updated == 2
        replaced = state(path)
        with db.engine.begin() as conn:
            fts.build_index(conn)
        assert state(path) == replaced
    finally:
        db.dispose()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT count(*) FROM initiative_fts WHERE initiative_fts MATCH "
                            "'\"maize seed multiplication\"'").fetchone() == (1,)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        conn.execute("INSERT INTO initiative_fts(initiative_fts, rank) VALUES "
                     "('integrity-check', 0)")
    finally:
        conn.close()
