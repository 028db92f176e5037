"""The kiosk from the keyboard alone (issue 16): Enter, Tab, arrows and Escape through the
welcome screen, the page bar, stories, search (chips, hits, an open hit), the countdown and
the PIN pad, with the focus visible on every control Tab reaches."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from explorer.kiosk.widgets import ChipButton, TouchButton
from explorer.kiosk.window import KioskWindow
from tests.qt import test_kiosk_support as support
from tests.qt.test_kiosk_support import PIN, ManualClock

kiosk, clock, kiosk_db = support.kiosk, support.clock, support.kiosk_db


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot: QtBot, key: Qt.Key, text: str = "") -> None:
    """A key as a keyboard sends it: to whatever has the focus."""
    qtbot.keyClick(focused(), key)
    QApplication.processEvents()


def tab_to(qtbot: QtBot, wanted: object, limit: int = 60) -> QWidget:
    """Tab until ``wanted(widget)`` holds for the focused widget; fails after ``limit``."""
    for _ in range(limit):
        press(qtbot, Qt.Key.Key_Tab)
        widget = focused()
        if wanted(widget):  # type: ignore[operator]
            return widget
    raise AssertionError("Tab never reached it")


def ring_shows(widget: QWidget) -> bool:
    """The widget looks different focused from unfocused (the ring is drawn)."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    on = widget.grab().toImage()
    widget.clearFocus()
    QApplication.processEvents()
    off = widget.grab().toImage()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    return on != off


def _active(kiosk: KioskWindow, qtbot: QtBot) -> None:
    kiosk.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)


def test_welcome_to_stories_and_search_by_keyboard(kiosk: KioskWindow, qtbot: QtBot) -> None:
    _active(kiosk, qtbot)
    assert kiosk.on_attract and focused() is kiosk.attract
    assert ring_shows(kiosk.attract)  # the ring round "Touch to explore"
    # Tab reaches the language chips on the welcome screen; Enter on one picks it
    chip = tab_to(qtbot, lambda w: w in kiosk.attract.language_buttons.values())
    assert ring_shows(chip)
    kiosk.attract.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert not kiosk.on_attract and kiosk.current_page == "stories"
    # the page bar has the focus; the stories step with the arrows
    assert focused() is kiosk.nav_buttons["stories"]
    stories = kiosk.stories_page
    assert stories is not None and len(stories.stories) >= 2
    tab_to(qtbot, lambda w: w is stories.next_button)
    assert ring_shows(stories.next_button)
    press(qtbot, Qt.Key.Key_Return)
    assert stories.index == 1
    press(qtbot, Qt.Key.Key_Right)
    assert stories.index == 2 % len(stories.stories)
    press(qtbot, Qt.Key.Key_Left)
    press(qtbot, Qt.Key.Key_Left)
    assert stories.index == 0
    # to the search page through the bar: Tab reaches its current button (one stop for the
    # whole bar, as for a group of radio buttons), the arrows move along it, Enter opens
    tab_to(qtbot, lambda w: w is kiosk.nav_buttons["stories"])
    for _ in range(len(kiosk.nav_buttons)):
        if focused() is kiosk.nav_buttons["search"]:
            break
        press(qtbot, Qt.Key.Key_Right)
    search_button = focused()
    assert search_button is kiosk.nav_buttons["search"]
    assert ring_shows(search_button)
    press(qtbot, Qt.Key.Key_Return)
    assert kiosk.current_page == "search"
    search = kiosk.search_page
    assert search is not None
    edit = tab_to(qtbot, lambda w: w is search.edit)
    assert ring_shows(edit)
    chip = tab_to(qtbot, lambda w: isinstance(w, ChipButton) and w in search.chips)
    assert ring_shows(chip)
    press(qtbot, Qt.Key.Key_Space)
    assert chip.isChecked()
    press(qtbot, Qt.Key.Key_Return)  # a second press takes the chip back
    assert not chip.isChecked()
    search.debounce.stop()
    kiosk.runner.wait_for_done(10_000)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: search.hits.count() >= 1, timeout=10_000)
    hits = tab_to(qtbot, lambda w: w is search.hits)
    assert ring_shows(hits)
    press(qtbot, Qt.Key.Key_Down)
    assert search.hits.currentRow() >= 0
    with qtbot.waitSignal(search.hit_opened, timeout=5000):
        press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: search.showing_story, timeout=10_000)
    assert focused() is search.back_button
    assert ring_shows(search.back_button)
    press(qtbot, Qt.Key.Key_Escape)
    assert not search.showing_story and focused() is search.hits
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: search.showing_story, timeout=10_000)
    press(qtbot, Qt.Key.Key_Return)  # Enter on "Back to results"
    qtbot.waitUntil(lambda: not search.showing_story, timeout=5000)
    # every touch button of the explore screens can be reached by Tab (the page bar's other
    # buttons by the arrows from its current one, as above)
    bar = set(kiosk.nav_buttons.values())
    reachable = {w for w in kiosk.explore_area.findChildren(TouchButton) if w.isVisible()
                 and (w not in bar or w.isChecked())}
    seen = set()
    for _ in range(200):
        press(qtbot, Qt.Key.Key_Tab)
        seen.add(focused())
    assert reachable <= seen, [w.text() for w in reachable - seen]


