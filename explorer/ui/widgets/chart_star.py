"""The star (bookmark, Ctrl+D) on a chart panel, keyed on what the chart draws.

A chart's key is its kind plus the parameters of its request that differ from the defaults
(``chart:partners?country=BRA&year=2020``, see ``domain.keys.chart_key``), so a bookmarked
chart reopens as it was (``request_from_key``). Star changes are stored one job at a time,
the newest wanted state last, as the note editor's star does.
"""

from __future__ import annotations

import dataclasses
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QToolButton, QWidget

from explorer.domain.keys import chart_key, split_chart_key
from explorer.jobs import workspace as jobs
from explorer.ui.charts.render import ChartRequest

if TYPE_CHECKING:
    from pathlib import Path

    from sqlalchemy import Connection

    from explorer.ui.runner import JobError, Runner

_FIELDS = {f.name: f for f in dataclasses.fields(ChartRequest) if f.name != "kind"}


def request_key(request: ChartRequest) -> str:
    """The stable key of ``request``: its kind and every parameter not at its default."""
    params: dict[str, str | int] = {}
    for name, spec in _FIELDS.items():
        value = getattr(request, name)
        default = spec.default if spec.default is not dataclasses.MISSING else ()
        if value is None or value == default:
            continue
        if isinstance(value, bool):
            params[name] = int(value)
        elif isinstance(value, tuple):
            params[name] = ",".join(value)
        else:
            params[name] = value
    return chart_key(request.kind, **params)


def request_from_key(key: str) -> ChartRequest:
    """The request a chart key was made from; ValueError when a parameter is not one."""
    kind, params = split_chart_key(key)
    values: dict[str, object] = {}
    for name, text in params.items():
        spec = _FIELDS.get(name)
        if spec is None:
            raise ValueError(f"not a chart parameter: {name!r}")
        default = spec.default if spec.default is not dataclasses.MISSING else ()
        if isinstance(default, bool):
            values[name] = text == "1"
        elif isinstance(default, tuple):
            values[name] = tuple(t for t in text.split(",") if t)
        elif name in ("year", "first_year", "last_year"):
            values[name] = int(text)
        else:
            values[name] = text
    return ChartRequest(kind, **values)  # type: ignore[arg-type]


def chart_source(conn: Connection, key: str) -> tuple[str, str]:
    """The title and source line of the chart ``key`` as the data draws it now (on a worker
    thread: it reads ``conn``); empty strings when the key names no chart we can draw."""
    from explorer.ui.charts.render import load_chart_data

    try:
        data = load_chart_data(conn, request_from_key(key))
    except (LookupError, ValueError):
        return "", ""
    if isinstance(data, tuple):  # a map: (atlas, its data)
        data = data[-1]
    return str(getattr(data, "title", "") or ""), str(getattr(data, "source", "") or "")


class ChartStar(QToolButton):
    """☆/★ for the chart a panel shows; every database call goes through ``runner``.

    Signals:
        bookmark_changed(key: str, on: bool): the star of ``key`` was stored as ``on``.
    """

    bookmark_changed = Signal(str, bool)

    def __init__(self, runner: Runner, user_db: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self._read_only = False  # see set_read_only
        self.setObjectName("chartStar")
        self.runner, self.user_db = runner, user_db
        self.key, self.title = "", ""
        self._wanted: dict[str, tuple[bool, str]] = {}
        self._storing = ""
        self._job = f"ChartStar{id(self)}"
        self.setCheckable(True)
        self.setAutoRaise(True)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.setFont(font)
        self.clicked.connect(self._on_click)
        # Window-wide like the note editor's: only the star of the visible panel answers.
        shortcut = QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_D), parent)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self.click)
        self.star_shortcut = shortcut
        self._show(False)
        self.setEnabled(False)

    def set_read_only(self) -> None:
        """Never shown, never reads or writes the user database again (the kiosk)."""
        self._read_only = True
        self._wanted.clear()
        self.star_shortcut.setEnabled(False)
        self.setVisible(False)

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible and not self._read_only)

    def set_target(self, key: str, title: str) -> None:
        """The chart now drawn (``title``: its snapshot stored with a bookmark)."""
        if self._read_only:
            return
        self.title = title
        if key == self.key:
            return
        self.key = key
        self.setEnabled(False)
        self.runner.submit(f"{self._job}.load", jobs.load_note, self.user_db, key,
                           on_done=self._on_loaded)  # fmt: skip

    def _on_loaded(self, state: object) -> None:
        if isinstance(state, jobs.NoteState) and state.key == self.key:
            self._show(state.bookmarked)
            self.setEnabled(True)

    def _show(self, on: bool) -> None:
        self.setChecked(on)
        self.setText("★" if on else "☆")
        name = self.tr("Remove bookmark of this chart") if on else self.tr("Bookmark this chart")
        self.setAccessibleName(name)
        shortcut = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_D).toString(
            QKeySequence.SequenceFormat.NativeText)
        self.setToolTip(self.tr("%1 (%2)").replace("%1", name).replace("%2", shortcut))

    def _on_click(self) -> None:
        if not self.key or not self.isEnabled():
            return
        on = self.isChecked()
        self._show(on)
        self._wanted[self.key] = (on, self.title)
        self._store()

    def _store(self) -> None:
        if self._storing or not self._wanted:
            return
        key = next(iter(self._wanted))
        on, title = self._wanted.pop(key)
        self._storing = key
        self.runner.submit(f"{self._job}.star", jobs.set_bookmark, self.user_db, key, title, on,
                           on_done=partial(self._on_stored, key),
                           on_error=partial(self._on_failed, key))  # fmt: skip

    def _on_stored(self, key: str, state: object) -> None:
        self._storing = ""
        if key == self.key and key not in self._wanted:
            self._show(bool(state))
        self.bookmark_changed.emit(key, bool(state))
        self._store()

    def _on_failed(self, key: str, error: JobError) -> None:
        self._storing = ""
        if key == self.key and key not in self._wanted:
            self._show(not self.isChecked())
            self.setToolTip(self.tr("Bookmark not stored: %1").replace("%1", error.message))
        self._store()
