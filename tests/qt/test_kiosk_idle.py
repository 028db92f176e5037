"""Kiosk idle cycle with an injected clock, language reset, and screenshots at 1920x1080."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from explorer.kiosk.clock import ManualClock
from explorer.kiosk.idle_policy import IdlePhase
from explorer.kiosk.window import KioskWindow
from tests.qt import test_kiosk_support as support

# The shared fixtures, by name.
kiosk, kiosk_db, clock = support.kiosk, support.kiosk_db, support.clock

SHOTS = "build/screenshots"


def _explore(kiosk: KioskWindow) -> None:
    QTest.mouseClick(kiosk.attract, Qt.MouseButton.LeftButton, pos=QPoint(900, 600))
    assert kiosk.current_page == "stories"


def test_touch_leaves_attract_for_start_page(kiosk: KioskWindow) -> None:
    assert kiosk.on_attract and kiosk.idle.phase is IdlePhase.DORMANT
    _explore(kiosk)
    assert kiosk.idle.phase is IdlePhase.ACTIVE


def test_countdown_appears_after_idle_seconds(kiosk: KioskWindow, clock: ManualClock) -> None:
    _explore(kiosk)
    clock.advance(59)
    kiosk.idle.check()
    assert not kiosk.countdown.isVisible()
    clock.advance(1)
    kiosk.idle.check()
    assert kiosk.countdown.isVisible() and kiosk.countdown.seconds == 10
    clock.advance(3.5)
    kiosk.idle.check()
    assert kiosk.countdown.seconds == 7


def test_touch_cancels_countdown(kiosk: KioskWindow, clock: ManualClock) -> None:
    _explore(kiosk)
    clock.advance(65)
    kiosk.idle.check()
    assert kiosk.countdown.isVisible()
    kiosk.note_activity()
    assert not kiosk.countdown.isVisible()
    clock.advance(30)
    kiosk.idle.check()
    assert kiosk.current_page == "stories" and not kiosk.countdown.isVisible()


def test_zero_resets_search_page_and_language(
    qtbot, kiosk: KioskWindow, clock: ManualClock
) -> None:  # type: ignore[no-untyped-def]
    kiosk.set_language("zh")
    _explore(kiosk)
    kiosk.show_page("search")
    search = kiosk.search_page
    assert search is not None
    qtbot.waitUntil(lambda: any(b.text() == "巴西" for b in search.chips))
    QTest.keyClicks(search.edit, "water")
    next(b for b in search.chips if b.text() == "巴西").click()
    assert search.query.countries == ("BRA",) and search.query.text == "water"
    clock.advance(60)
    kiosk.idle.check()
    clock.advance(10)
    kiosk.idle.check()
    assert kiosk.on_attract and not kiosk.countdown.isVisible()
    assert search.edit.text() == "" and search.query.empty
    assert not any(b.isChecked() for b in search.chips)
    assert kiosk.language == "en" and kiosk.switcher.current == "en"
    _explore(kiosk)  # and the start page again


def test_swipe_and_buttons_step_through_stories(qtbot, kiosk: KioskWindow) -> None:  # type: ignore[no-untyped-def]
    _explore(kiosk)
    page = kiosk.stories_page
    assert page is not None
    QTest.mousePress(page.card, Qt.MouseButton.LeftButton, pos=QPoint(800, 300))
    QTest.mouseMove(page.card, QPoint(500, 310))
    QTest.mouseRelease(page.card, Qt.MouseButton.LeftButton, pos=QPoint(400, 310))
    assert page.index == 1
    page.previous_button.click()
    assert page.index == 0
    assert min(page.next_button.width(), page.next_button.height()) >= 44


def test_screenshots(qtbot, kiosk: KioskWindow, clock: ManualClock) -> None:  # type: ignore[no-untyped-def]
    kiosk.grab().save(f"{SHOTS}/kiosk-attract.png")
    kiosk.set_language("ar")
    qtbot.waitUntil(lambda: "البرازيل" in kiosk.attract.view.flow.text())
    kiosk.grab().save(f"{SHOTS}/kiosk-attract-ar.png")
    _explore(kiosk)
    assert kiosk.stories_page is not None
    kiosk.stories_page.show_index(3)  # the long title
    kiosk.grab().save(f"{SHOTS}/kiosk-story-ar.png")
    kiosk.set_language("zh")
    kiosk.show_page("search")
    def chinese_hits() -> bool:
        page = kiosk.search_page
        if page is None or page.hits.count() == 0:
            return False
        return any("\u4e00" <= ch <= "\u9fff" for ch in page.hits.item(0).text())

    qtbot.waitUntil(chinese_hits)  # the results in the new language, not the old ones
    kiosk.grab().save(f"{SHOTS}/kiosk-search-zh.png")
    kiosk.set_language("en")
    kiosk.show_page("stories")
    kiosk.stories_page.show_index(1)
    clock.advance(62)
    kiosk.idle.check()
    kiosk.grab().save(f"{SHOTS}/kiosk-countdown.png")
    assert kiosk.countdown.isVisible()
