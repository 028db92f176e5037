"""The window puts kept imports back on a newer reference database (issue 12): it opens the
new shipped file, re-applies the imports on the runner into the user's copy and shows that;
the progress strip in the status bar; real files, real database."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from explorer.cli import main
from explorer.store.database import Database
from explorer.ui.dialogs.import_refresh import ImportRefreshStrip, refresh_kept_imports
from explorer.ui.main_window import MainWindow
from explorer.ui.pages import default_pages
from explorer.ui.pages.base import PageContext
from explorer.ui.runner import Runner
from explorer.ui.settings import Settings
from tests.fixtures.importers import fixture, small_reference
from tests.unit.test_import_formats_iati import rows

pytestmark = pytest.mark.realdata
WAIT = 30_000


def test_window_reapplies_kept_imports_on_a_newer_database(
        qtbot: QtBot, runner: Runner, settings: Settings, reference_db: Path,
        tmp_path_factory: pytest.TempPathFactory, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    user = tmp_path / "user-dir"  # the qt conftest's EXPLORER_USER_DIR
    monkeypatch.delenv("EXPLORER_DB", raising=False)
    base = tmp_path_factory.getbasetemp()
    old = small_reference(reference_db, base, tmp_path / "old.sqlite")
    assert main(["import", str(fixture("iati-2.03.xml")), "--db", str(old)]) == 0
    capsys.readouterr()
    shipped = small_reference(reference_db, base, tmp_path / "shipped.sqlite")
    window = MainWindow(PageContext(Database.open(shipped, readonly=True), runner, settings),
                        default_pages())
    qtbot.addWidget(window)
    window.start("sources")
    window.show()
    handle = refresh_kept_imports(window)
    assert handle is not None
    qtbot.waitUntil(lambda: window.context.database.path == (user / "reference.sqlite")
                    .resolve(), timeout=WAIT)
    qtbot.waitUntil(lambda: "put on the new reference data" in
                    window.statusBar().currentMessage(), timeout=WAIT)
    assert window.findChild(ImportRefreshStrip) is None or not window.findChild(
        ImportRefreshStrip).isVisible()
    assert rows(user / "reference.sqlite", "SELECT count(*) FROM initiative") == [(2,)]
    assert rows(shipped, "SELECT count(*) FROM initiative") == [(0,)]
    # A second start over the user's copy has nothing to re-apply: no job switches again.
    second = refresh_kept_imports(window)
    assert second is not None
    qtbot.waitUntil(lambda: second.done, timeout=WAIT)
    assert window.context.database.path == (user / "reference.sqlite").resolve()
    runner.wait_for_done(5000)
    window.close()
    window.context.database.dispose()


def test_nothing_kept_changes_nothing(qtbot: QtBot, runner: Runner, settings: Settings,
                                      small_db: Path, tmp_path: Path) -> None:
    window = MainWindow(PageContext(Database.open(small_db, readonly=True), runner, settings),
                        default_pages())
    qtbot.addWidget(window)
    first = window.context.database
    handle = refresh_kept_imports(window)
    assert handle is not None
    qtbot.waitUntil(lambda: handle.done, timeout=WAIT)
    assert window.context.database is first
    assert not (tmp_path / "user-dir" / "reference.sqlite").exists()
    assert window.statusBar().currentMessage() == ""
    first.dispose()


def test_strip_looks(qtbot: QtBot, tmp_path: Path) -> None:
    strip = ImportRefreshStrip()
    qtbot.addWidget(strip)
    strip.show_progress(60, 102, "Relatório de cooperação Sul-Sul 2025 — مشاريع.xlsx")
    strip.resize(strip.sizeHint())
    strip.show()
    assert strip.bar.value() == 60 and strip.bar.accessibleName()
    assert strip.cancel_button.accessibleName()
    strip.grab().save(str(tmp_path / "import-refresh-strip.png"))
