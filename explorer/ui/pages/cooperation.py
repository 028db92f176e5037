"""Cooperation page: who works with whom, and initiatives over time, under shared filters."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from explorer.paths import default_user_db
from explorer.store.database import Database
from explorer.ui.charts.base import ChartFrame
from explorer.ui.charts.heatmap import HeatmapChart
from explorer.ui.charts.network_chart import NetworkChart
from explorer.ui.charts.render import ChartRequest
from explorer.ui.charts.stacked_bar_chart import StackedBarChart
from explorer.ui.pages.base import Page, PageContext
from explorer.ui.runner import JobError
from explorer.ui.widgets.cards import text_label
from explorer.ui.widgets.chart_panel import ChartPanel, load_requests

EDGE_LIST_LIMIT = 200  # a link's initiatives listed (the search finds them all)
ID_ROLE = 256  # Qt::UserRole


class CooperationPage(Page):
    """Filters (sector, modality, source, years) drive four charts.

    Signals:
        country_selected(iso3: str): a node was clicked.
        initiatives_requested(query: str, ids: list): an initiative listed under a clicked
            link was opened; the query finds that link's initiatives, ``ids`` the one.
    """

    country_selected = Signal(str)
    initiatives_requested = Signal(str, list)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.filters: dict[str, QComboBox] = {}
        top = QHBoxLayout()
        for key, text in (("sector", self.tr("Sector:")), ("modality", self.tr("Modality:")),
                          ("dataset", self.tr("Source:"))):
            combo = QComboBox(self)
            combo.addItem(self.tr("all"), None)
            combo.setAccessibleName(text)
            combo.activated.connect(lambda _i: self.reload())
            self.filters[key] = combo
            top.addWidget(QLabel(text, self))
            top.addWidget(combo)
        self.first = QSpinBox(self)
        self.last = QSpinBox(self)
        for spin, value, text in ((self.first, 1950, self.tr("From:")),
                                  (self.last, 2025, self.tr("To:"))):
            spin.setRange(1950, 2025)
            spin.setValue(value)
            spin.setAccessibleName(text)
            spin.editingFinished.connect(self.reload)
            top.addWidget(QLabel(text, self))
            top.addWidget(spin)
        top.addStretch(1)
        self.network = NetworkChart()
        self.network.country_selected.connect(self.country_selected)
        self.network.edge_selected.connect(self._on_edge)
        self.charts: dict[str, ChartFrame] = {
            "network": self.network, "modality": StackedBarChart(),
            "sector": StackedBarChart(), "region-pairs": HeatmapChart()}
        titles = (self.tr("Network"), self.tr("Over time by modality"),
                  self.tr("Over time by sector"), self.tr("By region pair"))
        self.tabs = QTabWidget(self)
        self.panels = {key: ChartPanel(chart, self) for key, chart in self.charts.items()}
        for panel, title in zip(self.panels.values(), titles, strict=True):
            self.tabs.addTab(panel, title)
            panel.attach_star(context.runner, default_user_db())
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        # A clicked link lists its initiatives here; opening one shows it on Initiatives.
        self.edge_list = QListWidget(self)
        self.edge_list.setAccessibleName(self.tr("Initiatives behind the selected link"))
        self.edge_list.setMaximumHeight(160)
        self.edge_list.hide()
        self.edge_list.itemActivated.connect(self._open_listed)
        self.edge_list.itemClicked.connect(self._open_listed)
        self._edge_query = ""
        layout = QVBoxLayout(self)
        layout.addWidget(text_label(self.tr("Who cooperates with whom"), "pageTitle", self))
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.edge_list)
        self._listed = False
        self._wanted: dict[str, str] = {}  # a bookmarked chart's filters, until listed

    def show_chart(self, kind: str, params: dict[str, str]) -> None:
        """Reopen a bookmarked chart in its tab, with its filters and years."""
        tabs = {"network": 0, "region-pairs": 3}
        self.tabs.setCurrentIndex(tabs.get(kind, 2 if params.get("by") == "sector" else 1))
        for spin, name in ((self.first, "first_year"), (self.last, "last_year")):
            if params.get(name, "").isdigit():
                spin.setValue(int(params[name]))
        self._wanted = {"sector": params.get("sector", ""),
                        "modality": params.get("modality", ""),
                        "dataset": params.get("source", "")}  # fmt: skip
        self._choose_wanted()
        self.reload()

    def _choose_wanted(self) -> bool:
        """Select the wanted filters once the choices are listed; whether it did."""
        if not self._wanted or not self._listed:
            return False
        for key, value in self._wanted.items():
            self.filters[key].setCurrentIndex(max(0, self.filters[key].findData(value or None)))
        self._wanted = {}
        return True

    def requests(self) -> dict[str, ChartRequest]:
        def pick(key: str) -> str | None:
            value = self.filters[key].currentData()
            return str(value) if value else None

        common: dict[str, Any] = {"sector": pick("sector"), "modality": pick("modality"),
                                  "source": pick("dataset"), "first_year": self.first.value(),
                                  "last_year": self.last.value()}
        return {"network": ChartRequest("network", **common),
                "modality": ChartRequest("over-time", by="modality", **common),
                "sector": ChartRequest("over-time", by="sector", **common),
                "region-pairs": ChartRequest("region-pairs", **common)}

    def submit_load(self) -> None:
        requests = self.requests()
        for key, panel in self.panels.items():
            panel.set_request(requests[key])
        self.load(_load, self.context.database, requests,
                                   not self._listed)

    def show_loading(self) -> None:
        self.status.setText(self.tr("Loading…"))

    def show_result(self, result: object) -> None:
        assert isinstance(result, dict)
        if result.get("choices") and not self._listed:
            self._listed = True
            for key, values in result["choices"].items():
                for value in values:
                    self.filters[key].addItem(value.replace("_", " "), value)
            if self._choose_wanted():
                self.reload()  # the bookmarked chart's filters, now that they are listed
        for key, chart in self.charts.items():
            chart.set_series(result[key])  # type: ignore[attr-defined]
        self.status.setText("")

    def show_error(self, error: JobError) -> None:
        self.status.setText(self.tr("Could not load cooperation: %1").replace("%1",
                                                                             error.message))

    def _on_edge(self, ids: list[int]) -> None:
        edge = self.network.last_edge
        self._edge_query = f"provider:{edge.source} recipient:{edge.target}" if edge else ""
        self.status.setText(self.tr("%n initiative(s) behind this link:", "", len(ids)))
        self.edge_list.clear()
        self.edge_list.show()
        self.context.runner.submit(f"{self.job_key}.edge", _edge_rows, self.context.database,
                                   ids[:EDGE_LIST_LIMIT], on_done=self._on_edge_rows,
                                   on_error=self.show_error)  # fmt: skip

    def _on_edge_rows(self, rows: list[Any]) -> None:
        for row in rows:
            years = str(row.start_year) if row.start_year else ""
            item = QListWidgetItem(f"{row.title}  ({years})" if years else row.title)
            item.setData(ID_ROLE, row.id)
            self.edge_list.addItem(item)

    def _open_listed(self, item: QListWidgetItem) -> None:
        self.initiatives_requested.emit(self._edge_query, [int(item.data(ID_ROLE))])


def _edge_rows(database: Database, ids: list[int]) -> list[Any]:
    from explorer.jobs.reads import read
    from explorer.store.queries.search import fetch_rows

    return read(database, fetch_rows, ids)


def _load(database: Database, requests: dict[str, ChartRequest], with_choices: bool
          ) -> dict[str, Any]:
    result = load_requests(database, requests)
    if with_choices:
        from explorer.store.queries.cooperation import filter_choices

        with database.connect() as conn:
            result["choices"] = filter_choices(conn)
    return result
