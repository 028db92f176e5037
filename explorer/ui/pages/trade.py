"""Trade page: South-South shares for a country or group, partners, pairs and regions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from explorer.paths import default_user_db
from explorer.store.database import Database
from explorer.ui.charts.bar_chart import BarChart
from explorer.ui.charts.base import ChartFrame
from explorer.ui.charts.heatmap import HeatmapChart
from explorer.ui.charts.line_chart import LineChart
from explorer.ui.charts.render import ChartRequest
from explorer.ui.pages.base import Page, PageContext
from explorer.ui.runner import JobError
from explorer.ui.widgets.cards import text_label
from explorer.ui.widgets.chart_panel import ChartPanel, load_requests

if TYPE_CHECKING:
    from PySide6.QtWidgets import QCompleter


class TradePage(Page):
    """One country (ISO3) or group code (G77, ASEAN, AU, SSF, LMC...) and a partner.

    Signals:
        country_selected(iso3: str): a partner bar was clicked.
    """

    country_selected = Signal(str)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.subject = QLineEdit("BRA", self)
        self.subject.setAccessibleName(self.tr("Country or group code"))
        self.subject.setPlaceholderText(self.tr("BRA, G77, ASEAN, AU, SSF…"))
        self._completer: QCompleter | None = None  # country names, once loaded
        self.partner = QLineEdit("CHN", self)
        self.partner.setAccessibleName(self.tr("Partner country code"))
        self.year = QSpinBox(self)
        self.year.setRange(1990, 2020)
        self.year.setValue(2019)
        self.year.setAccessibleName(self.tr("Year of the partner and region charts"))
        show = QPushButton(self.tr("Show"), self)
        show.clicked.connect(self.reload)
        self.subject.returnPressed.connect(self.reload)
        self.partner.returnPressed.connect(self.reload)
        top = QHBoxLayout()
        for text, widget in ((self.tr("Country or group:"), self.subject),
                             (self.tr("Partner:"), self.partner), (self.tr("Year:"), self.year)):
            top.addWidget(QLabel(text, self))
            top.addWidget(widget)
        top.addWidget(show)
        top.addStretch(1)
        self.charts: dict[str, ChartFrame] = {
            "trade-share": LineChart(), "trade-values": LineChart(), "brief": LineChart(),
            "partners": BarChart(), "bilateral": LineChart(), "matrix": HeatmapChart(),
        }
        titles = {"trade-share": self.tr("South-South share"), "trade-values": self.tr("Values"),
                  "brief": self.tr("The brief and the data"), "partners": self.tr("Top partners"),
                  "bilateral": self.tr("Pair (both reports)"),
                  "matrix": self.tr("Between regions")}
        self.tabs = QTabWidget(self)
        self.panels = {key: ChartPanel(chart, self) for key, chart in self.charts.items()}
        for key, panel in self.panels.items():
            self.tabs.addTab(panel, titles[key])
            panel.attach_star(context.runner, default_user_db())
        partners = self.charts["partners"]
        assert isinstance(partners, BarChart)
        partners.bar_clicked.connect(self.country_selected)
        self.status = QLabel(self)
        layout = QVBoxLayout(self)
        title = self.tr("Trade between developing economies")
        layout.addWidget(text_label(title, "pageTitle", self))
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)

    def requests(self) -> dict[str, ChartRequest]:
        # As typed: a name in any stored language ("Brasil", "巴西") is resolved by the job.
        code = self.subject.text().strip() or "BRA"
        partner = self.partner.text().strip() or "CHN"
        year = self.year.value()
        return {
            "trade-share": ChartRequest("trade-share", country=code),
            "trade-values": ChartRequest("trade-values", country=code),
            "brief": ChartRequest("brief"),
            "partners": ChartRequest("partners", country=code, year=year),
            "bilateral": ChartRequest("bilateral", country=code, partner=partner),
            "matrix": ChartRequest("matrix", year=year),
        }

    def submit_load(self) -> None:
        if self._completer is None:  # country names to complete, loaded once
            from explorer.jobs.countries import load_choices

            self.context.runner.submit(f"{self.job_key}.names", load_choices,
                                       self.context.database, on_done=self._set_names)
        requests = self.requests()
        for key, panel in self.panels.items():
            panel.set_request(requests[key])
        self.load(_load, self.context.database, requests)

    def _set_names(self, choices: object) -> None:
        from PySide6.QtCore import QStringListModel, Qt
        from PySide6.QtWidgets import QCompleter

        names = [name for _iso3, name in getattr(choices, "countries", ())]
        self._completer = QCompleter(QStringListModel(names, self), self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.subject.setCompleter(self._completer)
        self.partner.setCompleter(self._completer)

    def show_chart(self, kind: str, params: dict[str, str]) -> None:
        """Reopen a bookmarked chart (its key's ``kind`` and parameters) in its tab."""
        if "country" in params:
            self.subject.setText(params["country"])
        if "partner" in params:
            self.partner.setText(params["partner"])
        if params.get("year", "").isdigit():
            self.year.setValue(int(params["year"]))
        for key, request in self.requests().items():
            if request.kind == kind:
                self.tabs.setCurrentWidget(self.panels[key])
                break
        self.reload()

    def show_loading(self) -> None:
        self.status.setText(self.tr("Loading…"))

    def show_result(self, result: object) -> None:
        assert isinstance(result, dict)
        if "error" in result:
            self.status.setText(result["error"])
            return
        for key, chart in self.charts.items():
            chart.set_series(result[key])  # type: ignore[attr-defined]
        self.status.setText("")

    def show_error(self, error: JobError) -> None:
        self.status.setText(self.tr("Could not load trade: %1").replace("%1", error.message))


def resolve_subjects(database: Database, requests: dict[str, ChartRequest]
                     ) -> dict[str, ChartRequest]:  # fmt: skip
    """Country names in any stored language become ISO3 codes (issue 19); a code the trade
    data know (an ISO3, or a group: G77, ASEAN, AU) is kept as it is, upper-cased."""
    from dataclasses import replace

    from explorer.jobs.countries import resolve
    from explorer.store.queries.trade import UnknownSubject, resolve_subject

    seen: dict[str, str] = {}

    def code(text: str | None) -> str | None:
        if text is None:
            return None
        if text not in seen:
            try:
                with database.connect() as conn:
                    seen[text] = resolve_subject(conn, text).code
            except UnknownSubject:
                seen[text] = resolve(database, text).iso3 or text.upper()
        return seen[text]

    return {key: replace(r, country=code(r.country), partner=code(r.partner))
            for key, r in requests.items()}  # fmt: skip


def _load(database: Database, requests: dict[str, ChartRequest]) -> dict[str, Any]:
    from explorer.store.queries.trade import UnknownSubject

    try:
        return load_requests(database, resolve_subjects(database, requests))
    except UnknownSubject as exc:
        # Reported on the page (not a bug, not the environment): the user typed a bad code.
        return {"error": f"No country or group has the code {exc.args[0]!r}."}
