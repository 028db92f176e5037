"""Help > Keyboard Shortcuts lists what the menus really bind, opens from the keyboard, is
named for a screen reader and closes with Escape."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from explorer.ui.a11y.shortcuts import ShortcutsDialog, menu_shortcuts
from explorer.ui.a11y.walker import unnamed
from explorer.ui.main_window import MainWindow
from explorer.ui.pages import default_pages
from explorer.ui.pages.base import PageContext

ContextFactory = Callable[[Path], PageContext]


def test_shortcuts_dialog_lists_the_menus(
    qtbot: QtBot, qtmodeltester: object, make_context: ContextFactory, small_db: Path
) -> None:
    context = make_context(small_db)
    window = MainWindow(context, default_pages())
    qtbot.addWidget(window)
    window.show()
    window.start()
    window.ensure_menus()
    rows = dict(menu_shortcuts(window))
    assert rows["View > Home"] == "Ctrl+1"
    assert rows["File > Quit"].startswith("Ctrl+Q")
    assert rows["View > Text Size > Larger Text"] == "Ctrl++, Ctrl+="
    assert rows["Help > Keyboard Shortcuts"] == "Ctrl+/"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(window.findChildren(ShortcutsDialog)))
    dialog = window.findChildren(ShortcutsDialog)[0]
    qtbot.waitUntil(dialog.isVisible)
    qtmodeltester.check(dialog.table.model())  # type: ignore[attr-defined]
    shown = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
             for r in range(dialog.table.rowCount())}  # fmt: skip
    assert shown["View > Home"] == "Ctrl+1" and shown["Chart: show its table, and back"] == "T"
    assert not unnamed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: not window.findChildren(ShortcutsDialog))  # closed and deleted
    context.runner.wait_for_done(10_000)
