"""The kiosk window: attract screen, the allowed pages, the idle countdown and the PIN pad."""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from explorer.kiosk import data
from explorer.kiosk.attract import AttractScreen
from explorer.kiosk.clock import Clock
from explorer.kiosk.config import KioskConfig
from explorer.kiosk.idle import IdleWatcher
from explorer.kiosk.language import LanguageSwitcher
from explorer.kiosk.lockdown import CORNER_PX, is_admin_key
from explorer.kiosk.overlays import CountdownOverlay, PinPad
from explorer.kiosk.pin import verify_pin
from explorer.kiosk.search_page import SearchPage
from explorer.kiosk.stories_page import StoriesPage
from explorer.kiosk.widgets import ChipButton, TouchButton
from explorer.store.database import Database
from explorer.ui.pages import PageSpec, default_pages
from explorer.ui.pages.base import PageContext
from explorer.ui.runner import JobError, Runner
from explorer.ui.settings import Settings
from explorer.ui.widgets.workspace_read_only import keep_workspace_read_only

log = logging.getLogger(__name__)
OWN_PAGES = ("stories", "search")
NEVER_SHOWN = ("workspace",)  # a user's own notes and collections: a kiosk keeps none
MAX_PIN_FAILURES = 3
PIN_LOCKOUT_S = 60.0


def available_pages() -> tuple[str, ...]:
    """Every page a kiosk may show: its own and the main window's registry."""
    return OWN_PAGES + tuple(spec.key for spec in default_pages()
                             if spec.key not in OWN_PAGES + NEVER_SHOWN)


class ReadOnlySettings(Settings):
    """Settings that read defaults and never write: the kiosk leaves no trace on disk."""

    def __init__(self) -> None:
        super().__init__(QSettings(os.devnull, QSettings.Format.IniFormat))

    def set(self, setting: object, value: object) -> None:
        """Ignored on purpose."""

    def sync(self) -> None:
        """Nothing to write."""


