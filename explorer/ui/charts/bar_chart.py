"""Horizontal bars, largest at the top (top partners): long names fit on the left axis."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from explorer.domain.charts import BarData, Table
from explorer.ui.charts.axes import MAX_LABEL_WIDTH, CategoryAxis, LocaleAxis, elide
from explorer.ui.charts.base import ChartFrame, make_plot
from explorer.ui.charts.numbers import format_number
from explorer.ui.charts.palettes import category_colour


class BarChart(ChartFrame):
    """One bar per label.

    Signals:
        bar_clicked(key: str): the key (ISO3) of the bar clicked.
    """

    bar_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.axis = CategoryAxis("left")
        self.plot = make_plot(self.body, {"left": self.axis,
                                          "bottom": LocaleAxis("bottom")})
        self.body_layout.addWidget(self.plot)
        self.plot.showGrid(x=True, alpha=0.15)
        self.data: BarData | None = None
        self.plot.scene().sigMouseMoved.connect(self._on_hover)
        self.plot.scene().sigMouseClicked.connect(self._on_click)

    def set_series(self, data: BarData) -> None:
        self.data = data
        self.set_header(data.title, data.source, data.note, data.units)
        item = self.plot.getPlotItem()
        item.clear()
        if not data.values:
            self.show_empty(self.tr("No data: %1 has no values in this source.")
                            .replace("%1", data.title))
            return
        self.show_body()
        n = len(data.values)
        ys = [n - 1 - i for i in range(n)]  # largest at the top
        bars = pg.BarGraphItem(x0=0, y=ys, height=0.7, width=list(data.values),
                               brush=category_colour(4), pen=None)
        item.addItem(bars)
        metrics = QFontMetrics(self.axis.style.get("tickFont") or self.font())
        labels = [elide(metrics, label, MAX_LABEL_WIDTH) for label in data.labels]
        self.axis.set_labels(list(reversed(labels)))
        width = max(metrics.horizontalAdvance(label) for label in labels)
        self.axis.setWidth(width + 16)
        item.setLabel("bottom", data.units)
        item.setYRange(-0.6, n - 0.4, padding=0)
        item.setXRange(0, max(data.values), padding=0.05)
        self.data_changed.emit()

    def table(self) -> Table:
        return self.data.table() if self.data is not None and not self.is_empty else Table((), ())

    def bar_at(self, scene_pos: object) -> int | None:
        """Index (into ``data``) of the bar under a scene position."""
        if self.data is None or self.is_empty:
            return None
        point = self.plot.getPlotItem().vb.mapSceneToView(scene_pos)
        n = len(self.data.values)
        index = int(n - 1 - round(point.y()))
        if 0 <= index < n and abs(point.y() - round(point.y())) <= 0.35 and \
                0 <= point.x() <= self.data.values[index]:
            return index
        return None

    def _on_hover(self, pos: object) -> None:
        index = self.bar_at(pos)
        if index is not None and self.data is not None:
            self.info_label.setText(f"{self.data.labels[index]}: "
                                    f"{format_number(self.data.values[index])} {self.data.units}")

    def _on_click(self, event: object) -> None:
        index = self.bar_at(event.scenePos())  # type: ignore[attr-defined]
        if index is not None and self.data is not None and self.data.keys:
            self.bar_clicked.emit(self.data.keys[index])
