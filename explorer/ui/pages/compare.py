"""Compare: 2-8 countries side by side, as a table and as small multiples sharing the time
axis; per capita, index (base year = 100) and log scale; exports to CSV/XLSX and PNG/SVG.

The countries are the shared selection, so they follow the user to the charts and the map.
With fewer than two, the page suggests the first country's closest peers.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.countries import Choices, CountryMatch
from explorer.domain.peers import PeerResult
from explorer.jobs.countries import (
    Compared,
    load_choices,
    load_comparison,
    load_peers,
    resolve,
)
from explorer.store.database import Database
from explorer.ui.export_files import announce_saved, remember_folder, suggested_path
from explorer.ui.models.country_compare import ComparisonModel
from explorer.ui.pages.base import Page, PageContext
from explorer.ui.runner import JobError
from explorer.ui.selection import MIN_SELECTED, shared_selection
from explorer.ui.widgets.cards import text_label
from explorer.ui.widgets.country_charts import SmallMultiples
from explorer.ui.widgets.country_export import export_charts, export_table
from explorer.ui.widgets.country_picker import CountryPicker

DEFAULT_CODES = ("NY.GDP.PCAP.CD", "SP.POP.TOTL", "SP.DYN.LE00.IN", "SI.POV.DDAY",
                 "SE.TER.ENRR", "GB.XPD.RSDV.GD.ZS")  # fmt: skip
DEFAULT_COUNTRY = "BRA"
PEERS_SUGGESTED = 3
MODES = (("value", "Values"), ("per_capita", "Per capita"), ("index", "Index (base year = 100)"))


def load_start(
    database: Database, selected: list[str], codes: tuple[str, ...]
) -> tuple[Choices, list[str], Compared]:
    """Job: the pickers' choices and a first comparison (of peers, when too few selected)."""
    if len(selected) < MIN_SELECTED:
        peers = load_peers(database, selected[0] if selected else DEFAULT_COUNTRY, codes[:4])
        selected = [peers.target, *(p.iso3 for p in peers.peers[:PEERS_SUGGESTED])]
    compared = load_comparison(database, selected, codes, "value", None)
    return load_choices(database), selected, compared


