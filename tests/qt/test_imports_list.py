"""File > Your Imports…: the kept imports listed, Remove after a confirmation on the runner
(its rows leave the user's copy, its kept file the folder, the other import stays); a "no"
removes nothing; the menu action once; real files, real database."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from explorer.cli import main
from explorer.importers.formats.store import ImportStore
from explorer.ui.dialogs.imports_list import IMPORTS_ACTION, ImportsListDialog
from explorer.ui.runner import Runner
from tests.fixtures.importers import fixture, small_reference

pytestmark = pytest.mark.realdata
WAIT = 30_000


def count(path: Path, sql: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


@pytest.fixture()
def copy(reference_db: Path, tmp_path_factory: pytest.TempPathFactory, tmp_path: Path,
         monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Path:
    """The user's copy with two imports (as File > Import… leaves it)."""
    monkeypatch.delenv("EXPLORER_DB", raising=False)
    target = tmp_path / "user-dir" / "reference.sqlite"
    target.parent.mkdir(parents=True)
    small_reference(reference_db, tmp_path_factory.getbasetemp(), target)
    for name in ("iati-2.03.xml", "own-initiatives-fr-cp1252-cr.csv"):
        assert main(["import", str(fixture(name)), "--db", str(target)]) == 0
    capsys.readouterr()
    return target


def test_list_then_remove_one(qtbot: QtBot, qtmodeltester: Any, runner: Runner, copy: Path,
                              tmp_path: Path) -> None:
    dialog = ImportsListDialog(runner, copy)
    qtbot.addWidget(dialog)
    dialog.reload()
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=WAIT)
    qtmodeltester.check(dialog.table.model())
    cells = [[dialog.table.item(r, c).text() for c in (0, 1, 4)] for r in range(2)]
    assert cells == [["iati-2.03.xml", "IATI activity XML", "yes"],
                     ["own-initiatives-fr-cp1252-cr.csv", "Own initiatives (CSV or XLSX)", "yes"]]
    assert not dialog.remove_button.isEnabled()
    for widget in (dialog.table, dialog.remove_button, dialog.close_button):
        assert widget.accessibleName()
    dialog.resize(860, 380)
    dialog.grab().save(str(tmp_path / "imports-list.png"))
    asked: list[str] = []

    def answer_cancel() -> None:  # the real question, answered "Cancel"
        box = next(w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QMessageBox) and w.isVisible())
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    dialog.table.selectRow(0)
    assert dialog.remove_button.isEnabled()
    QTimer.singleShot(200, answer_cancel)
    dialog.remove_button.click()
    assert asked == ["Remove iati-2.03.xml and everything it added?"]
    runner.wait_for_done(5000)
    assert count(copy, "SELECT count(*) FROM initiative") == 5  # nothing removed
    dialog.confirm = lambda chosen: True
    with qtbot.waitSignal(dialog.removed, timeout=WAIT) as blocker:
        dialog.remove_button.click()
    assert Path(blocker.args[0]) == copy
    assert count(copy, "SELECT count(*) FROM initiative") == 3
    assert count(copy, "SELECT count(*) FROM build_info WHERE key LIKE 'import:%'") == 1
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=WAIT)
    assert dialog.table.item(0, 0).text() == "own-initiatives-fr-cp1252-cr.csv"
    assert "Removed iati-2.03.xml" in dialog.status.text()
    kept = ImportStore.default().entries()
    assert [e.file for e in kept] == ["own-initiatives-fr-cp1252-cr.csv"]
    assert sorted(p.name for p in ImportStore.default().folder.iterdir()) == [
        kept[0].stored, "manifest.json"]


def test_empty_list_says_so(qtbot: QtBot, runner: Runner, small_db: Path,
                            tmp_path: Path) -> None:
    dialog = ImportsListDialog(runner, small_db)
    qtbot.addWidget(dialog)
    dialog.reload()
    dialog.show()
    qtbot.waitUntil(lambda: "not imported any file" in dialog.status.text(), timeout=WAIT)
    assert dialog.table.rowCount() == 0 and not dialog.remove_button.isEnabled()
    dialog.grab().save(str(tmp_path / "imports-empty.png"))


def test_menu_action_once(qtbot: QtBot, make_context: Any, small_db: Path) -> None:
    from explorer.ui.main_window import MainWindow
    from explorer.ui.pages import default_pages

    window = MainWindow(make_context(small_db), default_pages())
    qtbot.addWidget(window)
    window.ensure_menus()
    window.rebuild_menus()
    file_menu = window.menuBar().actions()[0].menu()
    names = [a.objectName() for a in file_menu.actions()]
    assert names.count(IMPORTS_ACTION) == 1
    assert names.index(IMPORTS_ACTION) == names.index("importFilesAction") + 1
