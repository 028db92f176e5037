"""Help > Keyboard Shortcuts: every menu action with a shortcut, read from the menus
themselves (so the list cannot drift from them), plus the keys that are not menu actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _keys(action: QAction) -> str:
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                     for k in action.shortcuts() if not k.isEmpty())  # fmt: skip


def menu_shortcuts(window: QMainWindow) -> list[tuple[str, str]]:
    """(``Menu > Action``, keys) for every menu action that has a shortcut, in menu order."""
    rows: list[tuple[str, str]] = []

    def visit(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            name = f"{path} > {_plain(action.text())}"
            if isinstance(sub, QMenu):
                visit(sub, name)
            elif keys := _keys(action):
                rows.append((name, keys))

    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            visit(menu, _plain(action.text()))
    return rows


def other_keys() -> list[tuple[str, str]]:
    """Keys that work everywhere but are not menu actions."""
    return [
        (_tr("Next / previous control"), _tr("Tab, Shift+Tab")),
        (_tr("Leave a table or list"), _tr("Tab (arrow keys move inside it)")),
        (_tr("Close a dialog or popup"), _tr("Escape")),
        (_tr("Back / forward (pages, searches, records)"),
         _tr("Alt+Left, Alt+Right, the mouse's side buttons")),
        (_tr("Search on this page"), "Ctrl+F"),
        (_tr("Chart: show its table, and back"), "T"),
        (
            _tr("Chart: copy its numbers"),
            QKeySequence(QKeySequence.StandardKey.Copy).toString(
                QKeySequence.SequenceFormat.NativeText
            ),
        ),
    ]


class ShortcutsDialog(QDialog):
    """A two-column table of what to press for what; Escape or Close closes it."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(_tr("Keyboard Shortcuts"))
        self.resize(560, 520)
        rows = menu_shortcuts(window) + other_keys()
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setAccessibleName(_tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([_tr("Action"), _tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        for r, (what, keys) in enumerate(rows):
            for c, text in enumerate((what, keys)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)


def add_shortcuts_action(window: QMainWindow, help_menu: QMenu) -> QAction:
    """Help > Keyboard Shortcuts (Ctrl+/)."""
    action = QAction(_tr("&Keyboard Shortcuts"), window)
    action.setShortcut(QKeySequence("Ctrl+/"))

    def show() -> None:
        dialog = ShortcutsDialog(window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()

    action.triggered.connect(show)
    help_menu.addAction(action)
    return action
