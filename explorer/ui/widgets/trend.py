"""A small trend strip: a few labelled points of a series, drawn with QPainter.

Deliberately not pyqtgraph: Home paints before pyqtgraph is imported.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

ACCENT = "#0f766e"


class TrendStrip(QWidget):
    """Points of a series joined by a line, each with its year below and value above.

    Time runs left to right in every language, as on the charts (a mirrored time axis
    reads as a reversed trend).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[tuple[str, str, float]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(200)

    def set_points(self, points: Sequence[tuple[str, str, float]]) -> None:
        """Show ``(year label, value label, value)`` triples, oldest first."""
        self._points = list(points)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(280, line * 2 + 56)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._points:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height()
        plot = QRectF(self.rect()).adjusted(28, line + 10, -28, -(line + 10))
        values = [v for _, _, v in self._points]
        low, high = min(values), max(values)
        span = (high - low) or 1.0
        count = len(self._points)
        step = plot.width() / (count - 1) if count > 1 else 0.0
        centres: list[QPointF] = []
        for i, (_, _, value) in enumerate(self._points):
            x = plot.left() + (plot.width() / 2 if count == 1 else i * step)
            y = plot.bottom() - (value - low) / span * plot.height()
            centres.append(QPointF(x, y))
        # Drawn with strokePath and drawText only: QPainter's setPen and setBrush resolve
        # their overloads through the Qt namespace's ~95 enum classes, which costs the
        # window's first paint about 15 ms (this strip is on the first screen).
        accent = QColor(ACCENT)
        line_pen = painter.pen()
        line_pen.setColor(accent)
        line_pen.setWidthF(2)
        path = QPainterPath(centres[0])
        for point in centres[1:]:
            path.lineTo(point)
        painter.strokePath(path, line_pen)
        dots = QPainterPath()
        for c in centres:
            dots.addEllipse(c, 2, 2)
        dot_pen = painter.pen()
        dot_pen.setColor(accent)
        dot_pen.setWidthF(4)  # a ring of radius 2 stroked 4 wide: a disc of radius 4
        painter.strokePath(dots, dot_pen)
        for (year, label, _), c in zip(self._points, centres, strict=True):
            box = QRectF(c.x() - 40, c.y() - line - 8, 80, line)
            _draw_centred(painter, box, label)
            box = QRectF(c.x() - 40, self.height() - line - 2, 80, line)
            _draw_centred(painter, box, year)
        painter.end()


def _draw_centred(painter: QPainter, box: QRectF, text: str) -> None:
    """``text`` centred in ``box`` (measured by hand: see ``cards.PLAIN_TEXT`` for why the
    ``Qt`` alignment flags are not used on the start-up path)."""
    metrics = painter.fontMetrics()
    width = metrics.horizontalAdvance(text)
    x = box.left() + (box.width() - width) / 2
    y = box.top() + (box.height() - metrics.height()) / 2 + metrics.ascent()
    painter.drawText(QPointF(x, y), text)
