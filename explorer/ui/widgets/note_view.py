"""A note shown as light Markdown: headings, **bold**, *italic*, lists, links.

Qt's own Markdown reader (md4c) with HTML off: what a user typed as ``<b>`` or ``<script>``
is shown as those characters, never run or styled. Nothing is loaded: an image a note names
(``![x](file:///...)``) shows as its empty frame, and links never open by themselves; a link
to a stable key is reported (``target_activated``), a web address goes to the browser.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QMouseEvent,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from explorer.domain.note_links import is_web_link, link_target

FEATURES = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)
MAX_HEIGHT = 420  # taller notes scroll inside the view


def render_markdown(document: QTextDocument, text: str) -> None:
    """Lay ``text`` out in ``document`` as Markdown without HTML.

    Qt's reader underlines ``_text_``; CommonMark (and every other Markdown a user knows)
    makes it italic, so underlined runs that are not links are turned italic here."""
    document.setMarkdown(text, FEATURES)
    runs: list[tuple[int, int]] = []  # found first: changing formats re-splits fragments
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.fontUnderline() and not fmt.isAnchor():
                runs.append((fragment.position(), fragment.length()))
            it += 1
        block = block.next()
    italic = QTextCharFormat()
    italic.setFontUnderline(False)
    italic.setFontItalic(True)
    for start, length in runs:
        cursor = QTextCursor(document)
        cursor.setPosition(start)
        cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(italic)


class NoteView(QTextBrowser):
    """The rendered note; as tall as its text (up to ``MAX_HEIGHT``).

    Signals:
        target_activated(key: str): a link to the stable key ``key`` was followed.
        link_refused(href: str): a link that names nothing we open was followed.
        edit_requested(): the user double-clicked the text to change it.
    """

    target_activated = Signal(str)
    link_refused = Signal(str)
    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteView")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.anchorClicked.connect(self._on_anchor)
        self.document().setDocumentMargin(2)

    def set_markdown(self, text: str) -> None:
        """Show ``text`` rendered."""
        render_markdown(self.document(), text)
        self._fit()

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        return None  # never read a file or address a note names

    def _on_anchor(self, url: QUrl) -> None:
        href = url.toString()
        target = link_target(href)
        if target is not None:
            self.target_activated.emit(target.key)
        elif is_web_link(href):
            QDesktopServices.openUrl(url)
        else:
            self.link_refused.emit(href)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if not self.anchorAt(event.position().toPoint()):
            self.edit_requested.emit()
        super().mouseDoubleClickEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        doc = self.document()
        doc.setTextWidth(self.viewport().width())
        self.setFixedHeight(min(MAX_HEIGHT, int(doc.size().height()) + 2 * self.frameWidth() + 2))

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.height())
