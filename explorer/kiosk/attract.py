"""The attract (welcome) screen: featured stories cycling gently, a language picker, and
"Touch to explore"."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEasingCurve, QEvent, QPropertyAnimation, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QHideEvent, QKeyEvent, QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from explorer.kiosk.data import Story
from explorer.kiosk.language import language_name
from explorer.kiosk.story_view import StoryView
from explorer.kiosk.widgets import ChipButton

CYCLE_MS = 9000
FADE_MS = 700


class AttractScreen(QWidget):
    """Cycles featured stories until someone touches the screen.

    Signals:
        explore_requested(): the visitor touched the screen (not a language button).
        language_chosen(code: str): the visitor picked an interface language.
    """

    explore_requested = Signal()
    language_chosen = Signal(str)

    def __init__(self, languages: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attract")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Enter or Space explores
        self.stories: tuple[Story, ...] = ()
        self.index = 0
        outer = QVBoxLayout(self)
        outer.setContentsMargins(120, 80, 120, 60)
        outer.setSpacing(28)
        self.heading = QLabel(self)
        self.heading.setObjectName("attractHeading")
        outer.addWidget(self.heading)
        self.card = QFrame(self)
        self.card.setObjectName("storyCard")
        self.card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        card_box = QVBoxLayout(self.card)
        card_box.setContentsMargins(56, 44, 56, 44)
        self.view = StoryView(self.card)
        card_box.addWidget(self.view)
        outer.addWidget(self.card, 1)
        self.effect = QGraphicsOpacityEffect(self.card)
        self.effect.setOpacity(1.0)
        self.card.setGraphicsEffect(self.effect)
        self.fade = QPropertyAnimation(self.effect, b"opacity", self)
        self.fade.setDuration(FADE_MS)
        self.fade.setEasingCurve(QEasingCurve.Type.InOutQuad)
        self.prompt = QLabel(self)
        self.prompt.setObjectName("touchPrompt")
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.prompt)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addStretch(1)
        self.language_group = QButtonGroup(self)
        self.language_buttons: dict[str, ChipButton] = {}
        for code in languages:
            button = ChipButton(language_name(code), code, self)
            button.setObjectName("languageChip")
            self.language_group.addButton(button)
            self.language_buttons[code] = button
            button.clicked.connect(lambda _=False, c=code: self.language_chosen.emit(c))
            row.addWidget(button)
        row.addStretch(1)
        outer.addLayout(row)
        self.timer = QTimer(self)
        self.timer.setInterval(CYCLE_MS)
        self.timer.timeout.connect(self.next_story)
        self.retranslate()

    def set_stories(self, stories: Sequence[Story]) -> None:
        """The stories to cycle through; starts from the first."""
        self.stories = tuple(stories)
        self.index = 0
        self.view.set_story(self.stories[0] if self.stories else None)

    def set_language(self, code: str) -> None:
        """Mark ``code`` as the current language."""
        button = self.language_buttons.get(code)
        if button is not None:
            button.setChecked(True)

    def next_story(self) -> None:
        """Fade to the next story."""
        if len(self.stories) < 2:
            return
        self.index = (self.index + 1) % len(self.stories)
        self.view.set_story(self.stories[self.index])
        self.fade.stop()
        self.fade.setStartValue(0.15)
        self.fade.setEndValue(1.0)
        self.fade.start()

    def retranslate(self) -> None:
        """Set every string in the current language."""
        self.heading.setText(self.tr("Developing countries learning from each other"))
        self.prompt.setText(self.tr("Touch to explore"))
        self.setAccessibleName(self.tr("Welcome: touch the screen or press Enter to explore"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self.timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        self.fade.stop()
        self.effect.setOpacity(1.0)
        super().hideEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._ring_prompt(True)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._ring_prompt(False)
        super().focusOutEvent(event)

    def _ring_prompt(self, on: bool) -> None:
        # The screen's focus shows as a ring round "Touch to explore" (what Enter does).
        self.prompt.setProperty("focused", on)
        self.prompt.style().unpolish(self.prompt)
        self.prompt.style().polish(self.prompt)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.explore_requested.emit()
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.explore_requested.emit()
        super().mouseReleaseEvent(event)
