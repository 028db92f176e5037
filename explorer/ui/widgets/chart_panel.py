"""A chart with its tool bar (export, copy, table, presentation) and its table view.

Also ``load_requests``: the background job pages submit to the runner (it opens its own
read-only connection, as the runner's threading rules ask).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from explorer.store.database import Database
from explorer.ui.charts.base import ChartFrame
from explorer.ui.charts.render import ChartRequest
from explorer.ui.charts.table_model import ChartTableModel
from explorer.ui.export_files import (
    announce_copied,
    announce_saved,
    remember_folder,
    suggested_path,
)

if TYPE_CHECKING:
    from explorer.ui.dialogs.export_chart import ChartExportDialog
    from explorer.ui.runner import Runner
    from explorer.ui.widgets.chart_star import ChartStar


def load_requests(database: Database, requests: dict[str, ChartRequest]) -> dict[str, Any]:
    """Data of every request, keyed like ``requests`` (runs on a worker thread)."""
    from explorer.ui.charts.render import load_chart_data

    with database.connect() as conn:
        return {key: load_chart_data(conn, req) for key, req in requests.items()}


class ChartPanel(QWidget):
    """Shows ``chart`` or its table, with buttons reachable by keyboard (Tab, Space)."""

    def __init__(self, chart: ChartFrame, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.model = ChartTableModel(self)
        self.table_view = QTableView(self)
        self.table_view.setModel(self.model)
        self.table_view.setSortingEnabled(False)
        self.table_view.setAlternatingRowColors(True)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(chart)
        self._stack.addWidget(self.table_view)
        bar = QHBoxLayout()
        self.table_button = QPushButton(self.tr("Show table"), self)
        self.table_button.setCheckable(True)
        self.table_button.toggled.connect(self.show_table)
        self.presentation_button = QPushButton(self.tr("Presentation"), self)
        self.presentation_button.setCheckable(True)
        self.presentation_button.toggled.connect(chart.set_presentation)
        copy = QPushButton(self.tr("Copy"), self)
        copy.clicked.connect(self.copy)
        export = QPushButton(self.tr("Export…"), self)
        export.clicked.connect(self.ask_export)
        self.cite_button = QPushButton(self.tr("Cite…"), self)
        self.cite_button.setToolTip(self.tr("The chart's citation in APA, Chicago, BibTeX or RIS"))
        self.cite_button.clicked.connect(self.cite)
        for button in (self.table_button, self.presentation_button, copy, export,
                       self.cite_button):  # fmt: skip
            bar.addWidget(button)
        bar.addStretch(1)
        self._bar = bar
        self.star: ChartStar | None = None  # see attach_star
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self._stack, 1)
        chart.data_changed.connect(self._refresh_table)
        # One key from the chart to its table and back (issue 16); shown on the button.
        table_key = QShortcut(QKeySequence("T"), self)
        table_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        table_key.activated.connect(self.table_button.toggle)
        self.table_button.setToolTip(self.tr("Show the chart's numbers as a table (T)"))

    def attach_star(self, runner: Runner, user_db: Path) -> ChartStar:
        """A star (Ctrl+D) at the end of the tool bar, bookmarking the chart drawn now
        (see ``set_request``) in the user database ``user_db``."""
        from explorer.ui.widgets.chart_star import ChartStar

        self.star = ChartStar(runner, user_db, self)
        self._bar.addWidget(self.star)
        from explorer.ui.widgets.add_to_collection import AddToCollectionButton, AddToCollectionMenu

        self.collect = AddToCollectionMenu(runner, user_db, self)
        self._bar.addWidget(AddToCollectionButton(
            self.collect, self, self.tr("Add this chart, as drawn now, to one of your "
                                        "collections")))  # fmt: skip
        self.chart.data_changed.connect(self._title_star)
        return self.star

    def set_request(self, request: ChartRequest) -> None:
        """What the chart is asked to draw: its key is what the star stores."""
        if self.star is not None:
            from explorer.ui.widgets.chart_star import request_key

            self.star.set_target(request_key(request), self.chart.title_label.text())
            self.collect.set_target(self.star.key, self.chart.title_label.text())

    def _title_star(self) -> None:
        if self.star is not None:
            self.star.title = self.chart.title_label.text()
            self.collect.set_target(self.star.key, self.star.title)

    def show_table(self, on: bool) -> None:
        """The table instead of the picture (same numbers)."""
        self._refresh_table()
        shown = self.table_view if on else self.chart
        focused = QApplication.focusWidget()
        had_focus = focused is not None and self.isAncestorOf(focused)
        self._stack.setCurrentWidget(shown)
        if had_focus:  # a keyboard user lands on what is now showing, not on nothing
            shown.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table_button.setText(self.tr("Show chart") if on else self.tr("Show table"))

    def _refresh_table(self) -> None:
        self.model.set_table(self.chart.table())

    def ask_export(self) -> None:
        """The export dialog (file, type, picture size), starting in the last chart folder."""
        from explorer.ui.dialogs.export_chart import ChartExportDialog

        dialog = ChartExportDialog(suggested_path(self, "chart", "chart.png"), self)
        dialog.setObjectName("chartExportDialog")
        dialog.finished.connect(lambda _r: self._export_chosen(dialog))
        dialog.open()

    def _export_chosen(self, dialog: ChartExportDialog) -> None:
        path = dialog.chosen_path() if dialog.result() else None
        dialog.deleteLater()
        if path is not None:
            self.export_to(path, dialog.picture_size())

    def export_to(self, path: Path, size: tuple[int, int] | None = None) -> bool:
        """Write the chart to ``path`` (a PNG at least ``size``) and say so with "Open
        folder"; a failure is one message naming the file."""
        from explorer.ui.charts.export import EXPORT_MINIMUM, export_chart

        try:
            export_chart(self.chart, path, size or EXPORT_MINIMUM)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Export failed"), str(exc))
            return False
        remember_folder(self, "chart", path)
        announce_saved(self, path)
        return True

    def cite(self) -> None:
        """The chart's citation (title, made today with Exchange Explorer, its source)."""
        from explorer.ui.dialogs.cite import chart_citable, open_cite_dialog

        item = chart_citable(self.chart.title_label.text(), self.chart.source_label.text())
        open_cite_dialog(item, self)

    def copy(self) -> None:
        """The picture and the table to the clipboard, announced in the status bar."""
        self.chart.copy_to_clipboard()
        announce_copied(self)
