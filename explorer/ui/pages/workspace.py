"""Workspace: the user's own notes, bookmarks, collections and tags in one place.

Everything is read and changed through ``explorer.jobs.workspace_page`` on the runner; the
page reloads whenever it is shown (notes are written on other pages) and after each change.
Changes run one at a time, in the order asked. A target that a data update removed is listed
with its title snapshot, marked "no longer in the data"; what the user wrote stays.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from explorer.jobs import workspace_page as jobs
from explorer.jobs.workspace_page import (
    BookmarkEntry,
    Item,
    NoteEntry,
    SearchEntry,
    WorkspaceView,
)
from explorer.paths import default_user_db
from explorer.store.workspace_exchange import ImportSummary
from explorer.ui.i18n import collator
from explorer.ui.pages.base import Page, PageContext
from explorer.ui.pages.workspace_collections import CollectionsPanel, fit_columns, table
from explorer.ui.pages.workspace_models import (
    PayloadRole,
    WorkspaceFilterProxy,
    WorkspaceTableModel,
    format_when,
    tr,
)
from explorer.ui.pages.workspace_rows import (
    bookmark_row,
    first_line,
    item_title,
    note_row,
    search_row,
    tag_row,
)
from explorer.ui.widgets.cards import MessageCard, text_label

if TYPE_CHECKING:
    from explorer.ui.runner import JobError

NOTES, BOOKMARKS, COLLECTIONS, TAGS, SEARCHES = range(5)


class WorkspacePage(Page):
    """Notes, bookmarks, collections and tags, searchable, each item opening where it lives.

    Signals:
        item_opened(key: str): an item's target was opened through the navigator.
        edit_failed(message: str): a change was refused (the reason is shown too).
    """

    item_opened = Signal(str)
    edit_failed = Signal(str)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.user_db_path = default_user_db()
        self.view = WorkspaceView()
        self._edits: list[tuple[Callable[..., object], tuple[object, ...]]] = []
        self._editing = False
        self._serial = 0
        self._notice = ""  # a message the status line keeps until the next change or search
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 28, 36, 24)
        layout.setSpacing(10)
        layout.addWidget(text_label(tr("Workspace"), "pageTitle", self))
        layout.addWidget(text_label(tr(
            "Your notes, stars and collections. They are yours alone, kept apart from the "
            "data, and stay attached through every data update."), "subtitle", self))
        self.bar = QWidget(self)
        bar = QHBoxLayout(self.bar)
        bar.setContentsMargins(0, 0, 0, 0)
        self.search_edit = QLineEdit(self)
        self.search_edit.setAccessibleName(tr("Search your workspace"))
        self.search_edit.setPlaceholderText(tr("Search note text and titles…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_search)
        bar.addWidget(self.search_edit, 1)
        self.tag_combo = QComboBox(self)
        self.tag_combo.setAccessibleName(tr("Show only this tag"))
        self.tag_combo.currentIndexChanged.connect(self._on_tag)
        bar.addWidget(self.tag_combo)
        layout.addWidget(self.bar)
        self.status_label = text_label("", "muted", self)
        layout.addWidget(self.status_label)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)
        self.empty_card = MessageCard(
            tr("Your workspace is empty"),
            tr("Star an initiative or a country (Ctrl+D) or write a note on it, and it appears "
               "here. Collections gather initiatives, countries and notes for a mission."),
            self.stack,
        )
        self.empty_new = QPushButton(tr("&New Collection…"), self.empty_card)
        self.empty_new.setAccessibleName(tr("New Collection"))
        self.empty_new.clicked.connect(self._ask_new_collection)
        self.empty_card.body.addWidget(self.empty_new, 0, Qt.AlignmentFlag.AlignLeft)
        self.empty_card.body.addStretch(1)
        self.stack.addWidget(self.empty_card)
        self.tabs = QTabWidget(self.stack)
        self.tabs.setAccessibleName(tr("Workspace lists"))
        self.stack.addWidget(self.tabs)
        self._build_tabs()
        self.help_label = text_label(tr(
            "Double-click an item (or press Enter) to open it where it lives; right-click it "
            "to add it to a collection or to tag it."), "muted", self)
        layout.addWidget(self.help_label)

    def _build_tabs(self) -> None:
        self.notes = WorkspaceTableModel(("Note on", "Note", "Tags", "Updated"), self)
        self.bookmarks = WorkspaceTableModel(("Bookmark", "Kind", "Tags", "Starred"), self)
        self.tags = WorkspaceTableModel(("Tag", "Used"), self)
        self.searches = WorkspaceTableModel(("Saved search", "Search for", "Saved"), self)
        self.searches_proxy = WorkspaceFilterProxy(self)
        self.searches_proxy.setSourceModel(self.searches)
        self.notes_proxy, self.bookmarks_proxy, self.tags_proxy = (
            WorkspaceFilterProxy(self), WorkspaceFilterProxy(self), WorkspaceFilterProxy(self))
        self.notes_proxy.setSourceModel(self.notes)
        self.bookmarks_proxy.setSourceModel(self.bookmarks)
        self.tags_proxy.setSourceModel(self.tags)
        notes_tab = QSplitter(Qt.Orientation.Vertical, self.tabs)
        self.notes_view = self._sorted_table(tr("Notes"), self.notes_proxy, notes_tab, 3, 1)
        self.preview = QTextEdit(notes_tab)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(tr("The selected note"))
        self.notes_view.selectionModel().currentRowChanged.connect(self._show_note)
        notes_tab.setStretchFactor(0, 3)
        notes_tab.setStretchFactor(1, 2)
        self.bookmarks_view = self._sorted_table(tr("Bookmarks"), self.bookmarks_proxy,
                                                 self.tabs, 3)
        self.collections_panel = CollectionsPanel(self.tabs)
        self.collections_panel.edit_requested.connect(lambda fn, args: self.run_edit(fn, *args))
        self.collections_panel.open_requested.connect(lambda item: self.open_item(item, ""))
        self.collections_panel.import_requested.connect(self.ask_import)
        self.collections_panel.export_requested.connect(self.export_collection)
        self.collections_panel.item_view.customContextMenuRequested.connect(
            lambda pos: self._menu(self.collections_panel.item_view, pos))
        self.tags_view = self._sorted_table(tr("Tags"), self.tags_proxy, self.tabs, 0)
        self.tags_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        for view in (self.notes_view, self.bookmarks_view):
            view.customContextMenuRequested.connect(partial(self._menu, view))
        self.notes_view.activated.connect(self._open_index)
        self.bookmarks_view.activated.connect(self._open_index)
        self.tags_view.activated.connect(self._choose_tag)
        self.searches_view = self._sorted_table(tr("Saved searches"), self.searches_proxy,
                                                self.tabs, 2, 1)
        self.searches_view.activated.connect(self._open_index)
        self.searches_view.customContextMenuRequested.connect(
            partial(self._menu, self.searches_view))
        for widget in (notes_tab, self.bookmarks_view, self.collections_panel, self.tags_view,
                       self.searches_view):
            self.tabs.addTab(widget, "")
        self._name_tabs()

    def _sorted_table(self, name: str, model: WorkspaceFilterProxy, parent: QWidget,
                      column: int, stretch: int = 0) -> QTableView:
        view = table(name, parent)
        view.setModel(model)
        view.setSortingEnabled(True)
        view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        fit_columns(view, stretch)
        return view

    def _name_tabs(self) -> None:
        v = self.view
        counts = (len(v.notes), len(v.bookmarks), len(v.collections), len(v.tags),
                  len(v.searches))
        names = (tr("Notes (%1)"), tr("Bookmarks (%1)"), tr("Collections (%1)"), tr("Tags (%1)"),
                 tr("Searches (%1)"))
        for i, (name, n) in enumerate(zip(names, counts, strict=True)):
            self.tabs.setTabText(i, name.replace("%1", self.locale().toString(n)))

    # --- loading ---------------------------------------------------------------------
    def activate(self) -> None:
        """Load on first show, and again each time: notes are written on other pages."""
        if self._activated and not self._editing:
            self.reload()
        else:
            super().activate()

    def submit_load(self) -> None:
        self.load(jobs.load_workspace, self.context.database, self.user_db_path)

    def show_loading(self) -> None:
        if not self.has_data:
            self.status_label.setText(tr("Loading…"))

    def show_result(self, result: object) -> None:
        assert isinstance(result, WorkspaceView)
        self.view = result
        self.notes.set_rows([note_row(n) for n in result.notes])
        self.bookmarks.set_rows([bookmark_row(b) for b in result.bookmarks])
        self.tags.set_rows([tag_row(t, n) for t, n in result.tags])
        self.searches.set_rows([search_row(q) for q in result.searches])
        self.collections_panel.set_collections(result.collections)
        self._fill_tag_combo()
        self._name_tabs()
        self.stack.setCurrentWidget(self.empty_card if result.is_empty else self.tabs)
        self.bar.setVisible(not result.is_empty)
        self.help_label.setVisible(not result.is_empty)
        self.empty_new.setEnabled(not result.problem)
        if result.problem:  # nothing is shown as empty that is only unreadable
            self.empty_card.title_label.setText(tr("Your workspace could not be read"))
            self._update_status(tr("Your workspace could not be read: %1").replace(
                "%1", result.problem))
        self._update_status()
        if self.notes_proxy.rowCount() and not self.notes_view.currentIndex().isValid():
            self.notes_view.selectRow(0)
        self._show_note(self.notes_view.currentIndex(), QModelIndex())

    def show_error(self, error: JobError) -> None:
        detail = error.message if error.environment else tr("This is a bug; details are in "
                                                             "the log.")  # fmt: skip
        self.status_label.setText(tr("Your workspace could not be read: %1").replace("%1",
                                                                                     detail))

    def _fill_tag_combo(self) -> None:
        wanted = self.tag_combo.currentData() or ""
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem(tr("All tags"), "")
        for tag, _n in self.view.tags:
            self.tag_combo.addItem(tag, tag)
        found = self.tag_combo.findData(wanted)
        self.tag_combo.setCurrentIndex(max(0, found))
        self.tag_combo.blockSignals(False)
        self._on_tag()

    def _update_status(self, message: str = "") -> None:
        self._notice = message or self._notice
        if self._notice:
            self.status_label.setText(self._notice)
            return
        v = self.view
        shown = self.notes_proxy.rowCount() + self.bookmarks_proxy.rowCount()
        if (self.search_edit.text().strip() or self.tag_combo.currentData()) and not shown:
            self.status_label.setText(tr("Nothing in your notes or bookmarks matches."))
        elif v.is_empty:
            self.status_label.setText("")
        else:
            gone = sum(1 for n in v.notes if n.item is not None and not n.item.present)
            gone += sum(1 for b in v.bookmarks if not b.item.present)
            text = tr("%1 note(s), %2 bookmark(s), %3 collection(s)")
            loc = self.locale()
            text = (text.replace("%1", loc.toString(len(v.notes)))
                    .replace("%2", loc.toString(len(v.bookmarks)))
                    .replace("%3", loc.toString(len(v.collections))))  # fmt: skip
            if gone:
                text += " · " + tr("%1 no longer in the data (kept)").replace(
                    "%1", loc.toString(gone))
            self.status_label.setText(text)

    # --- search and tags -------------------------------------------------------------
    def _on_search(self, text: str) -> None:
        self._notice = ""
        for proxy in (self.notes_proxy, self.bookmarks_proxy, self.collections_panel.proxy,
                      self.searches_proxy):
            proxy.set_filter_text(text)
        self._update_status()

    def _on_tag(self, _index: int = 0) -> None:
        tag = str(self.tag_combo.currentData() or "")
        self.notes_proxy.set_tag(tag)
        self.bookmarks_proxy.set_tag(tag)
        self._update_status()

    def _choose_tag(self, index: QModelIndex) -> None:
        tag = index.data(PayloadRole)
        found = self.tag_combo.findData(tag)
        if found >= 0:
            self.tag_combo.setCurrentIndex(found)
            self.tabs.setCurrentIndex(NOTES)

    def _show_note(self, index: QModelIndex, _previous: QModelIndex) -> None:
        n = index.data(PayloadRole)
        if not isinstance(n, NoteEntry):
            self.preview.setPlainText("")
            return
        head = tr("%1 · written %2 · changed %3").replace("%1", item_title(n.item)).replace(
            "%2", format_when(n.created_at)).replace("%3", format_when(n.updated_at))
        self.preview.setPlainText(f"{head}\n\n{n.text}")

    # --- opening ---------------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        entry = index.data(PayloadRole)
        if isinstance(entry, NoteEntry):
            self.open_item(entry.item, "has:note")
        elif isinstance(entry, BookmarkEntry):
            self.open_item(entry.item, "has:bookmark")
        elif isinstance(entry, SearchEntry):
            self.context.navigator.open_initiatives(entry.query)
            self.item_opened.emit(entry.query)

    def open_item(self, item: Item | None, query: str) -> None:
        """Open ``item`` where it lives: an initiative in the Initiatives page (with
        ``query``), a country's profile, a chart's page; a removed one says so."""
        nav = self.context.navigator
        if item is None:
            return
        if not item.present:
            self._update_status(tr("“%1” is no longer in the data; what you wrote about it "
                                   "is kept.").replace("%1", item.title))  # fmt: skip
            return
        if item.kind == "initiative" and item.initiative_id is not None:
            nav.open_initiatives(query, [item.initiative_id])
        elif item.kind == "country":
            nav.open_country(item.key)
        elif item.kind == "chart":
            if not nav.show_chart(item.key):
                self._update_status(tr("No page shows this chart: %1").replace("%1", item.title))
                return
        elif item.kind == "note":
            self.show_note(item.key)
        else:
            return
        self.item_opened.emit(item.key)

    def show_note(self, key: str) -> bool:
        """Show the note whose key is ``key`` (``note:<uid>``) in the Notes tab."""
        self.search_edit.clear()
        self.tag_combo.setCurrentIndex(0)
        for r in range(self.notes_proxy.rowCount()):
            n = self.notes_proxy.index(r, 0).data(PayloadRole)
            if isinstance(n, NoteEntry) and n.key == key:
                self.tabs.setCurrentIndex(NOTES)
                self.notes_view.selectRow(r)
                return True
        return False

    # --- context menu and changes ----------------------------------------------------
    def _menu(self, view: QTableView, pos: QPoint) -> None:
        menu = self.item_menu(view, view.indexAt(pos))
        if menu is not None:
            menu.exec(view.viewport().mapToGlobal(pos))

    def item_menu(self, view: QTableView, index: QModelIndex) -> QMenu | None:
        """The context menu of the row at ``index`` (None off the rows)."""
        entry = index.data(PayloadRole)
        if isinstance(entry, SearchEntry):
            menu = QMenu(view)
            menu.setAccessibleName(tr("Saved search actions"))
            menu.addAction(tr("&Open")).triggered.connect(lambda: self._open_index(index))
            menu.addAction(tr("&Delete")).triggered.connect(
                lambda: self.run_edit(jobs.delete_search, entry.id))
            return menu
        item = entry.item if isinstance(entry, NoteEntry | BookmarkEntry) else entry
        if not isinstance(item, Item | None) or entry is None:
            return None
        # A free-standing note goes into a collection itself (by its uid).
        listed = (Item("note", entry.key, first_line(entry.text), True)
                  if isinstance(entry, NoteEntry) and entry.item is None else item)  # fmt: skip
        menu = QMenu(view)
        menu.setAccessibleName(tr("Workspace item actions"))
        query = ("has:note" if isinstance(entry, NoteEntry) else
                 "has:bookmark" if isinstance(entry, BookmarkEntry) else "")  # fmt: skip
        open_action = menu.addAction(tr("&Open"))
        open_action.setEnabled(item is not None and item.present)
        open_action.triggered.connect(partial(self.open_item, item, query))
        if listed is not None:
            add = menu.addMenu(tr("Add to &Collection"))
            names = sorted((c.name for c in self.view.collections),
                           key=functools.cmp_to_key(collator().compare))
            for name in names:
                act = add.addAction(name)
                act.triggered.connect(partial(self.add_to_collection, name, listed))
            add.addSeparator()
            new = add.addAction(tr("New Collection…"))
            new.triggered.connect(partial(self._new_collection_with, listed))
        if isinstance(entry, NoteEntry | BookmarkEntry):
            tag = menu.addAction(tr("Add &Tag…"))
            tag.triggered.connect(partial(self._ask_tag, entry))
            if entry.tags:
                untag = menu.addMenu(tr("&Remove Tag"))
                for t in entry.tags:
                    act = untag.addAction(t)
                    act.triggered.connect(partial(self.remove_tag, entry, t))
        if isinstance(entry, NoteEntry):
            menu.addSeparator()
            forget = menu.addAction(tr("&Delete Note…"))
            forget.triggered.connect(partial(self._ask_delete_note, entry))
        if isinstance(entry, BookmarkEntry):
            menu.addSeparator()
            unstar = menu.addAction(tr("Remove &Bookmark"))
            unstar.triggered.connect(
                lambda: self.run_edit(jobs.remove_bookmark, entry.item.key))
        if isinstance(entry, Item):
            menu.addSeparator()
            out = menu.addAction(tr("Re&move from Collection"))
            out.triggered.connect(self.collections_panel.remove_current)
        return menu

    def _ask_new_collection(self) -> None:
        self.collections_panel.ask_new()

    def _ask_delete_note(self, entry: NoteEntry) -> None:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self, tr("Delete Note"),
            tr("Delete your note on “%1”? This cannot be undone.").replace(
                "%1", item_title(entry.item)))
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_note(entry)

    def delete_note(self, entry: NoteEntry) -> None:
        """Delete a note (asked first from the menu): e.g. one on a record the data lost."""
        self.run_edit(jobs.delete_note, entry.id)

    def add_to_collection(self, name: str, item: Item) -> None:
        """Append ``item`` (with its title snapshot) to collection ``name``."""
        self.run_edit(jobs.add_to_collection, name, [(item.key, item.title)])

    def _new_collection_with(self, item: Item) -> None:
        name, ok = QInputDialog.getText(self, tr("New Collection"), tr("Name:"))
        if ok and name.strip():
            self.collections_panel.create_collection(name)
            self.add_to_collection(name, item)

    def _ask_tag(self, entry: NoteEntry | BookmarkEntry) -> None:
        tag, ok = QInputDialog.getText(self, tr("Add Tag"), tr("Tag:"))
        if ok and tag.strip():
            self.add_tag(entry, tag)

    def add_tag(self, entry: NoteEntry | BookmarkEntry, tag: str) -> None:
        """Put ``tag`` on a note or a bookmark."""
        if isinstance(entry, NoteEntry):
            self.run_edit(partial(jobs.add_tag, note_id=entry.id), tag)
        else:
            self.run_edit(partial(jobs.add_tag, bookmark_key=entry.item.key), tag)

    def remove_tag(self, entry: NoteEntry | BookmarkEntry, tag: str) -> None:
        """Take ``tag`` off a note or a bookmark."""
        if isinstance(entry, NoteEntry):
            self.run_edit(partial(jobs.remove_tag, note_id=entry.id), tag)
        else:
            self.run_edit(partial(jobs.remove_tag, bookmark_key=entry.item.key), tag)

    def run_edit(self, fn: Callable[..., object], *args: object) -> None:
        """Run ``fn(user_db, *args)`` after the changes asked before it, then reload."""
        self._edits.append((fn, args))
        self._notice = ""
        self._next_edit()

    def _next_edit(self) -> None:
        if self._editing or not self._edits:
            return
        fn, args = self._edits.pop(0)
        self._editing = True
        self._serial += 1
        self.context.runner.submit(f"{self.job_key}.edit.{self._serial}", fn,
                                   self.user_db_path, *args, on_done=self._edit_done,
                                   on_error=self._edit_error)  # fmt: skip

    def ask_import(self) -> None:
        """Ask for a colleague's ``.eecollection`` file, then merge it."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self, tr("Import a Collection"), "",
            tr("Exchange Explorer collection (*.eecollection);;All files (*)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Merge ``path`` into the workspace (after the changes asked before), then reload."""
        self.run_edit(jobs.import_collection, path)

    def export_collection(self, name: str, out: Path | None = None) -> QObject | None:
        """Export collection ``name``: to ``out`` (its suffix names the format), or where a
        file dialog says; the outcome is shown on the status line."""
        from explorer.ui.collection_export_dialog import (
            CollectionExport,
            export_collection_dialog,
        )

        ctx = self.context
        if out is None:
            export = export_collection_dialog(ctx.runner, ctx.database, self.user_db_path,
                                              name, self)  # fmt: skip
        else:
            export = CollectionExport(ctx.runner, ctx.database, self.user_db_path, name, out,
                                      self)  # fmt: skip
            export.start()
        if export is not None:
            export.written.connect(lambda p: self._update_status(
                tr("Exported “%1” to %2").replace("%1", name).replace("%2", p)))
            export.failed.connect(self._update_status)
        return export

    def _imported(self, s: ImportSummary) -> None:
        loc = self.locale()
        text = tr("Imported %1 item(s), %2 note(s), %3 bookmark(s); %4 already there.")
        for i, n in enumerate((s.items_added, s.notes_added, s.bookmarks_added, s.skipped)):
            text = text.replace(f"%{i + 1}", loc.toString(n))
        if s.notes_kept_both:
            text += " " + tr("%1 note(s) differed from yours: both are kept.").replace(
                "%1", loc.toString(s.notes_kept_both))
        self._update_status(text)

    def _edit_done(self, message: object) -> None:
        self._editing = False
        if isinstance(message, ImportSummary):
            self._imported(message)
            message = ""
        if message:
            self._edits.clear()  # later steps assumed this one (add after create)
            self.edit_failed.emit(str(message))
        if self._edits:
            self._next_edit()
            return
        if message:
            self._update_status(tr("Not changed: %1").replace("%1", str(message)))
        self.reload()

    def _edit_error(self, error: JobError) -> None:
        self._edit_done(error.message if error.environment else
                        tr("this is a bug; details are in the log."))  # fmt: skip

