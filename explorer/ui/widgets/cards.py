"""Card building blocks: a framed card, text labels by role, and a count card.

Looks come from ``resources/styles/app.qss`` through object names, not code.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

# Set through Qt's property system by value: touching the ``Qt`` namespace in Python builds
# all of its ~95 enum classes, which costs the first paint about 15 ms. Values from qnamespace.h.
PLAIN_TEXT = 0  # Qt::PlainText
SELECTABLE_BY_MOUSE = 1  # Qt::TextSelectableByMouse


def text_label(text: str, role: str, parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """A label styled by ``role`` (an object name in the stylesheet), plain text only."""
    label = QLabel(text, parent)
    label.setObjectName(role)
    label.setProperty("textFormat", PLAIN_TEXT)
    label.setWordWrap(wrap)
    label.setProperty("textInteractionFlags", SELECTABLE_BY_MOUSE)
    return label


class Card(QFrame):
    """A white, rounded panel; ``variant`` picks a stylesheet look ("card", "tint")."""

    def __init__(self, parent: QWidget | None = None, *, variant: str = "card") -> None:
        super().__init__(parent)
        self.setObjectName(variant)
        self.setFrameShape(QFrame.Shape.NoFrame)  # a QFrame paints its stylesheet background
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(20, 16, 20, 16)
        self.body.setSpacing(6)


class CountCard(Card):
    """A large number with what it counts underneath."""

    def __init__(self, value: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value_label = text_label(value, "countValue", self, wrap=False)
        self.caption_label = text_label(caption, "countCaption", self)
        self.body.addWidget(self.value_label)
        self.body.addWidget(self.caption_label)
        self.body.addStretch(1)


class MessageCard(Card):
    """A card that says plainly that something is missing or went wrong."""

    def __init__(self, title: str, detail: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent, variant="emptyCard")
        self.title_label = text_label(title, "emptyTitle", self)
        self.body.addWidget(self.title_label)
        self.detail_label: QLabel | None = None
        if detail:
            self.detail_label = text_label(detail, "muted", self)
            self.body.addWidget(self.detail_label)
