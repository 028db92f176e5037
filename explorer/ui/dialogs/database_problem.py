"""The message shown when the reference database is missing or unusable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from explorer.ui.i18n import tr


def database_problem_text(path: Path, reason: str) -> tuple[str, str]:
    """The headline and explanation: which file, what is wrong, how to build it."""
    title = tr("DatabaseProblem", "The reference database cannot be opened")
    body = (
        tr(
            "DatabaseProblem",
            "File: %1\nProblem: %2\n\n"
            "Build it from the public sources with:\n"
            "    make run\n"
            "or\n"
            "    exchange-explorer build-db",
        )
        .replace("%1", str(path))
        .replace("%2", reason)
    )
    return title, body


def database_problem_box(path: Path, reason: str, parent: QWidget | None = None) -> QMessageBox:
    """A critical message box naming the file and the command that builds it."""
    title, body = database_problem_text(path, reason)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(tr("DatabaseProblem", "Exchange Explorer"))
    box.setText(title)
    box.setInformativeText(body)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box
