"""File > Import… (Ctrl+I): preview what files will add, then import them, on a worker.

The preview is a dry run (``explorer.jobs.imports.preview_files``): per file its format, how
many records, how many will be added or updated, what could not be resolved, or why it is
refused. Import runs ``import_files`` with progress and Cancel (a cancel stops before the
next file; each file is one transaction, so none is ever half-written).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from explorer.ui.i18n import tr
from explorer.ui.runner import JobError, JobHandle, Runner
from explorer.ui.widgets.cards import text_label

if TYPE_CHECKING:
    from explorer.ui.main_window import MainWindow

IMPORT_ACTION = "importFilesAction"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
FILTERS = "Data files (*.xml *.csv *.txt *.xlsx *.zip);;All files (*)"


def _tr(text: str) -> str:
    return tr("ImportDialog", text)


class ImportDialog(QDialog):
    """Preview then import ``paths`` into the user's copy of ``database``.

    Signals:
        imported(path: str): files were imported into the database at ``path``.
    """

    imported = Signal(str)

    def __init__(self, runner: Runner, database: Path, paths: list[Path],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Import files"))
        self.setMinimumSize(720, 420)
        self.runner, self.database, self.paths = runner, database, paths
        self.outcomes: list[Any] = []
        self._handle: JobHandle | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(text_label(_tr("Import files"), "pageTitle", self))
        self.status = text_label(_tr("Reading the files…"), "subtitle", self)
        layout.addWidget(self.status)
        self.table = QTableWidget(0, 7, self)
        self.table.setHorizontalHeaderLabels([
            _tr("File"), _tr("Format"), _tr("Records"), _tr("Added"), _tr("Updated"),
            _tr("Unresolved"), _tr("Problem")])
        self.table.setAccessibleName(_tr("Files to import"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # long file names
        self.table.currentCellChanged.connect(lambda row, *_: self._show_details(row))
        layout.addWidget(self.table, 2)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(_tr("Details of the selected file"))
        self.details.setPlaceholderText(_tr("Unresolved countries and codes, and warnings, of "
                                            "the selected file"))
        layout.addWidget(self.details, 1)
        from explorer.ui.dialogs.import_columns import ColumnMappingEditor

        self.columns = ColumnMappingEditor(self)  # a spreadsheet's columns, to correct
        self.columns.hide()
        self.columns.mapping_changed.connect(self._remap)
        layout.addWidget(self.columns, 2)
        self.mappings: dict[str, dict[str, str]] = {}  # file -> the mapping the user chose
        self._editing = ""  # the file whose columns the editor shows
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(_tr("Progress"))
        self.bar.setRange(0, 0)
        layout.addWidget(self.bar)
        self.buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(_tr("&Import"), self)
        self.import_button.setAccessibleName(_tr("Import the files"))
        self.import_button.setEnabled(False)
        self.cancel_button = QPushButton(_tr("Cancel"), self)
        self.cancel_button.setAccessibleName(_tr("Cancel"))
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.buttons)
        self.finished.connect(lambda _result: self._stop())

    # The two jobs --------------------------------------------------------------------------

    def start_preview(self) -> None:
        from explorer.jobs.imports import preview_files

        self._busy(_tr("Reading the files…"))
        self._handle = self.runner.submit_task(
            "import-preview", preview_files, self.database, self.paths,
            on_done=self._previewed, on_error=self._failed, on_progress=self._progress)
        self._handle.cancelled.connect(self._was_cancelled)

    def start_import(self) -> None:
        from explorer.jobs.imports import import_files
        from explorer.ui.dialogs.import_columns import full_mapping

        ready = [o for o in self.outcomes if not o.error and not o.unchanged]
        if not ready:
            return
        mappings = {o.file: self.mappings.get(o.file) or full_mapping(o.columns, o.mapping)
                    for o in ready if o.columns}
        self.import_button.setEnabled(False)
        self._busy(_tr("Importing…"))
        self._handle = self.runner.submit_task(
            "import-files", import_files, self.database, [Path(o.file) for o in ready], None,
            mappings, on_done=self._imported, on_error=self._failed,
            on_progress=self._progress)
        self._handle.cancelled.connect(self._was_cancelled)

    def cancel(self) -> None:
        """Stop the running job (the dialog stays to say so), or close when idle."""
        if self._handle is not None and not self._handle.done:
            self._handle.cancel()
            self.status.setText(_tr("Stopping after the current file…"))
        else:
            self.reject()

    def _stop(self) -> None:
        if self._handle is not None and not self._handle.done:
            self._handle.cancel()

    # Results -------------------------------------------------------------------------------

    def _busy(self, text: str) -> None:
        self.status.setText(text)
        self.bar.setRange(0, 0)
        self.bar.show()

    def _progress(self, done: int, total: int, text: str) -> None:
        self.bar.setRange(0, max(total, 0))
        self.bar.setValue(done)
        if text:
            self.status.setText(_tr("Reading %1…").replace("%1", text))

    def _remap(self, mapping: dict[str, str]) -> None:
        """Preview the file the editor shows again, read with ``mapping``."""
        from explorer.jobs.imports import preview_files

        if not self._editing or (self._handle is not None and not self._handle.done):
            return
        self.mappings[self._editing] = mapping
        self.import_button.setEnabled(False)
        self._busy(_tr("Reading the file again with your columns…"))
        file = self._editing
        self._handle = self.runner.submit_task(
            "import-preview", preview_files, self.database, [Path(file)], None,
            {file: mapping}, on_done=lambda found: self._remapped(file, found),
            on_error=self._failed, on_progress=self._progress)
        self._handle.cancelled.connect(self._was_cancelled)

    def _remapped(self, file: str, found: list[Any]) -> None:
        row = next((i for i, o in enumerate(self.outcomes) if o.file == file), None)
        if row is None or not found:
            return
        self.outcomes[row] = found[0]
        self._previewed(self.outcomes, keep_row=row)

    def _previewed(self, outcomes: list[Any], keep_row: int = 0) -> None:
        self._handle = None
        self.outcomes = outcomes
        self._fill(outcomes)
        ready = [o for o in outcomes if not o.error and not o.unchanged]
        refused = sum(1 for o in outcomes if o.error)
        self.bar.hide()
        if not outcomes:
            self.status.setText(_tr("No files to import."))
        elif ready:
            text = _tr("%1 file(s) ready to import; %2 refused.")
            self.status.setText(text.replace("%1", _count(len(ready)))
                                .replace("%2", _count(refused)))
        else:
            self.status.setText(_tr("Nothing to import: the files are refused or already in."))
        self.import_button.setEnabled(bool(ready))
        if outcomes:
            self.table.selectRow(keep_row)
            self._show_details(keep_row)

    def _imported(self, result: Any) -> None:
        self._handle = None
        self._fill(result.outcomes)
        self.outcomes = result.outcomes
        self.bar.hide()
        done = sum(1 for o in result.outcomes if not o.error)
        self.status.setText(_tr("Imported %1 file(s) into %2.")
                            .replace("%1", _count(done)).replace("%2", str(result.database)))
        self.cancel_button.setText(_tr("Close"))
        self.imported.emit(str(result.database))

    def _failed(self, error: JobError) -> None:
        self._handle = None
        self.bar.hide()
        self.status.setText(error.message.splitlines()[0] if error.message else
                            _tr("Something went wrong; details are in the log."))

    def _was_cancelled(self) -> None:
        self._handle = None
        self.bar.hide()
        self.status.setText(_tr("Cancelled: nothing more was written."))
        self.import_button.setEnabled(bool(self.outcomes) and any(
            not o.error and not o.unchanged for o in self.outcomes))

    def _fill(self, outcomes: list[Any]) -> None:
        self.table.setRowCount(len(outcomes))
        for row, o in enumerate(outcomes):
            problem = o.error.split(": ", 1)[-1] if o.error else (
                _tr("already imported") if o.unchanged else "")
            values = [Path(o.file).name, o.format_label, _count(o.records), _count(o.added),
                      _count(o.updated), _count(sum(o.unresolved.values())), problem]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if 2 <= col <= 5:
                    item.setTextAlignment(RIGHT)
                item.setToolTip(o.file if col == 0 else value)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        widest = max(160, self.table.viewport().width() * 2 // 5)
        for col in (0, 6):  # names and problems elide (full text in the tooltip)
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), widest))

    def _show_details(self, row: int) -> None:
        if not 0 <= row < len(self.outcomes):
            self.details.clear()
            self.columns.hide()
            return
        o = self.outcomes[row]
        if not o.columns:
            self.columns.hide()
            self._editing = ""
        elif o.file != self._editing:  # the same file re-read keeps the combos (and focus)
            self._editing = o.file
            self.columns.set_columns(o.columns, self.mappings.get(o.file) or o.mapping)
            self.columns.show()
        lines = [o.error] if o.error else []
        if o.dataset:
            lines.append(_tr("Dataset: %1").replace("%1", o.dataset))
        if o.unresolved:
            lines.append(_tr("Not resolved (never guessed):"))
            lines += [f"  {name} ({_count(n)})" for name, n in o.unresolved.items()]
        lines += [_tr("Warning: %1").replace("%1", w) for w in o.warnings]
        self.details.setPlainText("\n".join(lines))


def _count(n: int) -> str:
    return QLocale().toString(int(n))


def choose_and_import(runner: Runner, database: Path | None, parent: QWidget,
                      on_imported: Callable[[Path], object]) -> ImportDialog | None:
    """Ask for files, then open the preview; ``on_imported`` gets the written database."""
    if database is None:
        return None
    files, _filter = QFileDialog.getOpenFileNames(
        parent, _tr("Choose the files to import"), str(Path.home()), _tr(FILTERS))
    if not files:
        return None
    dialog = ImportDialog(runner, database, [Path(f) for f in files], parent)
    dialog.imported.connect(lambda path: on_imported(Path(path)))
    dialog.start_preview()
    dialog.open()
    return dialog


def add_import_action(window: MainWindow) -> QAction | None:
    """Put "Import…" (Ctrl+I) before Quit in the File menu of ``window`` (a ``MainWindow``),
    once; it imports into the user's copy of the open database, then shows it."""
    from explorer.ui.menus import file_menu_action

    found = file_menu_action(window, IMPORT_ACTION, _tr("&Import…"), "Ctrl+I")
    if found is None:
        return None
    action, made = found
    if made:

        def trigger() -> None:
            context = window.context
            choose_and_import(context.runner, context.database.path, window,
                              window.switch_database)

        action.triggered.connect(trigger)
        from explorer.ui.dialogs.imports_list import add_imports_action

        add_imports_action(window)  # File > Your Imports… (list and Remove), just after
    return action
