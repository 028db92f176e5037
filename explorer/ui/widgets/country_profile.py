"""The country profile view: header, key indicators, cooperation, trade, students and the
brief, fed a ``Profile`` (it never asks for data).

Signals:
    country_selected(iso3: str): a country link was clicked.
    initiatives_requested(query: str, ids: list): show these initiatives (the query is the
        search that finds them; ``ids`` the exact initiatives counted here).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.compare import on_axis, year_axis
from explorer.jobs.countries import Profile
from explorer.ui.models.country_indicators import SPARK, KeyIndicatorModel, SeriesRole
from explorer.ui.widgets.cards import Card, text_label
from explorer.ui.widgets.country_charts import ShareLineChart
from explorer.ui.widgets.country_sections import (
    brief_html,
    cooperation_html,
    header_html,
    income_legend_html,
    students_html,
    trade_html,
)
from explorer.ui.widgets.country_sparkline import IncomeTimeline, SparklineDelegate

if TYPE_CHECKING:
    from pathlib import Path

    from explorer.ui.runner import Runner
    from explorer.ui.widgets.note_editor import NoteEditor


def rich_label(parent: QWidget) -> QLabel:
    """A wrapping rich-text label whose links are handled by the view, not a browser."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setOpenExternalLinks(False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    return label


class ProfileView(QScrollArea):
    """One country's story on one scrolling page."""

    country_selected = Signal(str)
    initiatives_requested = Signal(str, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setObjectName("page")
        body = QWidget(self)
        self.setWidget(body)
        self._links: dict[str, tuple[str, tuple[int, ...]]] = {}
        self.profile: Profile | None = None
        layout = QVBoxLayout(body)
        layout.setContentsMargins(28, 16, 28, 24)
        layout.setSpacing(10)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← All countries"), body)
        self.print_button = QPushButton(self.tr("Print brief…"), body)
        self.pdf_button = QPushButton(self.tr("Save brief as PDF…"), body)
        self.compare_button = QPushButton(self.tr("Compare with peers"), body)
        top.addWidget(self.back_button)
        top.addStretch(1)
        for button in (self.compare_button, self.print_button, self.pdf_button):
            top.addWidget(button)
        layout.addLayout(top)
        self.title = text_label("", "pageTitle", body)
        self.header = self._rich(body)
        layout.addWidget(self.title)
        layout.addWidget(self.header)
        self.timeline = IncomeTimeline(body)
        self.timeline_caption = text_label(
            self.tr("World Bank income group by fiscal year, FY89 to today"), "source", body
        )
        self.legend = self._rich(body)
        self.legend.setText(income_legend_html())
        for w in (self.timeline_caption, self.timeline, self.legend):
            layout.addWidget(w)
        layout.addWidget(text_label(self.tr("Key indicators"), "sectionTitle", body))
        self.indicators = KeyIndicatorModel(self)
        self.table = self._indicator_table(body)
        layout.addWidget(self.table)
        self.no_indicators = text_label(
            self.tr("No data: the World Development Indicators have no figures for it."),
            "muted",
            body,
        )
        layout.addWidget(self.no_indicators)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.provider = self._card(body, grid, 0, 0, self.tr("Cooperation as provider"))
        self.recipient = self._card(body, grid, 0, 1, self.tr("Cooperation as recipient"))
        self.trade = self._card(body, grid, 1, 0, self.tr("Trade with developing economies"))
        self.trade_chart = ShareLineChart(body)
        self.trade_chart.setFixedHeight(170)
        card = self.trade.parentWidget()
        if isinstance(card, Card):
            card.body.insertWidget(1, self.trade_chart)
        self.students = self._card(body, grid, 1, 1, self.tr("Students"))
        self.brief = self._card(body, grid, 2, 0, self.tr("In the brief"))
        layout.addLayout(grid)
        layout.addStretch(1)
        self.notes: NoteEditor | None = None  # see attach_notes

    def attach_notes(self, runner: Runner, user_db: Path) -> NoteEditor:
        """Give the profile the user's note and star on the country (after the cards)."""
        from explorer.ui.widgets.note_editor import NoteEditor

        body = self.widget()
        assert body is not None
        from explorer.ui.widgets.add_to_collection import AddToCollectionButton, AddToCollectionMenu

        self.notes = NoteEditor(runner, user_db, body)
        layout = body.layout()
        assert isinstance(layout, QVBoxLayout)
        self.collect = AddToCollectionMenu(runner, user_db, body)
        button = AddToCollectionButton(self.collect, body,
                                       self.tr("Add this country to one of your collections"))
        layout.insertWidget(layout.count() - 1, button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.insertWidget(layout.count() - 1, self.notes)  # before the stretch
        if self.profile is not None:
            c = self.profile.facts.header.country
            self.notes.set_target(c.iso3, c.name)
            self.collect.set_target(c.iso3, c.name)
        return self.notes

    def _rich(self, parent: QWidget) -> QLabel:
        label = rich_label(parent)
        label.linkActivated.connect(self._on_link)
        return label

    def _card(self, parent: QWidget, grid: QGridLayout, row: int, col: int, title: str) -> QLabel:
        card = Card(parent)
        card.body.addWidget(text_label(title, "cardTitle", card))
        label = self._rich(card)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        card.body.addWidget(label)
        card.body.addStretch(1)
        grid.addWidget(card, row, col)
        return label

    def _indicator_table(self, parent: QWidget) -> QTableView:
        table = QTableView(parent)
        table.setModel(self.indicators)
        table.setItemDelegateForColumn(SPARK, SparklineDelegate(SeriesRole, table))
        table.verticalHeader().hide()
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SPARK, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(SPARK, 120)
        table.verticalHeader().setDefaultSectionSize(28)
        return table

    def set_profile(self, profile: Profile) -> None:
        """Show ``profile``."""
        self.profile = profile
        self._links.clear()
        facts, datasets = profile.facts, profile.datasets
        c = facts.header.country
        self.title.setText(c.name)
        self.header.setText(header_html(facts.header))
        self.timeline.set_history(facts.header.income_history)
        self.indicators.set_indicators(facts.indicators, datasets)
        rows = self.indicators.rowCount()
        self.table.setVisible(rows > 0)
        self.no_indicators.setVisible(rows == 0)
        self.table.setFixedHeight(self.table.horizontalHeader().height() + rows * 28 + 4)
        self.provider.setText(cooperation_html(facts.as_provider, c.iso3, self._link))
        self.recipient.setText(cooperation_html(facts.as_recipient, c.iso3, self._link))
        shares = {s.year: s.share_pct for s in facts.trade.developing_share}
        self.trade_chart.setVisible(bool(shares))
        self.trade_chart.set_series(on_axis(shares, year_axis([shares])), "%")
        self.trade.setText(trade_html(facts.trade, datasets))
        self.students.setText(students_html(facts.students, datasets, self._country_link))
        self.brief.setText(brief_html(facts.brief, c.name, c.iso3, self._link))
        if self.notes is not None:
            self.notes.set_target(c.iso3, c.name)
            self.collect.set_target(c.iso3, c.name)
        self.verticalScrollBar().setValue(0)

    def _link(self, query: str, ids: Sequence[int]) -> str:
        href = f"q:{len(self._links)}"
        self._links[href] = (query, tuple(ids))
        return href

    @staticmethod
    def _country_link(iso3: str) -> str:
        return f"country:{iso3}"

    def _on_link(self, href: str) -> None:
        if href.startswith("country:"):
            self.country_selected.emit(href.partition(":")[2])
        elif href in self._links:
            query, ids = self._links[href]
            self.initiatives_requested.emit(query, list(ids))
