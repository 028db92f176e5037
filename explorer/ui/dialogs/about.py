"""The About dialog: app version, data vintage and the version of every dataset."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from explorer import __version__
from explorer.domain.home import BuildVintage
from explorer.domain.sources import DatasetInfo
from explorer.ui.pages.home import format_built_at
from explorer.ui.runner import JobError, Runner
from explorer.ui.widgets.cards import text_label

ABOUT_KEY = "about.datasets"


def load_about(db_path: Path) -> tuple[BuildVintage, list[DatasetInfo]]:
    """Job: the build vintage and every dataset."""
    from explorer.store.quick import load_status
    from explorer.ui.pages.sources import load_datasets

    vintage, _counts = load_status(db_path)
    return vintage, load_datasets(db_path)


class AboutDialog(QDialog):
    """Version of the app and of the data it shows."""

    def __init__(self, runner: Runner, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Exchange Explorer"))
        self.resize(620, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(text_label(self.tr("Exchange Explorer"), "pageTitle", self))
        layout.addWidget(
            text_label(self.tr("Version %1").replace("%1", __version__), "subtitle", self)
        )
        layout.addWidget(
            text_label(
                self.tr(
                    "South-South cooperation, offline: who learns from whom, and what the "
                    "public data say."
                ),
                "muted",
                self,
            )
        )
        self.data_view = QTextBrowser(self)
        self.data_view.setOpenExternalLinks(False)
        self.data_view.setPlainText(self.tr("Loading…"))
        layout.addWidget(self.data_view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._db_path = db_path
        runner.job_finished.connect(self._on_finished)
        runner.job_failed.connect(self._on_failed)
        runner.submit(ABOUT_KEY, load_about, db_path)

    def _on_finished(self, key: str, result: object) -> None:
        if key != ABOUT_KEY or not isinstance(result, tuple):
            return
        vintage, datasets = result
        built = format_built_at(vintage.built_at) if vintage.built_at else self.tr("unknown")
        html = [
            "<p><b>{}</b> {}</p>".format(escape(self.tr("Data built:")), escape(built)),
            "<p>{}</p>".format(escape(self.tr("Database: %1").replace("%1", str(self._db_path)))),
            "<h3>{}</h3><ul>".format(escape(self.tr("Datasets"))),
        ]
        for d in datasets:
            html.append(f"<li><b>{escape(d.name)}</b><br>{escape(d.version)}</li>")
        html.append("</ul>")
        self.data_view.setHtml("".join(html))

    def _on_failed(self, key: str, error: object) -> None:
        if key == ABOUT_KEY and isinstance(error, JobError):
            self.data_view.setPlainText(
                self.tr("The data could not be read: %1").replace("%1", error.message)
            )


def show_about(runner: Runner, db_path: Path, parent: QWidget) -> AboutDialog:
    """Open the About dialog (non-modal; it deletes itself when closed)."""
    dialog = AboutDialog(runner, db_path, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
