"""Export a collection from the window: a file dialog (PDF brief, XLSX, .eecollection), then
the work on the runner, the outcome in the status bar.

The report is read on the runner (``jobs.collection_export.load_report``); a PDF is drawn on
the GUI thread (a few pages of text, as the country brief is) and written on the runner; an
XLSX or .eecollection file is made and written entirely on the runner.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from explorer.jobs import collection_export as jobs
from explorer.ui.widgets.chart_star import chart_source

if TYPE_CHECKING:
    from explorer.store.database import Database
    from explorer.ui.runner import JobError, Runner

CTX = "CollectionExport"
FILTERS: dict[str, str] = {
    "pdf": str(QT_TRANSLATE_NOOP("CollectionExport", "PDF brief (*.pdf)")),
    "xlsx": str(QT_TRANSLATE_NOOP("CollectionExport", "Excel workbook (*.xlsx)")),
    "eecollection": str(QT_TRANSLATE_NOOP(
        "CollectionExport", "Exchange Explorer collection (*.eecollection)")),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def format_of(path: Path) -> str:
    """The format a file name asks for (its suffix; ``.eecollection`` otherwise)."""
    suffix = path.suffix.lower().lstrip(".")
    return suffix if suffix in FILTERS else "eecollection"


class CollectionExport(QObject):
    """One export of collection ``name`` to ``out`` (started by ``start``).

    Signals:
        written(path: str): the file is complete on disk.
        failed(message: str): nothing was written; ``message`` says why, in one line.
    """

    written = Signal(str)
    failed = Signal(str)

    def __init__(self, runner: Runner, database: Database, user_db: Path, name: str, out: Path,
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.runner, self.database, self.user_db = runner, database, user_db
        self.name, self.out, self.fmt = name, out, format_of(out)
        self._job = f"CollectionExport{id(self)}"

    def start(self) -> None:
        """Begin: read the report (or write the .eecollection file) on the runner."""
        if self.fmt == "eecollection":
            self.runner.submit(f"{self._job}.write", jobs.write_eecollection, self.user_db,
                               self.name, self.out, on_done=self._done,
                               on_error=self._error)  # fmt: skip
            return
        self.runner.submit(f"{self._job}.read", jobs.load_report, self.database, self.user_db,
                           self.name, date.today(), chart_source,
                           on_done=self._report_read, on_error=self._error)  # fmt: skip

    def _report_read(self, report: object) -> None:
        assert isinstance(report, jobs.CollectionReport)
        if self.fmt == "xlsx":
            self.runner.submit(f"{self._job}.write", jobs.write_xlsx, report, self.out,
                               on_done=self._done, on_error=self._error)  # fmt: skip
            return
        from explorer.ui.collection_pdf import collection_pdf

        self.runner.submit(f"{self._job}.write", jobs.write_bytes, collection_pdf(report),
                           self.out, on_done=self._done, on_error=self._error)  # fmt: skip

    def _done(self, _result: object) -> None:
        self.written.emit(str(self.out))
        self.deleteLater()

    def _error(self, error: JobError) -> None:
        self.failed.emit(tr("Not exported: %1").replace("%1", error.message))
        self.deleteLater()


def export_collection_dialog(runner: Runner, database: Database, user_db: Path, name: str,
                             parent: QWidget) -> CollectionExport | None:  # fmt: skip
    """Ask where (and as what) to save collection ``name``; start the export, which says in
    the status bar when it is written or why it was not."""
    from explorer.ui.export_files import announce_saved, remember_folder, suggested_path

    start = suggested_path(parent, "brief", f"{name}.pdf")
    filters = ";;".join(tr(f) for f in FILTERS.values())
    chosen, picked = QFileDialog.getSaveFileName(
        parent, tr("Export collection"), start, filters)  # fmt: skip
    if not chosen:
        return None
    out = Path(chosen)
    if not out.suffix:  # the filter the user picked names the format
        fmt = next((k for k, f in FILTERS.items() if tr(f) == picked), "pdf")
        out = out.with_suffix(f".{fmt}")
    export = CollectionExport(runner, database, user_db, name, out, parent)

    def written(path: str) -> None:
        remember_folder(parent, "brief", Path(path))
        announce_saved(parent, Path(path))

    export.written.connect(written)
    export.failed.connect(lambda message: _say(parent, message))
    export.start()
    return export


def _say(parent: QWidget, message: str) -> None:
    from PySide6.QtWidgets import QMainWindow

    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, 10_000)
