"""The result list: a fixed row count, with display rows fetched on demand in blocks.

Like Anki's browser, the model knows how many results there are and asks for the rows the
view paints. Requests are coalesced on a short timer (so a fast scroll asks only for where it
stopped) and at most ``MAX_IN_FLIGHT`` blocks are fetched at once; the owner runs the fetch
(``block_needed``) and hands the rows back (``set_block``). A new search bumps ``generation``
and late blocks of an older one are dropped.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor

from explorer.domain.search import InitiativeRow
from explorer.jobs.initiatives import BLOCK, ListStart
from explorer.ui.i18n import format_year
from explorer.ui.models.initiative_labels import modality_label

AnyIndex = QModelIndex | QPersistentModelIndex
RowRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
COLUMNS: tuple[str, ...] = tuple(
    str(QT_TRANSLATE_NOOP("InitiativeListModel", name))
    for name in ("Title", "Providers", "Recipients", "Sector / theme", "Modality", "Years",
                 "Source")
)  # fmt: skip
TITLE, PROVIDERS, RECIPIENTS, SECTORS, MODALITY, YEARS, SOURCE = range(7)
MAX_IN_FLIGHT = 3
COALESCE_MS = 30
_PENDING = QColor("#8a96a3")


def years_text(start: int | None, end: int | None) -> str:
    """ "2001–2005", "2001", "–2005" or ""."""
    if start is None and end is None:
        return ""
    if start is None or end is None or start == end:
        return format_year(start if start is not None else end or 0)
    return f"{format_year(start)}–{format_year(end)}"


class InitiativeListModel(QAbstractTableModel):
    """Search results by position; unloaded rows show a placeholder until their block comes.

    Signals:
        block_needed(generation: int, block: int): rows of ``block`` should be fetched.
    """

    block_needed = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0
        self.start: ListStart | None = None
        self._total = 0
        self._rows: dict[int, InitiativeRow] = {}
        self._in_flight: set[int] = set()
        self._failed: set[int] = set()
        self._wanted: dict[int, None] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self._request_wanted)

    def reset(self, start: ListStart | None) -> None:
        """Show a new search (None: nothing)."""
        self.beginResetModel()
        self.generation += 1
        self.start = start
        self._total = start.total if start else 0
        self._rows = {i: r for i, r in enumerate(start.rows)} if start else {}
        self._in_flight.clear()
        self._failed.clear()
        self._wanted.clear()
        self.endResetModel()

    @property
    def total(self) -> int:
        """How many results the search has."""
        return self._total

    def loaded_count(self) -> int:
        """How many rows have arrived."""
        return len(self._rows)

    def row_at(self, row: int) -> InitiativeRow | None:
        """The display row at ``row``, if it has arrived."""
        return self._rows.get(row)

    def set_block(self, generation: int, block: int, rows: tuple[InitiativeRow, ...]) -> None:
        """Rows of ``block`` arrived (ignored when a newer search replaced the list)."""
        if generation != self.generation:
            return
        self._in_flight.discard(block)
        first = block * BLOCK
        for i, r in enumerate(rows):
            if first + i < self._total:
                self._rows[first + i] = r
        if not rows:
            self._failed.add(block)
        last = min(self._total, first + BLOCK) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
        self._request_wanted()

    def block_failed(self, generation: int, block: int) -> None:
        """Fetching ``block`` failed; its rows say so instead of loading forever."""
        if generation == self.generation:
            self.set_block(generation, block, ())

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
            and 0 <= section < len(COLUMNS)
        ):  # the tooltip: the whole heading when a narrow column elides it
            return QCoreApplication.translate("InitiativeListModel", COLUMNS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        loaded = index.isValid() and index.row() in self._rows
        return base | Qt.ItemFlag.ItemIsDragEnabled if loaded else base

    def mimeTypes(self) -> list[str]:
        from explorer.ui.target_mime import MIME

        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The dragged rows as targets (stable key, title snapshot), for a collection."""
        from explorer.ui.target_mime import encode

        rows = sorted({i.row() for i in indexes if i.isValid()})
        found = [self._rows[r] for r in rows if r in self._rows]
        return encode([(r.key, r.title) for r in found if r.key])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < self._total:
            return None
        r = self._rows.get(index.row())
        if r is None:
            return self._placeholder(index, role)
        if role == RowRole:
            return r
        if role == IdRole:
            return r.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(r, index.column())
        return None

    def _placeholder(self, index: AnyIndex, role: int) -> object:
        block = index.row() // BLOCK
        if role == Qt.ItemDataRole.DisplayRole and index.column() == TITLE:
            if block in self._failed:
                return QCoreApplication.translate("InitiativeListModel", "Could not be read")
            self._want(block)
            return QCoreApplication.translate("InitiativeListModel", "Loading…")
        if role == Qt.ItemDataRole.ForegroundRole:
            return _PENDING
        return None

    @staticmethod
    def _text(r: InitiativeRow, col: int) -> str:
        sep = QCoreApplication.translate("InitiativeListModel", ", ")
        if col == TITLE:
            return r.title
        if col == PROVIDERS:
            return sep.join(r.provider_names)
        if col == RECIPIENTS:
            return sep.join(r.recipient_names)
        if col == SECTORS:
            return sep.join(r.sectors)
        if col == MODALITY:
            return modality_label(r.modality)
        if col == YEARS:
            return years_text(r.start_year, r.end_year)
        return r.source

    def _want(self, block: int) -> None:
        if block in self._in_flight or block in self._wanted:
            return
        self._wanted[block] = None
        if not self._timer.isActive():
            self._timer.start()

    def _request_wanted(self) -> None:
        # Newest wishes first: that is where the user is looking now.
        for block in reversed(list(self._wanted)):
            if len(self._in_flight) >= MAX_IN_FLIGHT:
                break
            del self._wanted[block]
            self._in_flight.add(block)
            self.block_needed.emit(self.generation, block)
        if len(self._wanted) > MAX_IN_FLIGHT * 2:  # scrolled past: forget the oldest
            for block in list(self._wanted)[: -MAX_IN_FLIGHT * 2]:
                del self._wanted[block]
