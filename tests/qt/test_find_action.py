"""Ctrl+F puts the cursor in the search box of the page shown (issue 19)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from explorer.ui.main_window import MainWindow
from explorer.ui.pages import default_pages
from explorer.ui.pages.base import PageContext

ContextFactory = Callable[[Path], PageContext]


def test_ctrl_f_focuses_the_page_search(qtbot: QtBot, make_context: ContextFactory,
                                        small_db: Path) -> None:  # fmt: skip
    context = make_context(small_db)
    window = MainWindow(context, default_pages())
    qtbot.addWidget(window)
    window.show()
    window.start("home")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for key in ("initiatives", "countries", "sources"):
        page = window.show_page(key)
        window.nav.setFocus()
        qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        focused = QApplication.focusWidget()
        assert focused is not None and page.isAncestorOf(focused), key
        assert type(focused).__name__ == "QLineEdit" or focused.inherits("QLineEdit"), key
    initiatives = window.pages["initiatives"]
    window.show_page("initiatives")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is initiatives.bar.edit  # type: ignore[attr-defined]
    context.runner.wait_for_done(10_000)
