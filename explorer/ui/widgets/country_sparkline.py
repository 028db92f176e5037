"""Small QPainter drawings of a country: a sparkline and the income-group timeline strip.

The ``paint_*`` functions draw into any painter (widgets, item delegates and the PDF brief).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QObject, QPointF, QRectF, QSize, Qt
from PySide6.QtCore import QPersistentModelIndex as QPIndex
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from explorer.domain.countries import IncomeYear, SeriesPoint
from explorer.ui.i18n import format_year
from explorer.ui.widgets.country_format import INCOME_COLOURS, income_name

LINE = "#0f766e"
GAP = "#c9ced4"


def paint_sparkline(painter: QPainter, rect: QRectF, points: Sequence[SeriesPoint]) -> None:
    """A line over the years with values; missing years are gaps, never zero."""
    known = [p for p in points if p.value is not None]
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if not known:
        painter.setPen(QPen(QColor(GAP), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(rect.left(), rect.center().y()),
                         QPointF(rect.right(), rect.center().y()))  # fmt: skip
        painter.restore()
        return
    years = [p.year for p in points]
    x0, x1 = min(years), max(years)
    values = [p.value for p in known if p.value is not None]
    low, high = min(values), max(values)
    span_x = (x1 - x0) or 1
    span_y = (high - low) or 1.0
    inner = rect.adjusted(2, 3, -4, -3)

    def at(p: SeriesPoint) -> QPointF:
        assert p.value is not None
        x = inner.left() + (p.year - x0) / span_x * inner.width()
        y = inner.bottom() - (p.value - low) / span_y * inner.height()
        return QPointF(x, y)

    painter.setPen(QPen(QColor(LINE), 1.5))
    for a, b in itertools.pairwise(points):
        if a.value is not None and b.value is not None:
            painter.drawLine(at(a), at(b))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(LINE))
    by_year = {p.year: p.value for p in points}
    for p in known:
        isolated = by_year.get(p.year - 1) is None and by_year.get(p.year + 1) is None
        if isolated or p is known[-1]:
            painter.drawEllipse(at(p), 2.2, 2.2)  # the latest point, and lone years
    painter.restore()


def paint_income_strip(
    painter: QPainter, rect: QRectF, history: Sequence[IncomeYear], *, labels: bool = True
) -> None:
    """One coloured cell per fiscal year (grey: not classified); first and last year below."""
    if not history:
        return
    painter.save()
    metrics = painter.fontMetrics()
    bar = rect.adjusted(0, 0, 0, -(metrics.height() + 2) if labels else 0)
    width = bar.width() / len(history)
    for i, year in enumerate(history):
        colour = QColor(INCOME_COLOURS.get(year.income_group or "", "#d5d9de"))
        painter.fillRect(QRectF(bar.left() + i * width, bar.top(), width + 0.5, bar.height()),
                         colour)  # fmt: skip
    if labels:
        painter.setPen(QColor("#52606d"))
        below = QRectF(rect.left(), bar.bottom() + 2, rect.width(), metrics.height())
        first, last = history[0], history[-1]
        # Absolute: years run left to right even in a right-to-left layout.
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
        painter.drawText(below, left, "FY" + format_year(first.fiscal_year))
        painter.drawText(below, right, "FY" + format_year(last.fiscal_year))
    painter.restore()


class IncomeTimeline(QWidget):
    """The income group of every fiscal year since FY89 as a strip with a tooltip per year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._history: tuple[IncomeYear, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # years read left to right

    def set_history(self, history: Sequence[IncomeYear]) -> None:
        """Show ``history`` (oldest first)."""
        self._history = tuple(history)
        changes = [
            f"FY{format_year(b.fiscal_year)}: {income_name(b.income_group)}"
            for a, b in itertools.pairwise(self._history)
            if a.income_group != b.income_group
        ]
        self.setToolTip("\n".join(changes[-12:]))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, 14 + self.fontMetrics().height() + 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_income_strip(painter, QRectF(self.rect()), self._history)
        painter.end()


class SparklineDelegate(QStyledItemDelegate):
    """Paints the series of ``role`` (a sequence of ``SeriesPoint``) as a sparkline."""

    def __init__(self, role: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._role = role

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPIndex
    ) -> None:
        super().paint(painter, option, index)  # background and selection
        points = index.data(self._role)
        if isinstance(points, tuple):
            rect = QRectF(option.rect).adjusted(6, 5, -6, -5)
            paint_sparkline(painter, rect, points)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPIndex) -> QSize:
        return QSize(120, 28)
