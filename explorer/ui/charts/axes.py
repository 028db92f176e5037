"""Axes that print numbers in the user's locale and categories by name."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics

from explorer.ui.charts.numbers import format_number, format_year


class LocaleAxis(pg.AxisItem):  # type: ignore[misc]
    """Numbers with the locale's separators; years (``years=True``) without."""

    def __init__(self, orientation: str, *, years: bool = False, **kwargs: Any) -> None:
        super().__init__(orientation, **kwargs)
        self._years = years

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        if self.logMode:
            return [log_tick_label(v) for v in values]
        if self._years:
            return [format_year(round(v)) if abs(v - round(v)) < 1e-6 else "" for v in values]
        return [format_number(v * scale) for v in values]


class CategoryAxis(pg.AxisItem):  # type: ignore[misc]
    """Ticks at 0, 1, 2... named by ``labels``; nothing between them."""

    def __init__(self, orientation: str, labels: Sequence[str] = (), **kwargs: Any) -> None:
        super().__init__(orientation, **kwargs)
        self.set_labels(labels)

    def set_labels(self, labels: Sequence[str]) -> None:
        self._labels = list(labels)
        self.setTicks([[(i, label) for i, label in enumerate(self._labels)]])


def log_tick_label(exponent: float) -> str:
    """The label of a tick at 10**exponent on a log axis: only 1, 2 and 5 times a power of
    ten are named (the rest stay blank so labels never run together), rounded to what the
    tick means rather than float noise (9, not 8.999999)."""
    value = 10**exponent
    power = 10 ** math.floor(exponent + 1e-9)
    mantissa = round(value / power, 6)
    if mantissa not in (1.0, 2.0, 5.0):
        return ""
    return format_number(mantissa * power)


# Category labels longer than this are elided ("Saint Vincent and the Gren…"): a long name
# must not take half the chart. The table view and the CSV keep the full name.
MAX_LABEL_WIDTH = 220


def elide(metrics: QFontMetrics, text: str, width: int) -> str:
    """``text`` shortened with an ellipsis to at most ``width`` pixels."""
    from PySide6.QtCore import Qt

    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


def fit_axis(axis: pg.AxisItem) -> None:
    """Make room for the tick numbers in the tick font now, as the first paint would later.

    pyqtgraph measures tick text while painting and only then grows the axis, so the first
    frame at 150-200% text cut the bottom numbers and let the left title overlap them. The
    height is one line of the tick font; the width that of the widest tick label of the
    current range (or of the named categories).
    """
    from PySide6.QtGui import QFontMetricsF

    if not axis.style["showValues"]:
        return
    metrics = QFontMetricsF(axis.style["tickFont"] or axis.font())
    if axis.orientation in ("bottom", "top"):
        line = math.ceil(metrics.height())
        if axis.textHeight < line:
            axis.textHeight = line
            axis._updateHeight()
        return
    if axis._tickLevels is not None:
        strings = [text for level in axis._tickLevels for _, text in level]
    else:
        low, high = sorted(axis.range)
        length = max(axis.geometry().height(), 200.0)
        strings = []
        for spacing, values in axis.tickValues(low, high, length):
            strings += axis.tickStrings(values, axis.autoSIPrefixScale * axis.scale, spacing)
    width = math.ceil(max((metrics.horizontalAdvance(s) for s in strings if s), default=0.0))
    if axis.textWidth < width:
        axis.textWidth = width
        axis._updateWidth()
