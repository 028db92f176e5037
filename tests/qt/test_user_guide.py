"""Help > User Guide and F1 (issue 19): offline, a section for every page, opened at the
page shown, in the interface's language where a translated guide exists."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from explorer.ui.dialogs.user_guide import UserGuideDialog, guide_file
from explorer.ui.main_window import MainWindow
from explorer.ui.pages import default_pages
from explorer.ui.pages.base import PageContext
from explorer.ui.resources import resource_path

ContextFactory = Callable[[Path], PageContext]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def test_every_page_has_a_section() -> None:
    text = guide_file("en").read_text(encoding="utf-8")
    ids = set(re.findall(r'id="([a-z]+)"', text))
    assert {spec.key for spec in default_pages()} <= ids
    assert "http" not in text  # nothing in the guide goes online


def test_guide_in_the_interface_language_else_english(tmp_path: Path) -> None:
    (tmp_path / "guide_en.html").write_text("<p>en</p>")
    (tmp_path / "guide_zh.html").write_text("<p>zh</p>")
    assert guide_file("zh_CN", tmp_path).name == "guide_zh.html"
    assert guide_file("ar", tmp_path).name == "guide_en.html"
    assert guide_file("en", resource_path("guide")).is_file()


def test_f1_opens_the_guide_at_the_page_shown(qtbot: QtBot, make_context: ContextFactory,
                                              small_db: Path) -> None:  # fmt: skip
    window = MainWindow(make_context(small_db), default_pages())
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    window.start("home")
    window.ensure_menus()
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert help_menu.actions()[0].text() == "User &Guide"
    window.show_page("countries")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach the active window
    QTest.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(UserGuideDialog, "userGuide")
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    assert "Make a country brief" in dialog.browser.toPlainText()
    bar = dialog.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=3000)  # scrolled to "countries"
    at_countries = bar.value()
    dialog.grab().save(str(SCREENSHOTS / "user-guide-countries.png"))
    window.show_page("home")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_F1)  # the same dialog, now at the top (Home)
    assert window.findChild(UserGuideDialog, "userGuide") is dialog
    qtbot.waitUntil(lambda: bar.value() < at_countries, timeout=3000)
    dialog.close()
    window.context.runner.wait_for_done(10_000)
