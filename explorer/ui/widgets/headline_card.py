"""A statement of the brief beside what our data say for the same measure."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from explorer.domain.home import HeadlineComparison, OurSeries, trend_points
from explorer.ui.i18n import format_value, format_year, tr
from explorer.ui.widgets.cards import Card, text_label
from explorer.ui.widgets.trend import TrendStrip


def source_line(name: str, year: int | None) -> str:
    """ "Source: <dataset>, <year>" (the year left out when the source has none)."""
    if year is None:
        return tr("HeadlineCard", "Source: %1").replace("%1", name)
    return tr("HeadlineCard", "Source: %1, %2").replace("%1", name).replace("%2", format_year(year))


class HeadlineCard(Card):
    """One headline: the brief's statement and figure on the left, ours on the right."""

    def __init__(self, headline: HeadlineComparison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = headline
        row = QHBoxLayout()
        row.setSpacing(24)
        self.body.addLayout(row)
        row.addLayout(self._brief_column(headline), 3)
        self.ours = Card(self, variant="tint")
        row.addWidget(self.ours, 2)
        self._fill_ours(headline.ours)

    def _brief_column(self, h: HeadlineComparison) -> QVBoxLayout:
        col = QVBoxLayout()
        col.setSpacing(6)
        col.addWidget(text_label(tr("HeadlineCard", "The brief said"), "eyebrow", self))
        col.addWidget(text_label(h.statement, "statement", self))
        if h.value is not None:
            self.brief_value = text_label(format_value(h.value, h.unit), "bigValue", self)
            col.addWidget(self.brief_value)
        source = source_line(h.source_name, h.year)
        if h.cited_source:
            source = (
                tr("HeadlineCard", "%1 (citing %2)")
                .replace("%1", source)
                .replace("%2", h.cited_source)
            )
        col.addWidget(text_label(source, "source", self))
        col.addStretch(1)
        return col

    def _fill_ours(self, series: OurSeries | None) -> None:
        body = self.ours.body
        body.addWidget(text_label(tr("HeadlineCard", "What our data say"), "eyebrow", self.ours))
        if series is None or not series.points:
            self.ours_value = text_label(
                tr("HeadlineCard", "No comparable series in the data."), "emptyTitle", self.ours
            )
            body.addWidget(self.ours_value)
            body.addStretch(1)
            return
        latest = series.latest
        value = format_value(latest.value, series.unit)
        self.ours_value = text_label(
            tr("HeadlineCard", "%1 in %2")
            .replace("%1", value)
            .replace("%2", format_year(latest.year)),
            "bigValue",
            self.ours,
        )
        body.addWidget(self.ours_value)
        trend = TrendStrip(self.ours)
        trend.set_points(
            [
                (format_year(p.year), format_value(p.value, series.unit), p.value)
                for p in trend_points(series.points)
            ]
        )
        body.addWidget(trend)
        self.ours_source = text_label(
            source_line(series.dataset_name, latest.year), "source", self.ours
        )
        body.addWidget(self.ours_source)
        body.addStretch(1)
