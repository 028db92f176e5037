"""Help > User Guide (F1): a short task-based guide, offline, opened at the current page.

The guide is one HTML file per language in ``resources/guide`` (``guide_<code>.html``, the
same codes as the interface catalogues); a language without its own guide reads the English
one. Each page has a section whose id is the page's key, so F1 opens the guide there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from explorer.ui.resources import resource_path


def _tr(text: str) -> str:
    return QCoreApplication.translate("UserGuide", text)


def guide_file(language: str | None = None, folder: Path | None = None) -> Path:
    """The guide in ``language`` (the interface's by default): ``guide_zh_CN.html``, then
    ``guide_zh.html``, then the English one."""
    base = folder or resource_path("guide")
    code = language or QLocale().name()  # the interface's locale (set by the language menu)
    for candidate in (code, code.split("_")[0]):
        path = base / f"guide_{candidate}.html"
        if path.is_file():
            return path
    return base / "guide_en.html"


class UserGuideDialog(QDialog):
    """The guide in a browser that follows only its own links (nothing goes online)."""

    def __init__(self, parent: QWidget | None = None, section: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(_tr("User Guide"))
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(_tr("User guide"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)  # anchors within the guide
        self.path = guide_file()
        self.browser.setSource(QUrl.fromLocalFile(str(self.path)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)
        if section:
            self.show_section(section)

    def show_section(self, section: str) -> None:
        """Scroll to the part about ``section`` (a page key)."""
        self.browser.scrollToAnchor(section)


def current_page_key(window: QMainWindow) -> str:
    """The key of the page the window shows ("" when none)."""
    pages = getattr(window, "pages", {})
    stack = getattr(window, "stack", None)
    current = stack.currentWidget() if stack is not None else None
    return next((k for k, p in pages.items() if p is current), "")


def show_guide(window: QMainWindow) -> UserGuideDialog:
    """Open (or raise) the guide at the current page's section."""
    dialog = window.findChild(UserGuideDialog, "userGuide")
    if not isinstance(dialog, UserGuideDialog) or dialog.path != guide_file():
        if isinstance(dialog, UserGuideDialog):
            dialog.deleteLater()
        dialog = UserGuideDialog(window)
    dialog.show()
    dialog.raise_()
    dialog.show_section(current_page_key(window))
    return dialog


def add_guide_action(window: QMainWindow, help_menu: QMenu) -> QAction:
    """Help > User Guide (F1), first in the menu."""
    action = QAction(_tr("User &Guide"), window)
    action.setObjectName("userGuideAction")
    keys = [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents)
            if not k.isEmpty()]  # fmt: skip
    if QKeySequence("F1") not in keys:
        keys.insert(0, QKeySequence("F1"))
    action.setShortcuts(keys)
    action.triggered.connect(lambda: show_guide(window))
    first = help_menu.actions()[0] if help_menu.actions() else None
    help_menu.insertAction(first, action) if first is not None else help_menu.addAction(action)
    return action
