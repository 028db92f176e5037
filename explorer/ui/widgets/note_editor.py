"""A note on one target (an initiative key or a country's ISO3), with its star.

The note is written as plain text in light Markdown and shown formatted (``NoteView``) when
the text box is left; its links to other targets by key are reported (``target_activated``).

The note saves itself: 800 ms after the last keystroke, when the editor loses focus, when
another target is shown, when it is hidden (the window closing) and, at quit, at once on the GUI
thread (``flush_at_quit``). Saves run one at a time on the runner, in the
order they were typed, so an older text never overwrites a newer one. Text whose save has not
been confirmed is kept here (per key) and shown again if its target comes back first.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.jobs import workspace as jobs
from explorer.ui.widgets.note_view import NoteView

if TYPE_CHECKING:
    from pathlib import Path

    from explorer.ui.runner import JobError, Runner

DEBOUNCE_MS = 800

log = logging.getLogger(__name__)


class _NoteText(QTextEdit):
    """The text box: plain text only (a pasted page arrives as its text), each paragraph
    aligned by its own direction (an Arabic line starts at the right; QPlainTextEdit would
    keep it at the left); tells its editor when focus leaves it."""

    focus_left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_left.emit()


class NoteEditor(QWidget):
    """The note and star of one target; every database call goes through ``runner``.

    Signals:
        saved(key: str): the note on ``key`` is durably stored.
        loaded(key: str): the note and star of ``key`` are shown.
        bookmark_changed(key: str, on: bool): the star of ``key`` was stored as ``on``.
        target_activated(key: str): a link in the note to the stable key ``key`` was followed.
    """

    saved = Signal(str)
    loaded = Signal(str)
    bookmark_changed = Signal(str, bool)
    target_activated = Signal(str)

    def __init__(self, runner: Runner, user_db: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._read_only = False  # see set_read_only
        self.setObjectName("noteEditor")
        self.runner, self.user_db = runner, user_db
        self.key, self.title = "", ""
        self._unsaved: dict[str, tuple[str, str, int]] = {}  # key -> (text, title, serial)
        self._saving = ""  # the key whose save is on the runner ("" when none)
        self._star_wanted: dict[str, tuple[bool, str]] = {}  # key -> (starred, title) to store
        self._starring = ""  # the key whose star job is on the runner
        self._job = f"NoteEditor{id(self)}"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        head = QHBoxLayout()
        self.heading = QLabel(self.tr("My note"), self)
        self.heading.setObjectName("detailSection")
        head.addWidget(self.heading, 1)
        self.status = QLabel("", self)
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)  # "Not saved: …" wraps in a narrow pane (1024 x 600)
        head.addWidget(self.status)
        self.star = QToolButton(self)
        self.star.setObjectName("noteStar")
        self.star.setCheckable(True)
        self.star.setAutoRaise(True)
        font = self.star.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.star.setFont(font)
        self.star.clicked.connect(self._on_star)
        self.edit_button = QToolButton(self)
        self.edit_button.setObjectName("noteEdit")
        self.edit_button.setCheckable(True)
        self.edit_button.setAutoRaise(True)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        head.addWidget(self.edit_button)
        head.addWidget(self.star)
        layout.addLayout(head)
        self.text = _NoteText(self)
        self.text.setObjectName("noteText")
        self.text.setAcceptRichText(False)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("My note"))
        self.text.setPlaceholderText(self.tr("Write what you learnt; it saves itself."))
        self.text.setMinimumHeight(90)
        self.text.textChanged.connect(self._on_edited)
        self.text.focus_left.connect(self._on_focus_left)
        self.text.setToolTip(self.tr(
            "Markdown: # heading, **bold**, *italic*, - list, [name](key) links to an "
            "initiative (undp-ss:149), a country (BWA) or a chart"))
        layout.addWidget(self.text, 1)
        self.view = NoteView(self)
        self.view.setAccessibleName(self.tr("My note, formatted"))
        self.view.target_activated.connect(self.target_activated)
        self.view.link_refused.connect(self._on_link_refused)
        self.view.edit_requested.connect(self.start_editing)
        layout.addWidget(self.view)
        layout.addStretch(0)  # a short formatted note stays under its heading
        self.shortcut = QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_D), self)
        self.shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.shortcut.activated.connect(self.star.click)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.flush)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush_at_quit)
        self._loading = False
        self._show_star(False)
        self._show_editing(True)
        self.setEnabled(False)

    # --- target ---------------------------------------------------------------------
    def set_read_only(self) -> None:
        """Never shown, never reads or writes the user database again (the kiosk)."""
        self._read_only = True
        self.timer.stop()
        self._unsaved.clear()
        self._star_wanted.clear()
        self.shortcut.setEnabled(False)
        self.setVisible(False)

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible and not self._read_only)

    def set_target(self, key: str, title: str) -> None:
        """Show the note and star of ``key`` (``title`` is the snapshot stored with them);
        what was typed on the previous target is saved first."""
        if self._read_only:
            return
        if key == self.key:
            self.title = title
            return
        self.flush()
        self.key, self.title = key, title
        self._loading = True
        self.text.blockSignals(True)
        self.text.setPlainText("")
        self.text.blockSignals(False)
        self._show_editing(True)
        self.status.setText(self.tr("Loading note…") if key else "")
        self.setEnabled(False)
        if key:
            self.runner.submit(f"{self._job}.load", jobs.load_note, self.user_db, key,
                               on_done=self._on_loaded, on_error=self._on_load_failed)  # fmt: skip

    def _on_loaded(self, result: object) -> None:
        if not isinstance(result, jobs.NoteState) or result.key != self.key:
            return
        pending = self._unsaved.get(result.key)
        self.text.blockSignals(True)
        self.text.setPlainText(pending[0] if pending else result.text)
        self.text.blockSignals(False)
        self.text.document().clearUndoRedoStacks()
        self._show_star(result.bookmarked)
        self._show_editing(not self.text.toPlainText().strip())
        self.status.setText(self.tr("Not saved yet") if pending else "")
        self._loading = False
        self.setEnabled(True)
        self.loaded.emit(result.key)

    def _on_load_failed(self, error: JobError) -> None:
        self.status.setText(self.tr("Notes unavailable: %1").replace("%1", error.message))

    # --- reading and editing ---------------------------------------------------------
    def editing(self) -> bool:
        """Whether the text box (not the formatted note) is shown."""
        return not self.text.isHidden()

    def _show_editing(self, on: bool) -> None:
        if not on:
            self.view.set_markdown(self.text.toPlainText())
        self.text.setVisible(on)
        self.view.setVisible(not on)
        self.edit_button.setChecked(on)
        self.edit_button.setText(self.tr("Done") if on else self.tr("Edit"))
        self.edit_button.setAccessibleName(
            self.tr("Show the note formatted") if on else self.tr("Edit the note"))
        self.edit_button.setToolTip(self.edit_button.accessibleName())
        self.edit_button.setEnabled(not on or bool(self.text.toPlainText().strip()))

    def start_editing(self) -> None:
        """Show the text box with the cursor in it."""
        self._show_editing(True)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_formatted(self) -> None:
        """Save, then show the note formatted (a note with no text stays a text box)."""
        self.flush()
        self._show_editing(not self.text.toPlainText().strip())

    def _on_edit_clicked(self) -> None:
        if self.edit_button.isChecked():
            self.start_editing()
        else:
            self.show_formatted()

    def _on_focus_left(self) -> None:
        """Save; when the focus went elsewhere in the window (not to the star or the Edit
        button, not to another window), show the note formatted."""
        self.flush()
        focus = QApplication.focusWidget()
        if focus is not None and focus is not self and not self.isAncestorOf(focus):
            self.show_formatted()

    def _on_link_refused(self, href: str) -> None:
        self.status.setText(self.tr("Not a link to anything here: %1").replace("%1", href))

    def say(self, text: str) -> None:
        """Show a one-line message beside the heading (a link whose target is gone)."""
        self.status.setText(text)

    # --- saving ---------------------------------------------------------------------
    def _on_edited(self) -> None:
        if self._loading or not self.key:
            return
        self.edit_button.setEnabled(bool(self.text.toPlainText().strip()))
        self._unsaved[self.key] = (self.text.toPlainText(), self.title, jobs.next_serial())
        self.status.setText(self.tr("Editing…"))
        self.timer.start()

    def flush(self) -> None:
        """Save now whatever was typed and not yet stored (one save at a time)."""
        self.timer.stop()
        if self._saving or not self._unsaved:
            return
        key = self.key if self.key in self._unsaved else next(iter(self._unsaved))
        text, title, serial = self._unsaved[key]
        self._saving = key
        self.runner.submit(f"{self._job}.save", jobs.save_note, self.user_db, key, text, title,
                           serial, on_done=partial(self._on_saved, key, serial),
                           on_error=self._on_save_failed)  # fmt: skip

    def flush_at_quit(self) -> None:
        """Store every text not yet confirmed, here and now, on the GUI thread.

        Only at quit (``aboutToQuit``, connected in ``__init__``): the event loop no longer
        delivers the runner's results and ``Runner.shutdown`` drops queued jobs, so a save
        still waiting would be lost. It writes a few rows (milliseconds); a queued save of an
        older text that runs later is skipped by its serial (see ``jobs.save_note``)."""
        self.timer.stop()
        for key, (text, title, serial) in list(self._unsaved.items()):
            try:
                jobs.save_note(self.user_db, key, text, title, serial)
            except Exception:  # the app is closing: say so in the log, store the others
                log.exception("note on %s not saved at quit", key)
            else:
                del self._unsaved[key]
        if not self._unsaved:
            self._saving = ""  # whatever the runner still runs is stored already or older

    def _on_saved(self, key: str, serial: int, _result: object) -> None:
        self._saving = ""
        if self._unsaved.get(key, ("", "", 0))[2] == serial:
            del self._unsaved[key]
        if key == self.key and key not in self._unsaved:
            when = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
            self.status.setText(self.tr("Saved %1").replace("%1", when))
        self.saved.emit(key)
        if self._unsaved and not self.timer.isActive():
            self.flush()  # typed during the save, or another target waits

    def _on_save_failed(self, error: JobError) -> None:
        self._saving = ""  # the text stays in _unsaved: the next edit or flush retries
        self.status.setText(self.tr("Not saved: %1").replace("%1", error.message))

    def pending(self) -> bool:
        """Whether some typed text is not yet confirmed stored."""
        return bool(self._unsaved) or bool(self._saving)

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)

    # --- star -----------------------------------------------------------------------
    def _show_star(self, on: bool) -> None:
        self.star.setChecked(on)
        self.star.setText("★" if on else "☆")
        name = self.tr("Remove bookmark") if on else self.tr("Bookmark")
        self.star.setAccessibleName(name)
        self.star.setToolTip(self.tr("%1 (%2)").replace("%1", name).replace(
            "%2", QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_D).toString(
                QKeySequence.SequenceFormat.NativeText)))

    def _on_star(self) -> None:
        if not self.key or self._loading:
            return
        on = self.star.isChecked()
        self._show_star(on)
        self._star_wanted[self.key] = (on, self.title)
        self._store_star()

    def _store_star(self) -> None:
        """Store the newest wanted star state, one job at a time (clicks stay in order)."""
        if self._starring or not self._star_wanted:
            return
        key = next(iter(self._star_wanted))
        on, title = self._star_wanted.pop(key)
        self._starring = key
        self.runner.submit(f"{self._job}.star", jobs.set_bookmark, self.user_db, key, title, on,
                           on_done=partial(self._on_star_stored, key),
                           on_error=partial(self._on_star_failed, key))  # fmt: skip

    def _on_star_stored(self, key: str, state: object) -> None:
        self._starring = ""
        on = bool(state)
        if key == self.key and key not in self._star_wanted:
            self._show_star(on)
        self.bookmark_changed.emit(key, on)
        self._store_star()

    def _on_star_failed(self, key: str, error: JobError) -> None:
        self._starring = ""
        if key == self.key and key not in self._star_wanted:
            self._show_star(not self.star.isChecked())
            self.status.setText(self.tr("Bookmark not stored: %1").replace("%1", error.message))
        self._store_star()
