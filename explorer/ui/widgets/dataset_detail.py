"""The detail pane of a dataset: provenance fields, the citation and "Copy citation"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.sources import DatasetInfo
from explorer.ui.i18n import format_count
from explorer.ui.widgets.cards import text_label


class DatasetDetail(QScrollArea):
    """Everything known about one dataset.

    Signals:
        citation_copied(text: str): the citation was put on the clipboard.
    """

    citation_copied = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("detailPane")
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 12, 4, 4)
        self.title = text_label("", "cardTitle", body)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        self.copy_button = QPushButton(self.tr("Copy citation"), body)
        self.copy_button.clicked.connect(self.copy_citation)
        heading.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(heading)
        # A grid, not a QFormLayout: in a short pane (1024 x 600) the form gave a wrapped
        # value one line's height and cut the rest (issue 19); the grid honours heightForWidth.
        self.form = QGridLayout()
        self.form.setColumnStretch(1, 1)
        layout.addLayout(self.form)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("citation", self.tr("Citation")),
            ("publisher", self.tr("Publisher")),
            ("licence", self.tr("Licence")),
            ("version", self.tr("Version")),
            ("coverage", self.tr("Coverage")),
            ("rows", self.tr("Rows imported")),
            ("files", self.tr("Files")),
            ("url", self.tr("Address")),
            ("notes", self.tr("Notes")),
        ):
            value = text_label("", "detailValue", body)
            self.fields[key] = value
            row = len(self.fields) - 1
            key_label = text_label(label, "detailKey", body, wrap=False)
            top = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop
            self.form.addWidget(key_label, row, 0, top)
            self.form.addWidget(value, row, 1)
        layout.addStretch(1)
        self.dataset: DatasetInfo | None = None
        self.show_dataset(None)

    def show_dataset(self, d: DatasetInfo | None) -> None:
        """Show ``d``, or a prompt to pick one."""
        self.dataset = d
        self.copy_button.setEnabled(d is not None)
        if d is None:
            self.title.setText(self.tr("No dataset selected"))
            for label in self.fields.values():
                label.setText("")
            return
        self.title.setText(d.name)
        values = {
            "citation": d.citation,
            "publisher": d.publisher,
            "licence": d.licence,
            "version": d.version,
            "coverage": d.coverage,
            "rows": format_count(d.row_count),
            "files": d.files,
            "url": d.url,
            "notes": d.notes,
        }
        none = self.tr("—")
        for key, text in values.items():
            self.fields[key].setText(text or none)

    def copy_citation(self) -> None:
        """Put the selected dataset's citation on the clipboard."""
        if self.dataset is None:
            return
        QGuiApplication.clipboard().setText(self.dataset.citation)
        self.citation_copied.emit(self.dataset.citation)
