"""The note editor on a real user database file: autosave after the pause, the old target
saved before the new one shows, the star (and Ctrl+D) stored as a bookmark, names for a
screen reader; the detail pane with an Arabic note rendered and looked at."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from explorer.store import workspace as ws
from explorer.store.userdb import open_user_db
from explorer.ui.a11y.walker import unnamed
from explorer.ui.runner import Runner
from explorer.ui.widgets.note_editor import DEBOUNCE_MS, NoteEditor

KEY_A, KEY_B = "undp-ss:149", "brief:asa-philippines"


@pytest.fixture()
def user_db(tmp_path: Path) -> Path:
    return tmp_path / "user" / "user.sqlite"


def stored_notes(path: Path, key: str) -> list[str]:
    engine = open_user_db(path)
    try:
        return [n.text for n in ws.list_notes(engine, key)]
    finally:
        engine.dispose()


def starred(path: Path, key: str) -> bool:
    engine = open_user_db(path)
    try:
        return ws.is_bookmarked(engine, key)
    finally:
        engine.dispose()


@pytest.fixture()
def editor(qtbot: QtBot, runner: Runner, user_db: Path) -> Iterator[NoteEditor]:
    widget = NoteEditor(runner, user_db)
    qtbot.addWidget(widget)
    widget.resize(420, 220)
    widget.show()
    yield widget
    runner.wait_for_done(10_000)


def show(qtbot: QtBot, editor: NoteEditor, key: str, title: str) -> None:
    with qtbot.waitSignal(editor.loaded, timeout=10_000):
        editor.set_target(key, title)


def test_typing_saves_after_the_pause(qtbot: QtBot, editor: NoteEditor, user_db: Path) -> None:
    show(qtbot, editor, KEY_A, "Cassava in Ghana")
    assert not user_db.exists()  # reading a target creates no user database
    editor.text.setFocus()
    qtbot.keyClicks(editor.text, "Ministry wants")
    assert editor.timer.isActive() and editor.pending()
    with qtbot.waitSignal(editor.saved, timeout=DEBOUNCE_MS + 10_000) as blocker:
        pass
    assert blocker.args == [KEY_A]
    assert stored_notes(user_db, KEY_A) == ["Ministry wants"]
    assert editor.status.text().startswith("Saved ")
    qtbot.keyClicks(editor.text, " seeds")
    with qtbot.waitSignal(editor.saved, timeout=DEBOUNCE_MS + 10_000):
        pass
    assert stored_notes(user_db, KEY_A) == ["Ministry wants seeds"]  # one note, updated
    editor.text.undo()  # Qt's undo still works on the typed text
    assert editor.text.toPlainText() != "Ministry wants seeds"


def test_switching_target_saves_the_old_one_first(
    qtbot: QtBot, editor: NoteEditor, user_db: Path
) -> None:
    show(qtbot, editor, KEY_A, "Cassava in Ghana")
    qtbot.keyClicks(editor.text, "first")
    with qtbot.waitSignal(editor.saved, timeout=10_000) as blocker:
        editor.set_target(KEY_B, "ASA Philippines")  # before the pause ends
    assert blocker.args == [KEY_A]
    assert stored_notes(user_db, KEY_A) == ["first"]
    qtbot.waitUntil(lambda: editor.isEnabled(), timeout=10_000)
    assert editor.text.toPlainText() == ""
    qtbot.keyClicks(editor.text, "second")
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.flush()
    show(qtbot, editor, KEY_A, "Cassava in Ghana")
    assert editor.text.toPlainText() == "first"
    assert stored_notes(user_db, KEY_B) == ["second"]


def test_focus_leaving_saves_at_once(qtbot: QtBot, editor: NoteEditor, user_db: Path) -> None:
    show(qtbot, editor, KEY_A, "Cassava in Ghana")
    editor.activateWindow()
    editor.text.setFocus()
    qtbot.waitUntil(editor.text.hasFocus)
    qtbot.keyClicks(editor.text, "x")
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.star.setFocus()
        assert not editor.timer.isActive()  # saved on focus out, not after the pause
    assert stored_notes(user_db, KEY_A) == ["x"]


def test_star_and_ctrl_d_store_a_bookmark(
    qtbot: QtBot, editor: NoteEditor, user_db: Path
) -> None:
    show(qtbot, editor, KEY_A, "Cassava in Ghana")
    assert editor.star.accessibleName() == "Bookmark" and not editor.star.isChecked()
    with qtbot.waitSignal(editor.bookmark_changed, timeout=10_000) as blocker:
        qtbot.mouseClick(editor.star, Qt.MouseButton.LeftButton)
    assert blocker.args == [KEY_A, True]
    assert starred(user_db, KEY_A) and editor.star.text() == "★"
    assert editor.star.accessibleName() == "Remove bookmark"
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    with qtbot.waitSignal(editor.bookmark_changed, timeout=10_000) as blocker:
        qtbot.keyClick(editor.text, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [KEY_A, False]
    assert not starred(user_db, KEY_A)
    show(qtbot, editor, KEY_B, "ASA Philippines")
    assert not editor.star.isChecked()


def test_every_control_is_named(qtbot: QtBot, editor: NoteEditor) -> None:
    show(qtbot, editor, KEY_A, "Cassava in Ghana")
    assert not unnamed(editor)
    assert editor.text.accessibleName() == "My note"


def test_detail_pane_keeps_a_note_on_the_initiative_key(
    qtbot: QtBot, runner: Runner, user_db: Path, small_db: Path
) -> None:
    from explorer.jobs.initiatives import load_detail
    from explorer.store.database import Database
    from explorer.ui.widgets.initiative_detail import InitiativeDetailPane, detail_key

    database = Database.open(small_db, readonly=True)
    try:
        with database.connect() as conn:
            ids = [int(r[0]) for r in conn.exec_driver_sql(
                "SELECT id FROM initiative ORDER BY source_record_id").all()]
        details = [load_detail(database, i) for i in ids]
    finally:
        database.dispose()
    assert all(details)
    pane = InitiativeDetailPane()
    qtbot.addWidget(pane)
    notes = pane.attach_notes(runner, user_db)
    pane.resize(460, 900)
    pane.show()
    assert not notes.isVisible()  # nothing shown yet
    first = details[0]
    assert first is not None
    with qtbot.waitSignal(notes.loaded, timeout=10_000):
        pane.show_detail(first, None)
    key = detail_key(first)
    assert key == f"{first.sources[0].dataset_key}:{first.source_record_id.split(':')[-1]}"
    assert notes.isVisible() and notes.key == key
    arabic = "قالت الوزارة إنها تريد بذور الكسافا قبل موسم الأمطار."
    notes.text.setPlainText(arabic)
    with qtbot.waitSignal(notes.saved, timeout=10_000):
        notes.flush()
    assert stored_notes(user_db, key) == [arabic]
    pane.verticalScrollBar().setValue(pane.verticalScrollBar().maximum())
    out = Path("/tmp/ws")
    out.mkdir(parents=True, exist_ok=True)
    qtbot.wait(50)  # let the layout take the status line's new width
    assert pane.grab().save(str(out / "detail-note-arabic.png"))
    second = details[1]
    assert second is not None
    with qtbot.waitSignal(notes.loaded, timeout=10_000):
        pane.show_detail(second, None)
    assert notes.text.toPlainText() == ""
    with qtbot.waitSignal(notes.loaded, timeout=10_000):
        pane.show_detail(first, None)
    assert notes.text.toPlainText() == arabic  # read back from the user database
    pane.show_message("Select an initiative to read the whole record.")
    assert not notes.isVisible()


def test_country_profile_note_and_star_on_the_iso3(
    qtbot: QtBot, small_db: Path, make_context: object
) -> None:
    """The Countries page keeps a note and a star on the country's ISO3, in the user
    database of EXPLORER_USER_DIR (a temporary folder here, see tests/qt/conftest.py)."""
    from explorer.paths import default_user_db
    from explorer.ui.pages.countries import CountriesPage
    from tests.qt.pagetools import load

    page = load(qtbot, CountriesPage(make_context(small_db)))  # type: ignore[operator]
    page.resize(900, 900)
    page.show()
    notes = page.profile_view.notes
    assert notes is not None
    with qtbot.waitSignal(notes.loaded, timeout=20_000):
        page.show_country("BWA")
    qtbot.waitUntil(notes.isVisible, timeout=20_000)
    assert notes.key == "BWA" and notes.isEnabled()
    chinese = "卫生部希望在雨季前培训更多社区卫生工作者。"
    notes.text.setPlainText(chinese)
    with qtbot.waitSignal(notes.saved, timeout=10_000):
        notes.flush()
    with qtbot.waitSignal(notes.bookmark_changed, timeout=10_000):
        notes.star.click()
    path = default_user_db()
    assert stored_notes(path, "BWA") == [chinese] and starred(path, "BWA")
    view = page.profile_view
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    qtbot.wait(50)
    out = Path("/tmp/ws")
    out.mkdir(parents=True, exist_ok=True)
    assert page.grab().save(str(out / "country-note-chinese.png"))
    page.context.runner.wait_for_done(10_000)


def test_pasted_page_is_kept_as_plain_text(
    qtbot: QtBot, editor: NoteEditor, user_db: Path
) -> None:
    from PySide6.QtCore import QMimeData

    show(qtbot, editor, KEY_A, "Cassava in Ghana")
    mime = QMimeData()
    mime.setHtml("<p><b>Seeds</b> <a href='https://example.org'>here</a></p>")
    mime.setText("Seeds here")
    editor.text.insertFromMimeData(mime)
    assert "font-weight:700" not in editor.text.toHtml() and "href" not in editor.text.toHtml()
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.flush()
    assert stored_notes(user_db, KEY_A) == ["Seeds here"]


def test_quick_clicks_on_the_star_are_stored_in_order(
    qtbot: QtBot, editor: NoteEditor, user_db: Path
) -> None:
    show(qtbot, editor, KEY_A, "Cassava in Ghana")
    states: list[bool] = []
    editor.bookmark_changed.connect(lambda _k, on: states.append(on))
    for _ in range(5):
        editor.star.click()  # on, off, on, off, on before any job has finished
    assert editor.star.isChecked()
    qtbot.waitUntil(lambda: bool(states) and not editor._starring, timeout=10_000)
    editor.runner.wait_for_done(10_000)
    qtbot.waitUntil(lambda: not editor._starring and not editor._star_wanted, timeout=10_000)
    assert states[-1] is True and editor.star.isChecked()
    assert starred(user_db, KEY_A)


def test_a_failed_save_keeps_the_text_and_says_so(
    qtbot: QtBot, runner: Runner, tmp_path: Path
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the user folder should be", encoding="utf-8")
    editor = NoteEditor(runner, blocked / "user.sqlite")
    qtbot.addWidget(editor)
    editor.show()
    show(qtbot, editor, KEY_A, "Cassava in Ghana")
    qtbot.keyClicks(editor.text, "keep me")
    editor.flush()
    qtbot.waitUntil(lambda: editor.status.text().startswith("Not saved"), timeout=10_000)
    assert editor.pending() and editor.text.toPlainText() == "keep me"
    assert "\n" not in editor.status.text(), editor.status.text()
    runner.wait_for_done(10_000)
