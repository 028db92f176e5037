"""Chart export from the panel (issue 19): the dialog starts in Documents, then in the last
folder used; a size choice (1600 × 900 by default) sets the PNG's size; every export and copy
is announced in the status bar with the file name and an "Open folder" button."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from explorer.ui.charts.render import ChartRequest, render_to_file
from explorer.ui.dialogs.export_chart import SIZES, ChartExportDialog
from explorer.ui.export_files import ExportNotice
from explorer.ui.settings import Settings
from explorer.ui.widgets.chart_panel import ChartPanel

pytestmark = pytest.mark.realdata
SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


@pytest.fixture()
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A Documents folder of the user's own (XDG user-dirs), not the working directory."""
    folder = tmp_path / "My Documents"
    folder.mkdir()
    config = tmp_path / "config"
    config.mkdir()
    (config / "user-dirs.dirs").write_text(f'XDG_DOCUMENTS_DIR="{folder}"\n')
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    assert Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)) == folder
    return folder


class Host(QWidget):
    """A page stand-in: the panel finds the settings through ``context.settings``."""

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.context = SimpleNamespace(settings=settings)
        QVBoxLayout(self)


def panel_in_window(qtbot: QtBot, reference_db: Path, tmp_path: Path
                    ) -> tuple[QMainWindow, ChartPanel]:  # fmt: skip
    from explorer.store.engine import make_engine

    engine = make_engine(reference_db, readonly=True)
    try:
        with engine.connect() as conn:
            chart = render_to_file(conn, ChartRequest("trade-share", country="KEN"),
                                   tmp_path / "first.png", (900, 520))  # fmt: skip
    finally:
        engine.dispose()
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = QMainWindow()
    qtbot.addWidget(window)
    host = Host(settings)
    panel = ChartPanel(chart, host)
    host.layout().addWidget(panel)
    window.setCentralWidget(host)
    window.resize(1000, 640)
    window.show()
    return window, panel


def open_dialog(qtbot: QtBot, panel: ChartPanel) -> ChartExportDialog:
    panel.ask_export()
    dialog = panel.findChild(ChartExportDialog, "chartExportDialog")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_size_choice_folder_and_notice(qtbot: QtBot, reference_db: Path, tmp_path: Path,
                                       documents: Path) -> None:  # fmt: skip
    window, panel = panel_in_window(qtbot, reference_db, tmp_path)
    dialog = open_dialog(qtbot, panel)
    assert Path(dialog.directory().absolutePath()) == documents  # not the working directory
    assert dialog.picture_size() == (1600, 900) == SIZES[0]
    assert dialog.size_box.accessibleName() and dialog.size_box.isEnabled()
    dialog.grab().save(str(SCREENSHOTS / "chart-export-dialog.png"))
    out = tmp_path / "exports" / "kenya share"  # no suffix: the chosen type gives it
    out.parent.mkdir()
    dialog.set_picture_size((2560, 1440))
    dialog.selectFile(str(out))
    dialog.accept()
    png = out.with_name("kenya share.png")
    qtbot.waitUntil(png.is_file, timeout=10_000)
    image = QImage(str(png))
    # At least the size chosen, the chart keeping its shape: one side exactly, none smaller.
    assert image.width() >= 2560 and image.height() >= 1440
    assert 2560 in (image.width(), image.height()) or 1440 in (image.width(), image.height())
    notice = window.statusBar().findChild(ExportNotice)
    assert notice is not None and notice.isVisible()
    assert notice.label.text() == "Saved kenya share.png"
    assert notice.open_button is not None and notice.open_button.text() == "Open folder"
    assert Path(notice.folder_url().toLocalFile()) == out.parent
    window.grab().save(str(SCREENSHOTS / "chart-export-notice.png"))

    # The next chart export starts where the last one went; SVG takes no picture size.
    again = open_dialog(qtbot, panel)
    assert Path(again.directory().absolutePath()) == out.parent
    again.selectNameFilter(again.filters[1])
    again.filterSelected.emit(again.filters[1])
    assert not again.size_box.isEnabled()
    again.reject()

    panel.copy()
    notices = window.statusBar().findChildren(ExportNotice)
    live = [n for n in notices if n.label.text() == "Copied to the clipboard"]
    assert len(live) == 1 and live[0].open_button is None


