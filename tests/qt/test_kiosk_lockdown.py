"""Every escape route is closed; the admin gesture and PIN open the only exit; one instance."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QCloseEvent, QContextMenuEvent, QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from explorer.kiosk.clock import ManualClock
from explorer.kiosk.lockdown import CORNER_TAPS, LockdownFilter, UrlBlocker
from explorer.kiosk.single_instance import SingleInstance
from explorer.kiosk.window import KioskWindow
from tests.qt import test_kiosk_support as support
from tests.qt.test_kiosk_support import PIN

# The shared fixtures, by name.
kiosk, kiosk_db, clock = support.kiosk, support.kiosk_db, support.clock

Mod = Qt.KeyboardModifier


@pytest.fixture()
def locked(kiosk: KioskWindow, clock: ManualClock):  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    lockdown = LockdownFilter(clock)
    lockdown.activity_seen.connect(kiosk.note_activity)
    lockdown.admin_gesture_detected.connect(kiosk.open_admin)
    app.installEventFilter(lockdown)
    yield kiosk, lockdown
    app.removeEventFilter(lockdown)


@pytest.mark.parametrize(
    ("key", "mods"),
    [
        (Qt.Key.Key_F4, Mod.AltModifier),
        (Qt.Key.Key_Escape, Mod.NoModifier),
        (Qt.Key.Key_Q, Mod.ControlModifier),
        (Qt.Key.Key_W, Mod.ControlModifier),
        (Qt.Key.Key_F11, Mod.NoModifier),
        (Qt.Key.Key_Tab, Mod.AltModifier),
    ],
)
def test_escape_keys_are_swallowed(qtbot, locked, key, mods) -> None:  # type: ignore[no-untyped-def]
    kiosk, lockdown = locked
    QTest.mouseClick(kiosk.attract, Qt.MouseButton.LeftButton, pos=QPoint(900, 600))
    with qtbot.waitSignal(lockdown.escape_blocked, timeout=1000):
        QTest.keyClick(kiosk.search_page.edit, key, mods)
    assert kiosk.isVisible() and kiosk.current_page == "stories"


def test_right_click_and_context_menu_are_swallowed(qtbot, locked) -> None:  # type: ignore[no-untyped-def]
    kiosk, lockdown = locked
    with qtbot.waitSignal(lockdown.escape_blocked, timeout=1000):
        QTest.mouseClick(kiosk.attract, Qt.MouseButton.RightButton, pos=QPoint(900, 600))
    assert kiosk.on_attract  # a right click is not a touch to explore
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(10, 10), QPoint(10, 10))
    with qtbot.waitSignal(lockdown.escape_blocked, timeout=1000):
        QApplication.sendEvent(kiosk.attract, event)


def test_close_event_is_ignored_until_unlocked(kiosk: KioskWindow) -> None:
    event = QCloseEvent()
    QApplication.sendEvent(kiosk, event)
    assert not event.isAccepted() and kiosk.isVisible()
    assert not kiosk.close()


def test_open_url_is_blocked(qtbot) -> None:  # type: ignore[no-untyped-def]
    blocker = UrlBlocker()
    blocker.install()
    try:
        with qtbot.waitSignal(blocker.url_blocked, timeout=1000) as got:
            QDesktopServices.openUrl(QUrl("https://www.worldbank.org/"))
        assert got.args == ["https://www.worldbank.org/"]
    finally:
        blocker.uninstall()


def test_corner_gesture_then_pin_unlocks(qtbot, locked, clock: ManualClock) -> None:  # type: ignore[no-untyped-def]
    kiosk, _ = locked
    for _ in range(CORNER_TAPS):
        QTest.mouseClick(kiosk.attract, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
        clock.advance(0.4)
    assert kiosk.pinpad.isVisible()
    for digit in "1111":
        kiosk.pinpad.keys[digit].click()
    kiosk.pinpad.keys["ok"].click()
    assert not kiosk.unlocked and "Wrong" in kiosk.pinpad.message.text()
    with qtbot.waitSignal(kiosk.admin_unlocked, timeout=2000):
        for digit in PIN:
            kiosk.pinpad.keys[digit].click()
        kiosk.pinpad.keys["ok"].click()
    assert kiosk.close()


def test_slow_corner_taps_do_not_open_the_pad(locked, clock: ManualClock) -> None:  # type: ignore[no-untyped-def]
    kiosk, _ = locked
    for _ in range(CORNER_TAPS):
        QTest.mouseClick(kiosk.attract, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
        clock.advance(1.0)
    assert not kiosk.pinpad.isVisible()


def test_second_instance_wakes_the_first(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = SingleInstance(tmp_path)
    assert first.claim()
    try:
        second = SingleInstance(tmp_path)
        with qtbot.waitSignal(first.raise_requested, timeout=3000):
            assert second.claim() is False
    finally:
        first.release()
    third = SingleInstance(tmp_path)
    assert third.claim()
    third.release()


def test_kiosk_pin_reads_stdin_and_prints_a_usable_line(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    import io

    from explorer.cli.kiosk import cmd_kiosk_pin
    from explorer.kiosk.pin import parse_pin_hash, verify_pin

    monkeypatch.setattr("sys.stdin", io.StringIO("482913\n"))
    assert cmd_kiosk_pin(None) == 0  # type: ignore[arg-type]
    line = capsys.readouterr().out.strip().split('"')[1]
    assert verify_pin("482913", parse_pin_hash(line))
    monkeypatch.setattr("sys.stdin", io.StringIO("12ab\n"))
    assert cmd_kiosk_pin(None) == 2  # type: ignore[arg-type]
