"""Keyboard-only use: which widgets Tab should reach, and walking the focus chain by Tab."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget


def _showing(widget: QWidget, root: QWidget) -> bool:
    """Visible on screen: itself and every ancestor up to ``root`` shown, not clipped away."""
    if not widget.isVisibleTo(root) or not widget.isEnabled():
        return False
    return not widget.visibleRegion().isEmpty()


def tab_reachable(root: QWidget) -> list[QWidget]:
    """Every showing, enabled widget under ``root`` that takes focus from Tab."""
    out = []
    for widget in root.findChildren(QWidget):
        policy = widget.focusPolicy()
        if not policy & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
            continue
        if _showing(widget, root):
            out.append(widget)
    return out


def tab_walk(root: QWidget, press: Callable[[QWidget], None], limit: int = 300) -> list[QWidget]:
    """Press Tab (through ``press``) from the current focus until focus comes back round;
    the widgets focused, in order."""
    seen: list[QWidget] = []
    for _ in range(limit):
        current = QApplication.focusWidget() or root
        press(current)
        QApplication.processEvents()
        focused = QApplication.focusWidget()
        if focused is None:
            break
        if focused in seen:
            if focused is seen[0]:
                break
            continue
        seen.append(focused)
    return seen


class KeyboardPolicy(QObject):
    """App-wide keyboard rules, as an event filter on the application.

    Tables and lists let Tab leave them (arrow keys move between cells): Qt's default sends
    Tab from cell to cell, which traps a keyboard user inside every table.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Polish and isinstance(watched, QAbstractItemView):
            watched.setTabKeyNavigation(False)
        return False


def install_keyboard_policy(app: QCoreApplication | None = None) -> KeyboardPolicy | None:
    """Install :class:`KeyboardPolicy` once on ``app`` (the running application by default)."""
    app = app or QCoreApplication.instance()
    if app is None:
        return None
    existing = app.findChild(KeyboardPolicy)
    if isinstance(existing, KeyboardPolicy):
        return existing
    policy = KeyboardPolicy(app)
    app.installEventFilter(policy)
    return policy
