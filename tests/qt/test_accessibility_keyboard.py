"""Keyboard only: Tab visits every control of every page and comes back round; Escape closes
the dialogs and the kiosk's overlays; a chart's table is one key away."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from explorer.ui.a11y.keyboard import tab_reachable, tab_walk
from explorer.ui.main_window import MainWindow
from explorer.ui.pages import default_pages
from explorer.ui.pages.base import PageContext
from explorer.ui.runner import Runner

ContextFactory = Callable[[Path], PageContext]


def test_tab_visits_every_control_of_every_page(
    qtbot: QtBot, make_context: ContextFactory, small_db: Path
) -> None:
    context = make_context(small_db)
    window = MainWindow(context, default_pages())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.start()
    window.activateWindow()
    missed: list[str] = []
    visited: dict[str, int] = {}
    for key, action in window.page_actions.items():
        action.trigger()
        page = window.pages[key]
        qtbot.waitUntil(lambda page=page: bool(getattr(page, "loaded", True)), timeout=20_000)
        QApplication.processEvents()
        expected = tab_reachable(window)
        seen = tab_walk(window, lambda w: qtbot.keyClick(w, Qt.Key.Key_Tab), limit=400)
        visited[key] = len(seen)
        missed += [f"{key}: {type(w).__name__} {w.accessibleName() or w.objectName()}"
                   for w in expected if w not in seen]  # fmt: skip
    context.runner.wait_for_done(10_000)
    assert not missed, "\n".join(missed)
    assert all(n >= 2 for n in visited.values()), visited


def test_chart_table_is_one_key_away(qtbot: QtBot) -> None:
    """T on a focused chart shows its table with focus in it; T again brings the chart back."""
    from explorer.domain.charts import LineChartData, Series
    from explorer.ui.charts.line_chart import LineChart
    from explorer.ui.widgets.chart_panel import ChartPanel

    chart = LineChart()
    panel = ChartPanel(chart)
    qtbot.addWidget(panel)
    chart.set_series(LineChartData(
        "GDP per capita", "current US$", "World Bank WDI",
        (Series("China", ((1990, 318.0), (2024, 13303.0))),)))  # fmt: skip
    panel.show()
    panel.activateWindow()
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus)
    qtbot.keyClick(chart, Qt.Key.Key_T)
    assert panel.table_button.isChecked()
    assert panel.table_view.isVisible() and panel.table_view.hasFocus()
    model = panel.table_view.model()
    cells = {str(model.index(r, c).data()) for r in range(model.rowCount())
             for c in range(model.columnCount())}  # fmt: skip
    assert any("13,303" in c or "13303" in c for c in cells), cells
    qtbot.keyClick(panel.table_view, Qt.Key.Key_T)
    assert not panel.table_button.isChecked() and chart.isVisible() and chart.hasFocus()


def test_escape_closes_the_dialogs(qtbot: QtBot, runner: Runner, small_db: Path,
                                   tmp_path: Path) -> None:  # fmt: skip
    from explorer.store.database import Database
    from explorer.ui.dialogs.about import AboutDialog
    from explorer.ui.dialogs.import_dialog import ImportDialog
    from explorer.ui.dialogs.saved_searches import SavedSearchesDialog

    database = Database.open(small_db, readonly=True)
    notes = tmp_path / "notes.bin"
    notes.write_bytes(b"\x00 not data")
    saved = SavedSearchesDialog(runner, tmp_path / "user.sqlite", "")
    qtbot.waitSignal(saved.searches_listed, timeout=10_000).wait()  # type: ignore[no-untyped-call]
    dialogs: list[QDialog] = [AboutDialog(runner, database), saved,
                              ImportDialog(runner, small_db, [notes])]  # fmt: skip
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        target = QApplication.focusWidget() or dialog
        qtbot.keyClick(target, Qt.Key.Key_Escape)
        assert not dialog.isVisible(), type(dialog).__name__
        assert dialog.result() == QDialog.DialogCode.Rejected
    runner.wait_for_done(10_000)
    database.dispose()
