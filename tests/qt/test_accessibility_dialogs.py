"""Every interactive element of every dialog, the kiosk window and the file/print dialogs the
PDF export opens has an accessible name, as a screen reader reads it (QAccessible walk)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from explorer.kiosk.clock import ManualClock
from explorer.kiosk.language import LanguageSwitcher
from explorer.kiosk.window import KioskWindow
from explorer.store.database import Database
from explorer.ui.a11y.walker import interactive_elements
from explorer.ui.runner import Runner
from explorer.ui.settings import Settings
from tests.qt.test_kiosk_support import fill_reference, make_config


def _report(root: QWidget) -> tuple[int, list[str]]:
    elements = interactive_elements(root)
    return len(elements), [f"{e.role} {e.path}" for e in elements if not e.name]


def _check(qtbot: QtBot, dialog: QWidget, at_least: int) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    count, missing = _report(dialog)
    assert count >= at_least, count  # the walk reached the dialog's controls
    assert not missing, "\n".join(missing)


def test_about_dialog(qtbot: QtBot, runner: Runner, small_db: Path) -> None:
    from explorer.ui.dialogs.about import AboutDialog

    database = Database.open(small_db, readonly=True)
    dialog = AboutDialog(runner, database)
    _check(qtbot, dialog, 1)
    runner.wait_for_done(10_000)
    database.dispose()


def test_database_problem_dialog(qtbot: QtBot, settings: Settings, tmp_path: Path) -> None:
    from explorer.ui.dialogs.database_problem import DatabaseProblemDialog

    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"not a database")
    _check(qtbot, DatabaseProblemDialog(broken, "file is not a database", settings), 3)


def test_import_dialog(qtbot: QtBot, runner: Runner, small_db: Path, tmp_path: Path) -> None:
    from explorer.ui.dialogs.import_dialog import ImportDialog

    notes = tmp_path / "notes.bin"
    notes.write_bytes(b"\x00 not data")
    _check(qtbot, ImportDialog(runner, small_db, [notes]), 3)


def test_rebuild_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    from explorer.ui.dialogs.rebuild import RebuildDialog

    _check(qtbot, RebuildDialog(tmp_path / "sources", tmp_path / "out.sqlite"), 1)


def test_saved_searches_dialog(qtbot: QtBot, runner: Runner, tmp_path: Path) -> None:
    from explorer.ui.dialogs.saved_searches import SavedSearchesDialog

    dialog = SavedSearchesDialog(runner, tmp_path / "user.sqlite", "sector:health")
    qtbot.waitSignal(dialog.searches_listed, timeout=10_000).wait()  # type: ignore[no-untyped-call]
    _check(qtbot, dialog, 3)
    runner.wait_for_done(10_000)


def test_pdf_save_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    """The Qt file dialog the PDF export opens (where the platform has no native one)."""
    dialog = QFileDialog(None, "Save country brief", str(tmp_path), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    _check(qtbot, dialog, 3)


def test_print_dialog(qtbot: QtBot) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog: QDialog = QPrintDialog(printer)
    _check(qtbot, dialog, 1)


@pytest.mark.parametrize("screen", ["attract", "stories", "search", "home", "countdown", "pinpad"])
def test_kiosk_window(qtbot: QtBot, empty_db: Engine, tmp_path: Path, screen: str) -> None:
    """The attract screen, each allowed page, the idle countdown and the admin PIN pad."""
    kiosk_db = fill_reference(empty_db)
    runner = Runner()
    switcher = LanguageSwitcher(tmp_path / "no-translations")
    window = KioskWindow(make_config(), kiosk_db, runner, ManualClock(), ["en", "ar", "zh"],
                         switcher)  # fmt: skip
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.start()
    window.show()
    qtbot.waitUntil(lambda: bool(window.attract.stories), timeout=5000)
    if screen in ("stories", "search", "home"):
        window.explore()
        window.show_page(screen)
        if screen == "search" and window.search_page is not None:
            qtbot.keyClicks(window.search_page.edit, "health")
    elif screen == "countdown":
        window.explore()
        window.countdown.set_seconds(9)
        window.countdown.cover()
    elif screen == "pinpad":
        window.pinpad.open()
    QApplication.processEvents()
    page = window.pages.get(screen)
    if page is not None:
        qtbot.waitUntil(lambda: bool(getattr(page, "loaded", True)), timeout=10_000)
    runner.wait_for_done(10_000)
    QApplication.processEvents()
    count, missing = _report(window)
    window.idle.stop()
    if window.search_page is not None:
        window.search_page.debounce.stop()
    runner.wait_for_done(10_000)
    runner.shutdown()
    window.hide()
    assert window.current_page == (
        "" if screen in ("attract", "pinpad") else "stories" if screen == "countdown" else screen
    )
    assert count >= 3, count
    assert not missing, "\n".join(missing)
