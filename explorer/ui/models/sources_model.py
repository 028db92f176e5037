"""The table of source datasets, and a filter proxy that sorts names with QCollator."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from explorer.domain.sources import DatasetInfo
from explorer.ui.i18n import collator, format_count

AnyIndex = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[str, ...] = tuple(
    str(QT_TRANSLATE_NOOP("DatasetTableModel", name))
    for name in ("Name", "Publisher", "Licence", "Version", "Coverage", "Rows")
)
ROWS_COLUMN = 5
DatasetRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2


class DatasetTableModel(QAbstractTableModel):
    """One row per dataset; ``DatasetRole`` gives the whole ``DatasetInfo``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DatasetInfo] = []

    def set_datasets(self, rows: Sequence[DatasetInfo]) -> None:
        """Replace the contents."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def dataset(self, row: int) -> DatasetInfo:
        """The dataset of ``row``."""
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return QCoreApplication.translate("DatasetTableModel", COLUMNS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        d = self._rows[index.row()]
        col = index.column()
        if role == DatasetRole:
            return d
        if role == SortRole:
            return d.row_count if col == ROWS_COLUMN else self._text(d, col)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == ROWS_COLUMN:
                return format_count(d.row_count)
            return self._text(d, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == ROWS_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _text(d: DatasetInfo, col: int) -> str:
        return (d.name, d.publisher, d.licence, d.version, d.coverage, "")[col]


class DatasetFilterProxy(QSortFilterProxyModel):
    """Filters on any text of a dataset (citation and notes too); sorts with QCollator."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._collator = collator()
        self.setSortRole(SortRole)
        self._needle = ""

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        needle = self._needle
        if not needle:
            return True
        model = self.sourceModel()
        d = model.data(model.index(source_row, 0, source_parent), DatasetRole)
        if not isinstance(d, DatasetInfo):
            return False
        hay = " ".join(
            (d.key, d.name, d.publisher, d.licence, d.version, d.coverage, d.citation, d.notes)
        )
        return needle.casefold() in hay.casefold()

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a = left.data(SortRole)
        b = right.data(SortRole)
        if isinstance(a, int) and isinstance(b, int):
            return a < b
        return self._collator.compare(str(a), str(b)) < 0

    def set_filter_text(self, text: str) -> None:
        """Show only datasets whose text contains ``text`` (case-insensitive)."""
        self.beginFilterChange()
        self._needle = text.strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
