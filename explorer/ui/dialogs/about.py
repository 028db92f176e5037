"""The About dialog: app version, data vintage and the version of every dataset."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from explorer import __version__
from explorer.domain.home import BuildVintage
from explorer.domain.sources import DatasetInfo
from explorer.jobs.home import load_about
from explorer.store.database import Database
from explorer.ui.i18n import format_built_at
from explorer.ui.runner import JobError, Runner
from explorer.ui.widgets.cards import text_label

ABOUT_KEY = "about.datasets"


class AboutDialog(QDialog):
    """Version of the app and of the data it shows."""

    def __init__(
        self, runner: Runner, database: Database, parent: QWidget | None = None
    ) -> None:
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
        self.data_view.setAccessibleName(self.tr("Versions of the data"))
        self.data_view.setPlainText(self.tr("Loading…"))
        layout.addWidget(self.data_view, 1)
        self.signer = text_label("", "muted", self)  # who signed the installed data
        self.signer.setAccessibleName(self.tr("Who signed the data"))
        layout.addWidget(self.signer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._database = database
        runner.submit(ABOUT_KEY, load_about, database,
                      on_done=self._on_finished, on_error=self._on_failed)
        from explorer.jobs.packages import data_signer

        runner.submit("about.signer", data_signer, database.path, on_done=self._on_signer)

    def _on_signer(self, result: tuple[str, str | None] | None) -> None:
        if result is None:
            self.signer.setText(self.tr("The data was not installed from a signed package."))
            return
        name, fp = result
        text = self.tr("Data signed by %1 (key %2)") if fp else self.tr(
            "Data signed by %1 (that key is no longer trusted)")
        self.signer.setText(text.replace("%1", name).replace("%2", fp or ""))

    def _on_finished(self, result: tuple[BuildVintage, list[DatasetInfo]]) -> None:
        vintage, datasets = result
        built = format_built_at(vintage.built_at) if vintage.built_at else self.tr("unknown")
        where = self.tr("Database: %1").replace("%1", self._database.display_name)
        html = [
            "<p><b>{}</b> {}</p>".format(escape(self.tr("Data built:")), escape(built)),
            f"<p>{escape(where)}</p>",
            "<h3>{}</h3><ul>".format(escape(self.tr("Datasets"))),
        ]
        for d in datasets:
            html.append(f"<li><b>{escape(d.name)}</b><br>{escape(d.version)}</li>")
        html.append("</ul>")
        self.data_view.setHtml("".join(html))

    def _on_failed(self, error: JobError) -> None:
        self.data_view.setPlainText(
            self.tr("The data could not be read: %1").replace("%1", error.message)
        )


def show_about(runner: Runner, database: Database, parent: QWidget) -> AboutDialog:
    """Open the About dialog (non-modal; it deletes itself when closed)."""
    dialog = AboutDialog(runner, database, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
