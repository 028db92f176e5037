"""The main window: a shell of navigation, menus and a status bar around the pages."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from explorer.ui.pages import PageSpec
from explorer.ui.pages.base import Page, PageContext
from explorer.ui.settings import LAST_PAGE, WINDOW_GEOMETRY, WINDOW_STATE

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    from explorer.store.database import Database
    from explorer.ui.widgets.status_info import DataVintageLabel
log = logging.getLogger(__name__)
KeyRole = 256  # Qt::UserRole, by value (see widgets/cards.PLAIN_TEXT)
TRIM_AFTER_MS = 3_000  # rest after a page switch before freed memory is handed back


class MainWindow(QMainWindow):
    """Navigation on the left, the current page on the right; pages are built on first use.

    Signals:
        page_shown(key: str): a page became the current one.
    """

    page_shown = Signal(str)

    def __init__(
        self, context: PageContext, pages: Sequence[PageSpec], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from explorer.ui.a11y.keyboard import install_keyboard_policy

        install_keyboard_policy()  # Tab leaves tables; see KeyboardPolicy
        self.context = context
        self.specs = {spec.key: spec for spec in pages}
        self.pages: dict[str, Page] = {}
        self.setWindowTitle(self.tr("Exchange Explorer"))
        self.setMinimumSize(760, 520)
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.nav = QListWidget(central)
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(self.tr("Pages"))
        for spec in pages:
            item = QListWidgetItem(spec.display_title(), self.nav)
            item.setData(KeyRole, spec.key)
        self.nav.currentItemChanged.connect(self._on_nav_changed)
        from explorer.ui.drag_switch import DragSwitch

        self._drag_switch = DragSwitch(self.nav, KeyRole, self.show_page)  # targets open Workspace
        self.stack = QStackedWidget(central)
        from explorer.ui.a11y.layout import fit_list_width

        fit_list_width(self.nav, 150)  # grows with View > Text Size instead of cutting titles
        row.addWidget(self.nav)
        from explorer.ui.widgets.connection_banner import ConnectionBanner

        right = QWidget(central)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.connection = ConnectionBanner(context.runner, lambda: self.context.database, right)
        self.connection.reconnected.connect(self._on_reconnected)
        column.addWidget(self.connection)  # shown only while the server cannot be reached
        from explorer.ui.data_watch import DataFileWatcher

        self.data_watch = DataFileWatcher(context.runner, lambda: self.context.database, self)
        self.data_watch.replaced.connect(self._on_data_replaced)  # another program swapped it
        self._trim = QTimer(self)  # freed heap goes back to the system once the window rests
        self._trim.setSingleShot(True)
        self._trim.setInterval(TRIM_AFTER_MS)
        self._trim.timeout.connect(self._release_memory)
        self.page_shown.connect(lambda _key: self._trim.start())
        column.addWidget(self.stack, 1)
        row.addWidget(right, 1)
        self.setCentralWidget(central)
        # Menus are built right after the first paint (or when first asked for): their
        # actions and key sequences are not needed to draw the first screen.
        self._page_actions: dict[str, QAction] | None = None
        self._vintage: DataVintageLabel | None = None  # made when the first page has loaded
        context.navigator.bind(self._show_for_navigator, self.open_country,
                               self.open_initiatives)  # fmt: skip
        context.navigator.bind_chart(self.open_chart)
        from explorer.ui.history import NavigationHistory

        self.history = NavigationHistory(self)  # Back/Forward and the last session (issue 19)
        from explorer.ui.find_action import add_find_action

        add_find_action(self)  # Ctrl+F: the page's search box
        self._restore()

    @property
    def page_actions(self) -> dict[str, QAction]:
        """The View menu's action of each page (builds the menus on first use)."""
        if self._page_actions is None:
            from explorer.ui.menus import build_menus

            self._page_actions = {}
            build_menus(self, self._page_actions)
            self._add_update_action()
            from explorer.ui.dialogs.import_dialog import add_import_action

            add_import_action(self)  # File > Import… (Ctrl+I)
            from explorer.ui.dialogs.install_package import add_install_action

            add_install_action(self)  # File > Install Data Package… (after Update Data)
        return self._page_actions

    def _add_update_action(self) -> None:
        """File > Update data from a folder…, before Quit (once per File menu: the menus
        are rebuilt when the language changes)."""
        from explorer.ui.dialogs.rebuild import add_update_action

        add_update_action(self, self.update_data_from_folder)

    def rebuild_menus(self) -> None:
        """Throw the menus away and build them again (their texts after a language change)."""
        from PySide6.QtWidgets import QMenu

        bar = self.menuBar()
        old_menus = [m for a in bar.actions() if isinstance(m := a.menu(), QMenu)]
        old_actions = [a for m in old_menus for a in _menu_actions(m)]
        bar.clear()
        for action in old_actions:
            self.removeAction(action)
            action.deleteLater()
        for menu in old_menus:
            menu.deleteLater()
        self._page_actions = None
        self.ensure_menus()

    def ensure_menus(self) -> None:
        """Build the menus and shortcuts if they are not built yet."""
        _ = self.page_actions

    def start(self, page: str | None = None) -> None:
        """Show ``page`` (else the remembered page, else the first); once it has shown its
        data, build the menus and load the status bar."""
        key = page if page in self.specs else self.context.settings.get(LAST_PAGE)
        self._load_status_after(
            self.show_page(key if key in self.specs else next(iter(self.specs)))
        )

    def _load_status_after(self, shown: Page) -> None:
        # Menus and status bar wait for the first page, so they never compete with its first
        # paint (building the menus alone costs the first screen about 15 ms).
        if shown.loaded:
            self._load_status()
        else:
            shown.data_shown.connect(self._load_status_once)
            shown.load_failed.connect(self._load_status_once)

    def _load_status_once(self) -> None:
        sender = self.sender()
        if isinstance(sender, Page):
            sender.data_shown.disconnect(self._load_status_once)
            sender.load_failed.disconnect(self._load_status_once)
        self._load_status()

    @property
    def vintage(self) -> DataVintageLabel:
        """The status bar's data vintage (made on first use)."""
        if self._vintage is None:
            from explorer.ui.widgets.status_info import DataVintageLabel

            self._vintage = DataVintageLabel(self.context.runner, self.context.database, self)
            self.statusBar().addPermanentWidget(self._vintage)
        return self._vintage

    def _load_status(self) -> None:
        self.ensure_menus()
        self.vintage.reload()

    def show_page(self, key: str) -> Page:
        """Make ``key`` the current page, building it the first time."""
        page = self.pages.get(key)
        if page is None:
            page = self.specs[key].factory(self.context)
            self.pages[key] = page
            self.stack.addWidget(page)
            self._link(key, page)
            page.load_failed.connect(lambda _m, p=page: self._on_page_failed(p))
        self.stack.setCurrentWidget(page)
        for i in range(self.nav.count()):
            item = self.nav.item(i)
            if item.data(KeyRole) == key and self.nav.currentItem() is not item:
                self.nav.setCurrentItem(item)
        page.activate()
        self.context.settings.set(LAST_PAGE, key)
        self.page_shown.emit(key)
        return page

    def _link(self, key: str, page: Page) -> None:
        """Let a page's links lead to other pages: a country opens its profile, a request
        for initiatives opens the initiatives page with that search."""
        country_selected = getattr(page, "country_selected", None)
        if country_selected is not None and key != "countries" and "countries" in self.specs:
            country_selected.connect(self.open_country)
        requested = getattr(page, "initiatives_requested", None)
        if requested is not None and "initiatives" in self.specs:
            requested.connect(lambda query, ids=(): self.open_initiatives(query, ids))

    def page_key(self, item: QListWidgetItem) -> str:
        """The page key a navigation item stands for."""
        return str(item.data(KeyRole))

    def _show_for_navigator(self, key: str) -> Page | None:
        return self.show_page(key) if key in self.specs else None

    def open_country(self, iso3: str) -> None:
        """Show the profile of ``iso3``."""
        page = self.show_page("countries")
        show_country = getattr(page, "show_country", None)
        if callable(show_country):
            show_country(iso3)

    def open_chart(self, key: str) -> bool:
        """Show the chart ``key`` names on its page with its saved parameters; whether a
        page of this window draws it."""
        from explorer.domain.keys import split_chart_key
        from explorer.ui.open_target import CHART_PAGES

        try:
            kind, params = split_chart_key(key)
        except ValueError:
            return False
        page_key = CHART_PAGES.get(kind, "")
        if page_key not in self.specs:
            return False
        page = self.show_page(page_key)
        show_chart = getattr(page, "show_chart", None)
        if not callable(show_chart):
            return False
        show_chart(kind, params)
        return True

    def open_initiatives(self, query: str, ids: Sequence[int] = ()) -> None:
        """Show the initiatives that ``query`` finds, and the one initiative in ``ids`` (when
        there is exactly one) in the detail pane."""
        page = self.show_page("initiatives")
        show_initiative = getattr(page, "show_initiative", None)
        if len(ids) == 1 and callable(show_initiative):
            show_initiative(int(ids[0]))  # first, so the new results keep it selected
        show_query = getattr(page, "show_query", None)
        if callable(show_query):
            show_query(query)

    def rebuild_pages(self) -> None:
        """Build the pages again and show the current place again: their strings are set
        when built, so a language switch reaches every page at once (issue 19). The page
        shown is hidden first, so a note being typed is saved as on any page change."""
        if self.context.runner.closed:  # shutting down: nothing would load them
            return
        current = next((k for k, p in self.pages.items() if p is self.stack.currentWidget()), None)
        shown = self.stack.currentWidget()
        if shown is not None:
            shown.hide()
        retired = list(self.pages.values())
        for page in retired:
            self.stack.removeWidget(page)
        self.pages.clear()
        # Deleted once their jobs (the note's save among them) have answered: a callback
        # must find its widget alive.
        self._delete_when_idle(retired)
        self.history.forget_pages()
        self.history.retranslate()
        if self._vintage is not None:
            self._vintage.reload()  # the status bar's line in the new language
        if current is not None:
            self.history.revisit(current)

    def _delete_when_idle(self, widgets: list[Page]) -> None:
        from PySide6.QtCore import QTimer

        if self.context.runner.closed or not self.context.runner.pending():
            for widget in widgets:
                widget.deleteLater()
        else:
            QTimer.singleShot(200, self, lambda: self._delete_when_idle(widgets))

    def update_data_from_folder(self) -> None:
        """Rebuild the data from a sources folder the user picks, then show the new data."""
        from explorer.ui.dialogs.rebuild import update_from_folder

        dialog = update_from_folder(self.context.settings, self)
        if dialog is not None:
            dialog.finished_ok.connect(lambda path: self.switch_database(Path(path)))

    def switch_database(self, target: Path | Database) -> None:
        """Show the data of ``target`` (a file or a handle) without a restart: the built pages
        are dropped, the old handle is disposed (its engine must never keep reading a file
        that was replaced), the current page is shown again over the new data and the status
        bar reloads."""
        from explorer.store.database import Database

        database = target if isinstance(target, Database) else Database.open(
            target, readonly=True)  # fmt: skip
        current = next((k for k, p in self.pages.items() if p is self.stack.currentWidget()), None)
        old = self.context.database
        self.context = replace(self.context, database=database)
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        if old is not database:
            old.dispose()  # jobs still running on it keep their own connection until done
        if self._vintage is not None:
            self.statusBar().removeWidget(self._vintage)
            self._vintage.deleteLater()
            self._vintage = None
        self.statusBar().clearMessage()
        self.connection.reset()
        self.data_watch.track()
        self._load_status_after(self.show_page(current or next(iter(self.specs))))

    def _release_memory(self) -> None:
        if self.context.runner.closed:
            return
        if self.context.runner.pending():  # still loading: wait for the next rest
            self._trim.start()
            return
        from explorer.jobs.memory import release_free_memory

        self.context.runner.submit("memory.trim", release_free_memory)

    def _on_data_replaced(self) -> None:
        """Another program replaced the data file: say so, and on the user's word show the
        new data as a whole (rows of two builds must never mix). Asked, not done at once:
        the pages (and whatever the user was typing or reading) are rebuilt."""
        from PySide6.QtWidgets import QMessageBox

        if self.context.database.path is None:
            return
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("The data was updated"),
                          self.tr("The data file was replaced by another program (a rebuild "
                                  "or an installed data package). Show the new data now? "
                                  "Until then the pages keep what they show."),
                          QMessageBox.StandardButton.NoButton, self)  # fmt: skip
        box.setObjectName("dataReplacedBox")
        box.setAccessibleName(self.tr("The data was updated"))
        show = box.addButton(self.tr("Show the New Data"), QMessageBox.ButtonRole.AcceptRole)
        show.setAccessibleName(self.tr("Show the new data"))
        later = box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        later.setAccessibleName(self.tr("Keep the data shown now"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        show.clicked.connect(self._show_replaced_data)
        later.clicked.connect(self.data_watch.track)  # the next replacement asks again
        box.open()

    def _show_replaced_data(self) -> None:
        path = self.context.database.path
        if path is None:
            return
        self.switch_database(path)
        self.statusBar().showMessage(self.tr(
            "The data file was replaced by another program (a rebuild or an installed data "
            "package): the pages now show the new data."), 20_000)  # fmt: skip

    def toggle_full_screen(self) -> None:
        """Switch between full screen and the previous window state."""
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def show_about(self) -> None:
        """Open the About dialog."""
        from explorer.ui.dialogs.about import show_about

        show_about(self.context.runner, self.context.database, self)

    def _on_nav_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            key = current.data(KeyRole)
            if self.pages.get(key) is not self.stack.currentWidget() or key not in self.pages:
                self.show_page(key)

    def _on_page_failed(self, page: Page) -> None:
        error = page.last_error
        if error is None:
            return
        if error.connection_lost:
            self.connection.connection_lost(error.message)
        elif error.environment:
            self.statusBar().showMessage(
                self.tr("Database problem: %1").replace("%1", error.message)
            )
        else:  # the runner has logged the traceback
            self.statusBar().showMessage(self.tr("Something went wrong; details are in the log."))

    def _on_reconnected(self) -> None:
        """The server answers again: reload every page that lost it, and the status bar."""
        for page in self.pages.values():
            if page.last_error is not None and page.last_error.connection_lost:
                page.reload()
        if self._vintage is not None:
            self._vintage.reload()

    def _restore(self) -> None:
        settings = self.context.settings
        geometry = settings.get(WINDOW_GEOMETRY)
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(1280, 800)
        self._fit_screen()
        state = settings.get(WINDOW_STATE)
        if state:
            self.restoreState(QByteArray(state))

    def _fit_screen(self) -> None:
        """Never larger than the screen's free area (a 1024 × 600 laptop, issue 19), and on
        it: a size remembered on a larger screen shrinks to fit."""
        screen = self.screen()
        if screen is None or self.isMaximized() or self.isFullScreen():
            return
        free = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()  # title bar and borders
        width = min(self.width(), free.width() - frame.width())
        height = min(self.height(), free.height() - frame.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))
        if not free.contains(self.frameGeometry().topLeft()):
            self.move(free.topLeft())

    def save_layout(self) -> None:
        """Remember geometry and state."""
        settings = self.context.settings
        settings.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        settings.set(WINDOW_STATE, bytes(self.saveState().data()))
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        super().closeEvent(event)


def _menu_actions(menu: QMenu) -> list[QAction]:
    """Every action of ``menu`` and of its submenus."""
    from PySide6.QtWidgets import QMenu

    found: list[QAction] = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            found.extend(_menu_actions(sub))
        found.append(action)
    return found
