"""Full-window overlays: the "Are you still there?" countdown and the admin PIN pad.

Overlays are child widgets, not dialogs: a frameless always-on-top kiosk has no window
manager to stack dialogs reliably, and a nested event loop would stall the idle timer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from explorer.kiosk.widgets import TouchButton
from explorer.ui.i18n import format_count


class Overlay(QWidget):
    """A dimmed layer over the whole window with a centred card."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.card = QFrame(self)
        self.card.setObjectName("overlayCard")
        self.card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.card.setMinimumWidth(720)
        self.body = QVBoxLayout(self.card)
        self.body.setContentsMargins(56, 44, 56, 44)
        self.body.setSpacing(20)
        outer.addWidget(self.card)
        self.hide()

    def cover(self) -> None:
        """Fill the parent and show on top."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every string in the current language."""

    def focus_chain(self) -> list[QWidget]:
        """What Tab visits while the overlay is open: itself (when it takes the focus, as
        the PIN pad does for typed digits) and its showing, enabled controls, in tab order."""
        chain: list[QWidget] = [self] if self.focusPolicy() & Qt.FocusPolicy.TabFocus else []
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self:
            if (self.isAncestorOf(widget) and widget.isVisibleTo(self) and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):  # fmt: skip
                chain.append(widget)
            widget = widget.nextInFocusChain()
        return chain

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab go round the overlay's controls only, never behind it."""
        chain = self.focus_chain()
        if not self.isVisible() or not chain:
            return super().focusNextPrevChild(next)
        current = QApplication.focusWidget()
        at = chain.index(current) if current in chain else -1
        step = 1 if next else -1
        target = chain[(at + step) % len(chain)] if at >= 0 else chain[0 if next else -1]
        reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        target.setFocus(reason)
        return True


class CountdownOverlay(Overlay):
    """Warns that the kiosk will start over; any touch anywhere cancels (the idle watcher
    hears it), the button just makes that obvious."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.seconds = 0
        self.title = QLabel(self.card)
        self.title.setObjectName("overlayTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number = QLabel(self.card)
        self.number.setObjectName("countdownNumber")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = QLabel(self.card)
        self.detail.setObjectName("overlayText")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self.stay_button = TouchButton(parent=self.card, role="primary")
        self.stay_button.clicked.connect(self.hide)
        for w in (self.title, self.number, self.detail):
            self.body.addWidget(w)
        self.body.addWidget(self.stay_button, 0, Qt.AlignmentFlag.AlignCenter)
        self.retranslate()

    def cover(self) -> None:
        """Show on top with the focus on "I'm still here" (Enter answers)."""
        super().cover()
        self.stay_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_seconds(self, seconds: int) -> None:
        """Show ``seconds`` left."""
        self.seconds = seconds
        self.number.setText(format_count(seconds))
        self.detail.setText(self.tr("Starting over in %n second(s).", "", seconds))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Are you still there?"))
        self.stay_button.setText(self.tr("I'm still here"))
        self.set_seconds(self.seconds)


class PinPad(Overlay):
    """A touch keypad for the admin PIN; the owner checks the PIN.

    Signals:
        pin_entered(pin: str): the admin tapped OK.
        cancelled(): the admin tapped Cancel.
    """

    pin_entered = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.card.setMinimumWidth(520)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pin = ""
        self.title = QLabel(self.card)
        self.title.setObjectName("overlayTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots = QLabel(self.card)
        self.dots.setObjectName("pinDots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(self.card)
        self.message.setObjectName("overlayText")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.addWidget(self.title)
        self.body.addWidget(self.dots)
        self.body.addWidget(self.message)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.keys: dict[str, TouchButton] = {}
        for i, digit in enumerate("123456789"):
            self._key(grid, digit, digit, i // 3, i % 3)
        self.erase_button = self._key(grid, "⌫", "erase", 3, 0)
        self._key(grid, "0", "0", 3, 1)
        self.ok_button = self._key(grid, "", "ok", 3, 2)
        self.body.addLayout(grid)
        self.cancel_button = TouchButton(parent=self.card)
        self.cancel_button.clicked.connect(self._cancel)
        self.body.addWidget(self.cancel_button)
        self.retranslate()

    def _key(self, grid: QGridLayout, text: str, name: str, row: int, col: int) -> TouchButton:
        button = TouchButton(text, self.card, role="pinKey")
        button.setMinimumSize(120, 88)
        button.clicked.connect(lambda _=False, n=name: self.press(n))
        grid.addWidget(button, row, col)
        self.keys[name] = button
        return button

    def open(self) -> None:
        """Show the pad, empty, with the keyboard's focus (digits can be typed)."""
        self.pin = ""
        self.message.clear()
        self._update()
        self.cover()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digits, Backspace, Enter (OK) and Escape (Cancel) from a keyboard."""
        key, text = event.key(), event.text()
        if len(text) == 1 and text.isdigit():
            self.press(str(int(text)))  # an Arabic-Indic keyboard's digits too
        elif key == Qt.Key.Key_Backspace:
            self.press("erase")
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.press("ok")
        elif key == Qt.Key.Key_Escape:
            self._cancel()
        else:
            super().keyPressEvent(event)

    def press(self, name: str) -> None:
        """A key of the pad: a digit, ``erase`` or ``ok``."""
        if name == "erase":
            self.pin = self.pin[:-1]
        elif name == "ok":
            pin, self.pin = self.pin, ""
            self.pin_entered.emit(pin)
        elif len(self.pin) < 12:
            self.pin += name
        self._update()

    def show_message(self, text: str) -> None:
        """Say why the PIN was not accepted."""
        self.message.setText(text)

    def _cancel(self) -> None:
        self.hide()
        self.cancelled.emit()

    def cancel(self) -> None:
        """Close the pad without a PIN (Cancel, Escape)."""
        self._cancel()

    def _update(self) -> None:
        self.dots.setText("●" * len(self.pin) or "—")

    def retranslate(self) -> None:
        self.title.setText(self.tr("Administrator PIN"))
        self.ok_button.setText(self.tr("OK"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.erase_button.setAccessibleName(self.tr("Delete the last digit"))
        self.dots.setAccessibleName(self.tr("Digits entered"))
