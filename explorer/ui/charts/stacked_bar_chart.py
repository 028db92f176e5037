"""Stacked bars per year (initiatives by modality or sector), with a legend."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from explorer.domain.charts import StackedBarData, Table
from explorer.ui.charts.base import ChartFrame, make_plot
from explorer.ui.charts.numbers import format_number, format_year
from explorer.ui.charts.palettes import category_colour


class StackedBarChart(ChartFrame):
    """Bars of categories (years) split into coloured stacks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = make_plot(self.body)
        self.body_layout.addWidget(self.plot)
        self.plot.showGrid(y=True, alpha=0.15)
        self.legend = self.plot.getPlotItem().addLegend(
            offset=(10, 10), brush=pg.mkBrush(255, 255, 255, 210))
        self.data: StackedBarData | None = None
        self.plot.scene().sigMouseMoved.connect(self._on_hover)

    def set_series(self, data: StackedBarData) -> None:
        self.data = data
        self.set_header(data.title, data.source, data.note, data.units)
        item = self.plot.getPlotItem()
        item.clear()
        self.legend.clear()
        if not data.categories or not any(any(s.values) for s in data.stacks):
            self.show_empty(self.tr("No initiatives match: %1").replace("%1", data.note))
            return
        self.show_body()
        xs = np.asarray(data.categories, dtype=float)
        bottom = np.zeros(len(xs))
        for i, stack in enumerate(data.stacks):
            heights = np.asarray(stack.values, dtype=float)
            bars = pg.BarGraphItem(x=xs, y0=bottom, height=heights, width=0.8,
                                   brush=category_colour(i), pen=pg.mkPen("w", width=0.5),
                                   name=stack.name)
            item.addItem(bars)
            bottom = bottom + heights
        item.setLabel("left", data.units)
        item.setLabel("bottom", self.tr("Start year"))
        item.enableAutoRange()
        self.data_changed.emit()

    def table(self) -> Table:
        return self.data.table() if self.data is not None and not self.is_empty else Table((), ())

    def _on_hover(self, pos: object) -> None:
        if self.data is None or self.is_empty:
            return
        x = round(self.plot.getPlotItem().vb.mapSceneToView(pos).x())
        if x not in self.data.categories:
            return
        i = self.data.categories.index(x)
        parts = [f"{s.name} {format_number(s.values[i])}" for s in self.data.stacks
                 if s.values[i]]
        self.info_label.setText(f"{format_year(x)}: " + (", ".join(parts) or
                                                         self.tr("no initiatives")))
