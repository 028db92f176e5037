"""The table behind a chart, as an item model (the accessible alternative to the picture)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from explorer.domain.charts import Cell, Table
from explorer.ui.charts.numbers import format_cell

Index = QModelIndex | QPersistentModelIndex


class ChartTableModel(QAbstractTableModel):
    """Rows of a chart's ``Table``: locale-formatted for display, raw under ``UserRole``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table = Table((), ())

    def set_table(self, table: Table) -> None:
        """Show ``table`` (replaces everything)."""
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def table(self) -> Table:
        return self._table

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._table.headers)

    def cell(self, row: int, column: int) -> Cell:
        return self._table.rows[row][column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return format_cell(value, self.tr("no data"))
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._table.headers):
                return self._table.headers[section]
            return None
        return section + 1
