"""File > Your Imports…: the files the user imported, and Remove (after a confirmation).

The list and the removal run on the runner (``explorer.jobs.imports.list_imports`` and
``remove_kept_import``): a removal takes the file's rows out of the user's copy of the
reference database in one transaction and its kept copy out of the imports folder, then the
window shows that database. What the user did not ask to remove is never touched.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
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

IMPORTS_ACTION = "importsListAction"
COLUMNS = 5


def _tr(text: str) -> str:
    return tr("ImportsListDialog", text)


class ImportsListDialog(QDialog):
    """The kept imports of ``database``, with Remove.

    Signals:
        removed(path: str): an import was removed; ``path`` is the database to show.
    """

    removed = Signal(str)

    def __init__(self, runner: Runner, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Your imports"))
        self.setMinimumSize(720, 360)
        self.runner, self.database = runner, database
        self.imports: list[Any] = []
        self.confirm = self._ask  # replaced in tests by a fixed answer
        self._handle: JobHandle | None = None
        self._note = ""  # what was just done, said before the list's count
        layout = QVBoxLayout(self)
        layout.addWidget(text_label(_tr("Your imports"), "pageTitle", self))
        self.status = text_label(_tr("Reading your imports…"), "subtitle", self)
        layout.addWidget(self.status)
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setHorizontalHeaderLabels([
            _tr("File"), _tr("Format"), _tr("Imported"), _tr("Publisher"), _tr("In this data")])
        self.table.setAccessibleName(_tr("Imported files"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(self)
        self.remove_button = QPushButton(_tr("&Remove…"), self)
        self.remove_button.setAccessibleName(_tr("Remove the selected import"))
        self.remove_button.setEnabled(False)
        self.close_button = QPushButton(_tr("Close"), self)
        self.close_button.setAccessibleName(_tr("Close"))
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.remove_button.clicked.connect(self.remove_selected)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def reload(self) -> None:
        from explorer.jobs.imports import list_imports

        self._handle = self.runner.submit_task(
            "imports-list", list_imports, self.database, on_done=self._listed,
            on_error=self._failed)

    def selected(self) -> Any | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.imports[rows.pop()] if len(rows) == 1 else None

    def remove_selected(self) -> None:
        """Ask, then remove the selected import on the runner."""
        from explorer.jobs.imports import remove_kept_import

        chosen = self.selected()
        if chosen is None or (self._handle is not None and not self._handle.done):
            return
        if not self.confirm(chosen):
            return
        self.remove_button.setEnabled(False)
        self.status.setText(_tr("Removing %1…").replace("%1", chosen.file))
        self._handle = self.runner.submit_task(
            "imports-remove", remove_kept_import, self.database, chosen.id,
            on_done=lambda path: self._removed(chosen, path), on_error=self._failed)

    def _ask(self, chosen: Any) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, _tr("Remove import"),
                          _tr("Remove %1 and everything it added?").replace("%1", chosen.file),
                          QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(_tr("Its records leave the data and its kept copy is deleted. "
                                   "Your other imports, notes and stars stay."))
        remove = box.addButton(_tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is remove

    def _listed(self, imports: list[Any]) -> None:
        self._handle = None
        self.imports = imports
        self.table.setRowCount(len(imports))
        for row, kept in enumerate(imports):
            when = QDateTime.fromString(kept.imported_at, Qt.DateFormat.ISODate)
            values = [kept.file, kept.format,
                      QLocale().toString(when, QLocale.FormatType.ShortFormat)
                      if when.isValid() else kept.imported_at,
                      kept.publisher, _tr("yes") if kept.in_database else _tr("no")]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(kept.dataset if col == 0 else value)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 320))
        listed = _tr("%1 imported file(s).").replace("%1", QLocale().toString(
            len(imports))) if imports else _tr("You have not imported any file yet (File > "
                                               "Import…).")
        self.status.setText(f"{self._note} {listed}".strip())
        self._note = ""
        self._selection_changed()

    def _removed(self, chosen: Any, path: Path) -> None:
        self._handle = None
        self.database = Path(path)
        self._note = _tr("Removed %1.").replace("%1", chosen.file)
        self.removed.emit(str(path))
        self.reload()

    def _failed(self, error: JobError) -> None:
        self._handle = None
        self.status.setText(error.message.splitlines()[0] if error.message else
                            _tr("Something went wrong; details are in the log."))
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(self.selected() is not None)


def show_imports(window: MainWindow) -> ImportsListDialog | None:
    """Open the list over the window's database; a removal shows the written database."""
    database = window.context.database.path
    if database is None:
        return None
    dialog = ImportsListDialog(window.context.runner, database, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.removed.connect(lambda path: window.switch_database(Path(path)))
    dialog.reload()
    dialog.open()
    return dialog


def add_imports_action(window: MainWindow) -> None:
    """Put "Your Imports…" before Quit in the File menu of ``window``, once."""
    from explorer.ui.menus import file_menu_action

    found = file_menu_action(window, IMPORTS_ACTION, _tr("Your I&mports…"), "")
    if found is not None and found[1]:
        found[0].triggered.connect(lambda: show_imports(window))
