"""10,000 random touches, clicks, swipes and keys through kiosk mode (fixed seed)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from explorer.kiosk.clock import ManualClock
from explorer.kiosk.lockdown import LockdownFilter
from explorer.kiosk.window import KioskWindow
from tests.qt import test_kiosk_support as support

# The shared fixtures, by name.
kiosk, kiosk_db, clock = support.kiosk, support.kiosk_db, support.clock

EVENTS = 10_000
KEYS = [
    Qt.Key.Key_A,
    Qt.Key.Key_Z,
    Qt.Key.Key_Space,
    Qt.Key.Key_Backspace,
    Qt.Key.Key_Return,
    Qt.Key.Key_Escape,
    Qt.Key.Key_F4,
    Qt.Key.Key_Q,
    Qt.Key.Key_W,
    Qt.Key.Key_Tab,
    Qt.Key.Key_F11,
]
MODS = [
    Qt.KeyboardModifier.NoModifier,
    Qt.KeyboardModifier.AltModifier,
    Qt.KeyboardModifier.ControlModifier,
]


def rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def test_random_events_never_escape(qtbot, kiosk: KioskWindow, clock: ManualClock) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(20070401)
    errors: list[BaseException] = []
    old_hook = sys.excepthook
    sys.excepthook = lambda t, v, tb: errors.append(v)
    lockdown = LockdownFilter(clock)
    lockdown.activity_seen.connect(kiosk.note_activity)
    lockdown.admin_gesture_detected.connect(kiosk.open_admin)
    app = QApplication.instance()
    app.installEventFilter(lockdown)
    allowed = {"", *kiosk.config.pages_allowed}
    rss: dict[int, int] = {}
    try:
        targets: list[QWidget] = []
        for i in range(EVENTS):
            if i % 25 == 0:
                # What the real event loop does between touches: deliver results, delete
                # replaced widgets.
                QApplication.processEvents()
                QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
                targets = [
                    w for w in kiosk.findChildren(QWidget) if w.isVisible() and w.width() > 4
                ]
            target = rng.choice(targets) if targets else kiosk
            if not target.isVisible():
                target = kiosk
            pos = QPoint(
                rng.randrange(max(1, target.width())), rng.randrange(max(1, target.height()))
            )
            roll = rng.random()
            if roll < 0.55:
                button = (
                    Qt.MouseButton.LeftButton if rng.random() < 0.95 else Qt.MouseButton.RightButton
                )
                QTest.mouseClick(target, button, pos=pos)
            elif roll < 0.7:
                end = QPoint(pos.x() + rng.choice((-300, 300)), pos.y())
                QTest.mousePress(target, Qt.MouseButton.LeftButton, pos=pos)
                QTest.mouseMove(target, end)
                QTest.mouseRelease(target, Qt.MouseButton.LeftButton, pos=end)
            elif roll < 0.95:
                QTest.keyClick(target, rng.choice(KEYS), rng.choice(MODS))
            else:
                clock.advance(rng.choice((5, 30, 65, 80)))
                kiosk.idle.check()
            assert kiosk.current_page in allowed
            assert kiosk.isVisible() and not kiosk.unlocked
            if i + 1 in (1000, EVENTS):
                kiosk.runner.wait_for_done(5000)
                QApplication.processEvents()
                QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
                rss[i + 1] = rss_kib()
    finally:
        app.removeEventFilter(lockdown)
        sys.excepthook = old_hook
    assert not errors, errors[:3]
    assert rss[EVENTS] < rss[1000] * 1.10, rss
    kiosk.explore()
    clock.advance(kiosk.config.idle_seconds)
    kiosk.idle.check()
    clock.advance(kiosk.config.countdown_seconds)
    kiosk.idle.check()
    assert kiosk.on_attract
