"""Focus is always visible: with the app's stylesheet (standard and high contrast), every
control Tab reaches on a page looks different focused from unfocused."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from explorer.ui.a11y.appearance import apply_appearance
from explorer.ui.a11y.keyboard import tab_walk
from explorer.ui.main_window import MainWindow
from explorer.ui.pages import default_pages
from explorer.ui.pages.base import PageContext

ContextFactory = Callable[[Path], PageContext]


@pytest.fixture()
def app_look() -> Iterator[QApplication]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = QApplication.font(), app.styleSheet()
    yield app
    QApplication.setFont(font)
    app.setStyleSheet(sheet)


def _image(widget: QWidget) -> QImage:
    QApplication.processEvents()
    return widget.grab().toImage()


@pytest.mark.parametrize("high_contrast", [False, True])
@pytest.mark.parametrize(
    "page_key",
    [
        "countries",
        "map",
        "compare",
    ],
)  # fmt: skip
def test_every_control_shows_its_focus(
    qtbot: QtBot, make_context: ContextFactory, small_db: Path, app_look: QApplication,
    high_contrast: bool, page_key: str,
) -> None:  # fmt: skip
    apply_appearance(100, high_contrast)
    context = make_context(small_db)
    window = MainWindow(context, default_pages())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.start()
    window.activateWindow()
    window.page_actions[page_key].trigger()
    page = window.pages[page_key]
    qtbot.waitUntil(lambda: bool(getattr(page, "loaded", True)), timeout=20_000)
    context.runner.wait_for_done(10_000)
    controls = tab_walk(window, lambda w: qtbot.keyClick(w, Qt.Key.Key_Tab), limit=200)
    assert len(controls) >= 3, controls
    invisible = []
    for control in controls:
        control.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(control.hasFocus)
        focused = _image(control)
        control.clearFocus()
        QApplication.processEvents()
        assert not control.hasFocus()
        if _image(control) == focused:
            invisible.append(f"{type(control).__name__} {control.objectName()}")
    context.runner.wait_for_done(10_000)
    assert not invisible, "\n".join(invisible)
