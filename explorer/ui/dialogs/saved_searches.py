"""Saved searches: save the current search under a name, open or delete saved ones.

They live in the user database (never the reference database); every read and write runs
on the runner, one Session per job.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from explorer.jobs.saved_searches import run_saved
from explorer.store.queries.saved_searches import SavedQuery
from explorer.ui.runner import JobError, Runner
from explorer.ui.widgets.cards import text_label

JOB_KEY = "SavedSearches"
SavedRole = Qt.ItemDataRole.UserRole + 1


class SavedSearchesDialog(QDialog):
    """A list of saved searches with Save, Open and Delete.

    Signals:
        search_opened(text: str): the user opened a saved search.
        searches_listed(): the list was (re)loaded from the user database.
    """

    search_opened = Signal(str)
    searches_listed = Signal()

    def __init__(self, runner: Runner, user_db: Path, current: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Saved searches"))
        self.resize(560, 420)
        self.runner, self.user_db, self.current = runner, user_db, current
        layout = QVBoxLayout(self)
        layout.addWidget(text_label(self.tr("Save this search"), "sectionTitle", self))
        layout.addWidget(text_label(current or self.tr("(every initiative)"), "muted", self))
        row = QHBoxLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Name, e.g. Microfinance in South-East Asia"))
        self.name_edit.setMaxLength(200)
        self.name_edit.setAccessibleName(self.tr("Name of the saved search"))
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.clicked.connect(self.save_current)
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        layout.addWidget(text_label(self.tr("Saved"), "sectionTitle", self))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Saved searches"))
        self.list.setAccessibleDescription(self.tr("Press Enter to open the selected search"))
        self.list.itemActivated.connect(lambda _i: self.open_selected())
        layout.addWidget(self.list, 1)
        self.status = text_label("", "muted", self)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = buttons.addButton(
            self.tr("Open"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.delete_button = buttons.addButton(self.tr("Delete"),
                                               QDialogButtonBox.ButtonRole.ActionRole)  # fmt: skip
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._submit("list")

    def _submit(self, action: str, name: str = "", query: str = "", saved_id: int = 0) -> None:
        self.status.setText(self.tr("Working…"))
        self.runner.submit(JOB_KEY, run_saved, self.user_db, action, name, query, saved_id,
                           on_done=self._on_done, on_error=self._on_failed)

    def save_current(self) -> None:
        """Save the current search under the name typed."""
        self._submit("save", self.name_edit.text(), self.current)
        self.name_edit.clear()

    def selected(self) -> SavedQuery | None:
        """The highlighted saved search."""
        item = self.list.currentItem()
        value = item.data(SavedRole) if item is not None else None
        return value if isinstance(value, SavedQuery) else None

    def open_selected(self) -> None:
        """Run the highlighted saved search and close."""
        saved = self.selected()
        if saved is not None:
            self.search_opened.emit(saved.query)
            self.accept()

    def delete_selected(self) -> None:
        """Delete the highlighted saved search."""
        saved = self.selected()
        if saved is not None:
            self._submit("delete", saved_id=saved.id)

    def _on_done(self, result: list[SavedQuery]) -> None:
        self.list.clear()
        for saved in result:
            item = QListWidgetItem(f"{saved.name}\n    {saved.query}", self.list)
            item.setData(SavedRole, saved)
            item.setToolTip(saved.query)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.status.setText(self.tr("%Ln saved search(es)", "", len(result)))
        self.open_button.setEnabled(bool(result))
        self.delete_button.setEnabled(bool(result))
        self.searches_listed.emit()

    def _on_failed(self, error: JobError) -> None:
        self.status.setText(self.tr("Saved searches could not be read or written: %1")
                            .replace("%1", error.message))  # fmt: skip
