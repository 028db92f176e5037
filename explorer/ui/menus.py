"""Menus and shortcuts of the main window, declared in one place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

if TYPE_CHECKING:
    from explorer.ui.main_window import MainWindow


# Pages after the tenth, with their own shortcut.
PAGE_SHORTCUTS = {"workspace": "Ctrl+Shift+W"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Menus", text)


def build_menus(window: MainWindow, page_actions: dict[str, QAction]) -> None:
    """File, View (one action per page: Ctrl+1..., full screen, language) and Help; fills
    ``page_actions`` with each page's action."""
    bar = window.menuBar()
    file_menu = bar.addMenu(_tr("&File"))
    quit_action = QAction(_tr("&Quit"), window)
    quit_action.setShortcuts(standard_or(QKeySequence.StandardKey.Quit, "Ctrl+Q"))
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    quit_action.triggered.connect(window.close)
    file_menu.addAction(quit_action)

    view_menu = bar.addMenu(_tr("&View"))
    for number, key in enumerate(window.specs, start=1):
        action = QAction(window.specs[key].display_title(), window)
        if number <= 10:  # Ctrl+1 ... Ctrl+9, then Ctrl+0 for the tenth
            action.setShortcut(QKeySequence(f"Ctrl+{number % 10}"))
        elif key in PAGE_SHORTCUTS:
            action.setShortcut(QKeySequence(PAGE_SHORTCUTS[key]))
        action.triggered.connect(lambda _checked=False, k=key: window.show_page(k))
        view_menu.addAction(action)
        page_actions[key] = action
    view_menu.addSeparator()
    full = QAction(_tr("&Full Screen"), window)
    full.setShortcuts(standard_or(QKeySequence.StandardKey.FullScreen, "F11"))
    full.triggered.connect(window.toggle_full_screen)
    window.addAction(full)  # keeps F11 working when the menu bar is hidden
    view_menu.addAction(full)
    from explorer.ui.language import add_language_menu

    add_language_menu(window, view_menu)
    from explorer.ui.a11y.appearance import add_appearance_menu

    add_appearance_menu(window, view_menu, window.context.settings)

    help_menu = bar.addMenu(_tr("&Help"))
    from explorer.ui.dialogs.user_guide import add_guide_action

    add_guide_action(window, help_menu)  # User Guide (F1), at the current page
    sources = QAction(_tr("&Data Sources"), window)
    sources.triggered.connect(lambda: window.show_page("sources"))
    sources.setEnabled("sources" in window.specs)
    help_menu.addAction(sources)
    about = QAction(_tr("&About Exchange Explorer"), window)
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(window.show_about)
    help_menu.addAction(about)
    from explorer.ui.a11y.shortcuts import add_shortcuts_action

    add_shortcuts_action(window, help_menu)


def standard_or(key: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's shortcuts for ``key``, always including ``fallback``."""
    keys = [k for k in QKeySequence.keyBindings(key) if not k.isEmpty()]
    wanted = QKeySequence(fallback)
    if all(k != wanted for k in keys):
        keys.insert(0, wanted)
    return keys


def file_menu_action(
    window: QMainWindow, name: str, text: str, shortcut: str
) -> tuple[QAction, bool] | None:
    """The action ``name`` of the File menu (the menu holding Quit), made with ``text`` and
    ``shortcut`` and put before Quit when it is not there yet: ``(action, made now)``; None
    when the window has no such menu."""
    for top in window.menuBar().actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        actions = menu.actions()
        quit_action = next((a for a in actions if a.menuRole() == QAction.MenuRole.QuitRole), None)
        if quit_action is None:
            continue
        existing = next((a for a in actions if a.objectName() == name), None)
        if existing is not None:
            return existing, False
        action = QAction(text, window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        menu.insertAction(quit_action, action)
        return action, True
    return None
