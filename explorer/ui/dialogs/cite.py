"""Cite…: a citation of what is shown in APA, Chicago, BibTeX or RIS, to copy or save
(issue 19). The text comes from ``explorer.domain.citations`` (no licence sentence in it).

A chart is cited as a figure made with Exchange Explorer from its source: its title, the
date it was made (the access date), and the source line drawn under it as the container.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.citations import FORMATS, Citable, format_citation
from explorer.ui.export_files import (
    announce_copied,
    announce_saved,
    remember_folder,
    suggested_path,
)

NAMES = {"apa": "APA", "chicago": "Chicago", "bibtex": "BibTeX", "ris": "RIS (Zotero, EndNote)"}
SUFFIXES = {"apa": ".txt", "chicago": ".txt", "bibtex": ".bib", "ris": ".ris"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CiteDialog", text)


def chart_citable(title: str, source_line: str, accessed: date | None = None) -> Citable:
    """A chart as a citable figure: by Exchange Explorer, from ``source_line``."""
    day = accessed or date.today()
    source = re.sub(r"^\s*\w+:\s*", "", source_line, count=1).strip()  # "Source: …" prefix
    key = "chart:" + (re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-")[:60] or "chart")
    return Citable(kind="chart", key=key, title=title.strip(), author="Exchange Explorer",
                   year=day.year, accessed=day, container=source)  # fmt: skip


class CiteDialog(QDialog):
    """The citation in the chosen format, with Copy and Save…."""

    def __init__(self, item: Citable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("citeDialog")
        self.item = item
        self.setWindowTitle(_tr("Cite"))
        self.format_box = QComboBox(self)
        self.format_box.setAccessibleName(_tr("Citation format"))
        for fmt in FORMATS:
            self.format_box.addItem(NAMES[fmt], fmt)
        label = QLabel(_tr("Format:"), self)
        label.setBuddy(self.format_box)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(_tr("Citation"))
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copy_button = QPushButton(_tr("Copy"), self)
        self.copy_button.clicked.connect(self.copy)
        self.save_button = QPushButton(_tr("Save…"), self)
        self.save_button.clicked.connect(self.ask_save)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.format_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.format_box.currentIndexChanged.connect(lambda _i: self._show())
        self.resize(620, 300)
        self._show()

    def fmt(self) -> str:
        """The format chosen ("apa", "chicago", "bibtex" or "ris")."""
        return str(self.format_box.currentData())

    def citation(self) -> str:
        return format_citation(self.item, self.fmt())

    def _show(self) -> None:
        self.text.setPlainText(self.citation())

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.citation())
        if isinstance(parent := self.parentWidget(), QWidget):
            announce_copied(parent)

    def ask_save(self) -> None:
        suffix = SUFFIXES[self.fmt()]
        start = suggested_path(self, "table", f"citation{suffix}")
        name, _ = QFileDialog.getSaveFileName(self, _tr("Save citation"), start,
                                              f"{NAMES[self.fmt()]} (*{suffix})")  # fmt: skip
        if name:
            path = Path(name)
            self.save_to(path if path.suffix else path.with_suffix(suffix))

    def save_to(self, path: Path) -> bool:
        """Write the citation to ``path`` (UTF-8) and say so; a failure is one message."""
        try:
            path.write_text(self.citation(), encoding="utf-8")
        except OSError as exc:
            QMessageBox.warning(self, _tr("Not saved"), f"{path}: {exc.strerror or exc}")
            return False
        remember_folder(self, "table", path)
        if isinstance(parent := self.parentWidget(), QWidget):
            announce_saved(parent, path)
        return True


def open_cite_dialog(item: Citable, parent: QWidget) -> CiteDialog:
    """Show the dialog (not modal to the rest of the app's work; deleted when closed)."""
    dialog = CiteDialog(item, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog
