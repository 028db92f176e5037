"""Axes that print numbers in the user's locale and categories by name."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pyqtgraph as pg

from explorer.ui.charts.numbers import format_number, format_year


class LocaleAxis(pg.AxisItem):  # type: ignore[misc]
    """Numbers with the locale's separators; years (``years=True``) without."""

    def __init__(self, orientation: str, *, years: bool = False, **kwargs: Any) -> None:
        super().__init__(orientation, **kwargs)
        self._years = years

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        if self.logMode:
            return [format_number(10 ** v) for v in values]
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
