"""Update the reference data from a sources folder, with progress, elapsed time and Cancel.

The build runs on a ``QThread`` (never the GUI thread). ``build_database`` writes a temporary
file and swaps it in only when complete, so a failed or cancelled update leaves the
previous data exactly as it was; the dialog says so.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMainWindow,
    QMenu,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.home import HomeCounts
from explorer.paths import user_data_dir
from explorer.ui.i18n import format_count, tr
from explorer.ui.settings import LAST_SOURCES_DIR, Settings
from explorer.ui.widgets.cards import text_label

log = logging.getLogger(__name__)
UPDATE_ACTION = "updateDataAction"


def updated_reference_db() -> Path:
    """Where a data update goes: the user's folder (the install folder may be read-only)."""
    return user_data_dir() / "reference.sqlite"


class BuildWorker(QObject):
    """Runs ``build_database`` on its thread; every outcome comes back as a signal.

    Signals:
        progressed(label: str, fraction: float): a step started or advanced.
        built(path: str, counts: HomeCounts, seconds: float): the new file is in place.
        build_failed(message: str): one line for the user; the old file is unchanged.
        build_cancelled(): stopped on request; the old file is unchanged.
    """

    progressed = Signal(str, float)
    built = Signal(str, object, float)
    build_failed = Signal(str)
    build_cancelled = Signal()

    def __init__(self, sources: Path, out: Path) -> None:
        super().__init__()
        self.sources = sources
        self.out = out
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Ask the build to stop at its next check (thread-safe)."""
        self._stop.set()

    @Slot()
    def run(self) -> None:
        try:
            self._run_build()
        finally:
            app = QCoreApplication.instance()
            if app is not None:  # hand the object back so the GUI thread can delete it
                self.moveToThread(app.thread())

    def _run_build(self) -> None:
        # Imported here, on the worker thread: SQLAlchemy and the importers are heavy.
        from explorer.importers.build import build_database
        from explorer.importers.errors import BuildCancelled, SourceError
        from explorer.store.quick import load_status
        from explorer.ui.runner import classify_error

        try:
            result = build_database(
                self.sources, self.out, progress=self.progressed.emit, cancelled=self._stop.is_set
            )
            _vintage, counts = load_status(result.path)
        except BuildCancelled:
            self.build_cancelled.emit()
        except SourceError as exc:
            self.build_failed.emit(str(exc))
        except Exception as exc:
            error = classify_error(exc)
            if error.environment:  # disk full, file locked, folder not writable...
                self.build_failed.emit(error.message)
            else:
                log.error("data update failed:\n%s", error.details)
                self.build_failed.emit(
                    tr("RebuildDialog", "Something went wrong; details are in the log.")
                )
        else:
            self.built.emit(str(result.path), counts, result.seconds)


class RebuildDialog(QDialog):
    """Builds ``out`` from the ``sources`` folder; call ``start()`` then ``open()``.

    Signals:
        finished_ok(path: str): the new database is at ``path``.
        failed(message: str): the build failed; ``message`` names the file at fault.
        cancelled(): the user cancelled and the build stopped.
    """

    finished_ok = Signal(str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, sources: Path, out: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.setWindowTitle(self.tr("Update the data"))
        self.setMinimumWidth(560)
        self.sources, self.out = sources, out
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(text_label(self.tr("Updating the data"), "pageTitle", self))
        where = self.tr("From: %1\nInto: %2").replace("%1", str(sources)).replace("%2", str(out))
        layout.addWidget(text_label(where, "subtitle", self))
        self.step = text_label(self.tr("Starting…"), "sectionTitle", self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.bar.setAccessibleName(self.tr("Progress of the update"))
        self.elapsed = text_label("", "muted", self)
        self.details_label = text_label("", "statement", self)
        self.details_label.hide()
        for widget in (self.step, self.bar, self.elapsed, self.details_label):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._clock = QElapsedTimer()
        self._ticker = QTimer(self)
        self._ticker.setInterval(500)
        self._ticker.timeout.connect(self._show_elapsed)
        self._thread: QThread | None = None
        self._worker: BuildWorker | None = None
        self._cancelling = False

    @property
    def running(self) -> bool:
        """Whether the build is still going."""
        return self._thread is not None

    def start(self) -> None:
        """Start the build on a worker thread."""
        if self._thread is not None:
            return
        self._thread = QThread(self)
        self._worker = BuildWorker(self.sources, self.out)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.built.connect(self._on_built)
        self._worker.build_failed.connect(self._on_failed)
        self._worker.build_cancelled.connect(self._on_cancelled)
        app = QCoreApplication.instance()
        if app is not None:  # quitting mid-build: stop the build, never kill the thread
            app.aboutToQuit.connect(self._stop_for_quit)
        self._clock.start()
        self._ticker.start()
        self._show_elapsed()
        self._thread.start()

    def cancel(self) -> None:
        """Ask the build to stop; the dialog stays open until it has."""
        if self._worker is not None and self._thread is not None:
            self._worker.cancel()
            self._cancelling = True
            self.step.setText(self.tr("Cancelling…"))
            self.buttons.setEnabled(False)

    def _stop_for_quit(self) -> None:
        if self._worker is not None and self._thread is not None:
            self._worker.cancel()
            self._thread.quit()
            self._thread.wait()

    def reject(self) -> None:
        # Escape, Cancel and the close button all cancel first; closing waits for the thread.
        if self.running:
            self.cancel()
        else:
            super().reject()

    def _on_progress(self, label: str, fraction: float) -> None:
        if self._cancelling:
            return  # keep saying "Cancelling…" until the build has stopped
        self.step.setText(tr("BuildSteps", label))
        self.bar.setValue(round(max(0.0, min(1.0, fraction)) * 1000))

    def _show_elapsed(self) -> None:
        seconds = self._clock.elapsed() // 1000 if self._clock.isValid() else 0
        text = self.tr("Elapsed: %1").replace("%1", f"{seconds // 60}:{seconds % 60:02d}")
        self.elapsed.setText(text)

    def _on_built(self, path: str, counts: object, _seconds: float) -> None:
        assert isinstance(counts, HomeCounts)
        self.bar.setValue(1000)
        summary = self.tr("%1 countries · %2 initiatives · %3 datasets")
        for n, value in enumerate((counts.countries, counts.initiatives, counts.datasets), 1):
            summary = summary.replace(f"%{n}", format_count(value))
        self._finish(
            self.tr("The data are updated."),
            summary + "\n" + self.tr("Saved as %1").replace("%1", path),
        )
        self.finished_ok.emit(path)

    def _on_failed(self, message: str) -> None:
        self.bar.hide()  # it would only show where the build stopped
        self._finish(self.tr("The update failed — your previous data is unchanged."), message)
        self.failed.emit(message)

    def _on_cancelled(self) -> None:
        self._finish(self.tr("Cancelled — your previous data is unchanged."), "")
        self.cancelled.emit()

    def _finish(self, headline: str, details: str) -> None:
        self._ticker.stop()
        self._show_elapsed()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()  # run() has returned: this only joins the thread
            self._thread = None
        self._worker = None
        self._cancelling = False
        self.step.setText(headline)
        self.details_label.setText(details)
        self.details_label.setVisible(bool(details))
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.buttons.setEnabled(True)
        self.adjustSize()  # room for the wrapped result


def add_update_action(window: QMainWindow, on_triggered: Callable[[], None]) -> QAction | None:
    """Put "Update data from a folder…" (Ctrl+U) before Quit in the File menu, unless that
    menu has it already; returns the action (None when there is no File menu)."""
    from explorer.ui.menus import file_menu_action

    found = file_menu_action(window, UPDATE_ACTION,
                             tr("RebuildDialog", "&Update Data from a Folder…"), "Ctrl+U")
    if found is None:
        return None
    action, made = found
    if made:
        action.triggered.connect(on_triggered)
        menu = action.associatedObjects()[-1]
        if isinstance(menu, QMenu):
            menu.insertSeparator(menu.actions()[menu.actions().index(action) + 1])
    return action


def update_from_folder(settings: Settings, parent: QWidget | None = None) -> RebuildDialog | None:
    """Ask for a sources folder (the last one first), then start and open the update.

    Returns the dialog (connect ``finished_ok``), or None when no folder was chosen.
    """
    from explorer.paths import default_sources_dir

    last = settings.get(LAST_SOURCES_DIR)
    start = last if last and Path(last).is_dir() else str(default_sources_dir())
    if not Path(start).is_dir():
        start = str(Path.home())
    chosen = QFileDialog.getExistingDirectory(
        parent, tr("RebuildDialog", "Choose the folder with the data sources"), start
    )
    if not chosen:
        return None
    settings.set(LAST_SOURCES_DIR, chosen)
    dialog = RebuildDialog(Path(chosen), updated_reference_db(), parent)
    dialog.start()
    dialog.open()
    return dialog
