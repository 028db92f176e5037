"""Colour-blind-safe palettes: viridis/cividis for amounts, Okabe-Ito for categories."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
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


def category_colour(index: int) -> QColor:
    """The colour of the ``index``-th category (cycling after eight)."""
    return QColor(OKABE_ITO[index % len(OKABE_ITO)])


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
