"""Country charts on pyqtgraph: a small share-over-time line, and compare's small multiples
(one plot per indicator, every country a line, all sharing the time axis).

Missing years are gaps (NaN with ``connect="finite"``), never zero; a country with no value
at all is named under the plot as "no data". Plots stay left-to-right (pyqtgraph #2532).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from explorer.domain.compare import ComparedIndicator, can_use_log_axis
from explorer.domain.countries import SeriesPoint
from explorer.ui.charts.palettes import (
    HIGH_CONTRAST,
    high_contrast,
    palette_switch,
    series_marker,
    series_pen_style,
)
from explorer.ui.i18n import tr

PALETTE = ("#0f766e", "#d97706", "#2563eb", "#be185d", "#65a30d", "#7c3aed", "#0891b2", "#78716c")
PLOT_HEIGHT = 190


def line_colour(index: int) -> str:
    """The ``index``-th country's colour: the page's palette, or the charts' high-contrast one."""
    if high_contrast():
        return HIGH_CONTRAST[index % len(HIGH_CONTRAST)]
    return PALETTE[index % len(PALETTE)]
COLUMNS = 2


def _xy(points: Sequence[SeriesPoint]) -> tuple[list[float], list[float]]:
    return [float(p.year) for p in points], [
        math.nan if p.value is None else float(p.value) for p in points
    ]


def _style_plot(plot: pg.PlotItem) -> None:
    plot.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # axes stay put (pyqtgraph #2532)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.showGrid(x=False, y=True, alpha=0.15)
    for name in ("left", "bottom"):
        plot.getAxis(name).setTextPen("#52606d")
        plot.getAxis(name).setPen("#c9ced4")


