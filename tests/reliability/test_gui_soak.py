"""Category 5: seeded random clicks, keys and page switches through the main window on the
real reference database. No exception escapes, the window stays up, memory grows less than
10% from the first to the last thousand events, and it still answers at the end.

Dialogs and menus a click opens are closed again by a timer, as a user would (a modal
dialog would otherwise wait for a click the test cannot send from inside it)."""

from __future__ import annotations

import random
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from explorer.ui.main_window import TRIM_AFTER_MS, MainWindow
from explorer.ui.pages import default_pages
from tests.qt.conftest import make_context, runner, settings  # noqa: F401 - fixtures
from tests.reliability.conftest import SEED, Campaign, cases

KEYS = [Qt.Key.Key_A, Qt.Key.Key_S, Qt.Key.Key_Space, Qt.Key.Key_Backspace, Qt.Key.Key_Return,
        Qt.Key.Key_Escape, Qt.Key.Key_Tab, Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Left,
        Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_T]  # fmt: skip
MODS = [Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier]


def _rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


@pytest.fixture()
def closer() -> Iterator[list[str]]:
    """Closes whatever modal dialog or popup menu is open, every 30 ms; the names of the
    dialogs it closed (an error dialog after a valid action is a finding)."""
    closed: list[str] = []

    def close() -> None:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QMessageBox) and modal.icon() == QMessageBox.Icon.Critical:
            closed.append(f"error dialog: {modal.text()[:120]}")
        if isinstance(modal, QDialog | QFileDialog):
            modal.reject()
        elif modal is not None:
            modal.close()

    timer = QTimer()
    timer.timeout.connect(close)
    timer.start(30)
    yield closed
    timer.stop()


@pytest.mark.realdata
def test_random_events_through_the_window(
    qtbot: QtBot, make_context, reference_db: Path, closer: list[str],  # type: ignore[no-untyped-def]  # noqa: F811
    campaign: Campaign, timed: dict[str, str],
) -> None:  # fmt: skip
    category = timed["category"] = "GUI soak: main window"
    events = cases(1_000, 10_000)
    rng = random.Random(SEED + 5)
    context = make_context(reference_db)
    window = MainWindow(context, default_pages())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    errors: list[str] = []
    old_hook = sys.excepthook
    sys.excepthook = lambda t, v, tb: errors.append(f"{t.__name__}: {v}")
    rss: dict[int, int] = {}
    tops: dict[int, Counter[str]] = {}  # top-level widgets by class: closed ones must go
    pages = window.nav.count()
    for row in range(pages):  # every page built once, so the baseline is not "before the
        window.nav.setCurrentRow(row)  # first visit of page 9" (its plots, its menus)
        context.runner.wait_for_done(10_000)
        QApplication.processEvents()
    window.nav.setCurrentRow(0)
    try:
        targets: list[QWidget] = []
        for i in range(events):
            if i % 25 == 0:
                QApplication.processEvents()
                QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
                targets = [w for w in window.findChildren(QWidget)
                           if w.isVisible() and w.width() > 4 and w.isEnabled()]  # fmt: skip
            roll = rng.random()
            if roll < 0.08:
                window.nav.setCurrentRow(rng.randrange(pages))
            else:
                target = rng.choice(targets) if targets else window
                if not isValid(target) or not target.isVisible():  # replaced since last look
                    target = window
                pos = QPoint(rng.randrange(max(1, target.width())),
                             rng.randrange(max(1, target.height())))  # fmt: skip
                if roll < 0.65:
                    QTest.mouseClick(target, Qt.MouseButton.LeftButton, pos=pos)
                elif roll < 0.7:
                    QTest.mouseDClick(target, Qt.MouseButton.LeftButton, pos=pos)
                else:
                    QTest.keyClick(target, rng.choice(KEYS), rng.choice(MODS))
            if i + 1 in (min(1000, events // 2), events):
                # Memory is read with the window at rest, as a user's pause leaves it: jobs
                # done, deferred deletes run, and the rest after which the window hands
                # freed heap back to the system (MainWindow.TRIM_AFTER_MS) passed.
                context.runner.wait_for_done(10_000)
                QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
                qtbot.wait(TRIM_AFTER_MS + 1_000)
                context.runner.wait_for_done(10_000)
                rss[i + 1] = _rss_kib()
                tops[i + 1] = Counter(type(w).__name__ for w in QApplication.topLevelWidgets()
                                      if isValid(w))  # fmt: skip
        context.runner.wait_for_done(10_000)
        QApplication.processEvents()
    finally:
        sys.excepthook = old_hook
    first, last = rss[min(1000, events // 2)], rss[events]
    grew = last / first - 1 if first else 0.0
    findings = [f"seed {SEED + 5}: {e[:200]}" for e in errors + closer]
    campaign.figure(category, f"memory at rest after {min(1000, events // 2):,} events "
                    f"{first / 1024:.0f} MB, after {events:,} {last / 1024:.0f} MB "
                    f"({grew:+.1%})")  # fmt: skip
    if grew >= 0.10:
        findings.append(f"seed {SEED + 5}: memory {first} -> {last} KiB (+{grew:.1%})")
    early, late = tops[min(1000, events // 2)], tops[events]
    for name, count in sorted(late.items()):
        if count - early.get(name, 0) >= 3:  # a dialog closed but kept, once per opening
            findings.append(f"seed {SEED + 5}: {count - early.get(name, 0)} more {name} "
                            "top-level widgets at the end than after the first events")  # fmt: skip
    window.nav.setCurrentRow(0)  # still answers
    qtbot.waitUntil(lambda: window.nav.currentRow() == 0 and window.isVisible(), timeout=5000)
    campaign.bulk(category, events, findings)
    assert not campaign.failures(category), campaign.failures(category)[:5]
