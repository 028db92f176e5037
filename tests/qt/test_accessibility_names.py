"""Every interactive element of every page has an accessible name, as a screen reader reads it
(walked through the QAccessible interfaces, not the widgets)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from explorer.ui.a11y.walker import interactive_elements
from explorer.ui.main_window import MainWindow
from explorer.ui.pages import default_pages
from explorer.ui.pages.base import PageContext

ContextFactory = Callable[[Path], PageContext]


def test_every_page_names_its_interactive_elements(
    qtbot: QtBot, make_context: ContextFactory, small_db: Path
) -> None:
    context = make_context(small_db)
    window = MainWindow(context, default_pages())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.start()
    seen: dict[str, int] = {}
    missing: list[str] = []
    for key, action in window.page_actions.items():
        action.trigger()
        page = window.pages[key]
        qtbot.waitUntil(lambda page=page: bool(getattr(page, "loaded", True)), timeout=20_000)
        elements = interactive_elements(window)
        seen[key] = len(elements)
        missing += [f"{key}: {e.role} {e.path}" for e in elements if not e.name]
    context.runner.wait_for_done(10_000)
    assert all(count >= 1 for count in seen.values()), seen  # the walk reached every page
    assert sum(seen.values()) > 3 * len(seen), seen  # and more than the navigation list
    assert not missing, "\n".join(missing)
