"""Dragged targets held over a page's entry in the navigation list open that page (as a
file manager opens a folder a file is held over), so an initiative dragged from the
Initiatives list can be dropped on a collection in the Workspace page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent
from PySide6.QtWidgets import QListWidget

from explorer.ui.target_mime import MIME

ACCEPTING = ("workspace",)  # the pages that take dropped targets


class DragSwitch(QObject):
    """Watches ``nav``'s viewport: targets dragged over an accepting page's entry open it."""

    def __init__(self, nav: QListWidget, key_role: int, show: Callable[[str], object]) -> None:
        super().__init__(nav)
        self.nav, self.key_role, self.show = nav, key_role, show
        self.viewport = nav.viewport()
        self.viewport.setAcceptDrops(True)  # drag events reach only a widget that takes them
        self.viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport and isinstance(event, (QDragEnterEvent,
                                                                 QDragMoveEvent)):  # fmt: skip
            if not event.mimeData().hasFormat(MIME):
                return False
            item = self.nav.itemAt(event.position().toPoint())
            key = item.data(self.key_role) if item is not None else None
            if key in ACCEPTING:
                self.show(str(key))
            event.setDropAction(Qt.DropAction.IgnoreAction)
            event.accept()  # keep the moves coming; nothing is dropped on the list itself
            return True
        if watched is self.viewport and event.type() == QEvent.Type.Drop:
            event.ignore()
            return True
        return False