class KioskWindow(QWidget):
    """Frameless, on top, the size of the primary screen; leaves only with the admin PIN.

    Signals:
        page_shown(key: str): an allowed page became current ("" for the attract screen).
        kiosk_reset(): the idle countdown ran out and everything went back to the start.
        admin_unlocked(): the admin PIN was accepted; the window may now close.
    """

    page_shown = Signal(str)
    kiosk_reset = Signal()
    admin_unlocked = Signal()

    def __init__(
        self,
        config: KioskConfig,
        db_path: Path,
        runner: Runner,
        clock: Clock,
        languages: Sequence[str],
        switcher: LanguageSwitcher,
    ) -> None:
        super().__init__(
            None, Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        )
        self.setObjectName("kioskWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.config, self.db_path, self.runner, self.clock = config, db_path, runner, clock
        self.switcher = switcher
        self.unlocked = False
        self.language = config.default_language
        self.pin_failures: list[float] = []
        self.specs: dict[str, PageSpec] = {s.key: s for s in default_pages()}
        self.page_context = PageContext(Database.open(db_path, readonly=True), runner,
                                       ReadOnlySettings())  # fmt: skip
        self.stack = QStackedWidget(self)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.stack)
        self.attract = AttractScreen(languages, self.stack)
        self.stack.addWidget(self.attract)
        self.explore_area = QWidget(self.stack)
        self.stack.addWidget(self.explore_area)
        self._build_explore(config.pages_allowed)
        self.countdown = CountdownOverlay(self)
        self.pinpad = PinPad(self)
        self.idle = IdleWatcher(clock, config.idle_seconds, config.countdown_seconds, self)
        self.idle.countdown_started.connect(self._on_countdown)
        self.idle.countdown_ticked.connect(self.countdown.set_seconds)
        self.idle.countdown_cancelled.connect(self.countdown.hide)
        self.countdown.stay_button.clicked.connect(self.note_activity)  # also by Enter
        self.idle.idle_timed_out.connect(self.reset)
        self.attract.explore_requested.connect(self.explore)
        self.attract.language_chosen.connect(self.set_language)
        self.pinpad.pin_entered.connect(self._on_pin)
        self.retranslate()

    # -- building ---------------------------------------------------------------------------

    def _build_explore(self, allowed: Sequence[str]) -> None:
        box = QVBoxLayout(self.explore_area)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        bar = QWidget(self.explore_area)
        bar.setObjectName("topBar")
        bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(bar)
        row.setContentsMargins(CORNER_PX, 12, 24, 12)  # the corner stays free for the admin
        self.nav_group = QButtonGroup(self)
        self.nav_buttons: dict[str, ChipButton] = {}
        for key in allowed:
            button = ChipButton("", key, bar)
            button.setObjectName("navButton")
            self.nav_group.addButton(button)
            self.nav_buttons[key] = button
            button.clicked.connect(lambda _=False, k=key: self.show_page(k))
            row.addWidget(button)
        row.addStretch(1)
        self.restart_button = TouchButton(parent=bar, role="navButton")
        self.restart_button.clicked.connect(self.reset)
        row.addWidget(self.restart_button)
        box.addWidget(bar)
        self.page_stack = QStackedWidget(self.explore_area)
        box.addWidget(self.page_stack, 1)
        self.pages: dict[str, QWidget] = {}
        self.stories_page: StoriesPage | None = None
        self.search_page: SearchPage | None = None
        if "stories" in allowed:
            self.stories_page = StoriesPage(self.page_stack)
            self._add_page("stories", self.stories_page)
        if "search" in allowed:
            self.search_page = SearchPage(self.page_stack)
            self.search_page.query_changed.connect(self._search)
            self.search_page.hit_opened.connect(self._open_hit)
            self._add_page("search", self.search_page)

    def _add_page(self, key: str, page: QWidget) -> None:
        self.pages[key] = page
        self.page_stack.addWidget(page)

    def _hosted_page(self, key: str) -> QWidget:
        page = self.pages.get(key)
        if page is None:
            built = self.specs[key].factory(self.page_context)
            keep_workspace_read_only(built)  # notes and stars: the kiosk writes nothing
            self._add_page(key, built)
            built.activate()
            page = built
        return page

    # -- navigation -------------------------------------------------------------------------

    @property
    def on_attract(self) -> bool:
        """Whether the attract screen is showing."""
        return self.stack.currentWidget() is self.attract

    @property
    def current_page(self) -> str:
        """The key of the page showing, or "" on the attract screen."""
        if self.on_attract:
            return ""
        current = self.page_stack.currentWidget()
        return next((k for k, p in self.pages.items() if p is current), "")

    def fit_to_screen(self) -> None:
        """Cover the primary screen exactly (no ``showFullScreen``: no window manager needed)."""
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            self.setGeometry(screen.geometry())

    def start(self) -> None:
        """Load the data and show the attract screen."""
        self.switcher.apply(self.language)
        self.attract.set_language(self.language)
        self.reload_data()
        self.show_attract()
        self.idle.start()

    def show_attract(self) -> None:
        """The attract screen, with the idle watcher asleep."""
        self.countdown.hide()
        self.pinpad.hide()
        self.idle.sleep()
        self.stack.setCurrentWidget(self.attract)
        self.attract.setFocus(Qt.FocusReason.OtherFocusReason)  # Enter explores
        self.page_shown.emit("")

    def explore(self) -> None:
        """Leave the attract screen for the start page."""
        self.stack.setCurrentWidget(self.explore_area)
        self.idle.wake()
        self.show_page(self.config.start_page)

    def show_page(self, key: str) -> None:
        """Show an allowed page; anything else is refused."""
        if key not in self.config.pages_allowed:
            log.warning("kiosk: page %r is not allowed", key)
            return
        page = self.pages[key] if key in self.pages else self._hosted_page(key)
        self.page_stack.setCurrentWidget(page)
        self.nav_buttons[key].setChecked(True)
        focused = QApplication.focusWidget()
        if focused is None or focused is self.attract or not focused.isVisible():
            self.nav_buttons[key].setFocus(Qt.FocusReason.OtherFocusReason)
        self.page_shown.emit(key)

    def go_back(self) -> None:
        """Escape: close the PIN pad, answer the countdown, or leave an open search hit."""
        if self.pinpad.isVisible():
            self.pinpad.cancel()
        elif self.countdown.isVisible():
            self.countdown.hide()
            self.note_activity()
        elif self.search_page is not None and self.search_page.isVisible() \
                and self.search_page.showing_story:
            self.search_page.back_to_results()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.go_back()
            return
        if is_admin_key(event.key(), event.modifiers()):  # the corner gesture's keyboard route
            self.open_admin()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        """While the PIN pad or the countdown is open, Tab stays inside it."""
        for overlay in (self.pinpad, self.countdown):
            if overlay.isVisible():
                return overlay.focusNextPrevChild(next)
        return super().focusNextPrevChild(next)

    def reset(self) -> None:
        """Back to the start: attract screen, first language, empty search, first page."""
        if self.search_page is not None:
            self.search_page.reset()
        if self.stories_page is not None:
            self.stories_page.reset()
        if self.config.start_page in self.pages or self.config.start_page in self.specs:
            self.page_stack.setCurrentWidget(
                self.pages.get(self.config.start_page) or self._hosted_page(self.config.start_page)
            )
        self.set_language(self.config.default_language)
        self.show_attract()
        self.kiosk_reset.emit()

    # -- language -------------------------------------------------------------------------

    def set_language(self, code: str) -> None:
        """Switch the interface and the data's names to ``code``."""
        self.attract.set_language(code)
        if code == self.language and self.switcher.current == code:
            return
        self.language = code
        self.switcher.apply(code)
        # Hosted pages build their strings once; rebuild them in the new language.
        was = self.current_page
        for key in [k for k in self.pages if k not in OWN_PAGES]:
            page = self.pages.pop(key)
            self.page_stack.removeWidget(page)
            page.deleteLater()
        if was and was not in self.pages and not self.on_attract:
            self.show_page(was)
        self.reload_data()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every string in the current language."""
        titles = {"stories": self.tr("Stories"), "search": self.tr("Search")}
        for key, button in self.nav_buttons.items():
            button.setText(titles.get(key) or self.specs[key].display_title())
        self.restart_button.setText(self.tr("Start over"))

    # -- data -------------------------------------------------------------------------------

    def reload_data(self) -> None:
        """Fetch stories and chips in the current language."""
        lang = self.language
        self.runner.submit(
            "kiosk.stories", data.load_stories, self.db_path, lang, self.config.featured,
            on_done=self._on_stories, on_error=self._on_job_failed,
        )
        if self.search_page is not None:
            self.runner.submit("kiosk.chips", data.load_chips, self.db_path, lang,
                               on_done=self._on_chips, on_error=self._on_job_failed)
            self._search(self.search_page.query)

    def _search(self, query: object) -> None:
        assert isinstance(query, data.SearchQuery)
        self.runner.submit("kiosk.search", data.search, self.db_path, self.language, query,
                           on_done=self._on_hits, on_error=self._on_job_failed)

    def _open_hit(self, initiative_id: int) -> None:
        self.runner.submit("kiosk.case", data.load_case, self.db_path, self.language,
                           initiative_id, on_done=self._on_case, on_error=self._on_job_failed)

    def _on_stories(self, result: tuple[data.Story, ...]) -> None:
        self.attract.set_stories(result)
        if self.stories_page is not None:
            self.stories_page.set_stories(result)

    def _on_chips(self, result: tuple[data.Chip, ...]) -> None:
        if self.search_page is not None:
            self.search_page.set_chips(result)

    def _on_hits(self, result: tuple[data.Story, ...]) -> None:
        if self.search_page is not None:
            self.search_page.show_hits(result)

    def _on_case(self, result: data.Story) -> None:
        if self.search_page is not None:
            self.search_page.show_story(result)

    def _on_job_failed(self, error: JobError) -> None:
        log.error("kiosk: a job failed: %s", error.details)

    # -- idle and admin -------------------------------------------------------------------

    def _on_countdown(self, seconds: int) -> None:
        self.countdown.set_seconds(seconds)
        self.countdown.cover()

    def note_activity(self) -> None:
        """A touch, click or key reached the kiosk."""
        self.idle.note_activity()

    def open_admin(self) -> None:
        """Show the PIN pad (after the hidden corner gesture or Ctrl+Shift+F12)."""
        self.pinpad.open()

    def _on_pin(self, pin: str) -> None:
        now = self.clock.now()
        self.pin_failures = [t for t in self.pin_failures if now - t < PIN_LOCKOUT_S]
        if len(self.pin_failures) >= MAX_PIN_FAILURES:
            self.pinpad.show_message(self.tr("Too many attempts. Try again in a minute."))
            return
        if verify_pin(pin, self.config.pin):
            self.unlocked = True
            self.pinpad.hide()
            self.admin_unlocked.emit()
            return
        self.pin_failures.append(now)
        self.pinpad.show_message(self.tr("Wrong PIN."))

    def raise_to_front(self) -> None:
        """Another start asked for the kiosk: show it on top."""
        self.fit_to_screen()
        self.show()
        self.raise_()
        self.activateWindow()

    def resizeEvent(self, event: QResizeEvent) -> None:
        for overlay in (self.countdown, self.pinpad):
            if overlay.isVisible():
                overlay.setGeometry(self.rect())
        super().resizeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.unlocked:
            event.accept()
        else:
            log.info("kiosk: close refused (not unlocked)")
            event.ignore()
