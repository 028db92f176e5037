"""Home: the brief's headline figures beside ours, featured cases, and what the data hold."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from explorer.domain.home import HomeSnapshot
from explorer.jobs.home import load_home
from explorer.ui.i18n import format_built_at, format_count
from explorer.ui.layouts import clear_layout
from explorer.ui.pages.base import Page, PageContext
from explorer.ui.runner import JobError
from explorer.ui.widgets.cards import CountCard, MessageCard, text_label
from explorer.ui.widgets.case_card import CaseCard
from explorer.ui.widgets.headline_card import HeadlineCard

CONTENT_MAX_WIDTH = 1240
# Headline cards laid out before the first paint (what a 800-pixel-high window shows).
FIRST_SCREEN_HEADLINES = 2


class _Content(QWidget):
    """The scrolled content; tells Home when it has been painted."""

    painted = Signal()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()


class HomePage(Page):
    """The first page: headline statements, our comparable figures, cases and counts.

    Signals:
        figures_painted(): the database's figures were painted for the first time.
    """

    figures_painted = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.snapshot: HomeSnapshot | None = None
        self._announce_paint = False
        # Lays out what lies below the first screen on the next turn of the event loop; a
        # child of the page, so it dies with it (the kiosk replaces pages).
        self._rest_timer = QTimer(self)
        self._rest_timer.setSingleShot(True)
        self._rest_timer.timeout.connect(self._show_rest)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._content = _Content()
        self._content.setObjectName("page")
        self._content.painted.connect(self._on_painted)
        scroll.setWidget(self._content)
        centre = QHBoxLayout(self._content)
        column = QWidget(self._content)
        column.setMaximumWidth(CONTENT_MAX_WIDTH)
        centre.addWidget(column)
        self.main = QVBoxLayout(column)
        self.main.setContentsMargins(36, 28, 36, 36)
        self.main.setSpacing(14)
        self.main.addWidget(
            text_label(self.tr("South-South cooperation at a glance"), "pageTitle", column)
        )
        self.main.addWidget(
            text_label(
                self.tr(
                    "Developing countries learning from each other: what the founding brief "
                    "reported, next to what public data say."
                ),
                "subtitle",
                column,
            )
        )
        self.counts = QHBoxLayout()
        self.counts.setSpacing(14)
        self.main.addLayout(self.counts)
        self.vintage_label = text_label("", "source", column)
        self.main.addWidget(self.vintage_label)
        self.main.addWidget(text_label(self.tr("The brief and the data"), "sectionTitle", column))
        self.headlines = QVBoxLayout()
        self.headlines.setSpacing(14)
        self.main.addLayout(self.headlines)
        self.main.addWidget(text_label(self.tr("Cases from the brief"), "sectionTitle", column))
        self.cases = QGridLayout()
        self.cases.setSpacing(14)
        self.main.addLayout(self.cases)
        self.main.addStretch(1)

    def submit_load(self) -> None:
        lang = QLocale().name().split("_")[0]
        self.load(load_home, self.context.database, lang)

    def _clear(self) -> None:
        self._rest_timer.stop()
        for layout in (self.counts, self.headlines, self.cases):
            clear_layout(layout)
        self.vintage_label.clear()

    def show_loading(self) -> None:
        self._clear()
        self.headlines.addWidget(MessageCard(self.tr("Loading…")))

    def show_error(self, error: JobError) -> None:
        self._clear()
        detail = (
            error.message
            if error.environment
            else self.tr("This is a bug; details are in the log.")
        )
        self.headlines.addWidget(MessageCard(self.tr("The data could not be read."), detail))

    def show_result(self, result: object) -> None:
        assert isinstance(result, HomeSnapshot)
        self.snapshot = result
        self._clear()
        self._show_counts(result)
        if not result.headlines:
            self.headlines.addWidget(
                MessageCard(self.tr("No data"), self.tr("This database holds no headline figures."))
            )
        # What fits in the first screen is laid out and painted first; the rest follows on
        # the next turn of the event loop, so the window shows real figures sooner.
        first = result.headlines[:FIRST_SCREEN_HEADLINES]
        for headline in first:
            self.headlines.addWidget(HeadlineCard(headline))
        self.settle_later()
        self._rest_timer.start(0)
        self._announce_paint = True
        self._content.update()

    def _show_rest(self) -> None:
        snap = self.snapshot
        if snap is None:
            return
        for headline in snap.headlines[FIRST_SCREEN_HEADLINES:]:
            self.headlines.addWidget(HeadlineCard(headline))
        if snap.featured:
            for i, case in enumerate(snap.featured):
                self.cases.addWidget(CaseCard(case), i // 2, i % 2)
        else:
            self.cases.addWidget(
                MessageCard(
                    self.tr("No data"), self.tr("This database holds no cases from the brief.")
                )
            )
        self.settle()

    def _show_counts(self, snap: HomeSnapshot) -> None:
        c = snap.counts
        items = (
            (c.countries, self.tr("countries and territories", "", c.countries)),
            (c.initiatives, self.tr("cooperation initiatives", "", c.initiatives)),
            (c.datasets, self.tr("source datasets", "", c.datasets)),
        )
        for value, caption in items:
            self.counts.addWidget(CountCard(format_count(value), caption))
        if snap.vintage.built_at:
            self.vintage_label.setText(
                self.tr("Counted in this database, built %1.").replace(
                    "%1", format_built_at(snap.vintage.built_at)
                )
            )
        else:
            self.vintage_label.setText(self.tr("Counted in this database (build date unknown)."))

    def _on_painted(self) -> None:
        if self._announce_paint:
            self._announce_paint = False
            self.figures_painted.emit()
