"""A statement of the brief beside what our data say for the same measure."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from explorer.domain.home import HeadlineComparison, OurSeries, trend_points
from explorer.ui.i18n import format_value, format_year, tr
from explorer.ui.widgets.cards import Card, text_label
from explorer.ui.widgets.trend import TrendStrip

# What each measure of ``summary_figure`` is, in words a reader can check against the brief.
MEASURE_LABELS = {
    "south_south_export_share": QT_TRANSLATE_NOOP(
        "Measure", "Share of developing economies' exports that go to developing economies"
    ),
    "south_south_share_world_trade": QT_TRANSLATE_NOOP(
        "Measure", "Exports among developing economies, as a share of world exports"
    ),
    "south_south_trade_growth_5y": QT_TRANSLATE_NOOP(
        "Measure", "Average yearly growth of exports among developing economies, over 5 years"
    ),
    "rd_spending_chn_jpn": QT_TRANSLATE_NOOP(
        "Measure", "China's R&D spending as a percentage of Japan's, at purchasing power parity"
    ),
    "africa_growth_above_5": QT_TRANSLATE_NOOP(
        "Measure", "African countries whose real GDP grew more than 5% in the year"
    ),
}


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
        label = MEASURE_LABELS.get(series.measure)
        if label:
            body.addWidget(text_label(tr("Measure", str(label)), "source", self.ours))
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
        short_unit = series.unit if len(series.unit) <= 2 else ""
        trend = TrendStrip(self.ours)
        trend.set_points(
            [
                # Only a short unit (%) fits beside each point; the big figure carries the rest.
                (format_year(p.year), format_value(p.value, short_unit), p.value)
                for p in trend_points(series.points)
            ]
        )
        body.addWidget(trend)
        self.ours_source = text_label(
            source_line(series.dataset_name, latest.year), "source", self.ours
        )
        body.addWidget(self.ours_source)
        body.addStretch(1)
