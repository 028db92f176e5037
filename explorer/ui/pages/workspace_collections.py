"""The Collections tab of the Workspace page: the collections on the left, the chosen one's
items in order on the right, with buttons to create, rename, delete, reorder and remove.

It never touches the database: every change is asked of the page (``edit_requested``), which
runs it on the runner and reloads.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from explorer.jobs import workspace_page as jobs
from explorer.jobs.workspace_page import CollectionEntry, Item
from explorer.ui.pages.workspace_models import (
    PayloadRole,
    WorkspaceFilterProxy,
    WorkspaceTableModel,
    tr,
)
from explorer.ui.pages.workspace_rows import collection_row, item_row
from explorer.ui.target_mime import decode
from explorer.ui.widgets.cards import text_label


def table(name: str, parent: QWidget, view: QTableView | None = None) -> QTableView:
    """A read-only, one-row-at-a-time table with an accessible name (``view``, or a new
    QTableView)."""
    view = view if view is not None else QTableView(parent)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    return view


def fit_columns(view: QTableView, stretch: int, title_chars: int = 42) -> None:
    """The title (column 0) about ``title_chars`` wide, column ``stretch`` taking the rest,
    the others as wide as their contents (a date, a count)."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for col in range(view.model().columnCount()):
        mode = (QHeaderView.ResizeMode.Stretch if col == stretch else
                QHeaderView.ResizeMode.Interactive if col == 0 else
                QHeaderView.ResizeMode.ResizeToContents)  # fmt: skip
        header.setSectionResizeMode(col, mode)
    if stretch != 0:
        view.setColumnWidth(0, view.fontMetrics().averageCharWidth() * title_chars)


def button(text: str, parent: QWidget) -> QPushButton:
    """A push button named for assistive technology by its text (without the mnemonic)."""
    b = QPushButton(text, parent)
    b.setAccessibleName(text.replace("&", "").rstrip("…"))
    return b


class ItemsView(QTableView):
    """The items of a collection; dragging a row elsewhere in the list asks to move it there
    (the page stores the new order and reloads; the model itself never changes).

    Signals:
        move_requested(row: int, to: int): row ``row`` was dropped at ``to``.
    """

    move_requested = Signal(int, int)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def dropEvent(self, event: QDropEvent) -> None:
        if event.source() is not self:
            event.ignore()
            return
        row = self.currentIndex().row()
        target = self.indexAt(event.position().toPoint())
        to = target.row() if target.isValid() else self.model().rowCount() - 1
        event.setDropAction(Qt.DropAction.IgnoreAction)  # the reload shows the new order
        event.accept()
        if row >= 0 and to != row:
            self.move_requested.emit(row, to)


