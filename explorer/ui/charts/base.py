"""What every chart shares: title, plot, legend, note, source line, empty state, exports.

A chart is fed domain data through ``set_series``-style methods and never asks anyone for
data. Plots keep left-to-right even in right-to-left layouts (axes and years read that way;
pyqtgraph issue 2532).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from explorer.domain.charts import Table

PRESENTATION_SCALE = 1.8
pg.setConfigOptions(antialias=True, background="w", foreground="#333333")


def make_plot(parent: QWidget | None = None, axes: dict[str, Any] | None = None
              ) -> pg.PlotWidget:
    """A white plot widget that stays left-to-right and takes keyboard focus.

    Axes print numbers in the user's locale; the bottom one shows years by default.
    """
    from explorer.ui.charts.axes import LocaleAxis

    items = {"bottom": LocaleAxis("bottom", years=True), "left": LocaleAxis("left")}
    items.update(axes or {})
    plot = pg.PlotWidget(parent=parent, axisItems=items)
    plot.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    plot.setMenuEnabled(False)
    plot.getPlotItem().hideButtons()
    return plot


def make_geo_plot(parent: QWidget | None = None) -> pg.PlotWidget:
    """A plot for longitude/latitude drawings (map, network): no axes, equal scales."""
    plot = make_plot(parent, {"left": pg.AxisItem("left"), "bottom": pg.AxisItem("bottom")})
    item = plot.getPlotItem()
    item.hideAxis("left")
    item.hideAxis("bottom")
    item.setAspectLocked(True)
    return plot


class ChartFrame(QFrame):
    """A chart's frame: title, body (plot + legend) or a labelled empty state, note, source.

    Signals:
        data_changed(): new data (or a new year) is shown; ``table()`` changed.
    """

    data_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chart")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet("QFrame#chart { background: white; } QLabel { color: #222; }")
        self._presentation = False
        self.title_label = QLabel(self)
        self.title_label.setObjectName("chartTitle")
        self.title_label.setWordWrap(True)
        self.info_label = QLabel(self)  # hover read-out
        self.info_label.setObjectName("chartInfo")
        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)
        self.source_label = QLabel(self)
        self.source_label.setWordWrap(True)
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #666; border: 1px dashed #bbb;")
        self.body = QWidget(self)
        self.body_layout = QHBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.body)
        self._stack.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.title_label)
        layout.addWidget(self._stack, 1)
        layout.addWidget(self.info_label)
        layout.addWidget(self.note_label)
        layout.addWidget(self.source_label)
        copy = QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), self)
        copy.activated.connect(self.copy_to_clipboard)
        self.data_changed.connect(self.update_accessible_summary)
        self.data_changed.connect(self.fit_axes)
        from explorer.ui.charts.palettes import palette_switch

        palette_switch().palette_changed.connect(self._on_palette_changed)
        self._apply_fonts()

    def _on_palette_changed(self, _high_contrast: bool) -> None:
        self.restyle()

    def restyle(self) -> None:
        """Draw the data shown again, in the palette now in use (high contrast toggled)."""
        import inspect

        data = getattr(self, "data", None)
        setter = getattr(self, "set_series", None)
        if data is None or setter is None:
            return
        if "year" in inspect.signature(setter).parameters:
            setter(data, getattr(self, "year", None))
        else:
            setter(data)

    # -- content -----------------------------------------------------------------------
    def set_header(self, title: str, source: str, note: str = "", units: str = "") -> None:
        """Title (with units), note and source line, shown above and below the plot."""
        self.title_label.setText(f"{title} ({units})" if units and units not in title else title)
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))
        self.source_label.setText(self.tr("Source: %1").replace("%1", source))

    def show_empty(self, reason: str) -> None:
        """Replace the plot by a labelled empty state (never a misleading zero)."""
        self.empty_label.setText(reason)
        self._stack.setCurrentWidget(self.empty_label)
        self.data_changed.emit()

    def show_body(self) -> None:
        self._stack.setCurrentWidget(self.body)

    @property
    def is_empty(self) -> bool:
        return self._stack.currentWidget() is self.empty_label

    def table(self) -> Table:
        """Exactly the numbers the chart shows (subclasses override)."""
        return Table((), ())

    def accessible_summary(self) -> str:
        """What the chart shows, in words, generated from ``table()`` (for screen readers)."""
        from explorer.ui.charts.summary import chart_kind, summarise

        if self.is_empty:
            return f"{chart_kind(type(self).__name__)}: {self.empty_label.text()}"
        return summarise(chart_kind(type(self).__name__), self.title_label.text(), self.table())

    def update_accessible_summary(self) -> None:
        """Name and describe the chart from its current data (called on ``data_changed``)."""
        from explorer.ui.charts.summary import chart_kind

        title = self.title_label.text()
        kind = chart_kind(type(self).__name__)
        self.setAccessibleName(f"{kind}: {title}" if title else kind)
        self.setAccessibleDescription(self.accessible_summary())

    # -- presentation ------------------------------------------------------------------
    def set_presentation(self, on: bool) -> None:
        """Large fonts for projecting; the chart relays out."""
        self._presentation = on
        self._apply_fonts()

    @property
    def presentation(self) -> bool:
        return self._presentation

    def font_scale(self) -> float:
        return PRESENTATION_SCALE if self._presentation else 1.0

    def _apply_fonts(self) -> None:
        base = QFont(self.font())
        size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
        scale = self.font_scale()
        for label, factor, bold in ((self.title_label, 1.3, True), (self.info_label, 1.0, False),
                                    (self.note_label, 0.9, False),
                                    (self.source_label, 0.85, False),
                                    (self.empty_label, 1.1, False)):
            font = QFont(base)
            font.setPointSizeF(size * factor * scale)
            font.setBold(bold)
            label.setFont(font)
        for plot in self.findChildren(pg.PlotWidget):
            tick = QFont(base)
            tick.setPointSizeF(size * 0.9 * scale)
            for name in ("left", "bottom"):
                axis = plot.getPlotItem().getAxis(name)
                axis.setTickFont(tick)
                axis.label.setFont(tick)
            legend = plot.getPlotItem().legend
            if legend is not None:  # pyqtgraph's own legend: entries drawn from now on
                legend.setLabelTextSize(f"{size * 0.9 * scale:.1f}pt")
        for legend in self.findChildren(QWidget, "chartLegend"):
            font = QFont(base)
            font.setPointSizeF(size * 0.9 * scale)
            legend.setFont(font)
            legend.updateGeometry()
        self.fonts_changed()
        self.fit_axes()

    def fonts_changed(self) -> None:
        """Hook for subclasses with their own text items."""

    def fit_axes(self) -> None:
        """Give every axis room for its numbers in its font (large text), before it paints."""
        from explorer.ui.charts.axes import fit_axis

        for plot in self.findChildren(pg.PlotWidget):
            item = plot.getPlotItem()
            item.getViewBox().updateAutoRange()  # the range the first paint will show
            for name in ("left", "bottom"):
                fit_axis(item.getAxis(name))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_axes()

    # -- export ------------------------------------------------------------------------
    def export(self, path: Path) -> None:
        """Write PNG, SVG or CSV (chosen by the extension)."""
        from explorer.ui.charts.export import export_chart

        export_chart(self, path)

    def copy_to_clipboard(self) -> None:
        """The picture and the table (tab-separated) to the clipboard."""
        from explorer.ui.charts.export import copy_chart

        copy_chart(self)
