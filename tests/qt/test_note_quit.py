"""Typed text is never lost at quit: closing the window inside the 800 ms pause still stores
the note (the hidden editor saves on the runner), and quitting the application stores what
the runner had not yet confirmed, in a real process that really quits."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from pytestqt.qtbot import QtBot

from explorer.store import workspace as ws
from explorer.store.userdb import open_user_db
from explorer.ui.runner import Runner
from explorer.ui.widgets.note_editor import NoteEditor

ROOT = Path(__file__).resolve().parents[2]
KEY = "undp-ss:149"


def stored(path: Path, key: str) -> list[str]:
    engine = open_user_db(path)
    try:
        return [n.text for n in ws.list_notes(engine, key)]
    finally:
        engine.dispose()


def test_closing_the_window_inside_the_pause_saves(
    qtbot: QtBot, runner: Runner, tmp_path: Path
) -> None:
    user_db = tmp_path / "user.sqlite"
    editor = NoteEditor(runner, user_db)
    qtbot.addWidget(editor)
    editor.show()
    with qtbot.waitSignal(editor.loaded, timeout=10_000):
        editor.set_target(KEY, "Cassava in Ghana")
    qtbot.keyClicks(editor.text, "closing now")
    assert editor.timer.isActive()
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.close()
        assert not editor.timer.isActive()  # saved at the close, not after the pause
    assert stored(user_db, KEY) == ["closing now"]
    assert not editor.pending()


# The app's own order (explorer.app.run_gui): app.exec() returns, then runner.shutdown(),
# which drops the queued jobs. The pool's two threads are kept busy so that the save the
# close submits is still queued when the application quits.
QUIT_SCRIPT = textwrap.dedent(
    """
    import sys, threading
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from explorer.ui.runner import Runner
    from explorer.ui.widgets.note_editor import NoteEditor

    app = QApplication(sys.argv)
    runner = Runner(app)
    editor = NoteEditor(runner, Path(sys.argv[1]))
    gate = threading.Event()
    editor.loaded.connect(lambda key: gate.set())
    editor.set_target(sys.argv[2], "Cassava in Ghana")
    editor.show()
    while not gate.is_set():
        app.processEvents()
    release = threading.Event()
    for n in range(2):  # both worker threads busy until after the quit
        runner.submit(f"busy{n}", release.wait, 30)
    QTest.keyClicks(editor.text, sys.argv[3])  # typed (ASCII: QTest's key table)
    editor.text.insertPlainText(sys.argv[4])  # and pasted
    def close_and_quit():
        editor.close()  # submits the save; the pool is busy, so it waits in the queue
        app.quit()
    QTimer.singleShot(100, close_and_quit)  # well inside the 800 ms pause
    try:
        code = app.exec()
    finally:
        release.set()
        runner.shutdown()
    print("pending" if editor.pending() else "clean")
    sys.exit(code)
    """
)


def test_quitting_inside_the_pause_stores_the_note(tmp_path: Path) -> None:
    user_db = tmp_path / "user" / "user.sqlite"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    typed, pasted = "Ministry asked for seeds;", " مرحبا 你好"
    done = subprocess.run(
        [sys.executable, "-c", QUIT_SCRIPT, str(user_db), KEY, typed, pasted],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "clean"
    assert stored(user_db, KEY) == [typed + pasted]