def test_default_png_is_at_least_1600_by_900(qtbot: QtBot, reference_db: Path,
                                             tmp_path: Path, documents: Path) -> None:  # fmt: skip
    _window, panel = panel_in_window(qtbot, reference_db, tmp_path)
    assert panel.export_to(tmp_path / "default.png")
    image = QImage(str(tmp_path / "default.png"))
    assert image.width() >= 1600 and image.height() >= 900


def test_results_workbook_about_sheet_on_the_reference_db(reference_db: Path, tmp_path: Path
                                                          ) -> None:  # fmt: skip
    """The XLSX's first sheet (issue 19): the query, the data's build time and the versions."""
    from datetime import datetime

    from openpyxl import load_workbook

    from explorer.jobs.initiatives import start_list
    from explorer.store.database import Database
    from explorer.ui.export_initiatives import about_labels, about_rows, write_export

    db = Database.open(reference_db, readonly=True)
    try:
        start = start_list(db, "provider:BRA", "newest")
        about = about_rows(db, start, about_labels(start.order))
    finally:
        db.dispose()
    out = tmp_path / "brazil.xlsx"
    assert write_export(out, iter([[1, "a title"]]), about) == 1
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == ["About", "Initiatives"]
    lines = {r[0]: r[1:] for r in book["About"].iter_rows(values_only=True) if r and r[0]}
    assert lines["Search"][0] == "provider:BRA" and lines["Order"][0] == "Newest first"
    assert lines["Initiatives matching"][0] == start.total > 100
    assert datetime.fromisoformat(str(lines["Database built at"][0])).year >= 2026
    assert any("Direction of Trade" in str(name) for name in lines)


def test_chart_citation_dialog(qtbot: QtBot, reference_db: Path, tmp_path: Path,
                               documents: Path) -> None:  # fmt: skip
    """Cite… on a chart (issue 19): APA, Chicago, BibTeX and RIS of the figure, with its
    source and the access date, no licence sentence; Copy and Save are announced."""
    from datetime import date

    from PySide6.QtGui import QGuiApplication

    from explorer.ui.dialogs.cite import CiteDialog
    from tests.unit.test_citations import _bibtex_entries

    window, panel = panel_in_window(qtbot, reference_db, tmp_path)
    panel.cite_button.click()
    dialog = panel.findChild(CiteDialog, "citeDialog")
    assert dialog is not None and dialog.isVisible()
    title = panel.chart.title_label.text()
    apa = dialog.text.toPlainText()
    assert apa.startswith(f"Exchange Explorer. ({date.today().year}). {title} [Chart].")
    assert "In International Monetary Fund, Direction of Trade Statistics" in apa
    assert "Source:" not in apa and "licen" not in apa.casefold()
    dialog.grab().save(str(SCREENSHOTS / "chart-cite-dialog.png"))
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("bibtex"))
    (kind, key, fields), = _bibtex_entries(dialog.text.toPlainText())
    assert kind == "misc" and key.startswith("chart:kenya")
    assert fields["urldate"] == date.today().isoformat()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("ris"))
    ris = dialog.text.toPlainText().splitlines()
    assert ris[0] == "TY  - FIGURE" and ris[-1] == "ER  - "
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == "\n".join(ris) + "\n"
    assert dialog.save_to(tmp_path / "kenya.ris")
    assert (tmp_path / "kenya.ris").read_text(encoding="utf-8").startswith("TY  - FIGURE")
    texts = [n.label.text() for n in window.statusBar().findChildren(ExportNotice)]
    assert texts[-1] == "Saved kenya.ris"  # the one before is deleted when control returns
    dialog.close()
