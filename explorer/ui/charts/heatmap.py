"""A matrix as a heatmap: rows export (provide) to columns; missing cells drawn as no data."""

from __future__ import annotations

import re

import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QGraphicsRectItem, QWidget

from explorer.domain.charts import Matrix, Table
from explorer.ui.charts.axes import MAX_LABEL_WIDTH, CategoryAxis, elide
from explorer.ui.charts.base import ChartFrame, make_plot
from explorer.ui.charts.legend import ColourLegend
from explorer.ui.charts.numbers import format_number
from explorer.ui.charts.palettes import NO_DATA, ColourScale


def short_label(name: str) -> str:
    """A column label that fits: the name if short, else its initials (MENAAP, SSA) for
    Latin-script names; other scripts have no meaningful initials and are kept whole (the
    caller elides them)."""
    if len(name) <= 12 or not name.isascii():
        return name
    words = [w for w in re.split(r"[\s,&/-]+", name) if w and w[0].isalpha()]
    return "".join(w[0].upper() for w in words if w[0].isupper() or len(w) > 3)


class HeatmapChart(ChartFrame):
    """Cells coloured on a fixed viridis scale, each with its value printed inside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows_axis = CategoryAxis("left")
        self.cols_axis = CategoryAxis("bottom")
        self.plot = make_plot(self.body, {"left": self.rows_axis, "bottom": self.cols_axis})
        self.plot.getPlotItem().invertY(True)
        self.plot.getPlotItem().setMouseEnabled(False, False)
        self.body_layout.addWidget(self.plot, 1)
        self.legend = ColourLegend(self.body)
        self.body_layout.addWidget(self.legend)
        self.data: Matrix | None = None
        self.plot.scene().sigMouseMoved.connect(self._on_hover)

    def set_series(self, data: Matrix) -> None:
        self.data = data
        shorts = [short_label(c) for c in data.columns]
        key = "; ".join(f"{s} = {c}" for s, c in zip(shorts, data.columns, strict=True)
                        if s != c)
        note = f"{data.note} {self.tr('Columns:')} {key}" if key else data.note
        self.set_header(data.title, data.source, note.strip(), data.units)
        item = self.plot.getPlotItem()
        item.clear()
        known = [v for row in data.values for v in row if v is not None]
        if not known:
            self.show_empty(self.tr("No data for %1.").replace("%1", data.title))
            return
        self.show_body()
        positives = [v for v in known if v > 0]
        log = bool(positives) and len(positives) == len(known) and \
            max(positives) / min(positives) > 100
        scale = ColourScale(min(known), max(known), log=log)
        for r, row in enumerate(data.values):
            for c, value in enumerate(row):
                cell = QGraphicsRectItem(QRectF(c - 0.5, r - 0.5, 1, 1))
                colour = NO_DATA if value is None else scale.colour(value)
                cell.setBrush(colour)
                cell.setPen(pg.mkPen("w", width=1))
                item.addItem(cell)
                text = self.tr("no data") if value is None else format_number(value)
                dark = colour.lightnessF() < 0.55
                label = pg.TextItem(text, color=QColor("white" if dark else "#222"),
                                    anchor=(0.5, 0.5))
                label.setPos(c, r)
                item.addItem(label)
        metrics = QFontMetrics(self.font())
        rows = [elide(metrics, r, MAX_LABEL_WIDTH) for r in data.rows]
        self.rows_axis.set_labels(rows)
        self.cols_axis.set_labels([elide(metrics, c, 110) for c in shorts])
        self.rows_axis.setWidth(max(metrics.horizontalAdvance(r) for r in rows) + 16)
        item.setXRange(-0.5, len(data.columns) - 0.5, padding=0)
        item.setYRange(-0.5, len(data.rows) - 0.5, padding=0)
        self.legend.set_scale(scale, data.units, has_missing=len(known) < len(data.rows) *
                              len(data.columns))
        self.data_changed.emit()

    def table(self) -> Table:
        return self.data.table() if self.data is not None and not self.is_empty else Table((), ())

    def _on_hover(self, pos: object) -> None:
        if self.data is None or self.is_empty:
            return
        p = self.plot.getPlotItem().vb.mapSceneToView(pos)
        r, c = round(p.y()), round(p.x())
        if 0 <= r < len(self.data.rows) and 0 <= c < len(self.data.columns):
            value = self.data.values[r][c]
            shown = self.tr("no data") if value is None else format_number(value)
            self.info_label.setText(f"{self.data.rows[r]} → {self.data.columns[c]}: {shown} "
                                    f"{self.data.units}")
