"""Ctrl+F puts the cursor in the search box of the page shown (issue 19).

The page's own search when it has one (the Initiatives bar), else its first visible text
box (Countries, Compare, Peers, Trade, Sources): pages are reached by duck typing, as the
navigator does. The action lives on the window, not in a menu, so it survives the menus
being rebuilt for a language change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

if TYPE_CHECKING:
    from explorer.ui.main_window import MainWindow


def search_box(page: QWidget | None) -> QLineEdit | None:
    """The text box Ctrl+F should focus on ``page`` (None when it has none)."""
    if page is None:
        return None
    own = getattr(getattr(page, "bar", None), "edit", None)
    if isinstance(own, QLineEdit) and own.isVisibleTo(page):
        return own
    boxes = [b for b in page.findChildren(QLineEdit)
             if b.isVisibleTo(page) and b.isEnabled() and not b.isReadOnly()]  # fmt: skip
    return boxes[0] if boxes else None


def add_find_action(window: MainWindow) -> QAction:
    """Ctrl+F (the platform's Find keys too) on ``window``."""
    action = QAction(QCoreApplication.translate("FindAction", "Find"), window)
    action.setObjectName("findAction")
    keys = [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Find) if not k.isEmpty()]
    if QKeySequence("Ctrl+F") not in keys:
        keys.insert(0, QKeySequence("Ctrl+F"))
    action.setShortcuts(keys)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def find() -> None:
        box = search_box(window.stack.currentWidget())
        if box is not None:
            box.setFocus(Qt.FocusReason.ShortcutFocusReason)
            box.selectAll()

    action.triggered.connect(find)
    window.addAction(action)
    return action
