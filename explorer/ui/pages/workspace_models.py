"""Item models of the Workspace page: one small table model for its lists, and a proxy
that filters by text and tag and sorts names with QCollator (dates by their value)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from explorer.domain.query import fold
from explorer.ui.i18n import collator

AnyIndex = QModelIndex | QPersistentModelIndex
PayloadRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
SearchRole = Qt.ItemDataRole.UserRole + 3
TagsRole = Qt.ItemDataRole.UserRole + 4


def tr(text: str) -> str:
    """``text`` in the user's language (context ``Workspace``)."""
    return QCoreApplication.translate("Workspace", text)


def format_when(when: datetime) -> str:
    """A stored UTC time as a short local date and time, in the user's locale."""
    stamp = QDateTime.fromSecsSinceEpoch(int(when.replace(tzinfo=UTC).timestamp()))
    return QLocale().toString(stamp.toLocalTime(), QLocale.FormatType.ShortFormat)


def absent_title(title: str) -> str:
    """A removed target's snapshot title, marked as no longer in the data."""
    return tr("No longer in the data: %1").replace("%1", title)


@dataclass(frozen=True)
class Row:
    """One line of a list: its cells, what each column sorts by, and what it stands for."""

    cells: tuple[str, ...]
    sort_keys: tuple[object, ...]
    payload: object
    search: str = ""  # the text the search box looks in
    tags: tuple[str, ...] = ()
    absent: bool = False  # its target is no longer in the data


class WorkspaceTableModel(QAbstractTableModel):
    """Rows of display-ready cells; ``PayloadRole`` gives the entry a row stands for."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)  # untranslated; shown through tr()
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Replace the contents."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        """The row ``row``."""
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):  # fmt: skip
            return tr(self._headers[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r, col = self._rows[index.row()], index.column()
        if not 0 <= col < len(r.cells):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return r.cells[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.cells[col] or None
        if role == PayloadRole:
            return r.payload
        if role == SortRole:
            return r.sort_keys[col] if col < len(r.sort_keys) else r.cells[col]
        if role == SearchRole:
            return r.search
        if role == TagsRole:
            return r.tags
        if r.absent and col == 0 and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if r.absent and col == 0 and role == Qt.ItemDataRole.ForegroundRole:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                return app.palette().color(QPalette.ColorRole.PlaceholderText)
        return None


class WorkspaceFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose search text holds every typed word (case and accents folded) and
    that carry the chosen tag; sorts text with QCollator."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._tag = ""
        self._collator = collator()
        self.setSortRole(SortRole)

    def set_filter_text(self, text: str) -> None:
        """Show only rows whose search text holds all words of ``text``."""
        self.beginFilterChange()
        self._words = tuple(fold(text).split())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_tag(self, tag: str) -> None:
        """Show only rows tagged ``tag`` ("" for all)."""
        self.beginFilterChange()
        self._tag = tag
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._tag and self._tag not in (model.data(index, TagsRole) or ()):
            return False
        if not self._words:
            return True
        text = fold(str(model.data(index, SearchRole) or ""))
        return all(w in text for w in self._words)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a, b = left.data(SortRole), right.data(SortRole)
        if isinstance(a, str) and isinstance(b, str):
            return self._collator.compare(a, b) < 0
        if isinstance(a, datetime) and isinstance(b, datetime):
            return a < b
        if isinstance(a, int | float) and isinstance(b, int | float):
            return a < b
        return str(a) < str(b)