def test_countdown_and_pin_pad_by_keyboard(kiosk: KioskWindow, qtbot: QtBot,
                                           clock: ManualClock) -> None:  # fmt: skip
    _active(kiosk, qtbot)
    press(qtbot, Qt.Key.Key_Enter)
    assert not kiosk.on_attract
    clock.advance(61)
    kiosk.idle.check()
    assert kiosk.countdown.isVisible()
    assert focused() is kiosk.countdown.stay_button
    assert ring_shows(kiosk.countdown.stay_button)
    press(qtbot, Qt.Key.Key_Return)  # "I'm still here"
    assert not kiosk.countdown.isVisible()
    clock.advance(61)
    kiosk.idle.check()
    assert kiosk.countdown.isVisible()
    press(qtbot, Qt.Key.Key_Escape)
    assert not kiosk.countdown.isVisible()
    # the PIN pad takes typed digits, Backspace, Enter and Escape
    kiosk.open_admin()
    pad = kiosk.pinpad
    assert pad.isVisible() and pad.hasFocus()
    for key in (Qt.Key.Key_1, Qt.Key.Key_Backspace, Qt.Key.Key_9):
        press(qtbot, key)
    assert pad.pin == "9"
    press(qtbot, Qt.Key.Key_Escape)
    assert not pad.isVisible() and not kiosk.unlocked
    kiosk.open_admin()
    key = tab_to(qtbot, lambda w: w is pad.keys["5"])
    assert ring_shows(key)
    pad.setFocus()
    with qtbot.waitSignal(kiosk.admin_unlocked, timeout=5000):
        qtbot.keyClicks(focused(), PIN)
        press(qtbot, Qt.Key.Key_Return)
    assert kiosk.unlocked


def test_focus_rings_rendered(kiosk: KioskWindow, qtbot: QtBot) -> None:
    """Pictures of the focus on each kiosk screen (looked at; the rings are tested above)."""
    import os
    from pathlib import Path

    shots = Path(os.environ.get("EXPLORER_A11Y_SHOTS", "/tmp/a11y"))
    shots.mkdir(parents=True, exist_ok=True)
    _active(kiosk, qtbot)
    kiosk.grab().save(str(shots / "kiosk-attract-focus.png"))
    press(qtbot, Qt.Key.Key_Return)
    stories = kiosk.stories_page
    assert stories is not None
    tab_to(qtbot, lambda w: w is stories.next_button)
    kiosk.grab().save(str(shots / "kiosk-stories-focus.png"))
    kiosk.show_page("search")
    search = kiosk.search_page
    assert search is not None
    tab_to(qtbot, lambda w: isinstance(w, ChipButton) and w in search.chips)
    kiosk.grab().save(str(shots / "kiosk-search-chip-focus.png"))
    kiosk.open_admin()
    tab_to(qtbot, lambda w: w is kiosk.pinpad.keys["5"])
    kiosk.grab().save(str(shots / "kiosk-pin-focus.png"))
    press(qtbot, Qt.Key.Key_Escape)
    assert not kiosk.pinpad.isVisible()


def test_lockdown_turns_escape_into_back(kiosk: KioskWindow, qtbot: QtBot,
                                         clock: ManualClock) -> None:  # fmt: skip
    """Escape stays swallowed (nothing outside the kiosk sees it) and asks the kiosk to go
    back, as launch wires it: here it closes the PIN pad."""
    from explorer.kiosk.lockdown import LockdownFilter

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    lockdown = LockdownFilter(clock)
    lockdown.back_requested.connect(kiosk.go_back)
    app.installEventFilter(lockdown)
    try:
        _active(kiosk, qtbot)
        kiosk.open_admin()
        with qtbot.waitSignals([lockdown.back_requested, lockdown.escape_blocked],
                               timeout=2000):
            press(qtbot, Qt.Key.Key_Escape)
        assert not kiosk.pinpad.isVisible()
    finally:
        app.removeEventFilter(lockdown)
