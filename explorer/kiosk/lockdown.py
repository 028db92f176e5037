"""Lockdown: an application-wide event filter and blocked external links.

The filter swallows the keys and clicks that would leave, close or reveal the desktop
(where Qt sees them: the window manager may grab Alt+Tab first), reports every input as
activity for the idle watcher, and watches for the hidden admin gesture: ``CORNER_TAPS``
taps in the top-left ``CORNER_PX`` square within ``CORNER_WINDOW_S`` seconds.
"""

from __future__ import annotations

import logging
from collections import deque

from PySide6.QtCore import QEvent, QObject, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QKeyEvent, QMouseEvent, Qt, QTouchEvent

from explorer.kiosk.clock import Clock

log = logging.getLogger(__name__)
CORNER_PX = 96
CORNER_TAPS = 5
CORNER_WINDOW_S = 3.0
BLOCKED_SCHEMES = ("http", "https", "ftp", "mailto", "tel", "file", "data")

Key = Qt.Key
Mod = Qt.KeyboardModifier
_ALWAYS_BLOCKED = {
    Key.Key_Escape,
    Key.Key_F11,
    Key.Key_Close,
    Key.Key_Exit,
    Key.Key_Print,
    Key.Key_Menu,
    Key.Key_Super_L,
    Key.Key_Super_R,
    Key.Key_Meta,
}
_ALT_BLOCKED = {Key.Key_F4, Key.Key_Tab, Key.Key_Backtab, Key.Key_Escape, Key.Key_Space}
_CTRL_BLOCKED = {
    Key.Key_Q,
    Key.Key_W,
    Key.Key_P,
    Key.Key_O,
    Key.Key_S,
    Key.Key_N,
    Key.Key_Tab,
    Key.Key_F4,
    Key.Key_Escape,
}
_INPUT = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.TouchBegin,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
    QEvent.Type.TabletPress,
}
_SWALLOWED = {
    QEvent.Type.ContextMenu,
    QEvent.Type.Shortcut,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.WhatsThis,
    QEvent.Type.QueryWhatsThis,
}


def is_blocked_key(key: int, modifiers: Qt.KeyboardModifier) -> bool:
    """Whether a key press is one of the escape routes the kiosk swallows."""
    k = Key(key)
    if k in _ALWAYS_BLOCKED:
        return True
    if modifiers & Mod.AltModifier and k in _ALT_BLOCKED:
        return True
    return bool(modifiers & (Mod.ControlModifier | Mod.MetaModifier)) and k in _CTRL_BLOCKED


def is_admin_key(key: int, modifiers: Qt.KeyboardModifier) -> bool:
    """Ctrl+Shift+F12: the keyboard's way to the admin PIN pad (the corner gesture needs a
    pointer); the PIN still guards the exit."""
    wanted = Mod.ControlModifier | Mod.ShiftModifier
    mods = modifiers & (wanted | Mod.AltModifier | Mod.MetaModifier)
    return Key(key) == Key.Key_F12 and mods == wanted


class LockdownFilter(QObject):
    """Installed on the QApplication while the kiosk runs.

    Signals:
        activity_seen(): a touch, click, key or wheel reached the kiosk.
        escape_blocked(what: str): an escape attempt was swallowed (for logs and tests).
        admin_gesture_detected(): the hidden corner gesture was completed.
        back_requested(): plain Escape was pressed (swallowed): close an overlay or go back.
    """

    activity_seen = Signal()
    escape_blocked = Signal(str)
    admin_gesture_detected = Signal()
    back_requested = Signal()

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self._taps: deque[float] = deque(maxlen=CORNER_TAPS)
        # A press nobody accepts travels up to the parents, and the filter sees it at each.
        self._last_press: tuple[int, float, float] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT and watched.isWidgetType():
            self.activity_seen.emit()
        if kind in _SWALLOWED:
            if kind == QEvent.Type.ContextMenu:
                self.escape_blocked.emit("context menu")
            return True
        if (
            kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and is_admin_key(event.key(), event.modifiers())
        ):
            self.admin_gesture_detected.emit()  # whatever has the focus (a search box too)
            return True
        if (
            kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
            and isinstance(event, QKeyEvent)
            and is_blocked_key(event.key(), event.modifiers())
        ):
            if kind == QEvent.Type.KeyPress:
                self.escape_blocked.emit(QKeyEventText.describe(event))
                if event.key() == Key.Key_Escape and not event.modifiers():
                    self.back_requested.emit()  # the kiosk's own "back" (issue 16)
            return True
        if isinstance(event, QMouseEvent) and kind in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
        ):
            if event.button() not in (Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton):
                if kind == QEvent.Type.MouseButtonPress:
                    self.escape_blocked.emit("mouse button")
                return True
            if kind == QEvent.Type.MouseButtonPress and watched.isWidgetType():
                pos = event.globalPosition()
                self._corner(pos.x(), pos.y(), watched, event.timestamp())
        if kind == QEvent.Type.TouchBegin and isinstance(event, QTouchEvent) and event.points():
            pos = event.points()[0].globalPosition()
            self._corner(pos.x(), pos.y(), watched, event.timestamp())
        return False

    def _corner(self, x: float, y: float, watched: QObject, stamp: int) -> None:
        if self._last_press == (stamp, x, y):
            return
        self._last_press = (stamp, x, y)
        window = watched.window() if hasattr(watched, "window") else None
        origin = window.geometry().topLeft() if window is not None else None
        ox, oy = (origin.x(), origin.y()) if origin is not None else (0, 0)
        if not (0 <= x - ox < CORNER_PX and 0 <= y - oy < CORNER_PX):
            self._taps.clear()
            return
        now = self.clock.now()
        self._taps.append(now)
        if len(self._taps) == CORNER_TAPS and now - self._taps[0] <= CORNER_WINDOW_S:
            self._taps.clear()
            self.admin_gesture_detected.emit()


class QKeyEventText:
    """Describes a key press for the log ("Alt+F4")."""

    @staticmethod
    def describe(event: QKeyEvent) -> str:
        from PySide6.QtGui import QKeySequence

        combo = event.keyCombination()
        return QKeySequence(combo).toString() or f"key {event.key()}"


class UrlBlocker(QObject):
    """Receives every URL ``QDesktopServices.openUrl`` is asked to open, and opens none.

    Signals:
        url_blocked(url: str): something tried to open ``url``.
    """

    url_blocked = Signal(str)

    def install(self) -> None:
        """Register for every scheme a link could use."""
        for scheme in BLOCKED_SCHEMES:
            # PySide6 6.12 accepts only a str here, though its stub says bytes.
            QDesktopServices.setUrlHandler(scheme, self, "open_url")  # type: ignore[arg-type]

    def uninstall(self) -> None:
        """Give the schemes back (tests, admin exit)."""
        for scheme in BLOCKED_SCHEMES:
            QDesktopServices.unsetUrlHandler(scheme)

    @Slot(QUrl)
    def open_url(self, url: QUrl) -> None:
        log.info("kiosk: blocked opening %s", url.toString())
        self.url_blocked.emit(url.toString())
