"""The kiosk's overlays hold the keyboard (issue 16): while the PIN pad or the "Are you
still there?" countdown is open, Tab and Shift+Tab go round its controls and never reach
the page behind; Ctrl+Shift+F12 is the keyboard's way to the PIN pad (the corner gesture
needs a pointer), from any control, also under the lockdown filter."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from explorer.kiosk.lockdown import LockdownFilter
from explorer.kiosk.window import KioskWindow
from tests.qt import test_kiosk_support as support
from tests.qt.test_kiosk_support import PIN, ManualClock

kiosk, clock, kiosk_db = support.kiosk, support.clock, support.kiosk_db
SHOTS = Path(os.environ.get("EXPLORER_A11Y_SHOTS", "/tmp/a11y"))
ADMIN = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _active(kiosk: KioskWindow, qtbot: QtBot) -> None:
    kiosk.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)


def _tab_round(qtbot: QtBot, overlay: QWidget, key: Qt.Key, times: int) -> list[QWidget]:
    visited = []
    for _ in range(times):
        qtbot.keyClick(focused(), key)
        QApplication.processEvents()
        widget = focused()
        assert widget is overlay or overlay.isAncestorOf(widget), (
            f"{key.name} left the overlay for {widget.objectName() or type(widget).__name__}"
        )
        visited.append(widget)
    return visited


def test_tab_stays_in_the_pin_pad(kiosk: KioskWindow, qtbot: QtBot) -> None:
    _active(kiosk, qtbot)
    qtbot.keyClick(focused(), Qt.Key.Key_Enter)  # past the welcome screen: a page behind
    assert not kiosk.on_attract
    kiosk.open_admin()
    pad = kiosk.pinpad
    chain = pad.focus_chain()
    # the pad itself (typed digits), 12 keys and Cancel
    assert len(chain) == 14 and pad.cancel_button in chain and pad.keys["ok"] in chain
    forward = _tab_round(qtbot, pad, Qt.Key.Key_Tab, 2 * len(chain))
    assert set(forward) == set(chain)  # every control, round and round
    backward = _tab_round(qtbot, pad, Qt.Key.Key_Backtab, len(chain))
    assert set(backward) == set(chain)
    SHOTS.mkdir(parents=True, exist_ok=True)
    kiosk.grab().save(str(SHOTS / "kiosk-pinpad-tab.png"))  # the ring on a pad key
    pad.setFocus()
    with qtbot.waitSignal(kiosk.admin_unlocked, timeout=5000):  # still works after it
        qtbot.keyClicks(focused(), PIN)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)


def test_tab_stays_in_the_countdown(kiosk: KioskWindow, qtbot: QtBot,
                                    clock: ManualClock) -> None:  # fmt: skip
    _active(kiosk, qtbot)
    qtbot.keyClick(focused(), Qt.Key.Key_Enter)
    clock.advance(61)
    kiosk.idle.check()
    assert kiosk.countdown.isVisible()
    visited = _tab_round(qtbot, kiosk.countdown, Qt.Key.Key_Tab, 4)
    visited += _tab_round(qtbot, kiosk.countdown, Qt.Key.Key_Backtab, 4)
    assert set(visited) == {kiosk.countdown.stay_button}  # its one control
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert not kiosk.countdown.isVisible()


def test_keyboard_opens_the_pin_pad(kiosk: KioskWindow, qtbot: QtBot) -> None:
    _active(kiosk, qtbot)
    qtbot.keyClick(focused(), Qt.Key.Key_Enter)
    assert not kiosk.pinpad.isVisible()
    qtbot.keyClick(focused(), Qt.Key.Key_F12, Qt.KeyboardModifier.ControlModifier)
    assert not kiosk.pinpad.isVisible()  # only the documented chord
    qtbot.keyClick(focused(), Qt.Key.Key_F12, ADMIN)
    assert kiosk.pinpad.isVisible() and focused() is kiosk.pinpad


@pytest.fixture()
def locked(kiosk: KioskWindow, clock: ManualClock) -> Iterator[LockdownFilter]:
    app = QApplication.instance()
    assert app is not None
    lockdown = LockdownFilter(clock)
    lockdown.admin_gesture_detected.connect(kiosk.open_admin)
    app.installEventFilter(lockdown)
    yield lockdown
    app.removeEventFilter(lockdown)


def test_keyboard_opens_the_pin_pad_from_the_search_box(
    kiosk: KioskWindow, qtbot: QtBot, locked: LockdownFilter
) -> None:
    _active(kiosk, qtbot)
    kiosk.explore()
    assert kiosk.search_page is not None
    kiosk.show_page("search")
    edit = kiosk.search_page.edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus, timeout=5000)
    with qtbot.waitSignal(locked.admin_gesture_detected, timeout=2000):
        qtbot.keyClick(edit, Qt.Key.Key_F12, ADMIN)
    assert kiosk.pinpad.isVisible()
    assert edit.text() == ""  # the chord typed nothing
