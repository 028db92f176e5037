"""A read-only table model over a list of rows: the shared plumbing of the country models."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtCore import QPersistentModelIndex as QPIndex

AnyIndex = QModelIndex | QPIndex
R = TypeVar("R")
RowRole = Qt.ItemDataRole.UserRole + 1  # the row's domain object
SortRole = Qt.ItemDataRole.UserRole + 2  # what the proxy sorts on (number or text)
IsoRole = Qt.ItemDataRole.UserRole + 3  # the ISO3 code a row or cell is about
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Rows of one domain type; subclasses name the columns and say what each cell shows.

    ``COLUMNS`` holds untranslated titles (marked with ``QT_TRANSLATE_NOOP`` in the
    subclass's context, which is its class name).
    """

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        """Replace the contents."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_item(self, row: int) -> R:
        """The domain object of ``row``."""
        return self._rows[row]

    @property
    def rows(self) -> list[R]:
        """Every row, in model order."""
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header_text(section)
        return None

    def header_text(self, section: int) -> str:
        """The translated title of column ``section``."""
        return QCoreApplication.translate(type(self).__name__, self.COLUMNS[section])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < self.columnCount():
            return None
        item = self._rows[index.row()]
        if role == RowRole:
            return item
        return self.cell(item, index.column(), role)

    def cell(self, item: R, column: int, role: int) -> object:
        """What ``item`` shows in ``column`` for ``role`` (None: nothing)."""
        raise NotImplementedError
