"""Legends drawn as widgets beside a plot: a colour bar or category swatches, with units."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from explorer.ui.charts.numbers import format_number
from explorer.ui.charts.palettes import NO_DATA, NO_DATA_EDGE, ColourScale


class ColourLegend(QWidget):
    """A vertical colour bar (fixed scale) or swatches, plus a "no data" swatch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartLegend")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._scale: ColourScale | None = None
        self._swatches: list[tuple[str, QColor]] = []
        self._units = ""
        self._missing = True
        self.setMinimumWidth(150)

    def set_scale(self, scale: ColourScale, units: str, *, has_missing: bool = True) -> None:
        self._scale, self._swatches, self._units = scale, [], units
        self._missing = has_missing
        self._resize()

    def set_categories(self, swatches: Sequence[tuple[str, QColor]], units: str,
                       *, has_missing: bool = True) -> None:
        self._scale, self._swatches, self._units = None, list(swatches), units
        self._missing = has_missing
        self._resize()

    def labels(self) -> list[str]:
        """The legend's texts, in order (for tests and accessibility)."""
        out = [self._units]
        if self._scale is not None:
            out += [format_number(v) for _, v in self._scale.ticks()]
        out += [name for name, _ in self._swatches]
        if self._missing:
            out.append(self.tr("No data"))
        return out

    def _resize(self) -> None:
        metrics = self.fontMetrics()
        width = max((metrics.horizontalAdvance(t) for t in self.labels()), default=60)
        self.setMinimumWidth(min(360, width + 44))
        self.setAccessibleDescription(", ".join(self.labels()))
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # presentation mode, View > Text Size, the sheet applied at polish: wider for bigger text
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange,
                            QEvent.Type.LanguageChange):
            self._resize()

    def showEvent(self, event: QShowEvent) -> None:
        self._resize()  # the font it is shown in (200% text cut "No data" at the side)
        super().showEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(self.minimumWidth(), 200)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        line = metrics.height() + 4
        y = 4
        painter.setPen(QColor("#222"))
        title = QRect(4, y, self.width() - 8, line * 2)
        painter.drawText(title, Qt.TextFlag.TextWordWrap, self._units)
        y += metrics.boundingRect(title, Qt.TextFlag.TextWordWrap, self._units).height() + 8
        if self._scale is not None:
            height = max(80, min(220, self.height() - y - 3 * line))
            gradient = QLinearGradient(0, y + height, 0, y)
            for pos, value in self._scale.ticks(9):
                gradient.setColorAt(pos, self._scale.colour(value))
            painter.fillRect(QRect(6, y, 16, height), gradient)
            for pos, value in self._scale.ticks():
                ty = int(y + height - pos * height)
                painter.drawLine(22, ty, 26, ty)
                painter.drawText(30, ty + metrics.ascent() // 2, format_number(value))
            y += height + line
        for name, colour in self._swatches:
            painter.fillRect(QRect(6, y, 16, line - 6), colour)
            painter.drawText(30, y + metrics.ascent() - 2, name)
            y += line
        if self._missing:
            painter.setPen(NO_DATA_EDGE)
            painter.setBrush(NO_DATA)
            painter.drawRect(QRect(6, y, 16, line - 6))
            painter.setPen(QColor("#222"))
            painter.drawText(30, y + metrics.ascent() - 2, self.tr("No data"))
        painter.end()
