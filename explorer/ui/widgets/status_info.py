"""The status bar's permanent note: when the data were built and what they hold."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from explorer.domain.home import BuildVintage, HomeCounts
from explorer.jobs.home import load_status
from explorer.store.database import Database
from explorer.ui.i18n import format_built_at, format_count
from explorer.ui.runner import JobError, Runner

STATUS_KEY = "status.vintage"


class DataVintageLabel(QLabel):
    """ "Data built <date> · N countries · N initiatives · N datasets", loaded in the background."""

    def __init__(self, runner: Runner, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusInfo")
        self._runner = runner
        self._database = database

    def reload(self) -> None:
        """Read the vintage and counts again."""
        self._runner.submit(STATUS_KEY, load_status, self._database,
                            on_done=self._on_finished, on_error=self._on_failed)

    def _on_finished(self, result: tuple[BuildVintage, HomeCounts]) -> None:
        vintage, counts = result
        built = (
            self.tr("Data built %1").replace("%1", format_built_at(vintage.built_at))
            if vintage.built_at
            else self.tr("Build date unknown")
        )
        parts = [
            built,
            self.tr("%1 countries").replace("%1", format_count(counts.countries)),
            self.tr("%1 initiatives").replace("%1", format_count(counts.initiatives)),
            self.tr("%1 datasets").replace("%1", format_count(counts.datasets)),
        ]
        self.setText(self.tr(" · ").join(parts))
        # CJK text falls back to a font with a taller line than the bar was laid out for.
        self.setMinimumHeight(self.sizeHint().height())

    def _on_failed(self, error: JobError) -> None:
        self.setText(self.tr("Data unavailable"))
        self.setToolTip(error.message)
