"""The user database's upgrade is all or nothing, and a flipped bit inside a note's text
does not stop the notes from being read (both found by the reliability campaign)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from explorer.store import workspace as ws
from explorer.store.sqlite.engine import file_engine, transactional_ddl
from explorer.store.userdb import open_user_db


def _columns(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[1] for r in con.execute("PRAGMA table_info(t)")]
    finally:
        con.close()


@pytest.mark.parametrize("atomic", [False, True])
def test_ddl_rolls_back_only_in_a_real_transaction(tmp_path: Path, atomic: bool) -> None:
    path = tmp_path / "x.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (a)")
    con.close()
    engine = file_engine(path)
    if atomic:
        transactional_ddl(engine)
    with pytest.raises(RuntimeError), engine.begin() as conn:
        conn.execute(text("ALTER TABLE t ADD COLUMN b"))
        raise RuntimeError("killed half-way")  # as a migration interrupted after its ALTER
    engine.dispose()
    # The driver alone commits the ALTER at once (the campaign's "duplicate column" after a
    # kill); in a real transaction it goes with the rest.
    assert _columns(path) == (["a"] if atomic else ["a", "b"])


def test_a_flipped_bit_in_a_note_reads_with_a_replacement_character(tmp_path: Path) -> None:
    path = tmp_path / "user.sqlite"
    user = ws.durable(open_user_db(path))
    ws.add_note(user, "MOZ", "Ministério da Saúde: falar com Ana", "Mozambique")
    ws.add_note(user, "BRA", "Embrapa", "Brazil")
    user.dispose()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    data = bytearray(path.read_bytes())
    at = data.index("Saúde".encode()) + 2  # the first byte of "ú"
    data[at] = 0xFF  # no longer UTF-8; SQLite's checks cannot see it
    path.write_bytes(bytes(data))
    user = open_user_db(path)
    try:
        notes = {n.target_key: n.text for n in ws.list_notes(user)}
    finally:
        user.dispose()
    assert notes["BRA"] == "Embrapa"
    assert notes["MOZ"].startswith("Ministério da Sa\ufffd") and "falar com Ana" in notes["MOZ"]
