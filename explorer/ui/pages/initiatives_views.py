"""The views of the Initiatives page: the result table and the facet tree, set up once."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView, QWidget

from explorer.ui.models.initiative_facets import KindRole, RefineRole
from explorer.ui.models.initiative_list import (
    MODALITY,
    PROVIDERS,
    RECIPIENTS,
    SECTORS,
    SOURCE,
    TITLE,
    YEARS,
)

COLUMN_WIDTHS = {PROVIDERS: 120, RECIPIENTS: 120, SECTORS: 130, MODALITY: 110, YEARS: 80,
                 SOURCE: 110}  # fmt: skip
MIN_TITLE = 240
MIN_NAMES = 76
OPTIONAL = (SOURCE, MODALITY, SECTORS)  # hidden in this order when the table is narrow


class ResultTable(QTableView):
    """Uniform rows (so a million scroll smoothly), one selected at a time.

    Signals:
        order_requested(order: str): a sortable header was clicked (Title, Years).
    """

    order_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("results")
        self.setAccessibleName(self.tr("Initiatives found"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setDragEnabled(True)  # a row onto a Workspace collection adds it there
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # large text: "Provid…", never cut
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._on_header_clicked)
        self._years_newest = True

    def apply_widths(self) -> None:
        """Column widths: the title takes what is left; minor columns go when it is narrow.

        Everything a hidden column holds is in the detail pane and in exports.
        """
        header = self.horizontalHeader()
        if header.count() == 0:
            return
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        # At large text a column is at least as wide as its heading needs.
        widths = {col: max(width, header.sectionSizeHint(col))
                  for col, width in COLUMN_WIDTHS.items()}  # fmt: skip
        for col, width in widths.items():
            self.setColumnWidth(col, width)
        free = self.viewport().width() - MIN_TITLE - sum(widths.values())
        for col in OPTIONAL:
            hide = free < 0
            self.setColumnHidden(col, hide)
            if hide:
                free += widths[col]
        if free < 0:  # still narrow: names share what is left (headings elided with "…")
            for col in (PROVIDERS, RECIPIENTS, YEARS):
                self.setColumnWidth(col, max(MIN_NAMES, widths[col] + free // 3))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.apply_widths()

    def show_order(self, order: str) -> None:
        """Show the order on the header (Title, Years) or no indicator."""
        header = self.horizontalHeader()
        if order == "title":
            header.setSortIndicator(TITLE, Qt.SortOrder.AscendingOrder)
        elif order in ("newest", "oldest"):
            asc = Qt.SortOrder.AscendingOrder if order == "oldest" else Qt.SortOrder.DescendingOrder
            header.setSortIndicator(YEARS, asc)
        header.setSortIndicatorShown(order != "relevance")

    def visible_range(self) -> tuple[int, int]:
        """First and last row on screen (-1, -1 when none)."""
        first = self.rowAt(0)
        if first < 0:
            return -1, -1
        last = self.rowAt(self.viewport().height() - 1)
        return first, last if last >= 0 else self.model().rowCount() - 1

    def _on_header_clicked(self, section: int) -> None:
        if section == TITLE:
            self.order_requested.emit("title")
        elif section == YEARS:
            self.order_requested.emit("newest" if self._years_newest else "oldest")
            self._years_newest = not self._years_newest


class FacetTree(QTreeView):
    """Facet headings with their values; a click on a value refines the search.

    Signals:
        refine_requested(clause: str): a value was clicked (its ``refine`` clause).
    """

    refine_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facets")
        self.setAccessibleName(self.tr("Filters"))
        self.setAccessibleDescription(self.tr("Tick a value with Space to narrow the results"))
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setIndentation(10)
        self.setUniformRowHeights(True)
        self.setExpandsOnDoubleClick(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setMouseTracking(True)
        self.clicked.connect(self._on_clicked)
        self.activated.connect(self._on_clicked)

    def after_reset(self) -> None:
        """Open every facet and size the count column."""
        self.expandAll()
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def _on_clicked(self, index: QModelIndex) -> None:
        kind = index.data(KindRole)
        if kind == "value":
            refine = index.sibling(index.row(), 0).data(RefineRole)
            if isinstance(refine, str):
                self.refine_requested.emit(refine)
        elif kind == "more":
            model = self.model()
            toggle = getattr(model, "toggle", None)
            if toggle is not None:
                facet_row = index.parent().row()
                toggle(facet_row)
                self.expand(model.index(facet_row, 0))
