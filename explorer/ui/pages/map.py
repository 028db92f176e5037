"""Map page: a world choropleth of an indicator or derived measure, with a year player."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from explorer.jobs.maps import indicator_choices
from explorer.paths import default_user_db
from explorer.store.database import Database
from explorer.ui.charts.map_chart import MapChart
from explorer.ui.charts.player import YearPlayer
from explorer.ui.charts.render import ChartRequest
from explorer.ui.pages.base import Page, PageContext
from explorer.ui.runner import JobError
from explorer.ui.selection import shared_selection
from explorer.ui.widgets.cards import text_label
from explorer.ui.widgets.chart_panel import ChartPanel, load_requests

DERIVED = (
    ("ss_export_share", "Share of exports going to developing economies (IMF DOTS)"),
    ("income_group", "Income group (World Bank)"),
    ("initiatives_received", "Cooperation initiatives received"),
    ("initiatives_provided", "Cooperation initiatives provided"),
)


class MapPage(Page):
    """Choose a measure; the map keeps its outlines and recolours as the year moves.

    Signals:
        country_selected(iso3: str): a country was clicked on the map.
    """

    country_selected = Signal(str)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.measure = QComboBox(self)
        self.measure.setAccessibleName(self.tr("Measure shown on the map"))
        for key, label in DERIVED:
            self.measure.addItem(self.tr(label), key)
        self.measure.activated.connect(lambda _i: self.reload())
        self.chart = MapChart()
        self.chart.country_selected.connect(self.country_selected)
        # The countries chosen on compare (or a profile) stay outlined here.
        self.selection = shared_selection(context.runner)
        self.selection.selection_changed.connect(self.chart.highlight)
        self.player = YearPlayer(self)
        self.player.year_changed.connect(self.chart.set_year)
        self.status = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Measure:"), self))
        top.addWidget(self.measure, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(text_label(self.tr("World map"), "pageTitle", self))
        layout.addLayout(top)
        layout.addWidget(self.status)
        self.panel = ChartPanel(self.chart, self)
        self.panel.attach_star(context.runner, default_user_db())
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.player)
        self._atlas_loaded = False
        self._indicators_listed = False

    def submit_load(self) -> None:
        req = ChartRequest("map", indicator=str(self.measure.currentData()))
        self.panel.set_request(req)
        self.load(_load, self.context.database, req,
                                   not self._indicators_listed)

    def show_chart(self, kind: str, params: dict[str, str]) -> None:
        """Reopen a bookmarked map with the measure it had."""
        found = self.measure.findData(params.get("indicator"))
        if found >= 0:
            self.measure.setCurrentIndex(found)
        self.reload()

    def show_loading(self) -> None:
        self.status.setText(self.tr("Loading…"))

    def show_result(self, result: object) -> None:
        assert isinstance(result, dict)
        atlas, data = result["map"]
        if not self._atlas_loaded:
            self.chart.set_atlas(atlas)  # outlines built once, then only recoloured
            self.chart.highlight(self.selection.codes)
            self._atlas_loaded = True
        if result.get("choices") and not self._indicators_listed:
            self._indicators_listed = True
            for code, name in result["choices"]:
                self.measure.addItem(name, code)
        keep = self.player.year
        self.chart.set_series(data, keep)
        self.player.set_years(data.years, keep if keep in data.years else None)
        self.status.setText("")

    def show_error(self, error: JobError) -> None:
        self.status.setText(self.tr("Could not load the map: %1").replace("%1", error.message))


def _load(database: Database, req: ChartRequest, with_choices: bool) -> dict[str, Any]:
    result = load_requests(database, {"map": req})
    if with_choices:
        result["choices"] = indicator_choices(database)
    return result
