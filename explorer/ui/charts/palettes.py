"""Colour-blind-safe palettes: viridis/cividis for amounts, Okabe-Ito for categories."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor

# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour
# vision deficiency. Black is left out (it reads as an outline); grey is kept for "other",
# darkened from Okabe-Ito's #999999 to #666666: #999999 sits 6.2 CIEDE2000 from reddish
# purple under simulated deuteranopia, #666666 keeps every pair >= 10 (tests/unit/test_a11y_colour).
OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
             "#666666")
# Never colour alone: series also differ by marker symbol and dash (pyqtgraph names).
MARKERS = ("o", "s", "t", "d", "+", "x", "star", "h")
DASHES = ("solid", "dash", "dot", "dashdot")
NO_DATA = QColor("#e4e4e4")
NO_DATA_EDGE = QColor("#b0b0b0")
OUTLINE = QColor("#ffffff")
SELECTED = QColor("#1b1b1b")  # outline of the countries in the shared selection
SELECTED = QColor("#000000")
CONTINUOUS = ("viridis", "cividis")
# High contrast (issue 16): every colour at least 3:1 against the white plot (WCAG 1.4.11;
# Okabe-Ito's yellow is 1.3:1, its orange and sky blue 2.3:1) and every pair at least 13
# CIEDE2000 apart, also under simulated protanopia, deuteranopia and tritanopia (found by a
# search over dark Okabe-Ito, Tol and ColorBrewer colours; tests/unit/test_a11y_colour).
HIGH_CONTRAST = ("#000000", "#E66101", "#332288", "#009E73", "#AB47BC", "#7F3B08", "#CC79A7",
                 "#555555")
CHART_BACKGROUND = "#ffffff"
# Line styles for series in high contrast: with the markers, no series differs by colour alone.
PEN_STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine,
              Qt.PenStyle.DashDotLine)


class PaletteSwitch(QObject):
    """Which categorical palette the charts draw with (standard or high contrast).

    Signals:
        palette_changed(high_contrast: bool): charts should draw again.
    """

    palette_changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.high_contrast = False

    def set_high_contrast(self, on: bool) -> None:
        if on != self.high_contrast:
            self.high_contrast = on
            self.palette_changed.emit(on)


_SWITCH: PaletteSwitch | None = None


def palette_switch() -> PaletteSwitch:
    """The one switch (made on first use, in the GUI thread)."""
    global _SWITCH
    if _SWITCH is None:
        _SWITCH = PaletteSwitch()
    return _SWITCH


def high_contrast() -> bool:
    """Whether charts draw in the high-contrast palette."""
    return palette_switch().high_contrast


def series_colours() -> tuple[str, ...]:
    """The categorical palette in use."""
    return HIGH_CONTRAST if high_contrast() else OKABE_ITO


def category_colour(index: int) -> QColor:
    """The colour of the ``index``-th category (cycling after eight), in the palette in use."""
    colours = series_colours()
    return QColor(colours[index % len(colours)])


def series_marker(index: int) -> str:
    """The marker symbol of the ``index``-th series (pyqtgraph's names)."""
    return MARKERS[index % len(MARKERS)]


def series_pen_style(index: int) -> Qt.PenStyle:
    """The line style of the ``index``-th series in high contrast."""
    return PEN_STYLES[index % len(PEN_STYLES)]


class ColourScale:
    """Maps values onto a continuous colour map over a fixed range (linear or log)."""

    def __init__(self, vmin: float, vmax: float, *, log: bool = False,
                 name: str = "viridis") -> None:
        self.vmin, self.vmax, self.log = vmin, vmax, log
        self.name = name
        self._map = pg.colormap.get(name)
        self._lut = self._map.getLookupTable(0.0, 1.0, 256, alpha=False)

    def _norm(self, values: np.ndarray) -> np.ndarray:
        lo, hi = self.vmin, self.vmax
        if self.log:
            lo, hi = math.log10(max(lo, 1e-12)), math.log10(max(hi, 1e-12))
            values = np.log10(np.clip(values, 1e-12, None))
        span = hi - lo or 1.0
        return np.clip((values - lo) / span, 0.0, 1.0)

    def colours(self, values: list[float]) -> list[QColor]:
        """A colour per value."""
        if not values:
            return []
        idx = (self._norm(np.asarray(values, dtype=float)) * 255).astype(int)
        return [QColor(int(r), int(g), int(b)) for r, g, b in self._lut[idx]]

    def colour(self, value: float) -> QColor:
        return self.colours([value])[0]

    def ticks(self, count: int = 5) -> list[tuple[float, float]]:
        """(position 0..1, value) pairs for a legend."""
        out = []
        for i in range(count):
            f = i / (count - 1)
            if self.log:
                lo, hi = math.log10(max(self.vmin, 1e-12)), math.log10(max(self.vmax, 1e-12))
                out.append((f, 10 ** (lo + f * (hi - lo))))
            else:
                out.append((f, self.vmin + f * (self.vmax - self.vmin)))
        return out
