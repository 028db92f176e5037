"""World choropleth: outlines built once, recoloured per year on a fixed colour scale.

Small states (tiny or missing outlines) also get a marker at their label point so they stay
visible and clickable. Countries without a value are light grey with a "No data" legend entry.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QWidget

from explorer.domain.charts import Atlas, MapData, Outline, Table
from explorer.ui.charts.base import ChartFrame, make_geo_plot
from explorer.ui.charts.legend import ColourLegend
from explorer.ui.charts.numbers import format_number, format_year
from explorer.ui.charts.palettes import NO_DATA, OUTLINE, SELECTED, ColourScale, category_colour

MARKER_PX = 8
MIN_LAT = -60.0  # Antarctica has no country data; leaving it out gives the rest more room


def outline_path(outline: Outline) -> QPainterPath:
    """All rings of an outline in one path; holes by the odd-even rule."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in outline.rings:
        xs, ys = np.ascontiguousarray(ring[:, 0]), np.ascontiguousarray(ring[:, 1])
        path.addPath(pg.arrayToQPath(xs, ys, connect="all"))
        path.closeSubpath()
    return path


class MapChart(ChartFrame):
    """A choropleth of one measure in one year.

    Signals:
        country_selected(iso3: str): a country (outline or marker) was clicked.
        hovered(iso3: str): the pointer is over a country ("" when over none).
    """

    country_selected = Signal(str)
    hovered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = make_geo_plot(self.body)
        self.body_layout.addWidget(self.plot, 1)
        self.legend = ColourLegend(self.body)
        self.body_layout.addWidget(self.legend)
        self.outlines: list[Outline] = []
        self._paths: list[QGraphicsPathItem | None] = []
        self._bounds: list[QRectF] = []
        self._marker_index: list[int] = []
        self._markers = pg.ScatterPlotItem(pxMode=True, size=MARKER_PX,
                                           pen=pg.mkPen("#555555", width=1))
        self.data: MapData | None = None
        self.year: int | None = None
        self._scale: ColourScale | None = None
        self._hover = -1
        self.highlighted: list[str] = []
        self.plot.scene().sigMouseMoved.connect(self._on_move)
        self.plot.scene().sigMouseClicked.connect(self._on_click)

    # -- geometry (once) ---------------------------------------------------------------
    def set_atlas(self, atlas: Atlas) -> None:
        """Build the outline paths and markers; later data only recolours them."""
        item = self.plot.getPlotItem()
        item.clear()
        self.outlines = [o for o in atlas.outlines if o.label[1] >= MIN_LAT]
        self._paths, self._bounds, self._marker_index = [], [], []
        pen = QPen(OUTLINE)
        pen.setCosmetic(True)
        pen.setWidthF(0.6)
        for i, outline in enumerate(self.outlines):
            path_item: QGraphicsPathItem | None = None
            if outline.rings:
                path_item = QGraphicsPathItem(outline_path(outline))
                path_item.setPen(pen)
                path_item.setBrush(NO_DATA)
                item.addItem(path_item)
                self._bounds.append(path_item.path().boundingRect())
            else:
                self._bounds.append(QRectF())
            self._paths.append(path_item)
            if outline.small:
                self._marker_index.append(i)
        self._markers.setData(pos=[self.outlines[i].label for i in self._marker_index])
        self._markers.setZValue(10)
        item.addItem(self._markers)
        item.setRange(xRange=(-170, 190), yRange=(MIN_LAT, 84), padding=0)
        if self.data is not None:
            self.set_year(self.year)

    def highlight(self, codes: list[str]) -> None:
        """Outline the countries ``codes`` (the shared selection) in a heavy dark line."""
        wanted = set(codes)
        normal = QPen(OUTLINE)
        normal.setCosmetic(True)
        normal.setWidthF(0.6)
        strong = QPen(SELECTED)
        strong.setCosmetic(True)
        strong.setWidthF(2.4)
        self.highlighted = [o.iso3 for o in self.outlines if o.iso3 and o.iso3 in wanted]
        for outline, path_item in zip(self.outlines, self._paths, strict=True):
            if path_item is not None:
                chosen = outline.iso3 in wanted
                path_item.setPen(strong if chosen else normal)
                path_item.setZValue(5 if chosen else 0)

    # -- data --------------------------------------------------------------------------
    def set_series(self, data: MapData, year: int | None = None) -> None:
        """Show ``data`` (fixed colour scale over all its years) for ``year`` (or the last)."""
        self.data = data
        self.set_header(data.title, data.source, data.note,
                        "" if data.categories else data.units)
        span = data.value_range
        if span is None:
            self._scale = None
            self.show_empty(self.tr("No data: no country has a value for %1.")
                            .replace("%1", data.title))
            return
        self.show_body()
        if data.categories:
            self._scale = None
            self.legend.set_categories([(c, category_colour(i)) for i, c in
                                        enumerate(data.categories)], data.units)
        else:
            low = 0.0 if data.units.startswith("%") and span[0] >= 0 else span[0]
            self._scale = ColourScale(low, span[1], log=data.log_scale)
            units = data.units + (self.tr(" (log scale)") if data.log_scale else "")
            self.legend.set_scale(self._scale, units)
        years = data.years
        self.set_year(year if year is not None else (years[-1] if years else None))

    def colour_of(self, value: float) -> QColor:
        if self.data is not None and self.data.categories:
            return category_colour(int(value))
        return self._scale.colour(value) if self._scale is not None else NO_DATA

    def value_of(self, iso3: str | None) -> float | None:
        if self.data is None or self.year is None or iso3 is None:
            return None
        return self.data.values.get(self.year, {}).get(iso3)

    def set_year(self, year: int | None) -> None:
        """Recolour for ``year`` (geometry is not rebuilt)."""
        self.year = year
        brushes: list[QBrush] = []
        for i, outline in enumerate(self.outlines):
            value = self.value_of(outline.iso3)
            brush = QBrush(NO_DATA if value is None else self.colour_of(value))
            path_item = self._paths[i]
            if path_item is not None:
                path_item.setBrush(brush)
            brushes.append(brush)
        if self._marker_index:
            self._markers.setBrush([brushes[i] for i in self._marker_index])
        data = self.data
        if data is not None and year is not None:  # the year in the title and so in exports
            self.set_header(f"{data.title}, {format_year(year)}", data.source, data.note,
                            "" if data.categories else data.units)  # fmt: skip
        if self._hover >= 0:  # the read-out follows the year while playing
            self._show_readout(self.describe(self._hover))
        self.data_changed.emit()

    def table(self) -> Table:
        if self.data is None or self.year is None or self.is_empty:
            return Table((), ())
        return self.data.table(self.year)

    # -- pointer -----------------------------------------------------------------------
    def outline_at(self, scene_pos: QPointF) -> int:
        """Index of the outline (or marker) under a scene position; -1 for none."""
        vb = self.plot.getPlotItem().vb
        for i in self._marker_index:  # markers first: they sit on top
            centre = vb.mapViewToScene(QPointF(*self.outlines[i].label))
            if (centre - scene_pos).manhattanLength() <= MARKER_PX:
                return i
        point = vb.mapSceneToView(scene_pos)
        for i, bounds in enumerate(self._bounds):
            path_item = self._paths[i]
            if path_item is not None and bounds.contains(point) and \
                    path_item.path().contains(point):
                return i
        return -1

    def describe(self, index: int) -> str:
        """Name, value with units, year and source of an outline, for the read-out."""
        outline = self.outlines[index]
        value = self.value_of(outline.iso3)
        year = format_year(self.year) if self.year is not None else ""
        if value is None:
            shown = self.tr("no data")
        elif self.data is not None and self.data.categories:
            shown = self.data.categories[int(value)]
        else:
            shown = f"{format_number(value)} {self.data.units if self.data else ''}".strip()
        source = self.data.source if self.data is not None else ""
        return f"{outline.name}: {shown} ({year}) · {source}"

    def _on_move(self, pos: QPointF) -> None:
        index = self.outline_at(pos)
        if index == self._hover:
            return
        self._hover = index
        text = self.describe(index) if index >= 0 else ""
        self._show_readout(text, at_pointer=True)
        self.hovered.emit(self.outlines[index].iso3 or "" if index >= 0 else "")

    def _show_readout(self, text: str, at_pointer: bool = False) -> None:
        """The read-out line, and the tooltip at the pointer (moved with it)."""
        from PySide6.QtGui import QCursor
        from PySide6.QtWidgets import QToolTip

        self.info_label.setText(text)
        self.plot.setToolTip(text)
        if at_pointer or QToolTip.isVisible():
            if text:
                QToolTip.showText(QCursor.pos(), text, self.plot)
            else:
                QToolTip.hideText()

    def _on_click(self, event: object) -> None:
        index = self.outline_at(event.scenePos())  # type: ignore[attr-defined]
        if index >= 0 and self.outlines[index].iso3:
            self.country_selected.emit(self.outlines[index].iso3)