class ComparePage(Page):
    """Countries side by side.

    Signals:
        comparison_shown(): the table and charts show the newest comparison.
    """

    comparison_shown = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.selection = shared_selection(context.runner)
        self.compared: Compared | None = None
        self.model = ComparisonModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 16)
        layout.addWidget(text_label(self.tr("Compare countries"), "pageTitle", self))
        self.picker = CountryPicker(self.selection, self)
        self.picker.unresolved_entered.connect(self._resolve)
        layout.addWidget(self.picker)
        layout.addLayout(self._options())
        self.status = text_label("", "muted", self)
        layout.addWidget(self.status)
        self.suggest_button = QPushButton(self)
        self.suggest_button.clicked.connect(self._ask_suggestions)
        self.suggest_button.hide()  # offered when fewer than two are left, never done unasked
        layout.addWidget(self.suggest_button, 0, Qt.AlignmentFlag.AlignLeft)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        column = QWidget(split)
        column.setMaximumWidth(300)
        indicators = QVBoxLayout(column)
        indicators.setContentsMargins(0, 0, 0, 0)
        self.indicator_search = QLineEdit(column)
        self.indicator_search.setPlaceholderText(self.tr("Find an indicator…"))
        self.indicator_search.setAccessibleName(self.tr("Find an indicator"))
        self.indicator_search.setClearButtonEnabled(True)
        self.indicator_search.textChanged.connect(self._filter_indicators)
        indicators.addWidget(self.indicator_search)
        self.indicator_list = QListWidget(column)
        self.indicator_list.setAccessibleName(self.tr("Indicators to compare"))
        self.indicator_list.itemChanged.connect(self._recompare)
        indicators.addWidget(self.indicator_list, 1)
        self.clear_indicators = QPushButton(self.tr("Clear all"), column)
        self.clear_indicators.setAccessibleName(self.tr("Uncheck every indicator"))
        self.clear_indicators.clicked.connect(lambda: self.set_indicators([]))
        indicators.addWidget(self.clear_indicators)
        right = QSplitter(Qt.Orientation.Vertical, split)
        self.table = QTableView(right)
        self.table.setAccessibleName(self.tr("Comparison"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        scroll = QScrollArea(right)
        scroll.setWidgetResizable(True)
        self.charts = SmallMultiples(scroll)
        scroll.setWidget(self.charts)
        right.setStretchFactor(1, 2)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        self.selection.selection_changed.connect(self._on_selection)

    def _options(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.mode_box = QComboBox(self)
        for key, text in MODES:
            self.mode_box.addItem(self.tr(text), key)
        self.base_year = QSpinBox(self)
        self.base_year.setAccessibleName(self.tr("Base year"))
        self.base_year.setRange(1960, 2030)
        self.base_year.setValue(2010)
        self.base_year.setPrefix(self.tr("base year "))
        self.log_check = QCheckBox(self.tr("Log scale"), self)
        self.export_table_button = QPushButton(self.tr("Export table…"), self)
        self.export_charts_button = QPushButton(self.tr("Export charts…"), self)
        for w in (self.mode_box, self.base_year, self.log_check):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.export_table_button)
        row.addWidget(self.export_charts_button)
        self.mode_box.currentIndexChanged.connect(self._recompare)
        self.base_year.valueChanged.connect(self._recompare)
        self.log_check.toggled.connect(self._redraw)
        self.export_table_button.clicked.connect(self._export_table)
        self.export_charts_button.clicked.connect(self._export_charts)
        return row

    # -- loading ---------------------------------------------------------------------------

    def submit_load(self) -> None:
        self.load(load_start, self.context.database, self.selection.codes, DEFAULT_CODES)

    def show_loading(self) -> None:
        self.status.setText(self.tr("Loading…"))

    def show_error(self, error: JobError) -> None:
        detail = error.message if error.environment else self.tr("This is a bug; see the log.")
        self.status.setText(self.tr("The comparison could not be made: %1").replace("%1", detail))

    def show_result(self, result: object) -> None:
        assert isinstance(result, tuple)
        choices, selected, compared = result
        assert isinstance(choices, Choices) and isinstance(compared, Compared)
        self.picker.set_countries(choices.countries)
        self.indicator_list.blockSignals(True)
        self.indicator_list.clear()
        for code, name, _unit in choices.indicators:
            item = QListWidgetItem(name, self.indicator_list)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setToolTip(code)
            checked = code in DEFAULT_CODES
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.indicator_list.blockSignals(False)
        self.selection.blockSignals(True)  # this comparison is the one just made
        self.selection.set_codes(selected)
        self.selection.blockSignals(False)
        self.picker.set_countries(choices.countries)  # chips of the suggested countries
        self._show_compared(compared)

    def codes(self) -> list[str]:
        """The checked indicators, in list order."""
        items = (self.indicator_list.item(i) for i in range(self.indicator_list.count()))
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_indicators(self, codes: list[str]) -> None:
        """Check exactly ``codes`` (and compare again)."""
        self.indicator_list.blockSignals(True)
        for i in range(self.indicator_list.count()):
            item = self.indicator_list.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.indicator_list.blockSignals(False)
        self._recompare()

    def _on_selection(self, codes: list[str]) -> None:
        if not self.indicator_list.count():
            return  # the first comparison comes with the page's data
        if len(codes) < MIN_SELECTED:
            # Removing countries never brings suggestions back unasked (issue 19): say
            # what is needed and offer them.
            first = codes[0] if codes else DEFAULT_COUNTRY
            self.status.setText(self.tr("Add a country to compare: at least two are needed."))
            self.suggest_button.setText(self.tr("Suggest countries like %1").replace(
                "%1", self.picker.name(first)))  # fmt: skip
            self.suggest_button.show()
            return
        self.suggest_button.hide()
        self._recompare()

    def _ask_suggestions(self) -> None:
        codes = self.selection.codes
        first = codes[0] if codes else DEFAULT_COUNTRY
        self.suggest_button.hide()
        self.status.setText(self.tr("Suggesting countries like %1…").replace(
            "%1", self.picker.name(first)))  # fmt: skip
        self.context.runner.submit(
            f"{self.job_key}.peers", load_peers, self.context.database, first,
            DEFAULT_CODES[:4],
            on_done=self._suggest_peers, on_error=self.show_error,
        )

    def _filter_indicators(self, text: str) -> None:
        """Show the indicators whose name or code holds ``text`` (checked ones stay)."""
        from explorer.domain.query import fold

        wanted = fold(text.strip())
        for i in range(self.indicator_list.count()):
            item = self.indicator_list.item(i)
            hay = fold(f"{item.text()} {item.data(Qt.ItemDataRole.UserRole)}")
            item.setHidden(bool(wanted) and wanted not in hay)

    def _recompare(self) -> None:
        codes, countries = self.codes(), self.selection.codes
        self.base_year.setEnabled(self.mode_box.currentData() == "index")
        if len(countries) < MIN_SELECTED or not codes:
            self.status.setText(self.tr("Pick at least two countries and one indicator."))
            return
        mode = str(self.mode_box.currentData())
        base = self.base_year.value() if mode == "index" else None
        self.status.setText(self.tr("Comparing…"))
        self.context.runner.submit(f"{self.job_key}.compare", load_comparison,
                                   self.context.database, countries, codes, mode, base,
                                   on_done=self._show_compared,
                                   on_error=self.show_error)  # fmt: skip

    def _resolve(self, text: str) -> None:
        self.context.runner.submit(f"{self.job_key}.resolve", resolve, self.context.database, text,
                                   on_done=self._resolved, on_error=self.show_error)  # fmt: skip

    def _suggest_peers(self, result: PeerResult) -> None:
        peers = [p.iso3 for p in result.peers[:PEERS_SUGGESTED]]
        self.selection.set_codes([result.target, *peers])

    def _resolved(self, result: CountryMatch) -> None:
        if result.iso3 is not None:
            self.selection.add(result.iso3)
            self.picker.edit.clear()
        else:
            self.status.setText(result.message())

    def _show_compared(self, compared: Compared) -> None:
        self.compared = compared
        self.model.set_comparison(compared.comparison, compared.datasets)
        self._redraw()
        self.status.setText(", ".join(name for _, name in self.model.countries))
        self.comparison_shown.emit()

    def _redraw(self) -> None:
        if self.compared is not None:
            blocks = self.compared.comparison.indicators
            self.charts.set_indicators(blocks, log_y=self.log_check.isChecked())

    def _export_table(self) -> None:
        if self.compared is None:
            return
        start = suggested_path(self, "table", "comparison.xlsx")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export table"), start,
                                              self.tr("Excel (*.xlsx);;CSV (*.csv)"))  # fmt: skip
        if path:
            c, out = self.compared, Path(path)
            self.context.runner.submit(f"{self.job_key}.export", export_table,
                                       c.comparison, c.datasets, out,
                                       on_done=lambda _r: self._saved("table", out),
                                       on_error=self.show_error)  # fmt: skip

    def _saved(self, kind: str, path: Path) -> None:
        remember_folder(self, kind, path)
        announce_saved(self, path)

    def _export_charts(self) -> None:
        kinds = self.tr("PNG image (*.png);;SVG drawing (*.svg)")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export charts"), suggested_path(self, "chart", "comparison.png"), kinds
        )
        if path:
            try:
                export_charts(self.charts, Path(path))
            except OSError as exc:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.warning(self, self.tr("Export failed"), str(exc))
                return
            self._saved("chart", Path(path))
