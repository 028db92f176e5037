"""Switching the language reaches every page already built at once (issue 19: Home stayed
Arabic under Chinese menus), keeping the page shown and the search."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from explorer.ui.language import language_manager
from explorer.ui.main_window import MainWindow
from explorer.ui.pages import default_pages
from explorer.ui.pages.base import PageContext

pytestmark = pytest.mark.realdata
ContextFactory = Callable[[Path], PageContext]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
TITLES = {"en": "South-South cooperation at a glance", "ar": "التعاون بين بلدان الجنوب في لمحة",
          "zh_CN": "南南合作概览"}  # fmt: skip


@pytest.fixture()
def english() -> Iterator[None]:
    yield
    language_manager().apply("en")


def labels(window: MainWindow, key: str) -> list[str]:
    page = window.pages.get(key)
    return [label.text() for label in page.findChildren(QLabel)] if page is not None else []


def test_every_built_page_follows_the_language(
    qtbot: QtBot, make_context: ContextFactory, reference_db: Path, english: None
) -> None:
    context = make_context(reference_db)
    window = MainWindow(context, default_pages())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.start("home")
    qtbot.waitUntil(lambda: TITLES["en"] in labels(window, "home"), timeout=20_000)
    context.navigator.open_initiatives("microfinance")
    qtbot.waitUntil(lambda: window.pages["initiatives"].loaded, timeout=20_000)
    window.show_page("home")
    for code in ("ar", "zh_CN"):
        language_manager().apply(code)
        qtbot.waitUntil(lambda code=code: TITLES[code] in labels(window, "home"), timeout=20_000)
        assert window.stack.currentWidget() is window.pages["home"]
        QApplication.processEvents()
        window.grab().save(str(SCREENSHOTS / f"live-language-home-{code}.png"))
    assert all(TITLES["ar"] not in t for t in labels(window, "home"))  # no Arabic left over
    page = window.show_page("initiatives")  # built again in Chinese, with its search
    assert page.bar.text() == "microfinance"  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.loaded, timeout=20_000)
    context.runner.wait_for_done(20_000)


def test_a_note_being_typed_survives_the_switch(
    qtbot: QtBot, make_context: ContextFactory, reference_db: Path, english: None
) -> None:
    """The pages are built again, but what the user was writing is saved first."""
    from explorer.jobs.workspace import load_note
    from explorer.paths import default_user_db
    from explorer.ui.widgets.note_editor import NoteEditor

    context = make_context(reference_db)
    window = MainWindow(context, default_pages())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.start("home")
    context.navigator.open_country("BWA")
    editor = window.pages["countries"].findChild(NoteEditor)
    assert editor is not None
    qtbot.waitUntil(lambda: editor.key == "BWA" and editor.text.isEnabled(), timeout=20_000)
    context.runner.wait_for_done(20_000)
    editor.text.setPlainText("Ask about the HIV/AIDS programme")  # no pause: not saved yet
    old = window.pages["countries"]
    language_manager().apply("fr")
    qtbot.waitUntil(lambda: window.pages.get("countries") not in (None, old), timeout=20_000)
    context.runner.wait_for_done(20_000)
    assert load_note(default_user_db(), "BWA").text == "Ask about the HIV/AIDS programme"