class CollectionsPanel(QWidget):
    """Collections and their items.

    Signals:
        edit_requested(fn: object, args: tuple): run ``fn(user_db, *args)`` (a
            ``jobs.workspace_page`` edit), then reload.
        open_requested(item: object): open ``item`` (a ``jobs.workspace_page.Item``).
        import_requested(): the user asked to import a colleague's collection file.
        export_requested(name: str): the user asked to export collection ``name``.
    """

    edit_requested = Signal(object, tuple)
    open_requested = Signal(object)
    import_requested = Signal()
    export_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.collections = WorkspaceTableModel(("Collection", "Items"), self)
        self.proxy = WorkspaceFilterProxy(self)
        self.proxy.setSourceModel(self.collections)
        self.items = WorkspaceTableModel(("Title", "Kind"), self)
        self._current = ""  # the collection shown, kept across reloads
        self._item_key = ""  # the item selected in it, kept across reloads
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        layout.addWidget(splitter)
        left = QWidget(splitter)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.list = table(tr("Collections"), left)
        self.list.setModel(self.proxy)
        self.list.setSortingEnabled(True)
        self.list.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        fit_columns(self.list, 0)
        self.list.selectionModel().currentRowChanged.connect(self._on_current)
        self.list.setAcceptDrops(True)  # initiatives dragged from the Initiatives list
        self.list.viewport().installEventFilter(self)
        lv.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.new_button = button(tr("&New…"), left)
        self.rename_button = button(tr("&Rename…"), left)
        self.delete_button = button(tr("&Delete…"), left)
        for b in (self.new_button, self.rename_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        lv.addLayout(row)
        share = QHBoxLayout()
        self.import_button = button(tr("&Import…"), left)
        self.export_button = button(tr("E&xport…"), left)
        self.import_button.setToolTip(tr("Merge a colleague's .eecollection file: nothing is "
                                         "duplicated and no newer note is overwritten."))
        self.export_button.setToolTip(tr("Save this collection as a PDF brief, an Excel "
                                         "workbook or an .eecollection file to share."))
        share.addWidget(self.import_button)
        share.addWidget(self.export_button)
        share.addStretch(1)
        lv.addLayout(share)
        self.import_button.clicked.connect(self.import_requested)
        self.export_button.clicked.connect(self._export)
        self.new_button.clicked.connect(self.ask_new)
        self.rename_button.clicked.connect(self._ask_rename)
        self.delete_button.clicked.connect(self._ask_delete)
        right = QWidget(splitter)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        described = QHBoxLayout()
        self.description = QLineEdit(right)
        self.description.setAccessibleName(tr("Collection description"))
        self.description.setPlaceholderText(tr("What it is for (press Enter to keep it)"))
        self.description.returnPressed.connect(self._describe)
        label = QLabel(tr("Descri&ption:"), right)
        label.setBuddy(self.description)
        described.addWidget(label)
        described.addWidget(self.description, 1)
        rv.addLayout(described)
        self.item_view = ItemsView(right)
        table(tr("Items of the collection (drag to reorder)"), right, self.item_view)
        self.item_view.setModel(self.items)
        self.item_view.move_requested.connect(self.move_to)
        fit_columns(self.item_view, 0)
        self.item_view.activated.connect(self._open_index)
        rv.addWidget(self.item_view, 1)
        self.hint = text_label("", "muted", right)
        rv.addWidget(self.hint)
        actions = QHBoxLayout()
        self.open_button = button(tr("&Open"), right)
        self.up_button = button(tr("Move &Up"), right)
        self.down_button = button(tr("Move Do&wn"), right)
        self.remove_button = button(tr("Re&move from Collection"), right)
        for b in (self.open_button, self.up_button, self.down_button, self.remove_button):
            actions.addWidget(b)
        actions.addStretch(1)
        rv.addLayout(actions)
        self.open_button.clicked.connect(lambda: self._open_index(self.item_view.currentIndex()))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button.clicked.connect(self.remove_current)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([2000, 3000])  # 2:3 of whatever width the tab gets
        self._update_buttons()

    # --- drops -----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list.viewport() and isinstance(event, (QDragEnterEvent,
                                                                  QDragMoveEvent, QDropEvent)):
            targets = decode(event.mimeData())
            c = self.list.indexAt(event.position().toPoint()).data(PayloadRole)
            if not targets or (not isinstance(c, CollectionEntry)
                               and not isinstance(event, QDragEnterEvent)):  # fmt: skip
                event.ignore()
                return True
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            if event.type() == QEvent.Type.Drop and isinstance(c, CollectionEntry):
                self.add_dropped(c.name, targets)
            return True
        return super().eventFilter(watched, event)

    def add_dropped(self, name: str, targets: Sequence[tuple[str, str]]) -> None:
        """Add dropped ``targets`` (stable key, title snapshot) to collection ``name``."""
        self._current = name
        self.edit_requested.emit(jobs.add_to_collection, (name, list(targets)))

    # --- contents --------------------------------------------------------------------
    def set_collections(self, entries: Sequence[CollectionEntry]) -> None:
        """Show ``entries``; the collection shown before stays chosen when it still exists."""
        self.collections.set_rows([collection_row(c) for c in entries])
        wanted = self._current
        for r in range(self.proxy.rowCount()):
            c = self.proxy.index(r, 0).data(PayloadRole)
            if isinstance(c, CollectionEntry) and (c.name == wanted or not wanted):
                self.list.selectRow(r)
                self._show(c)
                return
        if self.proxy.rowCount():
            self.list.selectRow(0)
            first = self.proxy.index(0, 0).data(PayloadRole)
            self._show(first if isinstance(first, CollectionEntry) else None)
        else:
            self._show(None)

    def current(self) -> CollectionEntry | None:
        """The collection shown."""
        c = self.list.currentIndex().data(PayloadRole)
        return c if isinstance(c, CollectionEntry) else None

    def current_item(self) -> Item | None:
        """The item selected in the collection."""
        item = self.item_view.currentIndex().data(PayloadRole)
        return item if isinstance(item, Item) else None

    def _on_current(self, index: QModelIndex, _previous: QModelIndex) -> None:
        c = index.data(PayloadRole)
        self._show(c if isinstance(c, CollectionEntry) else None)

    def _show(self, c: CollectionEntry | None) -> None:
        self._current = c.name if c else ""
        keep = self.current_item()
        self._item_key = keep.key if keep else self._item_key
        self.items.set_rows([item_row(i) for i in c.items] if c else [])
        row = next((r for r, i in enumerate(c.items) if i.key == self._item_key), -1) if c else -1
        if row >= 0:
            self.item_view.selectRow(row)
        self.description.setText(c.description if c else "")
        self.description.setEnabled(c is not None)
        if c is None:
            self.hint.setText(tr("No collection yet: “New…” makes one, then add initiatives, "
                                 "countries and notes from the other tabs (right-click)."))
        elif not c.items:
            self.hint.setText(tr("This collection is empty: right-click a note or a bookmark "
                                 "and choose “Add to Collection”."))
        else:
            self.hint.setText("")
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.current() is not None
        self.rename_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.export_button.setEnabled(has)
        for b in (self.open_button, self.up_button, self.down_button, self.remove_button):
            b.setEnabled(has and self.items.rowCount() > 0)

    # --- changes (asked of the page) -------------------------------------------------
    def ask_new(self) -> None:
        """Ask for a name, then create that collection."""
        name, ok = QInputDialog.getText(self, tr("New Collection"), tr("Name:"))
        if ok and name.strip():
            self.create_collection(name)

    def create_collection(self, name: str, description: str = "") -> None:
        """Ask for a new collection named ``name`` (it becomes the one shown)."""
        self._current = " ".join(name.split())
        self.edit_requested.emit(jobs.create_collection, (name, description))

    def _ask_rename(self) -> None:
        c = self.current()
        if c is None:
            return
        name, ok = QInputDialog.getText(self, tr("Rename Collection"), tr("New name:"),
                                        QLineEdit.EchoMode.Normal, c.name)
        if ok and name.strip() and name != c.name:
            self.rename(c.name, name)

    def rename(self, name: str, new_name: str) -> None:
        """Ask to rename collection ``name``."""
        self._current = " ".join(new_name.split())
        self.edit_requested.emit(jobs.rename_collection, (name, new_name))

    def _ask_delete(self) -> None:
        c = self.current()
        if c is None:
            return
        answer = QMessageBox.question(
            self, tr("Delete Collection"),
            tr("Delete the collection “%1”? Its initiatives, notes and bookmarks stay.")
            .replace("%1", c.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete(c.name)

    def delete(self, name: str) -> None:
        """Ask to delete collection ``name``."""
        if name == self._current:
            self._current = ""
        self.edit_requested.emit(jobs.delete_collection, (name,))

    def _describe(self) -> None:
        c = self.current()
        if c is not None and self.description.text() != c.description:
            self.edit_requested.emit(jobs.describe_collection, (c.name, self.description.text()))

    def move_current(self, delta: int) -> None:
        """Move the selected item up (-1) or down (+1)."""
        row = self.item_view.currentIndex().row()
        self.move_to(row, row + delta)

    def move_to(self, row: int, to: int) -> None:
        """Move the item at ``row`` to position ``to`` (a drag, or a button)."""
        c = self.current()
        if c is None or not 0 <= row < len(c.items) or not 0 <= to < len(c.items) or row == to:
            return
        key = c.items[row].key
        self._item_key = key  # selected again where it lands after the reload
        self.edit_requested.emit(jobs.move_in_collection, (c.name, key, to))

    def remove_current(self) -> None:
        """Take the selected item out of the collection."""
        c, item = self.current(), self.current_item()
        if c is not None and item is not None:
            self.edit_requested.emit(jobs.remove_from_collection, (c.name, item.key))

    def _export(self) -> None:
        c = self.current()
        if c is not None:
            self.export_requested.emit(c.name)

    def _open_index(self, index: QModelIndex) -> None:
        item = index.data(PayloadRole)
        if isinstance(item, Item):
            self.open_requested.emit(item)
