"""The import preview's column mapping for own spreadsheets (issue 12): a file whose headers
are not guessed lists its columns, the user says which is which, the file is read again
with that, imported with it, and the mapping is kept for the next file of that name; real
files, real database."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from explorer.ui.dialogs.import_dialog import ImportDialog
from explorer.ui.runner import Runner
from tests.fixtures.importers import small_reference

pytestmark = pytest.mark.realdata
WAIT = 30_000
SHEET = ("Project name,Where,When,Notes\r\n"
         "Water for all,Kenya,2019,first phase\r\n"
         "Semences paysannes,Brésil,2020-03-01,second\r\n")


@pytest.fixture()
def ref(reference_db: Path, tmp_path_factory: pytest.TempPathFactory, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("EXPLORER_DB", raising=False)
    return small_reference(reference_db, tmp_path_factory.getbasetemp(), tmp_path / "ref.sqlite")


def rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def preview(qtbot: QtBot, runner: Runner, ref: Path, files: list[Path]) -> ImportDialog:
    dialog = ImportDialog(runner, ref, files)
    qtbot.addWidget(dialog)
    dialog.start_preview()
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == len(files) and dialog._handle is None,
                    timeout=WAIT)
    return dialog


def test_map_columns_then_import(qtbot: QtBot, qtmodeltester: Any, runner: Runner, ref: Path,
                                 tmp_path: Path) -> None:
    sheet = tmp_path / "projects.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    dialog = preview(qtbot, runner, ref, [sheet])
    assert "no title column" in dialog.table.item(0, 6).text()
    assert not dialog.import_button.isEnabled()
    editor = dialog.columns
    assert editor.isVisible() and editor.columns == ["Project name", "Where", "When", "Notes"]
    assert [c.currentData() for c in editor.combos] == ["", "", "", ""]
    for combo in editor.combos:
        assert combo.accessibleName().startswith("What column")
        qtmodeltester.check(combo.model())
    editor.choose(0, "title")
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=WAIT)
    assert dialog.table.item(0, 2).text() == "2" and dialog.table.item(0, 6).text() == ""
    editor.choose(1, "recipient")
    qtbot.waitUntil(lambda: dialog._handle is None and dialog.import_button.isEnabled(),
                    timeout=WAIT)
    editor.choose(2, "start")
    qtbot.waitUntil(lambda: dialog._handle is None and dialog.import_button.isEnabled(),
                    timeout=WAIT)
    assert dialog.table.item(0, 5).text() == "0"  # Kenya and Brésil both resolved
    assert editor.combos[0].currentData() == "title"  # the editor kept its combos
    dialog.resize(900, 700)
    dialog.grab().save(str(tmp_path / "import-columns.png"))
    with qtbot.waitSignal(dialog.imported, timeout=WAIT) as blocker:
        dialog.import_button.click()
    written = Path(blocker.args[0])
    assert rows(written, "SELECT i.title, i.start_year, p.iso3 FROM initiative i JOIN "
                "initiative_participant p ON p.initiative_id = i.id ORDER BY i.title") == [
        ("Semences paysannes", 2020, "BRA"), ("Water for all", 2019, "KEN")]
    saved = tmp_path / "user-dir" / "imports" / "mappings" / "projects.csv.json"
    mapping = json.loads(saved.read_text(encoding="utf-8"))
    assert mapping["title"] == "Project name" and mapping["recipient"] == "Where"
    assert mapping["start"] == "When" and mapping["description"] == ""

    # The next file of that name is read with the kept mapping straight away.
    again = tmp_path / "next" / "projects.csv"
    again.parent.mkdir()
    again.write_text(SHEET + "Third,Chile,2021,new\r\n", encoding="utf-8")
    second = preview(qtbot, runner, ref, [again])
    assert second.table.item(0, 6).text() == "" and second.table.item(0, 2).text() == "3"
    assert [c.currentData() for c in second.columns.combos] == ["title", "recipient",
                                                                "start", ""]


def test_one_column_per_field(qtbot: QtBot, runner: Runner, ref: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "two.csv"
    sheet.write_text("Titre,Pays,Résumé\nEau,Kenya,un\n", encoding="utf-8")
    dialog = preview(qtbot, runner, ref, [sheet])
    editor = dialog.columns
    assert [c.currentData() for c in editor.combos] == ["title", "recipient", "description"]
    editor.choose(2, "title")  # the summary column is the title: Titre gives it up
    assert [c.currentData() for c in editor.combos] == ["", "recipient", "title"]
    assert editor.mapping()["title"] == "Résumé" and editor.mapping()["description"] == ""
    qtbot.waitUntil(lambda: dialog._handle is None and dialog.import_button.isEnabled(),
                    timeout=WAIT)
    assert dialog.outcomes[0].mapping["title"] == "Résumé"
    assert "description" not in dialog.outcomes[0].mapping  # "(not used)" is not re-guessed
