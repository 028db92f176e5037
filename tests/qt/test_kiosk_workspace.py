"""The kiosk writes nothing of the workspace: a page it hosts shows no note editor and no
chart star (Ctrl+D does nothing), and no user database is created."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from explorer.kiosk.clock import ManualClock
from explorer.kiosk.language import LanguageSwitcher
from explorer.kiosk.window import KioskWindow
from explorer.ui.runner import Runner
from explorer.ui.widgets.chart_star import ChartStar
from explorer.ui.widgets.note_editor import NoteEditor
from tests.qt import test_kiosk_support as support

kiosk_db = support.kiosk_db


@pytest.fixture()
def kiosk(qtbot: QtBot, kiosk_db: Path, tmp_path: Path) -> Iterator[KioskWindow]:
    runner = Runner()
    config = support.make_config(pages_allowed=["stories", "search", "countries", "trade"])
    window = KioskWindow(config, kiosk_db, runner, ManualClock(), ["en"],
                         LanguageSwitcher(tmp_path / "no-translations"))  # fmt: skip
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.start()
    window.show()
    yield window
    window.idle.stop()
    runner.wait_for_done(10_000)
    QApplication.processEvents()
    runner.shutdown()


def test_hosted_pages_have_no_notes_or_stars(qtbot: QtBot, kiosk: KioskWindow) -> None:
    user_dir = Path(os.environ["EXPLORER_USER_DIR"])
    kiosk.show_page("countries")
    countries = kiosk.pages["countries"]
    qtbot.waitUntil(lambda: getattr(countries, "loaded", False), timeout=20_000)
    countries.show_country("BRA")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: countries.stack.currentWidget() is countries.profile_view,  # type: ignore[attr-defined]
                    timeout=20_000)  # fmt: skip
    editors = countries.findChildren(NoteEditor)
    assert editors and not any(e.isVisible() for e in editors)
    assert all(e.key == "" for e in editors)  # nothing was even read
    kiosk.show_page("trade")
    trade = kiosk.pages["trade"]
    qtbot.waitUntil(lambda: getattr(trade, "loaded", False), timeout=20_000)
    stars = trade.findChildren(ChartStar)
    assert len(stars) == 6 and not any(s.isVisible() or s.key for s in stars)
    qtbot.keyClick(trade, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    kiosk.runner.wait_for_done(10_000)
    assert not user_dir.exists() or not list(user_dir.rglob("*.sqlite*"))  # nothing written
