"""Touch building blocks: big buttons, chips, a flow layout and a swipe detector."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QTouchEvent
from PySide6.QtWidgets import QLayout, QLayoutItem, QPushButton, QSizePolicy, QWidget

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
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)


class ChipButton(TouchButton):
    """A checkable chip: a country, a sector or a question the visitor can tap."""

    def __init__(self, text: str, key: object, parent: QWidget | None = None) -> None:
        super().__init__(text, parent, role="chip")
        self.key = key
        self.setCheckable(True)


class FlowLayout(QLayout):
    """Lays children out left to right, wrapping onto new lines (mirrored right to left)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 12) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize(0, 0)
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        x, y, line = 0, 0, 0
        owner = self.parentWidget()
        rtl = owner is not None and owner.isRightToLeft()
        for item in self._items:
            hint = item.sizeHint()
            if x and x + hint.width() > rect.width():
                x, y, line = 0, y + line + self._spacing, 0
            if apply:
                left = rect.right() - x - hint.width() + 1 if rtl else rect.x() + x
                item.setGeometry(QRect(QPoint(left, rect.y() + y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line


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
