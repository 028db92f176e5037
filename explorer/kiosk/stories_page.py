"""The stories page: featured stories one at a time, swiped or stepped with big buttons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from explorer.kiosk.data import Story
from explorer.kiosk.story_view import StoryView
from explorer.kiosk.widgets import SwipeDetector, TouchButton
from explorer.ui.i18n import format_count


class StoriesPage(QWidget):
    """Browse the featured stories.

    Signals:
        story_shown(index: int): the story at ``index`` became the visible one.
    """

    story_shown = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stories: tuple[Story, ...] = ()
        self.index = 0
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # then Left/Right step
        outer = QVBoxLayout(self)
        outer.setContentsMargins(80, 24, 80, 32)
        outer.setSpacing(20)
        self.card = QFrame(self)
        self.card.setObjectName("storyCard")
        self.card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        box = QVBoxLayout(self.card)
        box.setContentsMargins(56, 44, 56, 44)
        self.view = StoryView(self.card)
        box.addWidget(self.view)
        outer.addWidget(self.card, 1)
        self.swipe = SwipeDetector(self.card)
        self.swipe.swiped_left.connect(self.show_next)
        self.swipe.swiped_right.connect(self.show_previous)
        row = QHBoxLayout()
        self.previous_button = TouchButton(parent=self, role="navArrow")
        self.next_button = TouchButton(parent=self, role="navArrow")
        self.position = QLabel(self)
        self.position.setObjectName("storyPosition")
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.previous_button)
        row.addStretch(1)
        row.addWidget(self.position)
        row.addWidget(self.hint)
        row.addStretch(1)
        row.addWidget(self.next_button)
        outer.addLayout(row)
        self.previous_button.clicked.connect(self.show_previous)
        for button in (self.previous_button, self.next_button):
            button.installEventFilter(self)
        self.next_button.clicked.connect(self.show_next)
        self.retranslate()

    def set_stories(self, stories: Sequence[Story]) -> None:
        """The stories to browse; keeps the position when it still exists."""
        self.stories = tuple(stories)
        self.show_index(min(self.index, max(0, len(self.stories) - 1)))

    def reset(self) -> None:
        """Back to the first story."""
        self.show_index(0)

    def show_index(self, index: int) -> None:
        """Show the story at ``index`` (wrapping around)."""
        self.index = index % len(self.stories) if self.stories else 0
        self.view.set_story(self.stories[self.index] if self.stories else None)
        self._update_position()
        self.story_shown.emit(self.index)

    def show_next(self) -> None:
        """The next story."""
        self.show_index(self.index + 1)

    def show_previous(self) -> None:
        """The previous story."""
        self.show_index(self.index - 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._step(event):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A push button would move the focus on an arrow key: here the arrows step instead.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._step(event)
        return super().eventFilter(watched, event)

    def _step(self, event: QKeyEvent) -> bool:
        """Left and Right step through the stories (mirrored right to left)."""
        forward, back = Qt.Key.Key_Right, Qt.Key.Key_Left
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            forward, back = back, forward
        if event.key() == forward:
            self.show_next()
        elif event.key() == back:
            self.show_previous()
        else:
            return False
        return True

    def _update_position(self) -> None:
        text = self.tr("%1 of %2").replace("%1", format_count(self.index + 1))
        self.position.setText(text.replace("%2", format_count(len(self.stories))))
        self.position.setVisible(bool(self.stories))

    def retranslate(self) -> None:
        """Set every string in the current language."""
        self.previous_button.setText(self.tr("‹ Previous"))
        self.next_button.setText(self.tr("Next ›"))
        self.hint.setText(self.tr("  ·  swipe to see more"))
        self.setAccessibleName(self.tr("Stories: Left and Right arrows show the others"))
        self._update_position()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange,):
            self.retranslate()
        super().changeEvent(event)
