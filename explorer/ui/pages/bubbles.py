"""Bubble chart page: x, y, size and colour by country over the years, with trails."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from explorer.jobs.maps import indicator_choices
from explorer.paths import default_user_db
from explorer.store.database import Database
from explorer.ui.charts.bubble_chart import BubbleChart
from explorer.ui.charts.player import YearPlayer
from explorer.ui.charts.render import ChartRequest
from explorer.ui.pages.base import Page, PageContext
from explorer.ui.runner import JobError
from explorer.ui.selection import CountrySelection, shared_selection
from explorer.ui.widgets.cards import text_label
from explorer.ui.widgets.chart_panel import ChartPanel, load_requests
from explorer.ui.widgets.flow_layout import FlowLayout

DEFAULTS = {"x": "NY.GDP.PCAP.CD", "y": "SP.DYN.LE00.IN", "size": "SP.POP.TOTL"}


class BubblesPage(Page):
    """Gapminder-style chart; ``selection`` is shareable with other pages.

    Signals:
        country_selected(iso3: str): a bubble was clicked.
    """

    country_selected = Signal(str)

    def __init__(self, context: PageContext, parent: QWidget | None = None,
                 selection: CountrySelection | None = None) -> None:
        super().__init__(context, parent)
        # Shared with compare and the country pages, so a selection follows the user.
        self.selection = selection or shared_selection(context.runner)
        self.chart = BubbleChart(selection=self.selection)
        self.chart.country_selected.connect(self.country_selected)
        self.combos: dict[str, QComboBox] = {}
        # Label+combo pairs wrap onto more lines when large text or long translations make
        # one row too wide (a one-row grid cut "Horizontal:" at 200% in the pseudo-locale).
        controls = QWidget(self)
        flow = FlowLayout(controls, spacing=12)
        labels = {"x": self.tr("Horizontal:"), "y": self.tr("Vertical:"),
                  "size": self.tr("Size:"), "colour": self.tr("Colour:")}
        for key, text in labels.items():
            combo = QComboBox(self)
            combo.setAccessibleName(text)
            # Wide enough to read an indicator's name (it showed "GDP per" at 1024 x 600).
            combo.setMinimumContentsLength(24)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.activated.connect(lambda _i: self.reload())
            self.combos[key] = combo
            pair = QWidget(controls)
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            label = QLabel(text, pair)
            label.setBuddy(combo)
            row.addWidget(label)
            row.addWidget(combo)
            flow.addWidget(pair)
        self.combos["colour"].addItem(self.tr("Region"), "region")
        self.combos["colour"].addItem(self.tr("Income group"), "income")
        self.log_x = QCheckBox(self.tr("Logarithmic horizontal axis"), self)
        self.log_x.setChecked(True)
        self.log_y = QCheckBox(self.tr("Logarithmic vertical axis"), self)
        for box in (self.log_x, self.log_y):
            box.toggled.connect(lambda _on: self.chart.set_log(self.log_x.isChecked(),
                                                               self.log_y.isChecked()))
            flow.addWidget(box)
        self.player = YearPlayer(self)
        self.player.year_changed.connect(self.chart.set_year)
        self.status = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(text_label(self.tr("Countries over time"), "pageTitle", self))
        layout.addWidget(controls)
        layout.addWidget(self.status)
        self.panel = ChartPanel(self.chart, self)
        self.panel.attach_star(context.runner, default_user_db())
        for box in (self.log_x, self.log_y):
            box.toggled.connect(lambda _on: self.panel.set_request(self._request()))
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.player)
        self._listed = False
        self._wanted: dict[str, str] = {}  # a bookmarked chart's measures, until listed

    def show_chart(self, kind: str, params: dict[str, str]) -> None:
        """Reopen a bookmarked bubble chart with its axes, size, colour and scales."""
        self._wanted = {k: params[k] for k in ("x", "y", "size", "colour") if k in params}
        self.log_x.setChecked(params.get("log_x", "1") == "1")
        self.log_y.setChecked(params.get("log_y", "0") == "1")
        self._choose_wanted()
        self.reload()

    def _choose_wanted(self) -> bool:
        """Select the wanted measures once the choices are listed; whether it did."""
        if not self._wanted or not self._listed:
            return False
        for key, code in self._wanted.items():
            found = self.combos[key].findData(code)
            if found >= 0:
                self.combos[key].setCurrentIndex(found)
        self._wanted = {}
        return True

    def _code(self, key: str) -> str:
        data = self.combos[key].currentData()
        return str(data) if data else DEFAULTS.get(key, "region")

    def _request(self) -> ChartRequest:
        """What is drawn, scales included (they are applied here, not loaded: the star's
        key must still carry them)."""
        return ChartRequest("bubbles", x=self._code("x"), y=self._code("y"),
                            size=self._code("size"), colour=self._code("colour"),
                            log_x=self.log_x.isChecked(), log_y=self.log_y.isChecked())

    def submit_load(self) -> None:
        req = self._request()
        self.panel.set_request(req)
        self.load(_load, self.context.database, req,
                                   not self._listed)

    def show_loading(self) -> None:
        self.status.setText(self.tr("Loading…"))

    def show_result(self, result: object) -> None:
        assert isinstance(result, dict)
        if result.get("choices") and not self._listed:
            self._listed = True
            for key, combo in self.combos.items():
                for code, name in result["choices"]:
                    combo.addItem(name, code)
                if key in DEFAULTS:
                    combo.setCurrentIndex(combo.findData(DEFAULTS[key]))
            if self._choose_wanted():
                self.reload()  # the bookmarked chart's measures, now that they are listed
        keep = self.player.year
        self.chart.set_series(result["bubbles"], keep)
        self.chart.set_log(self.log_x.isChecked(), self.log_y.isChecked())
        self.player.set_years(result["bubbles"].years, self.chart.year)
        self.status.setText("")

    def show_error(self, error: JobError) -> None:
        self.status.setText(self.tr("Could not load the chart: %1").replace("%1", error.message))


def _load(database: Database, req: ChartRequest, with_choices: bool) -> dict[str, Any]:
    result = load_requests(database, {"bubbles": req})
    if with_choices:
        result["choices"] = indicator_choices(database)
    return result
