"""The note editor's Qt-free jobs on a real user database file."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from explorer.jobs.workspace import NoteState, load_note, save_note, set_bookmark
from explorer.store import workspace as ws
from explorer.store.userdb import open_user_db

KEY = "undp-ss:149"


def test_reading_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "user" / "user.sqlite"
    assert load_note(path, KEY) == NoteState(KEY, "", False)
    assert not path.exists()


def test_one_note_per_target_saved_and_updated(tmp_path: Path) -> None:
    path = tmp_path / "user.sqlite"
    assert save_note(path, KEY, "", "Cassava") == KEY  # nothing typed: no note made
    assert load_note(path, KEY).text == ""
    save_note(path, KEY, "first", "Cassava")
    save_note(path, KEY, "first and second", "Cassava")
    save_note(path, "BWA", "Botswana note", "Botswana")
    engine = open_user_db(path)
    try:
        notes = ws.list_notes(engine, KEY)
        assert [(n.text, n.title, n.target_kind) for n in notes] == [
            ("first and second", "Cassava", "initiative")
        ]
        assert [n.target_kind for n in ws.list_notes(engine, "BWA")] == ["country"]
    finally:
        engine.dispose()
    assert load_note(path, KEY) == NoteState(KEY, "first and second", False)


def test_bookmark_on_and_off(tmp_path: Path) -> None:
    path = tmp_path / "user.sqlite"
    assert set_bookmark(path, KEY, "Cassava", True) is True
    assert set_bookmark(path, KEY, "Cassava", True) is True  # starring twice keeps one
    assert load_note(path, KEY).bookmarked
    engine = open_user_db(path)
    try:
        assert ws.list_bookmarks(engine) == [("initiative", KEY, "Cassava")]
    finally:
        engine.dispose()
    assert set_bookmark(path, KEY, "Cassava", False) is False
    assert not load_note(path, KEY).bookmarked


def test_jobs_at_once_on_a_new_file(tmp_path: Path) -> None:
    """Two workers creating the same new user database never collide in its migration."""
    for round_ in range(5):
        path = tmp_path / f"user-{round_}.sqlite"
        with ThreadPoolExecutor(max_workers=4) as pool:
            saves = [pool.submit(save_note, path, f"brief:case-{i}", f"note {i}", "t")
                     for i in range(4)]  # fmt: skip
            assert [f.result() for f in saves] == [f"brief:case-{i}" for i in range(4)]
        assert [load_note(path, f"brief:case-{i}").text for i in range(4)] == [
            f"note {i}" for i in range(4)
        ]


def test_an_older_text_never_overwrites_a_newer_one(tmp_path: Path) -> None:
    from explorer.jobs.workspace import next_serial

    path = tmp_path / "user.sqlite"
    older, newer = next_serial(), next_serial()
    save_note(path, KEY, "newer text (the flush at quit)", "Cassava", newer)
    save_note(path, KEY, "older text (a queued save)", "Cassava", older)
    save_note(path, KEY, "newer text (the flush at quit)", "Cassava", newer)  # once is enough
    assert load_note(path, KEY).text == "newer text (the flush at quit)"
    save_note(path, KEY, "typed after", "Cassava", next_serial())
    assert load_note(path, KEY).text == "typed after"
