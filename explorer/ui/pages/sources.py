"""Sources: every dataset the reference database was built from, and how to cite it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.sources import DatasetInfo
from explorer.jobs.sources import load_datasets
from explorer.ui.models.sources_model import DatasetFilterProxy, DatasetRole, DatasetTableModel
from explorer.ui.pages.base import Page, PageContext
from explorer.ui.runner import JobError
from explorer.ui.widgets.cards import text_label
from explorer.ui.widgets.dataset_detail import DatasetDetail


class SourcesPage(Page):
    """A filterable table of datasets with a detail pane and "Copy citation"."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = DatasetTableModel(self)
        self.proxy = DatasetFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 28, 36, 24)
        layout.setSpacing(10)
        layout.addWidget(text_label(self.tr("Data sources"), "pageTitle", self))
        layout.addWidget(
            text_label(
                self.tr(
                    "Every figure in Exchange Explorer comes from one of these public datasets. "
                    "Select one to read its citation, licence and caveats."
                ),
                "subtitle",
                self,
            )
        )
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setAccessibleName(self.tr("Filter sources"))
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, publisher, licence…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_filter_text)
        layout.addWidget(self.filter_edit)
        self.status_label = text_label("", "muted", self)
        layout.addWidget(self.status_label)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        layout.addWidget(splitter, 1)
        self.table = QTableView(splitter)
        self.table.setAccessibleName(self.tr("Sources"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The name is what people scan: give it room; the last column takes what is left.
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.detail = DatasetDetail(splitter)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)

    def submit_load(self) -> None:
        self.load(load_datasets, self.context.database)

    def show_loading(self) -> None:
        self.status_label.setText(self.tr("Loading…"))

    def show_error(self, error: JobError) -> None:
        self.model.set_datasets([])
        self.detail.show_dataset(None)
        detail = (
            error.message
            if error.environment
            else self.tr("This is a bug; details are in the log.")
        )
        self.status_label.setText(
            self.tr("The data sources could not be read: %1").replace("%1", detail)
        )

    def show_result(self, result: object) -> None:
        rows = [r for r in result if isinstance(r, DatasetInfo)] if isinstance(result, list) else []
        self.model.set_datasets(rows)
        if rows:
            self.status_label.setText(self.tr("%n dataset(s)", "", len(rows)))
        else:
            self.status_label.setText(self.tr("No data: this database lists no datasets."))
        header = self.table.horizontalHeader()
        for col in range(self.model.columnCount()):
            self.table.resizeColumnToContents(col)
            header.resizeSection(col, min(header.sectionSize(col), 340 if col == 0 else 200))
        if rows:
            self.table.selectRow(0)
        else:
            self.detail.show_dataset(None)

    def select_key(self, key: str) -> bool:
        """Select the dataset with ``key``; False if it is not listed (or filtered out)."""
        for row in range(self.proxy.rowCount()):
            d = self.proxy.index(row, 0).data(DatasetRole)
            if isinstance(d, DatasetInfo) and d.key == key:
                self.table.selectRow(row)
                return True
        return False

    def _on_selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        d = indexes[0].data(DatasetRole) if indexes else None
        self.detail.show_dataset(d if isinstance(d, DatasetInfo) else None)
