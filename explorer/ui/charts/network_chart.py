"""The cooperation network: countries at their centroids, providers -> recipients.

Edges are one line item (fast with thousands of them); node size grows with the number of
initiatives. Clicking a node selects a country; clicking an edge lists its initiatives.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from explorer.domain.charts import NetworkData, NetworkEdge, Table
from explorer.ui.charts.base import ChartFrame, make_geo_plot
from explorer.ui.charts.legend import ColourLegend
from explorer.ui.charts.numbers import format_number
from explorer.ui.charts.palettes import category_colour

NODE_MIN_PX, NODE_MAX_PX = 5.0, 34.0
EDGE_HIT_PX = 4.0


class NetworkChart(ChartFrame):
    """Providers and recipients on a longitude/latitude plane.

    Signals:
        country_selected(iso3: str): a node was clicked.
        edge_selected(initiative_ids: list): an edge was clicked; the initiatives behind it.
    """

    country_selected = Signal(str)
    edge_selected = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = make_geo_plot(self.body)
        item = self.plot.getPlotItem()
        self.body_layout.addWidget(self.plot, 1)
        self.legend = ColourLegend(self.body)
        self.body_layout.addWidget(self.legend)
        colour = QColor(category_colour(4))
        colour.setAlpha(40)
        self._edges = pg.PlotCurveItem(pen=pg.mkPen(colour, width=1), connect="pairs")
        self._nodes = pg.ScatterPlotItem(pxMode=True, pen=pg.mkPen("w", width=0.8))
        self._nodes.setZValue(5)
        item.addItem(self._edges)
        item.addItem(self._nodes)
        self.data: NetworkData | None = None
        self.last_edge: NetworkEdge | None = None  # the link clicked last
        self._xy = np.zeros((0, 2))
        self._sizes = np.zeros(0)
        self._ends = np.zeros((0, 4))
        self.plot.scene().sigMouseMoved.connect(self._on_move)
        self.plot.scene().sigMouseClicked.connect(self._on_click)

    def set_series(self, data: NetworkData) -> None:
        self.data = data
        self.set_header(data.title, data.source, data.note, data.units)
        if not data.nodes:
            self._nodes.clear()
            self._edges.setData([], [])
            self.show_empty(self.tr("No initiatives with a known provider and recipient match "
                                    "these filters."))
            return
        self.show_body()
        where = {n.iso3: i for i, n in enumerate(data.nodes)}
        self._xy = np.array([(n.lon, n.lat) for n in data.nodes], dtype=float)
        totals = np.array([n.total for n in data.nodes], dtype=float)
        self._sizes = NODE_MIN_PX + (NODE_MAX_PX - NODE_MIN_PX) * np.sqrt(
            totals / max(1.0, totals.max()))
        brushes = [category_colour(5 if n.provided >= n.received else 2) for n in data.nodes]
        self._nodes.setData(pos=self._xy, size=self._sizes, brush=brushes)
        self.legend.set_categories(
            [(self.tr("provides more than it receives"), category_colour(5)),
             (self.tr("receives more (or as much)"), category_colour(2))],
            self.tr("Countries (size: initiatives)"), has_missing=False)
        ends = [(*self._xy[where[e.source]], *self._xy[where[e.target]]) for e in data.edges]
        self._ends = np.array(ends, dtype=float).reshape(-1, 4)
        xs = self._ends[:, [0, 2]].ravel()
        ys = self._ends[:, [1, 3]].ravel()
        self._edges.setData(xs, ys)
        self.plot.getPlotItem().setRange(xRange=(-170, 190), yRange=(-58, 80), padding=0)
        self.data_changed.emit()

    def table(self) -> Table:
        return self.data.table() if self.data is not None and not self.is_empty else Table((), ())

    def _px_per_degree(self) -> float:
        vb = self.plot.getPlotItem().vb
        a, b = vb.mapViewToScene(QPointF(0, 0)), vb.mapViewToScene(QPointF(1, 0))
        return max(1e-9, float(abs(b.x() - a.x())))

    def node_at(self, scene_pos: QPointF) -> int:
        """Index of the node under a scene position (the largest if several); -1 for none."""
        if self.data is None or not len(self._xy):
            return -1
        p = self.plot.getPlotItem().vb.mapSceneToView(scene_pos)
        dist = np.hypot(self._xy[:, 0] - p.x(), self._xy[:, 1] - p.y()) * self._px_per_degree()
        hits = np.nonzero(dist <= self._sizes / 2 + 2)[0]
        return int(hits[np.argmax(self._sizes[hits])]) if len(hits) else -1

    def edge_at(self, scene_pos: QPointF) -> int:
        """Index of the edge nearest a scene position, within a few pixels; -1 for none."""
        if self.data is None or not len(self._ends):
            return -1
        p = self.plot.getPlotItem().vb.mapSceneToView(scene_pos)
        a, b = self._ends[:, :2], self._ends[:, 2:]
        d = b - a
        length2 = np.maximum((d ** 2).sum(axis=1), 1e-12)
        t = np.clip(((np.array([p.x(), p.y()]) - a) * d).sum(axis=1) / length2, 0, 1)
        nearest = a + d * t[:, None]
        dist = np.hypot(nearest[:, 0] - p.x(), nearest[:, 1] - p.y()) * self._px_per_degree()
        best = int(np.argmin(dist))
        return best if dist[best] <= EDGE_HIT_PX else -1

    def _on_move(self, pos: QPointF) -> None:
        if self.data is None or self.is_empty:
            return
        node = self.node_at(pos)
        if node >= 0:
            n = self.data.nodes[node]
            self.info_label.setText(self.tr("%1: provided %2, received %3 initiatives").replace(
                "%1", n.name).replace("%2", format_number(n.provided)).replace(
                "%3", format_number(n.received)))
            return
        edge = self.edge_at(pos)
        if edge >= 0:
            e = self.data.edges[edge]
            self.info_label.setText(self.tr("%1 → %2: %3 initiatives").replace(
                "%1", e.source).replace("%2", e.target).replace(
                "%3", format_number(len(e.initiative_ids))))

    def _on_click(self, event: object) -> None:
        if self.data is None:
            return
        pos = event.scenePos()  # type: ignore[attr-defined]
        node = self.node_at(pos)
        if node >= 0:
            self.country_selected.emit(self.data.nodes[node].iso3)
            return
        edge = self.edge_at(pos)
        if edge >= 0:
            self.last_edge = self.data.edges[edge]
            self.edge_selected.emit(list(self.last_edge.initiative_ids))
