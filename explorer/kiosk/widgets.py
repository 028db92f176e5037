"""Touch building blocks: big buttons, chips and a swipe detector (chips wrap in the
app's ``FlowLayout``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QTouchEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from explorer.ui.widgets.flow_layout import FlowLayout

__all__ = ["ChipButton", "FlowLayout", "SwipeDetector", "TouchButton"]

MIN_TARGET = 56  # px; comfortably above the 44 px minimum for a fingertip
SWIPE_DISTANCE = 120  # px of mostly horizontal travel that counts as a swipe


class TouchButton(QPushButton):
    """A push button at least ``MIN_TARGET`` pixels each way, styled by ``role``."""

    def __init__(
        self, text: str = "", parent: QWidget | None = None, *, role: str = "touch"
    ) -> None:
        super().__init__(text, parent)
        self.setObjectName(role)
        self.setMinimumSize(MIN_TARGET, MIN_TARGET)
        # Reached by Tab (a tap leaves no ring); Enter or Space presses it (issue 16).
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.click()
            return
        super().keyPressEvent(event)


class ChipButton(TouchButton):
    """A checkable chip: a country, a sector or a question the visitor can tap."""

    def __init__(self, text: str, key: object, parent: QWidget | None = None) -> None:
        super().__init__(text, parent, role="chip")
        self.key = key
        self.setCheckable(True)


class SwipeDetector(QObject):
    """Turns press-move-release (mouse or touch) on a widget into swipes.

    Our own detection rather than ``QSwipeGesture``: that needs three fingers on most
    platforms, and a visitor swipes with one.

    Signals:
        swiped_left(): a leftward swipe finished (next item).
        swiped_right(): a rightward swipe finished (previous item).
    """

    swiped_left = Signal()
    swiped_right = Signal()

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._start: QPointF | None = None
        widget.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            self._start = event.position()
        elif kind == QEvent.Type.TouchBegin and isinstance(event, QTouchEvent) and event.points():
            self._start = event.points()[0].position()
        elif kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            self._finish(event.position())
        elif kind == QEvent.Type.TouchEnd and isinstance(event, QTouchEvent) and event.points():
            self._finish(event.points()[0].position())
            return True
        return False

    def _finish(self, end: QPointF) -> None:
        start, self._start = self._start, None
        if start is None:
            return
        dx, dy = end.x() - start.x(), end.y() - start.y()
        if abs(dx) >= SWIPE_DISTANCE and abs(dx) > 2 * abs(dy):
            (self.swiped_left if dx < 0 else self.swiped_right).emit()


def expanding(widget: QWidget) -> QWidget:
    """``widget`` with an expanding horizontal size policy."""
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, widget.sizePolicy().verticalPolicy())
    return widget
