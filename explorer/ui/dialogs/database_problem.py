"""What the user sees when the reference database is missing or unusable, and the way out:
rebuild it from a sources folder, choose another database file, or quit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from explorer.store.quick import DatabaseUnavailable, check_file
from explorer.ui.i18n import tr
from explorer.ui.settings import Settings
from explorer.ui.widgets.cards import text_label

_PLAIN: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("not found", "no such file"),
        str(
            QT_TRANSLATE_NOOP(
                "DatabaseProblem",
                "The data file is missing. It may not have been installed, or it was moved.",
            )
        ),
    ),
    (
        ("not a database", "malformed", "corrupt"),
        str(
            QT_TRANSLATE_NOOP(
                "DatabaseProblem",
                "The data file is damaged, or it is not an Exchange Explorer database.",
            )
        ),
    ),
    (
        ("no such table", "no such column"),
        str(
            QT_TRANSLATE_NOOP(
                "DatabaseProblem",
                "The data file was not made by this version of Exchange Explorer.",
            )
        ),
    ),
    (
        ("locked", "busy"),
        str(QT_TRANSLATE_NOOP("DatabaseProblem", "The data file is in use by another program.")),
    ),
    (
        ("permission", "access"),
        str(QT_TRANSLATE_NOOP("DatabaseProblem", "You are not allowed to read the data file.")),
    ),
)


def plain_problem(reason: str) -> str:
    """``reason`` (from ``check_file`` or SQLite) said in plain words."""
    low = reason.lower()
    for words, text in _PLAIN:
        if any(word in low for word in words):
            return tr("DatabaseProblem", text)
    return tr("DatabaseProblem", "The data file could not be read.")


class DatabaseProblemDialog(QDialog):
    """Names the file and the problem; offers a rebuild, another file, or quitting.

    Accepted once a usable database is chosen or rebuilt (``chosen``); rejected by Quit.

    Signals:
        database_chosen(path: str): a usable database, just before the dialog accepts.
    """

    database_chosen = Signal(str)

    def __init__(
        self, path: Path, reason: str, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.path, self.settings = path, settings
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Exchange Explorer"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(text_label(self.tr("The data cannot be opened"), "pageTitle", self))
        layout.addWidget(text_label(plain_problem(reason), "statement", self))
        facts = self.tr("File: %1\nDetails: %2").replace("%1", str(path)).replace("%2", reason)
        layout.addWidget(text_label(facts, "muted", self))
        advice = self.tr(
            "You can rebuild the data from a folder of sources (for example on a USB stick), "
            "or open another copy of the database file."
        )
        layout.addWidget(text_label(advice, "statement", self))
        self.choice_problem = text_label("", "statement", self)
        self.choice_problem.setStyleSheet("color: #b42318;")
        self.choice_problem.hide()
        layout.addWidget(self.choice_problem)
        layout.addStretch(1)
        buttons = QDialogButtonBox(self)
        self.rebuild_button = QPushButton(self.tr("Rebuild from a sources folder…"), self)
        self.choose_button = QPushButton(self.tr("Choose a database file…"), self)
        self.quit_button = QPushButton(self.tr("Quit"), self)
        buttons.addButton(self.rebuild_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.rebuild_button.setDefault(True)
        self.rebuild_button.clicked.connect(self.rebuild)
        self.choose_button.clicked.connect(self.choose_file)
        self.quit_button.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def rebuild(self) -> None:
        """Ask for a sources folder and build the user's copy; accept once it is built and
        the user has closed the progress dialog."""
        from explorer.ui.dialogs.rebuild import update_from_folder

        dialog = update_from_folder(self.settings, self)
        if dialog is None:
            return
        built: list[Path] = []

        def on_closed(_result: int) -> None:
            if built:
                self._use(built[-1])

        dialog.finished_ok.connect(lambda path: built.append(Path(path)))
        dialog.finished.connect(on_closed)

    def choose_file(self) -> None:
        """Ask for a database file; a file that is not usable says why and stays open."""
        start = self.path.parent if self.path.parent.is_dir() else Path.home()
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a database file"),
            str(start),
            self.tr("Databases (*.sqlite *.db);;All files (*)"),
        )
        if not name:
            return
        try:
            check_file(Path(name))
        except DatabaseUnavailable as exc:
            text = self.tr("That file cannot be used: %1 Choose another file, or rebuild.")
            self.choice_problem.setText(text.replace("%1", plain_problem(exc.reason)))
            self.choice_problem.setToolTip(str(exc))
            self.choice_problem.show()
            self.adjustSize()
            return
        self._use(Path(name))

    def _use(self, path: Path) -> None:
        self.chosen = path
        self.database_chosen.emit(str(path))
        self.accept()
