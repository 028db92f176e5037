"""Back and Forward across pages, searches and opened records; the session kept for the next
start (issue 19).

A place is a page and what it shows: the Initiatives page's search and the record in its
detail, the Countries page's profile. Every new place the user reaches is pushed; Back and
Forward (Alt+Left/Alt+Right, the mouse's side buttons, the tool bar) go back to one. Pages
are reached by duck typing (``bar``, ``show_query``, ``show_country``...), as the window's
navigator does, so no page imports this module nor another page.

The session: the search and the country shown are stored as they change, and given back to
their page the first time it is built at the next start (the window restores the page).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QApplication, QStyle, QToolBar, QWidget

from explorer.ui.settings import SESSION_COUNTRY, SESSION_QUERY

if TYPE_CHECKING:
    from explorer.ui.main_window import MainWindow

LIMIT = 200  # places kept
SETTLE_MS = 4000  # a Back that never arrives (a record gone) stops waiting after this


@dataclass(frozen=True)
class Place:
    """A page and what it shows (query and record, or a country's ISO3)."""

    page: str
    query: str | None = None
    record: int | None = None
    country: str | None = None


def _tr(text: str) -> str:
    return QCoreApplication.translate("Menus", text)


class NavigationHistory(QObject):
    """The window's places, the Back/Forward actions and the session it restores."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("navigationHistory")
        self.window = window
        self.places: list[Place] = []
        self.index = -1
        self._arriving: Place | None = None  # the place Back/Forward is restoring
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.timeout.connect(self._settled)
        self._hooked: set[str] = set()
        self._session_given: set[str] = set()
        self.back_action = QAction(_tr("&Back"), window)
        self.back_action.setObjectName("historyBack")
        self.back_action.setShortcuts(_keys(QKeySequence.StandardKey.Back, "Alt+Left"))
        self.back_action.setToolTip(_tr("Back (Alt+Left)"))
        self.back_action.triggered.connect(self.back)
        self.forward_action = QAction(_tr("&Forward"), window)
        self.forward_action.setObjectName("historyForward")
        self.forward_action.setShortcuts(_keys(QKeySequence.StandardKey.Forward, "Alt+Right"))
        self.forward_action.setToolTip(_tr("Forward (Alt+Right)"))
        self.forward_action.triggered.connect(self.forward)
        for action in (self.back_action, self.forward_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(action)  # the keys work with the tool bar hidden too
        self.toolbar = QToolBar(_tr("Navigation"), window)
        self.toolbar.setObjectName("navigationToolBar")  # saveState/restoreState key
        self.toolbar.setMovable(False)
        style = window.style()
        self.back_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.forward_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.back_action)
        self.toolbar.addAction(self.forward_action)
        window.addToolBar(self.toolbar)
        window.page_shown.connect(self._on_page_shown)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # the mouse's side buttons, wherever the pointer is
        self._update_actions()

    # -- recording ---------------------------------------------------------------------
    def current(self) -> Place | None:
        """The place shown now (None before the first page)."""
        return self.places[self.index] if 0 <= self.index < len(self.places) else None

    def _on_page_shown(self, key: str) -> None:
        page = self.window.pages.get(key)
        if page is not None and key not in self._hooked:
            self._hooked.add(key)
            self._hook(key, page)
            self._give_session(key, page)
        self._record(self._place_of(key))

    def _hook(self, key: str, page: QWidget) -> None:
        bar = getattr(page, "bar", None)
        searched = getattr(bar, "search_requested", None)
        if searched is not None:
            searched.connect(lambda text, k=key: self._on_searched(k, str(text)))
        shown = getattr(page, "detail_shown", None)
        if shown is not None:
            shown.connect(lambda record, k=key: self._on_record(k, int(record)))
        profile = getattr(page, "profile_shown", None)
        if profile is not None:
            profile.connect(lambda iso3, k=key: self._on_country(k, str(iso3)))

    def _place_of(self, key: str) -> Place:
        page = self.window.pages.get(key)
        bar = getattr(page, "bar", None)
        if bar is not None and callable(getattr(bar, "text", None)):
            detail = getattr(getattr(page, "detail", None), "detail", None)
            record = getattr(detail, "id", None)
            return Place(key, query=str(bar.text()), record=record)
        if key == "countries":
            return Place(key, country=_shown_country(page))
        return Place(key)

    def _on_searched(self, key: str, text: str) -> None:
        if self._is_current_page(key):
            self.window.context.settings.set(SESSION_QUERY, text)
            self._record(Place(key, query=text))

    def _on_record(self, key: str, record: int) -> None:
        if self._is_current_page(key):
            now = self.current()
            query = now.query if now is not None and now.page == key else None
            self._record(Place(key, query=query, record=record))

    def _on_country(self, key: str, iso3: str) -> None:
        self.window.context.settings.set(SESSION_COUNTRY, iso3)
        if self._is_current_page(key):
            self._record(Place(key, country=iso3))

    def _is_current_page(self, key: str) -> bool:
        return self.window.pages.get(key) is self.window.stack.currentWidget()

    def _record(self, place: Place) -> None:
        if self._arriving is not None:
            if place == self._arriving or _within(place, self._arriving):
                if place == self._arriving:
                    self._arriving = None
                    self._settle.stop()
                return  # the echoes of a Back/Forward on its way are not new places
            self._arriving = None
        now = self.current()
        if now == place:
            return
        if now is not None and now.page == place.page and _refines(now, place):
            self.places[self.index] = place  # the same visit, now knowing more
        else:
            del self.places[self.index + 1 :]  # a new way forward
            self.places.append(place)
            if len(self.places) > LIMIT:
                del self.places[0]
            self.index = len(self.places) - 1
        self._update_actions()

    # -- moving ------------------------------------------------------------------------
    def back(self) -> None:
        """Go to the previous place, if any."""
        if self.index > 0:
            self._go(self.index - 1)

    def forward(self) -> None:
        """Go to the next place, if any."""
        if self.index + 1 < len(self.places):
            self._go(self.index + 1)

    def _go(self, index: int) -> None:
        self.index = index
        place = self.places[index]
        self._arriving = place
        self._settle.start(SETTLE_MS)
        self._update_actions()
        page = self.window.show_page(place.page)
        if place.query is not None and callable(show := getattr(page, "show_query", None)):
            bar = getattr(page, "bar", None)
            if place.record is not None and callable(one := getattr(page, "show_initiative", None)):
                one(place.record)
            if bar is None or bar.text() != place.query:
                show(place.query)
        if place.country is not None and callable(show := getattr(page, "show_country", None)):
            show(place.country)
        if self._arriving is not None and self._place_of(place.page) == place:
            self._arriving = None
            self._settle.stop()

    def retranslate(self) -> None:
        """The actions' and tool bar's words in the interface language now in use."""
        self.back_action.setText(_tr("&Back"))
        self.back_action.setToolTip(_tr("Back (Alt+Left)"))
        self.forward_action.setText(_tr("&Forward"))
        self.forward_action.setToolTip(_tr("Forward (Alt+Right)"))
        self.toolbar.setWindowTitle(_tr("Navigation"))

    def forget_pages(self) -> None:
        """The window dropped its pages (a language switch): hook the new ones when built."""
        self._hooked.clear()
        self._session_given.clear()  # a page built again gets its last search back

    def revisit(self, key: str) -> None:
        """Show the current place again on freshly built pages (``key``: the page shown)."""
        now = self.current()
        if now is not None and now.page == key:
            self._go(self.index)
        else:
            self.window.show_page(key)

    def _settled(self) -> None:
        self._arriving = None

    def _update_actions(self) -> None:
        self.back_action.setEnabled(self.index > 0)
        self.forward_action.setEnabled(self.index + 1 < len(self.places))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            button = event.button()
            if button in (Qt.MouseButton.BackButton, Qt.MouseButton.ForwardButton) and (
                isinstance(watched, QWidget) and watched.window() is self.window
            ):
                (self.back if button == Qt.MouseButton.BackButton else self.forward)()
                return True
        return False

    # -- session -----------------------------------------------------------------------
    def _give_session(self, key: str, page: QWidget) -> None:
        """The first time a page is built, give it what it showed when the app last closed."""
        if key in self._session_given:
            return
        self._session_given.add(key)
        settings = self.window.context.settings
        bar = getattr(page, "bar", None)
        query = settings.get(SESSION_QUERY)
        if query and bar is not None and not bar.text() and callable(
                show := getattr(page, "show_query", None)):  # fmt: skip
            show(query)
        iso3 = settings.get(SESSION_COUNTRY)
        if key == "countries" and iso3 and callable(show := getattr(page, "show_country", None)):
            QTimer.singleShot(0, page, lambda: _open_unless_busy(page, iso3))


def _open_unless_busy(page: QWidget, iso3: str) -> None:
    """Open the remembered country unless a link asked for another one meanwhile."""
    if getattr(page, "_pending_iso3", None) is None and _shown_country(page) is None:
        page.show_country(iso3)  # type: ignore[attr-defined]


def _shown_country(page: QWidget | None) -> str | None:
    view = getattr(page, "profile_view", None)
    stack = getattr(page, "stack", None)
    if view is None or stack is None or stack.currentWidget() is not view:
        return None
    profile = getattr(view, "profile", None)
    try:
        return str(profile.facts.header.country.iso3) if profile is not None else None
    except AttributeError:
        return None


def _refines(old: Place, new: Place) -> bool:
    """``new`` adds only what ``old`` did not know yet: a record to its search, a profile
    to the page just opened for it."""
    return old.query in (None, new.query) and old.record is None and old.country is None


def _within(place: Place, target: Place) -> bool:
    """A step on the way to ``target`` (its page first, then its search)."""
    return place.page == target.page


def _keys(standard: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    keys = [k for k in QKeySequence.keyBindings(standard) if not k.isEmpty()]
    wanted = QKeySequence(fallback)
    if all(k != wanted for k in keys):
        keys.insert(0, wanted)
    return keys
