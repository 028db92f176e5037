"""Kept imports put back on a newer reference database, once the window is up.

A newer shipped or installed reference database wins over the user's copy at start-up and
lacks what the user imported. ``refresh_kept_imports`` runs
``explorer.jobs.imports.refresh_imports`` on the runner: a strip in the status bar shows its
progress with a Cancel button; when it is done the window shows the user's copy with the
imports. A cancel or a failure changes no file: the imports stay kept for the next start.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from explorer.ui.i18n import tr
from explorer.ui.runner import JobError, JobHandle

if TYPE_CHECKING:
    from explorer.ui.main_window import MainWindow

MESSAGE_MS = 15_000


def _tr(text: str) -> str:
    return tr("ImportRefresh", text)


class ImportRefreshStrip(QWidget):
    """Progress of the re-applied imports, in the status bar, with Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importRefreshStrip")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(_tr("Putting your imports on the new reference data…"), self)
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(_tr("Progress of your imports on the new data"))
        self.bar.setRange(0, 0)
        self.bar.setMaximumWidth(180)
        self.cancel_button = QPushButton(_tr("Cancel"), self)
        self.cancel_button.setAccessibleName(_tr("Cancel putting your imports back"))
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)

    def show_progress(self, done: int, total: int, text: str) -> None:
        self.bar.setRange(0, max(total, 0))
        self.bar.setValue(done)
        if text:
            self.label.setText(_tr("Putting your imports on the new reference data: %1")
                               .replace("%1", text))


def refresh_kept_imports(window: MainWindow) -> JobHandle | None:
    """Re-apply the kept imports the window's database lacks, on the runner (the job reads
    the imports folder, not the GUI thread); None when the window shows a server."""
    from explorer.jobs.imports import refresh_imports

    database = window.context.database.path
    if database is None:
        return None
    strip = ImportRefreshStrip(window)
    strip.hide()  # shown on the first progress: most starts have nothing to re-apply
    window.statusBar().addPermanentWidget(strip)

    def drop_strip() -> None:
        window.statusBar().removeWidget(strip)
        strip.deleteLater()

    def done(result: Any) -> None:
        drop_strip()
        if Path(result.database) != database:
            window.switch_database(Path(result.database))
        if result.applied:
            window.statusBar().showMessage(
                _tr("%1 of your imports put on the new reference data.")
                .replace("%1", str(len(result.applied))), MESSAGE_MS)
        if result.problems:
            window.statusBar().showMessage(
                _tr("Not re-applied: %1").replace("%1", result.problems[0]), MESSAGE_MS)

    def failed(error: JobError) -> None:
        drop_strip()
        window.statusBar().showMessage(
            _tr("Your imports could not be put on the new data: %1")
            .replace("%1", error.message.splitlines()[0] if error.message else "?"),
            MESSAGE_MS)

    def cancelled() -> None:
        drop_strip()
        window.statusBar().showMessage(
            _tr("Cancelled: your imports are kept and will be put back at the next start."),
            MESSAGE_MS)

    def progressed(done_steps: int, total: int, text: str) -> None:
        strip.show()
        strip.show_progress(done_steps, total, text)

    handle = window.context.runner.submit_task(
        "import-refresh", refresh_imports, database, on_done=done, on_error=failed,
        on_progress=progressed)
    handle.cancelled.connect(cancelled)
    strip.cancel_button.clicked.connect(handle.cancel)
    return handle
