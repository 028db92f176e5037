"""Text size and contrast: View > Text Size scales the font and the stylesheet's sizes, View >
High Contrast loads the high-contrast sheet, and pages at 150% and 200% clip no label."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from explorer.ui.a11y.appearance import TEXT_SCALE, THEME, apply_appearance, stylesheet
from explorer.ui.language import PSEUDO, language_manager
from explorer.ui.main_window import MainWindow
from explorer.ui.pages import default_pages
from explorer.ui.pages.base import PageContext

ContextFactory = Callable[[Path], PageContext]
SHOTS = Path(os.environ.get("EXPLORER_A11Y_SHOTS", "/tmp/a11y"))


@pytest.fixture()
def app_look() -> Iterator[QApplication]:
    """Leaves the application's font and stylesheet as it found them."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = QApplication.font(), app.styleSheet()
    yield app
    QApplication.setFont(font)
    app.setStyleSheet(sheet)


def _window(qtbot: QtBot, context: PageContext) -> MainWindow:
    window = MainWindow(context, default_pages())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.start()
    window.ensure_menus()
    return window


def _action(window: MainWindow, text: str):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction

    found = [a for a in window.findChildren(QAction) if a.text().replace("&", "") == text]
    assert len(found) == 1, text
    return found[0]


def clipped_labels(root: QWidget) -> list[str]:
    """Showing one-line labels narrower than their text, or shorter than a line."""
    out = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or label.visibleRegion().isEmpty() or not label.text():
            continue
        if label.textFormat().name == "RichText" or "<" in label.text():
            continue
        hint = label.sizeHint()
        if label.wordWrap():
            short = label.height() < label.heightForWidth(label.width()) - 1
            if short:
                out.append(
                    f"{label.objectName() or 'QLabel'} {label.text()[:40]!r} height "
                    f"{label.height()} < {label.heightForWidth(label.width())}"
                )
        elif label.width() < hint.width() - 1 or label.height() < hint.height() - 1:
            out.append(
                f"{label.objectName() or 'QLabel'} {label.text()[:40]!r} "
                f"{label.width()}x{label.height()} < {hint.width()}x{hint.height()}"
            )
    return out


def clipped_headers(root: QWidget) -> list[str]:
    """Table headings narrower than their text that are cut rather than elided with "…",
    or elided without the whole heading as their tooltip."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QHeaderView

    out = []
    for header in root.findChildren(QHeaderView):
        model = header.model()
        if model is None or not header.isVisibleTo(root):
            continue
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = model.headerData(section, header.orientation())
            if not text or header.sectionSize(section) >= header.sectionSizeHint(section) - 1:
                continue
            if header.textElideMode() == Qt.TextElideMode.ElideNone:
                out.append(f"{header.parent().objectName()} heading {text!r} cut, not elided")
            tip = model.headerData(section, header.orientation(), Qt.ItemDataRole.ToolTipRole)
            if tip != text:
                out.append(f"{header.parent().objectName()} heading {text!r} elided, tip {tip!r}")
    return out


def test_text_size_menu_scales_font_and_sheet(
    qtbot: QtBot, make_context: ContextFactory, small_db: Path, app_look: QApplication
) -> None:
    context = make_context(small_db)
    window = _window(qtbot, context)
    base = QApplication.font().pointSizeF()
    _action(window, "150%").trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.5)
    assert "#pageTitle { font-size: 30pt" in app_look.styleSheet()  # 20pt in app.qss
    assert context.settings.get(TEXT_SCALE) == "150"
    _action(window, "Larger Text").trigger()
    assert context.settings.get(TEXT_SCALE) == "175"
    _action(window, "Smaller Text").trigger()
    _action(window, "Smaller Text").trigger()
    assert context.settings.get(TEXT_SCALE) == "125"
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.25)
    _action(window, "High Contrast").trigger()
    assert context.settings.get(THEME) == "high-contrast"
    assert "#00247d" in app_look.styleSheet()
    _action(window, "High Contrast").trigger()
    assert context.settings.get(THEME) == "standard" and "#00247d" not in app_look.styleSheet()
    context.runner.wait_for_done(10_000)


@pytest.mark.parametrize(
    ("percent", "high_contrast", "language"),
    [(150, False, "en"), (200, False, "en"), (100, True, "en"), (150, False, "ar"),
     (200, False, "ar"), (200, False, PSEUDO), (200, False, "zh_CN"), (150, True, "zh_CN")],
)  # fmt: skip
def test_pages_at_large_text_clip_nothing(
    qtbot: QtBot, make_context: ContextFactory, small_db: Path, app_look: QApplication,
    percent: int, high_contrast: bool, language: str,
) -> None:  # fmt: skip
    manager = language_manager(app_look)
    manager.apply(language)
    try:
        _render_and_check(qtbot, make_context, small_db, app_look, percent, high_contrast,
                          language)  # fmt: skip
    finally:
        manager.apply("en")


def _render_and_check(qtbot: QtBot, make_context: ContextFactory, small_db: Path,
                      app_look: QApplication, percent: int, high_contrast: bool,
                      language: str) -> None:  # fmt: skip
    apply_appearance(percent, high_contrast)
    assert app_look.styleSheet() == stylesheet(percent, high_contrast)
    context = make_context(small_db)
    window = _window(qtbot, context)
    window.resize(1600, 1000)
    SHOTS.mkdir(parents=True, exist_ok=True)
    clipped: list[str] = []
    for key, action in window.page_actions.items():
        action.trigger()
        page = window.pages[key]
        qtbot.waitUntil(lambda page=page: bool(getattr(page, "loaded", True)), timeout=20_000)
        context.runner.wait_for_done(10_000)
        QApplication.processEvents()
        QApplication.processEvents()
        tag = "hc" if high_contrast else f"{percent}"
        tag += "" if language == "en" else f"-{language}"
        window.grab().save(str(SHOTS / f"{key}-{tag}.png"))
        clipped += [f"{key}: {c}" for c in clipped_labels(window)]
        if key == "initiatives":  # the other pages' tables: not yet checked
            clipped += [f"{key}: {c}" for c in clipped_headers(window)]
    context.runner.wait_for_done(10_000)
    assert not clipped, "\n".join(clipped)
