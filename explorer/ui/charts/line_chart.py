"""Yearly series on one axis, with published reference figures as labelled markers."""

from __future__ import annotations

import math
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QWidget

from explorer.domain.charts import LineChartData, Table
from explorer.ui.charts.base import ChartFrame, make_plot
from explorer.ui.charts.numbers import format_number, format_year
from explorer.ui.charts.palettes import (
    category_colour,
    high_contrast,
    series_marker,
    series_pen_style,
)

REFERENCE_COLOUR = QColor("#D55E00")


class LineChart(ChartFrame):
    """Lines over years; dashed series are the other side's report (or an aggregate)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = make_plot(self.body)
        self.body_layout.addWidget(self.plot)
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.legend = self.plot.getPlotItem().addLegend(
            offset=(10, 10), brush=pg.mkBrush(255, 255, 255, 210))
        self.data: LineChartData | None = None
        self._ref_texts: list[pg.TextItem] = []
        self.plot.scene().sigMouseMoved.connect(self._on_hover)

    def set_series(self, data: LineChartData) -> None:
        """Show ``data``; an empty state when no series has a point."""
        self.data = data
        self.set_header(data.title, data.source, data.note, data.units)
        item = self.plot.getPlotItem()
        item.clear()
        self.legend.clear()
        self._ref_texts = []
        if not any(s.points for s in data.series):
            self.show_empty(self.tr("No data: %1 has no values in this source.")
                            .replace("%1", data.title))
            return
        self.show_body()
        strong = high_contrast()
        for i, series in enumerate(data.series):
            if not series.points:
                continue
            paired = len(data.series) == 4  # each side's report of one flow: same colour
            pen = QPen(category_colour(i // 2 * 2 if paired else i))
            pen.setWidthF(3.2 if strong else 2.4)
            pen.setCosmetic(True)
            if series.dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            elif strong and not paired:
                pen.setStyle(series_pen_style(i))
            xs, ys = with_gaps(series.points)
            # A missing year is a gap in the line, never a straight segment across it; every
            # real point keeps its dot, so a lone year between gaps still shows. In high
            # contrast each series has its own marker and dash, never colour alone.
            item.plot(xs, ys, pen=pen, name=series.name,
                      symbol=series_marker(i) if strong else "o", symbolSize=9 if strong else 4,
                      symbolBrush=pen.color(), symbolPen=None, connect="finite")
        # By value, alternating below/above, so two close figures (10% and 11%) never overlap.
        for k, ref in enumerate(sorted(data.references, key=lambda r: r.value)):
            # Unnamed, so the legend stays small; the source goes in the note below.
            marker = pg.ScatterPlotItem([ref.year], [ref.value], symbol="star", size=16,
                                        brush=REFERENCE_COLOUR, pen=pg.mkPen("k", width=0.5))
            item.addItem(marker)
            text = pg.TextItem(ref.label, color=REFERENCE_COLOUR,
                               anchor=(0, -0.5) if k % 2 == 0 else (0, 1.3))
            text.setPos(ref.year, ref.value)
            item.addItem(text)
            self._ref_texts.append(text)
        sources = dict.fromkeys(r.source for r in data.references)
        if sources:
            stars = self.tr("Stars: published figures; source: %1.").replace(
                "%1", "; ".join(sources))
            self.note_label.setText(f"{data.note} {stars}".strip())
            self.note_label.setVisible(True)
        item.setLabel("left", data.units)
        item.setLabel("bottom", self.tr("Year"))
        item.enableAutoRange()
        self.fonts_changed()
        self.data_changed.emit()

    def table(self) -> Table:
        """Years by series; each reference figure gets its own column, in its year's row."""
        if self.data is None or self.is_empty:
            return Table((), ())
        base = self.data.table()
        refs = self.data.references
        if not refs:
            return base
        years = sorted({r[0] for r in base.rows if isinstance(r[0], int)} |
                       {r.year for r in refs})
        by_year = {r[0]: r[1:] for r in base.rows}
        blank = (None,) * (len(base.headers) - 1)
        rows = tuple((y, *by_year.get(y, blank), *(r.value if r.year == y else None
                                                   for r in refs)) for y in years)
        headers = base.headers + tuple(f"{r.label} ({r.source})" for r in refs)
        return Table(headers, rows)

    def fonts_changed(self) -> None:
        for text in getattr(self, "_ref_texts", []):
            font = text.textItem.font()
            font.setPointSizeF(9 * self.font_scale())
            text.setFont(font)

    def _on_hover(self, pos: object) -> None:
        if self.data is None or self.is_empty:
            return
        view = self.plot.getPlotItem().vb
        point = view.mapSceneToView(pos)
        year = round(point.x())
        parts = [format_year(year)]
        for series in self.data.series:
            value = dict(series.points).get(year)
            shown = format_number(value) if value is not None else self.tr("no data")
            parts.append(f"{series.name}: {shown}")
        self.info_label.setText(" · ".join(parts))


def with_gaps(points: Sequence[tuple[int, float]]) -> tuple[list[float], list[float]]:
    """Years and values with a NaN after each year followed by a missing one, so the line
    breaks there (pyqtgraph's ``connect="finite"``)."""
    xs: list[float] = []
    ys: list[float] = []
    previous: int | None = None
    for year, value in sorted(points):
        if previous is not None and year > previous + 1:
            xs.append(previous + 1)
            ys.append(math.nan)
        xs.append(year)
        ys.append(value)
        previous = year
    return xs, ys