class ShareLineChart(QWidget):
    """One series over the years (e.g. share of exports to developing economies, in %)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.plot_widget = pg.PlotWidget(self, background="w")
        self.plot_widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.plot_item: pg.PlotItem = self.plot_widget.getPlotItem()
        _style_plot(self.plot_item)
        self.plot_item.setMouseEnabled(x=False, y=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot_widget)
        self.setMinimumHeight(150)

    def set_series(self, points: Sequence[SeriesPoint], y_label: str) -> None:
        """Show ``points`` (None values are gaps) with ``y_label`` on the left axis."""
        self.plot_item.clear()
        xs, ys = _xy(points)
        pen = pg.mkPen(PALETTE[0], width=2)
        self.plot_item.plot(xs, ys, pen=pen, connect="finite", symbol="o", symbolSize=3,
                            symbolBrush=PALETTE[0], symbolPen=None)  # fmt: skip
        self.plot_item.setLabel("left", y_label)
        if xs:
            self.plot_item.setXRange(min(xs), max(xs), padding=0.02)


class _Panel:
    """One small plot: a curve and a dot layer per country slot, and a note underneath."""

    def __init__(self, graphics: pg.GraphicsLayoutWidget, index: int) -> None:
        row, col = (index // COLUMNS) * 2, index % COLUMNS
        self.plot: pg.PlotItem = graphics.addPlot(row=row, col=col)
        _style_plot(self.plot)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.disableAutoRange()
        self.note = graphics.addLabel("", row=row + 1, col=col, size="8pt", color="#9a3412")
        self.curves: list[pg.PlotCurveItem] = []
        self.dots: list[pg.ScatterPlotItem] = []
        for j in range(len(PALETTE)):
            curve = pg.PlotCurveItem()
            dots = pg.ScatterPlotItem(pen=None)
            curve.setZValue(j)
            self.plot.addItem(curve)
            self.plot.addItem(dots)
            self.curves.append(curve)
            self.dots.append(dots)
        self.style()

    def style(self) -> None:
        """Pens in the palette in use; in high contrast each country also has its own dash
        and marker (issue 16), so no line differs by colour alone."""
        strong = high_contrast()
        for j, (curve, dots) in enumerate(zip(self.curves, self.dots, strict=True)):
            colour = line_colour(j)
            pen = pg.mkPen(colour, width=2.6 if strong else 1.8)
            if strong:
                pen.setStyle(series_pen_style(j))
            curve.setPen(pen)
            dots.setSymbol(series_marker(j) if strong else "o")
            dots.setSize(8 if strong else 5)
            dots.setBrush(pg.mkBrush(colour))

    def remove(self, graphics: pg.GraphicsLayoutWidget) -> None:
        graphics.removeItem(self.plot)
        graphics.removeItem(self.note)


def _lone(xs: list[float], ys: list[float]) -> tuple[list[float], list[float]]:
    """The points with no value the year before or after (a line cannot show them)."""
    keep = [
        i
        for i, y in enumerate(ys)
        if not math.isnan(y)
        and (i == 0 or math.isnan(ys[i - 1]))
        and (i == len(ys) - 1 or math.isnan(ys[i + 1]))
    ]
    return [xs[i] for i in keep], [ys[i] for i in keep]


class SmallMultiples(QWidget):
    """A grid of small line charts sharing the x (year) axis, one per compared indicator.

    Plots are kept and refilled between comparisons (building pyqtgraph plots is what
    costs time), added or removed only when the number of indicators changes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.graphics = pg.GraphicsLayoutWidget(self)
        self.graphics.setBackground("w")
        self.graphics.ci.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("background: white; padding: 6px 10px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.legend)
        layout.addWidget(self.graphics, 1)
        self._panels: list[_Panel] = []
        self.missing: dict[str, list[str]] = {}  # indicator code -> countries without data
        self._names: list[str] = []
        palette_switch().palette_changed.connect(self._on_palette_changed)

    def _set_legend(self) -> None:
        # In high contrast the swatch also shows the country's dash (the marker is on the plot).
        swatches = ("━", "╍", "┅", "━·") if high_contrast() else ("━",)
        self.legend.setText("&nbsp;&nbsp;&nbsp;".join(
            f'<span style="color:{line_colour(j)}; font-size:14pt">'
            f'{swatches[j % len(swatches)]}</span> {escape(n)}'
            for j, n in enumerate(self._names)
        ))  # fmt: skip

    def _on_palette_changed(self, _high_contrast: bool) -> None:
        for panel in self._panels:
            panel.style()
        self._set_legend()

    @property
    def plots(self) -> list[pg.PlotItem]:
        """The plots shown, one per indicator."""
        return [p.plot for p in self._panels]

    def _resize_pool(self, n: int) -> None:
        while len(self._panels) > n:
            self._panels.pop().remove(self.graphics)
        while len(self._panels) < n:
            panel = _Panel(self.graphics, len(self._panels))
            if self._panels:
                panel.plot.setXLink(self._panels[0].plot)
            self._panels.append(panel)

    def set_indicators(self, blocks: Sequence[ComparedIndicator], *, log_y: bool = False) -> None:
        """One plot per block; ``log_y`` where every value of a block is positive."""
        self._resize_pool(len(blocks))
        self.missing = {}
        names = [s.name for s in blocks[0].series] if blocks else []
        self._names = names
        self._set_legend()
        years = [p.year for b in blocks for s in b.series for p in s.points]
        for panel, block in zip(self._panels, blocks, strict=True):
            self._fill(panel, block, log_y)
        if years and self._panels:
            self._panels[0].plot.setXRange(min(years), max(years), padding=0.02)
        rows = max(1, math.ceil(len(blocks) / COLUMNS))
        self.setMinimumHeight(rows * (PLOT_HEIGHT + 18) + 30)

    def _fill(self, panel: _Panel, block: ComparedIndicator, log_y: bool) -> None:
        plot = panel.plot
        plot.setTitle(self._title(block), size="9pt", color="#17212b")
        use_log = log_y and can_use_log_axis([p for s in block.series for p in s.points])
        plot.getAxis("left").setLogMode(use_log)
        lacking, low, high = [], math.inf, -math.inf
        for j, (curve, dots) in enumerate(zip(panel.curves, panel.dots, strict=True)):
            if j >= len(block.series):
                curve.setData([], [])
                dots.setData([], [])
                continue
            s = block.series[j]
            xs, ys = _xy(s.points)
            if use_log:
                ys = [math.log10(y) if y > 0 else math.nan for y in ys]
            finite = [y for y in ys if not math.isnan(y)]
            if not finite:
                lacking.append(s.name)
            else:
                low, high = min(low, *finite), max(high, *finite)
            curve.setData(xs, ys, connect="finite")
            dots.setData(*_lone(xs, ys))
        if low <= high:
            plot.setYRange(low, high if high > low else low + 1, padding=0.08)
        self.missing[block.code] = lacking
        notes = []
        if lacking:
            notes.append(tr("SmallMultiples", "no data: %1").replace("%1", ", ".join(lacking)))
        if log_y and not use_log:
            notes.append(tr("SmallMultiples", "linear: zero or negative values"))
        if block.note:
            notes.append(block.note)
        panel.note.setText(" · ".join(notes), size="8pt", color="#9a3412")

    @staticmethod
    def _title(block: ComparedIndicator) -> str:
        name = block.name if len(block.name) <= 60 else block.name[:57] + "…"
        return f"{name}<br><span style='color:#52606d'>{escape(block.unit)}</span>"
