"""The facet tree: each facet a heading, its values (label, count) beneath.

A facet shows its first ``SHOWN`` values and a "N more" row that expands it; nothing is
hidden silently: when the engine listed only its top values, a last row says so.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from explorer.domain.search import Facets, FacetValue
from explorer.jobs.initiatives import FACET_TOP
from explorer.ui.i18n import format_count
from explorer.ui.models.initiative_labels import field_label, modality_label

AnyIndex = QModelIndex | QPersistentModelIndex
RefineRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2  # "facet", "value", "more", "note"
SHOWN = 5
_MUTED = QColor("#6b7785")
_ACCENT = QColor("#0f766e")


def _tr(text: str) -> str:
    return QCoreApplication.translate("FacetTreeModel", text)


class FacetTreeModel(QAbstractItemModel):
    """Facets of the current search; ``toggle(facet_row)`` shows or hides its other values."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._facets: list[tuple[str, tuple[FacetValue, ...]]] = []
        self._open: set[str] = set()
        # What the last row says ("N more…" / "Show fewer"); it follows _open once the rows
        # are in or out, so views (and the model tester) see each change in its own signal.
        self._said_open: set[str] = set()
        self.approximate = False

    def set_facets(self, facets: Facets | None) -> None:
        """Show ``facets`` (None: none); facets without values are left out."""
        self.beginResetModel()
        self._facets = [(n, v) for n, v in facets.items() if v] if facets else []
        self.approximate = bool(getattr(facets, "approximate", False))
        self.endResetModel()

    def facet_names(self) -> list[str]:
        """The facets shown, in order."""
        return [n for n, _ in self._facets]

    def toggle(self, facet_row: int) -> None:
        """Expand or collapse the values of the facet at ``facet_row``."""
        name, _values = self._facets[facet_row]
        parent = self.index(facet_row, 0)
        before = self._child_count(facet_row)
        self._open.symmetric_difference_update({name})
        after = self._child_count(facet_row)
        # Views must see the old row count until begin*Rows: flip back, announce, flip again.
        self._open.symmetric_difference_update({name})
        if after > before:
            self.beginInsertRows(parent, before - 1, after - 2)
            self._open.symmetric_difference_update({name})
            self.endInsertRows()
        elif after < before:
            self.beginRemoveRows(parent, after - 1, before - 2)
            self._open.symmetric_difference_update({name})
            self.endRemoveRows()
        else:
            self._open.symmetric_difference_update({name})
        self._said_open = set(self._open)
        last = self.index(after - 1, 0, parent)
        self.dataChanged.emit(last, last.siblingAtColumn(1))

    def _rows_of(self, facet_row: int) -> list[tuple[str, FacetValue | None]]:
        name, values = self._facets[facet_row]
        more = len(values) - SHOWN
        opened = name in self._open
        rows: list[tuple[str, FacetValue | None]] = [
            ("value", v) for v in (values if opened or more <= 0 else values[:SHOWN])
        ]
        if len(values) >= FACET_TOP and (opened or more <= 0):
            rows.append(("note", None))
        if more > 0:  # last, so expanding inserts one run of rows above it
            rows.append(("more", None))
        return rows

    def _child_count(self, facet_row: int) -> int:
        return len(self._rows_of(facet_row))

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(child.internalId()) - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._facets)
        if parent.internalId() == 0 and parent.column() == 0:
            return self._child_count(parent.row())
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 2

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._facet_data(index, role)
        facet_row = int(index.internalId()) - 1
        kind, value = self._rows_of(facet_row)[index.row()]
        if role == KindRole:
            return kind
        if kind == "value" and value is not None:
            return self._value_data(self._facets[facet_row][0], value, index.column(), role)
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            name, values = self._facets[facet_row]
            if kind == "note":
                return _tr("Only the %1 most frequent are listed").replace("%1", str(FACET_TOP))
            if name in self._said_open:
                return _tr("Show fewer")
            return _tr("%1 more…").replace("%1", format_count(len(values) - SHOWN))
        if role == Qt.ItemDataRole.ForegroundRole:
            return _ACCENT if kind == "more" else _MUTED
        return None

    def _facet_data(self, index: AnyIndex, role: int) -> object:
        name, _values = self._facets[index.row()]
        if role == KindRole:
            return "facet"
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            return field_label(name)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _value_data(self, facet: str, value: FacetValue, column: int, role: int) -> object:
        if role == RefineRole:
            return value.refine
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 1:
                count = format_count(value.count)
                return _tr("≈%1").replace("%1", count) if self.approximate else count
            label = modality_label(value.label) if facet == "modalities" else value.label
            if role == Qt.ItemDataRole.ToolTipRole:
                return _tr("Add %1 to the search").replace("%1", value.refine)
            # A DAC purpose under its sector (depth 1) is indented beneath it.
            return "\u2003\u2003" * value.depth + label
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return _MUTED
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.data(KindRole) == "note":
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
