"""Collections, tags and the u0002 user-DB migration on real SQLite files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Engine

from explorer.store import workspace as ws
from explorer.store import workspace_collections as wc
from explorer.store.engine import make_engine
from explorer.store.userdb import open_user_db

_MARK = "\x1ftitle:"


def _user(tmp_path: Path) -> Engine:
    return ws.durable(open_user_db(tmp_path / "user.sqlite"))


def _v1_file(path: Path) -> None:
    """A user database as u0001 left it: notes with the marker-line title snapshot."""
    from alembic import command
    from alembic.config import Config

    from explorer.store import migrate

    engine = make_engine(path)
    with engine.begin() as conn:
        cfg = Config()
        cfg.set_main_option("script_location", str(Path(migrate.__file__).parent
                                                   / "migrations" / "user"))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "u0001")
    engine.dispose()
    db = sqlite3.connect(path)
    now = "2026-11-30 10:00:00.000000"
    db.executemany(
        "INSERT INTO note (target_kind, target_key, text, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?)",
        [
            ("country", "MOZ", f"{_MARK}Mozambique\nMinistry said yes\nline 2", now, now),
            ("initiative", "undp-ss:149", f"{_MARK}مبادرة التعاون\nعربي", now, now),
            ("", "", "free-standing, no title", now, now),
        ],
    )
    db.executemany(
        "INSERT INTO bookmark (target_kind, target_key, label, created_at) VALUES (?,?,?,?)",
        [("country", "MOZ", "Mozambique", now), ("initiative", "undp-ss:149", "T", now)],
    )
    db.execute("INSERT INTO saved_search (name, query, created_at) VALUES ('s', 'q', ?)",
               (now,))
    db.commit()
    db.close()


def test_v1_user_db_upgrades_keeping_every_row(tmp_path: Path) -> None:
    path = tmp_path / "user.sqlite"
    _v1_file(path)
    user = ws.durable(open_user_db(path))
    assert (tmp_path / "user.sqlite.bak-u0001").exists()
    notes = {n.target_key: n for n in ws.list_notes(user)}
    assert len(notes) == 3
    assert (notes["MOZ"].title, notes["MOZ"].text) == (
        "Mozambique", "Ministry said yes\nline 2")
    assert (notes["undp-ss:149"].title, notes["undp-ss:149"].text) == ("مبادرة التعاون", "عربي")
    assert (notes[""].title, notes[""].text) == ("", "free-standing, no title")
    assert ws.list_bookmarks(user) == [
        ("country", "MOZ", "Mozambique"), ("initiative", "undp-ss:149", "T")]
    with user.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM saved_search").scalar() == 1
        uids = conn.exec_driver_sql("SELECT uid FROM note").scalars().all()
        assert len(set(uids)) == 3 and all(len(u) == 36 for u in uids)
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "u0002"
    # the new tables work on the upgraded file
    wc.create_collection(user, "Mozambique mission, March")
    assert wc.add_items(user, "Mozambique mission, March", [("MOZ", "Mozambique")]) == 1
    # the backup is still the v1 file with its marker lines
    bak = sqlite3.connect(tmp_path / "user.sqlite.bak-u0001")
    assert bak.execute("SELECT count(*) FROM note WHERE text LIKE ?",
                       (_MARK + "%",)).fetchone() == (2,)
    bak.close()


def test_new_note_has_title_column_not_marker(tmp_path: Path) -> None:
    user = _user(tmp_path)
    nid = ws.add_note(user, "MOZ", "text", "Mozambique")
    with user.connect() as conn:
        row = conn.exec_driver_sql("SELECT title, text FROM note WHERE id = ?", (nid,)).one()
    assert tuple(row) == ("Mozambique", "text")


def test_collection_order_add_move_remove(tmp_path: Path) -> None:
    user = _user(tmp_path)
    wc.create_collection(user, "  Mozambique   mission ", "agriculture file")
    name = "Mozambique mission"
    with pytest.raises(wc.WorkspaceError, match="already exists"):
        wc.create_collection(user, name)
    added = wc.add_items(user, name, [("MOZ", "Mozambique"), ("undp-ss:149", "A"),
                                      ("abc-brazil:BRA/04/044-A142", "B"), ("MOZ", "dup")])
    assert added == 3
    assert wc.add_items(user, name, [("MOZ", "again")]) == 0
    assert [i.key for i in wc.items(user, name)] == [
        "MOZ", "undp-ss:149", "abc-brazil:BRA/04/044-A142"]
    wc.move_item(user, name, "abc-brazil:BRA/04/044-A142", 0)
    got = wc.items(user, name)
    assert [(i.position, i.key) for i in got] == [
        (0, "abc-brazil:BRA/04/044-A142"), (1, "MOZ"), (2, "undp-ss:149")]
    assert got[1].kind == "country" and got[1].title == "Mozambique"
    wc.move_item(user, name, "abc-brazil:BRA/04/044-A142", 99)
    assert wc.items(user, name)[-1].key == "abc-brazil:BRA/04/044-A142"
    assert wc.remove_item(user, name, "MOZ")
    assert not wc.remove_item(user, name, "MOZ")
    assert [(i.position, i.key) for i in wc.items(user, name)] == [
        (0, "undp-ss:149"), (1, "abc-brazil:BRA/04/044-A142")]
    with pytest.raises(wc.WorkspaceError, match="not a key"):
        wc.add_items(user, name, [("BRA", "ok"), ("nonsense", "x")])
    assert len(wc.items(user, name)) == 2  # nothing of the failed call was added
    (row,) = wc.list_collections(user)
    assert (row.name, row.description, row.size) == (name, "agriculture file", 2)
    wc.update_collection(user, name, new_name="Maputo", description="")
    assert [c.name for c in wc.list_collections(user)] == ["Maputo"]
    with pytest.raises(wc.WorkspaceError, match="no collection"):
        wc.items(user, name)
    wc.delete_collection(user, "Maputo")
    assert wc.list_collections(user) == []
    with user.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM collection_item").scalar() == 0


def test_tags_on_bookmarks_and_notes(tmp_path: Path) -> None:
    user = _user(tmp_path)
    ws.add_bookmark(user, "MOZ", "Mozambique")
    nid = ws.add_note(user, "MOZ", "seed varieties", "Mozambique")
    wc.tag_bookmark(user, "MOZ", ["mission", " agriculture ", "mission"])
    wc.tag_note(user, nid, ["agriculture", "زراعة"])
    assert wc.tags_of_bookmark(user, "MOZ") == ["agriculture", "mission"]
    assert wc.all_tags(user) == {"agriculture": 2, "mission": 1, "زراعة": 1}
    assert wc.tagged(user, "agriculture") == (["MOZ"], [nid])
    with pytest.raises(wc.WorkspaceError, match="not bookmarked"):
        wc.tag_bookmark(user, "BRA", ["x"])
    with pytest.raises(wc.WorkspaceError, match="empty"):
        wc.tag_note(user, nid, ["  "])
    wc.untag(user, "agriculture", note_id=nid)
    assert wc.tags_of_note(user, nid) == ["زراعة"]
    assert ws.remove_note(user, nid)
    assert ws.remove_bookmark(user, "MOZ")
    assert not ws.is_bookmarked(user, "MOZ")
    assert wc.all_tags(user) == {}


def test_backup_before_migrate_includes_the_write_ahead_log(tmp_path: Path) -> None:
    path = tmp_path / "user.sqlite"
    _v1_file(path)
    held = sqlite3.connect(path)
    held.execute("PRAGMA journal_mode=WAL")
    held.execute("PRAGMA wal_autocheckpoint=0")
    held.execute("INSERT INTO note (target_kind, target_key, text, created_at, updated_at) "
                 "VALUES ('country', 'BRA', 'only in the WAL', '2026-12-01', '2026-12-01')")
    held.commit()
    assert (tmp_path / "user.sqlite-wal").stat().st_size > 0
    try:
        open_user_db(path).dispose()
    finally:
        held.close()
    bak = sqlite3.connect(tmp_path / "user.sqlite.bak-u0001")
    assert bak.execute("SELECT text FROM note WHERE target_key = 'BRA'").fetchall() == [
        ("only in the WAL",)]
    bak.close()
