"""The "?" popup: how to search, from the query language's own documentation."""

from __future__ import annotations

import textwrap

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFrame, QLabel, QToolButton, QVBoxLayout, QWidget

from explorer.domain import query as query_language
from explorer.ui.i18n import tr
from explorer.ui.widgets.cards import text_label


def help_text() -> str:
    """The query language's help (``explorer.domain.query``'s docstring), translatable."""
    doc = (query_language.__doc__ or "").strip()
    # The first paragraph describes the module and the second announces the help: skip both.
    parts = doc.split("\n\n")
    body = "\n\n".join(textwrap.dedent(p) for p in parts[2:]) if len(parts) > 2 else doc
    return tr("QueryHelp", body.strip())


class QueryHelpPopup(QFrame):
    """A popup with the search syntax; closes on a click outside or Escape."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("helpPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(text_label(self.tr("How to search"), "cardTitle", self))
        self.body = QLabel(help_text(), self)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.body.setWordWrap(False)
        layout.addWidget(self.body)

    def show_below(self, anchor: QWidget) -> None:
        """Open under ``anchor``, kept on the anchor's screen."""
        self.adjustSize()
        pos = anchor.mapToGlobal(QPoint(anchor.width() - self.width(), anchor.height() + 4))
        screen = anchor.screen().availableGeometry()
        pos.setX(max(screen.left(), min(pos.x(), screen.right() - self.width())))
        pos.setY(max(screen.top(), min(pos.y(), screen.bottom() - self.height())))
        self.move(pos)
        self.show()


class HelpButton(QToolButton):
    """A round "?" button that opens ``QueryHelpPopup``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpButton")
        self.setText(self.tr("?"))
        self.setToolTip(self.tr("How to search: words, phrases, filters like provider:BRA"))
        self.setAccessibleName(self.tr("Search help"))
        self.popup: QueryHelpPopup | None = None
        self.clicked.connect(self.open_help)

    def open_help(self) -> None:
        """Show the help popup."""
        if self.popup is None:
            self.popup = QueryHelpPopup(self)
        self.popup.show_below(self)
