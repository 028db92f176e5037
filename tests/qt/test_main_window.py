"""The shell: navigation, menus and shortcuts, geometry kept in the settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from explorer.ui.main_window import MainWindow
from explorer.ui.pages import default_pages
from explorer.ui.pages.base import PageContext
from explorer.ui.settings import LAST_PAGE, WINDOW_GEOMETRY

ContextFactory = Callable[[Path], PageContext]


def _window(qtbot: QtBot, context: PageContext) -> MainWindow:
    window = MainWindow(context, default_pages())
    qtbot.addWidget(window)
    return window


def test_geometry_is_kept_in_settings(
    qtbot: QtBot, make_context: ContextFactory, small_db: Path
) -> None:
    context = make_context(small_db)
    first = _window(qtbot, context)
    first.show()
    first.resize(790, 577)  # the offscreen screen is 800x600
    qtbot.waitUntil(lambda: first.width() == 790)
    first.close()
    assert context.settings.get(WINDOW_GEOMETRY)
    second = _window(qtbot, context)
    assert (second.width(), second.height()) == (790, 577)


def test_navigation_and_shortcuts(
    qtbot: QtBot, make_context: ContextFactory, small_db: Path
) -> None:
    context = make_context(small_db)
    window = _window(qtbot, context)
    window.show()
    window.start()
    assert window.stack.currentWidget() is window.pages["home"]
    keys = list(window.specs)
    assert keys[:2] == ["home", "initiatives"] and keys[-2:] == ["sources", "workspace"]
    assert window.page_actions["initiatives"].shortcut() == QKeySequence("Ctrl+2")
    assert window.page_actions["sources"].shortcut() == QKeySequence("Ctrl+0")  # the tenth
    assert window.page_actions["workspace"].shortcut() == QKeySequence("Ctrl+Shift+W")
    with qtbot.waitSignal(window.page_shown, timeout=2000) as blocker:
        window.page_actions["sources"].trigger()
    assert blocker.args == ["sources"]
    assert context.settings.get(LAST_PAGE) == "sources"
    window.nav.setCurrentRow(0)
    assert window.stack.currentWidget() is window.pages["home"]
    actions = window.findChildren(type(window.page_actions["home"]))
    shortcuts = {a.text(): a.shortcuts() for a in actions}
    assert QKeySequence("Ctrl+Q") in shortcuts["&Quit"]
    assert QKeySequence("F11") in shortcuts["&Full Screen"]
    qtbot.waitUntil(lambda: window.pages["home"].loaded, timeout=10_000)
    qtbot.waitUntil(lambda: bool(window.vintage.text()), timeout=10_000)
    assert "2 initiatives" in window.vintage.text()
    context.runner.wait_for_done(5000)


def test_about_dialog_lists_dataset_versions(
    qtbot: QtBot, make_context: ContextFactory, small_db: Path
) -> None:
    from explorer.ui.dialogs.about import AboutDialog

    context = make_context(small_db)
    dialog = AboutDialog(context.runner, context.database)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "Capacity Development Briefs, 2007" in dialog.data_view.toPlainText())
    assert "2026" in dialog.data_view.toPlainText()


def test_links_between_pages(qtbot: QtBot, make_context: ContextFactory, small_db: Path) -> None:
    """A country clicked on any page opens its profile; a request for initiatives opens
    the initiatives page with that search."""
    window = _window(qtbot, make_context(small_db))
    window.show()
    window.start("home")
    peers = window.show_page("peers")
    with qtbot.waitSignal(window.page_shown, timeout=2000) as shown:
        peers.initiatives_requested.emit('provider:BRA "HIV"', [1])  # type: ignore[attr-defined]
    assert shown.args == ["initiatives"]
    initiatives = window.pages["initiatives"]
    assert initiatives.bar.edit.text() == 'provider:BRA "HIV"'  # type: ignore[attr-defined]
    window.show_page("map")
    with qtbot.waitSignal(window.page_shown, timeout=2000) as shown:
        window.pages["map"].country_selected.emit("BWA")  # type: ignore[attr-defined]
    assert shown.args == ["countries"]
    countries = window.pages["countries"]
    # The profile loads in the background; its signal arrives while waitSignal spins.
    with qtbot.waitSignal(countries.profile_shown, timeout=10_000) as profile:  # type: ignore[attr-defined]
        pass
    assert profile.args == ["BWA"]


def test_a_listed_initiative_opens_in_its_detail(
    qtbot: QtBot, make_context: ContextFactory, small_db: Path
) -> None:
    """Opening one initiative from another page (a network link's list) shows its record."""
    import sqlite3

    with sqlite3.connect(small_db) as conn:
        first_id = conn.execute("SELECT min(id) FROM initiative").fetchone()[0]
    window = _window(qtbot, make_context(small_db))
    window.show()
    window.start("home")
    cooperation = window.show_page("cooperation")
    initiatives = window.show_page("initiatives")
    window.show_page("cooperation")
    with qtbot.waitSignal(initiatives.detail_shown, timeout=10_000) as shown:  # type: ignore[attr-defined]
        cooperation.initiatives_requested.emit("provider:BRA", [first_id])  # type: ignore[attr-defined]
    assert shown.args == [first_id]
    assert window.stack.currentWidget() is initiatives
