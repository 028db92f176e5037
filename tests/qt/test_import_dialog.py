"""File > Import…: the preview (format, records, added/updated, unresolved, refusals), the
import on a worker into the user's copy, Cancel, the menu action; real files, real database."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from explorer.ui.dialogs.import_dialog import IMPORT_ACTION, ImportDialog
from explorer.ui.runner import Runner
from tests.fixtures.importers import fixture, small_reference

pytestmark = pytest.mark.realdata
WAIT = 30_000


@pytest.fixture()
def ref(reference_db: Path, tmp_path_factory: pytest.TempPathFactory, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("EXPLORER_USER_DIR", str(tmp_path / "user"))
    monkeypatch.delenv("EXPLORER_DB", raising=False)
    return small_reference(reference_db, tmp_path_factory.getbasetemp(), tmp_path / "ref.sqlite")


def files(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copyfile(fixture("iati-2.03.xml"), folder / "agency.xml")
    shutil.copyfile(fixture("own-initiatives-fr-cp1252-cr.csv"), folder / "nos-projets.csv")
    (folder / "notes.bin").write_bytes(b"\x00\x01\x02 not data")
    return [folder / "agency.xml", folder / "nos-projets.csv", folder / "notes.bin"]


def count(path: Path, sql: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def test_preview_then_import(qtbot: QtBot, qtmodeltester: object, runner: Runner, ref: Path,
                             tmp_path: Path) -> None:
    dialog = ImportDialog(runner, ref, files(tmp_path))
    qtbot.addWidget(dialog)
    dialog.start_preview()
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=WAIT)
    qtmodeltester.check(dialog.table.model())  # type: ignore[attr-defined]
    cells = [[dialog.table.item(r, c).text() for c in range(7)] for r in range(3)]
    assert cells[0][:6] == ["agency.xml", "IATI activity XML", "2", "2", "0", "2"]
    assert cells[1][:6] == ["nos-projets.csv", "Own initiatives (CSV or XLSX)", "3", "3", "0",
                        "1"]
    assert cells[2][0] == "notes.bin" and "not a file this app can import" in cells[2][6]
    assert dialog.import_button.isEnabled()
    dialog.table.selectRow(1)
    assert "Atlantide (1)" in dialog.details.toPlainText()
    assert count(ref, "SELECT count(*) FROM initiative") == 0  # the preview wrote nothing
    for widget in (dialog.table, dialog.details, dialog.import_button, dialog.cancel_button,
                   dialog.bar):
        assert widget.accessibleName()
    dialog.resize(900, 520)
    dialog.grab().save(str(tmp_path / "import-preview.png"))
    with qtbot.waitSignal(dialog.imported, timeout=WAIT) as blocker:
        dialog.import_button.click()
    written = Path(blocker.args[0])
    assert written == tmp_path / "user" / "reference.sqlite"
    assert count(written, "SELECT count(*) FROM initiative") == 5
    assert count(ref, "SELECT count(*) FROM initiative") == 0  # the open file is never written
    assert "Imported 2 file(s)" in dialog.status.text()
    dialog.grab().save(str(tmp_path / "import-done.png"))


def test_cancel_a_long_preview(qtbot: QtBot, runner: Runner, ref: Path, tmp_path: Path) -> None:
    big = tmp_path / "big.xml"
    acts = "".join(f"<iati-activity><iati-identifier>XX-BIG-{n}</iati-identifier><title>"
                   f"<narrative>Activity {n}</narrative></title><recipient-country code='KE'/>"
                   "</iati-activity>" for n in range(200_000))
    big.write_text(f"<iati-activities version='2.03'>{acts}</iati-activities>", encoding="utf-8")
    dialog = ImportDialog(runner, ref, [big])
    qtbot.addWidget(dialog)
    dialog.start_preview()
    qtbot.waitUntil(lambda: dialog.bar.maximum() > 0, timeout=WAIT)  # it is reading
    dialog.cancel()
    qtbot.waitUntil(lambda: "Cancelled" in dialog.status.text(), timeout=WAIT)
    assert dialog.table.rowCount() == 0 and not dialog.import_button.isEnabled()
    assert count(ref, "SELECT count(*) FROM initiative") == 0


def test_menu_action_ctrl_i(qtbot: QtBot, make_context: object, ref: Path) -> None:
    from explorer.ui.main_window import MainWindow
    from explorer.ui.pages import default_pages

    window = MainWindow(make_context(ref), default_pages())  # type: ignore[operator]
    qtbot.addWidget(window)
    window.ensure_menus()
    window.ensure_menus()
    actions = [a for a in window.findChildren(type(window.page_actions["home"]))
               if a.objectName() == IMPORT_ACTION]
    assert len(actions) == 1
    assert actions[0].shortcut() == QKeySequence("Ctrl+I")
    window.rebuild_menus()  # a language change builds the menus again: still one, in File
    file_menu = window.menuBar().actions()[0].menu()
    assert [a.objectName() for a in file_menu.actions()].count(IMPORT_ACTION) == 1
