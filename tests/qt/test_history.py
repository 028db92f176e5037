"""Back/Forward across pages, searches and profiles, and the session restored at the next
start (issue 19): a real window over the real reference database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from explorer.ui.history import Place
from explorer.ui.main_window import MainWindow
from explorer.ui.pages import default_pages
from explorer.ui.pages.base import PageContext

pytestmark = pytest.mark.realdata
ContextFactory = Callable[[Path], PageContext]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def window_over(qtbot: QtBot, context: PageContext) -> MainWindow:
    window = MainWindow(context, default_pages())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def shown_country(window: MainWindow) -> str | None:
    page = window.pages.get("countries")
    if page is None or window.stack.currentWidget() is not page:
        return None
    view = page.profile_view  # type: ignore[attr-defined]
    if page.stack.currentWidget() is not view or view.profile is None:  # type: ignore[attr-defined]
        return None
    return str(view.profile.facts.header.country.iso3)


def search_text(window: MainWindow) -> str | None:
    page = window.pages.get("initiatives")
    if page is None or window.stack.currentWidget() is not page:
        return None
    return str(page.bar.text())  # type: ignore[attr-defined]


def test_back_forward_keys_mouse_and_toolbar(qtbot: QtBot, make_context: ContextFactory,
                                             reference_db: Path) -> None:  # fmt: skip
    context = make_context(reference_db)
    window = window_over(qtbot, context)
    window.start("home")
    history = window.history
    assert not history.back_action.isEnabled() and not history.forward_action.isEnabled()
    assert history.toolbar.isVisible()
    context.navigator.open_initiatives("microfinance")
    qtbot.waitUntil(lambda: history.current() is not None
                    and history.current().query == "microfinance", timeout=10_000)  # type: ignore[union-attr]
    context.navigator.open_country("BRA")
    qtbot.waitUntil(lambda: history.current() == Place("countries", country="BRA"), timeout=20_000)
    context.navigator.open_country("KEN")
    qtbot.waitUntil(lambda: shown_country(window) == "KEN", timeout=20_000)
    assert [p.page for p in history.places][-3:] == ["initiatives", "countries", "countries"]
    assert history.places[0] == Place("home")

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach the active window
    QTest.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # Alt+Left
    qtbot.waitUntil(lambda: shown_country(window) == "BRA", timeout=20_000)
    assert history.forward_action.isEnabled()
    # The mouse's back button, over any widget of the window.
    QTest.mouseClick(window.stack.currentWidget(), Qt.MouseButton.BackButton, pos=QPoint(5, 5))
    qtbot.waitUntil(lambda: search_text(window) == "microfinance", timeout=10_000)
    assert history.current() is not None and history.current().page == "initiatives"
    window.grab().save(str(SCREENSHOTS / "history-back-to-search.png"))
    history.forward_action.trigger()  # the tool bar's Forward
    qtbot.waitUntil(lambda: shown_country(window) == "BRA", timeout=20_000)
    QTest.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # Alt+Right
    qtbot.waitUntil(lambda: shown_country(window) == "KEN", timeout=20_000)
    assert not history.forward_action.isEnabled()

    # Going somewhere new from the middle drops the way forward, as a browser does.
    history.back()
    qtbot.waitUntil(lambda: shown_country(window) == "BRA", timeout=20_000)
    context.navigator.open_initiatives("health")
    qtbot.waitUntil(lambda: search_text(window) == "health", timeout=10_000)
    qtbot.waitUntil(lambda: history.current() is not None
                    and history.current().query == "health", timeout=10_000)  # type: ignore[union-attr]
    assert not history.forward_action.isEnabled()
    assert Place("countries", country="KEN") not in history.places
    context.runner.wait_for_done(20_000)


def test_session_restored_at_next_start(qtbot: QtBot, make_context: ContextFactory,
                                        reference_db: Path) -> None:  # fmt: skip
    context = make_context(reference_db)
    first = window_over(qtbot, context)
    first.start("home")
    context.navigator.open_country("BWA")
    qtbot.waitUntil(lambda: shown_country(first) == "BWA", timeout=20_000)
    context.navigator.open_initiatives("provider:BRA health")
    qtbot.waitUntil(lambda: first.pages["initiatives"].loaded, timeout=20_000)
    first.close()
    context.runner.wait_for_done(20_000)

    # The next start, over the same settings: the last page, its search, the country.
    again = window_over(qtbot, context)
    again.start()
    assert search_text(again) == "provider:BRA health"
    qtbot.waitUntil(lambda: again.pages["initiatives"].loaded, timeout=20_000)
    again.show_page("countries")
    qtbot.waitUntil(lambda: shown_country(again) == "BWA", timeout=20_000)
    context.runner.wait_for_done(20_000)
