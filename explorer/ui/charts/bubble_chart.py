"""The moving bubble chart (Gapminder style): x, y, size and colour per country and year.

Axes and sizes are fixed across years so that movement means change. Selected countries
(a shared ``CountrySelection``) are outlined, labelled and leave a trail of earlier years.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from explorer.domain.charts import BubbleData, BubblePoint, Table
from explorer.ui.charts.axes import LocaleAxis
from explorer.ui.charts.base import ChartFrame, make_plot
from explorer.ui.charts.legend import ColourLegend
from explorer.ui.charts.numbers import format_number, format_year
from explorer.ui.charts.palettes import NO_DATA, category_colour
from explorer.ui.selection import CountrySelection

SIZE_MIN_PX, SIZE_MAX_PX = 4.0, 48.0


class BubbleChart(ChartFrame):
    """Bubbles for one year; ``set_year`` moves them without rebuilding anything else.

    Signals:
        country_selected(iso3: str): a bubble was clicked (it also toggles the selection).
    """

    country_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None,
                 selection: CountrySelection | None = None) -> None:
        super().__init__(parent)
        self.plot = make_plot(self.body, {"bottom": LocaleAxis("bottom"),
                                          "left": LocaleAxis("left")})
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.body_layout.addWidget(self.plot, 1)
        self.legend = ColourLegend(self.body)
        self.body_layout.addWidget(self.legend)
        self.selection = selection or CountrySelection(self)
        self.selection.selection_changed.connect(lambda _codes: self._draw())
        self._bubbles = pg.ScatterPlotItem(pxMode=True, pen=pg.mkPen("#444444", width=0.6))
        self.plot.getPlotItem().addItem(self._bubbles)
        self._extras: list[pg.GraphicsObject] = []
        self.year_text = pg.TextItem(color=QColor(0, 0, 0, 40), anchor=(1, 1))
        self.data: BubbleData | None = None
        self.year: int | None = None
        self.frame: tuple[BubblePoint, ...] = ()
        self.log_x = self.log_y = False
        self._size_max = 1.0
        self.plot.scene().sigMouseMoved.connect(self._on_move)
        self.plot.scene().sigMouseClicked.connect(self._on_click)
        self.fonts_changed()

    def set_series(self, data: BubbleData, year: int | None = None) -> None:
        self.data = data
        self.set_header(data.title, data.source,
                        self.tr("Size: %1. Colour: %2.").replace("%1", data.size_label)
                        .replace("%2", data.colour_label))
        if not data.years:
            self.show_empty(self.tr("No year has both %1 and %2.").replace(
                "%1", data.x_label).replace("%2", data.y_label))
            return
        self.show_body()
        sizes = [v for per in data.size.values() for v in per.values() if v > 0]
        self._size_max = max(sizes) if sizes else 1.0
        self.legend.set_categories([(c, category_colour(i)) for i, c in
                                    enumerate(data.categories)], data.colour_label)
        item = self.plot.getPlotItem()
        item.setLabel("bottom", data.x_label)
        item.setLabel("left", data.y_label)
        self.set_year(year if year in data.years else data.years[-1], fit=True)

    def set_log(self, log_x: bool, log_y: bool) -> None:
        """Logarithmic (True) or linear axes; ranges are refitted over every year."""
        self.log_x, self.log_y = log_x, log_y
        item = self.plot.getPlotItem()
        # Coordinates are transformed here (ScatterPlotItem has no log mode of its own); the
        # axes only learn to label powers of ten.
        item.getAxis("bottom").setLogMode(log_x)
        item.getAxis("left").setLogMode(log_y)
        self._fit()
        self._draw()

    def _fit(self) -> None:
        """Fix the axes over every year, so bubbles move against a still background."""
        if self.data is None:
            return
        def span(values: list[float], log: bool) -> tuple[float, float]:
            vals = [math.log10(v) for v in values if v > 0] if log else values
            return (min(vals), max(vals)) if vals else (0.0, 1.0)
        xs = [v for per in self.data.x.values() for v in per.values()]
        ys = [v for per in self.data.y.values() for v in per.values()]
        self.plot.getPlotItem().setRange(xRange=span(xs, self.log_x),
                                         yRange=span(ys, self.log_y), padding=0.05)

    def set_year(self, year: int, *, fit: bool = False) -> None:
        """Move the bubbles to ``year``."""
        if self.data is None:
            return
        self.year = year
        self.frame = self.data.frame(year)
        if fit:
            self._fit()
        self._draw()
        self.data_changed.emit()

    def _size_px(self, value: float | None) -> float:
        if value is None or value <= 0:
            return SIZE_MIN_PX
        return SIZE_MIN_PX + (SIZE_MAX_PX - SIZE_MIN_PX) * math.sqrt(value / self._size_max)

    def _brush(self, point: BubblePoint) -> QColor:
        if self.data is None or point.colour not in self.data.categories:
            return NO_DATA
        colour = QColor(category_colour(self.data.categories.index(point.colour)))
        colour.setAlpha(200)
        return colour

    def _draw(self) -> None:
        if self.data is None or self.year is None:
            return
        item = self.plot.getPlotItem()
        for extra in self._extras:
            item.removeItem(extra)
        self._extras = []
        chosen = set(self.selection.codes)
        pts = tuple(p for p in self.frame if self._drawable(p.x, p.y))
        xy = [self._view_xy(p.x, p.y) for p in pts]
        order = sorted(range(len(pts)), key=lambda i: -(pts[i].size or 0))  # big ones behind
        self._bubbles.setData(
            x=[xy[i][0] for i in order], y=[xy[i][1] for i in order],
            size=[self._size_px(pts[i].size) for i in order],
            brush=[self._brush(pts[i]) for i in order],
            pen=[pg.mkPen("k", width=2.5) if pts[i].iso3 in chosen else
                 pg.mkPen("#444444", width=0.6) for i in order],
            data=[pts[i].iso3 for i in order])
        for iso3 in self.selection.codes:
            trail = [self._view_xy(self.data.x[y][iso3], self.data.y[y][iso3])
                     for y in self.data.years if y <= self.year and iso3 in self.data.x[y]
                     and iso3 in self.data.y[y]
                     and self._drawable(self.data.x[y][iso3], self.data.y[y][iso3])]
            if len(trail) > 1:
                line = pg.PlotDataItem([t[0] for t in trail], [t[1] for t in trail],
                                       pen=pg.mkPen("#333333", width=1.2), symbol="o",
                                       symbolSize=4, symbolBrush="#333333")
                item.addItem(line)
                self._extras.append(line)
            if trail:
                label = pg.TextItem(self.data.names.get(iso3, iso3), color="#000", anchor=(0, 1))
                label.setPos(*trail[-1])
                item.addItem(label)
                self._extras.append(label)
        self.year_text.setText(format_year(self.year))
        if self.year_text not in item.items:
            item.addItem(self.year_text, ignoreBounds=True)
        vr = item.vb.viewRange()
        self.year_text.setPos(vr[0][1], vr[1][0])

    def _drawable(self, x: float, y: float) -> bool:
        """Whether a point can sit on the axes (log axes take positive values only)."""
        return (x > 0 or not self.log_x) and (y > 0 or not self.log_y)

    def _view_xy(self, x: float, y: float) -> tuple[float, float]:
        vx = math.log10(x) if self.log_x and x > 0 else x
        vy = math.log10(y) if self.log_y and y > 0 else y
        return vx, vy

    def fonts_changed(self) -> None:
        if not hasattr(self, "year_text"):
            return  # called from the base constructor, before the year label exists
        font = self.year_text.textItem.font()
        font.setPointSizeF(48 * self.font_scale())
        self.year_text.setFont(font)

    def table(self) -> Table:
        if self.data is None or self.year is None or self.is_empty:
            return Table((), ())
        return self.data.table(self.year)

    def point_at(self, scene_pos: QPointF) -> BubblePoint | None:
        """The smallest bubble under a scene position (small ones sit on top)."""
        hits = self._bubbles.pointsAt(self.plot.getPlotItem().vb.mapSceneToView(scene_pos))
        if len(hits) == 0:
            return None
        best = min(hits, key=lambda s: s.size())
        code = best.data()
        return next((p for p in self.frame if p.iso3 == code), None)

    def _on_move(self, pos: QPointF) -> None:
        point = self.point_at(pos)
        if point is None or self.data is None:
            return
        size = format_number(point.size) if point.size is not None else self.tr("no data")
        self.info_label.setText(
            f"{point.name} ({format_year(self.year or 0)}): {self.data.x_label} "
            f"{format_number(point.x)}; {self.data.y_label} {format_number(point.y)}; "
            f"{self.data.size_label} {size}; {point.colour or self.tr('no data')}")

    def _on_click(self, event: object) -> None:
        point = self.point_at(event.scenePos())  # type: ignore[attr-defined]
        if point is not None:
            self.selection.toggle(point.iso3)
            self.country_selected.emit(point.iso3)

