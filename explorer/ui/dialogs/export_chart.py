"""The chart export dialog: a save dialog with a picture size (issue 19).

Qt's own file dialog (not the platform's) is used so the size row can sit under the file
type row; a PNG is at least the chosen size (the chart keeps its shape), 1600 × 900 unless
the user picks another. SVG is a vector drawing and CSV a table: the size does not apply.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QFileDialog, QGridLayout, QLabel, QWidget

from explorer.ui.charts.export import EXPORT_MINIMUM
from explorer.ui.i18n import format_count, tr

SIZES: tuple[tuple[int, int], ...] = (EXPORT_MINIMUM, (1920, 1080), (2560, 1440), (3840, 2160))
SUFFIXES = (".png", ".svg", ".csv")


def _t(text: str) -> str:
    return tr("ChartExportDialog", text)


def size_text(size: tuple[int, int]) -> str:
    """ "1,600 × 900 pixels" in the interface's number format."""
    text = _t("%1 × %2 pixels").replace("%1", format_count(size[0]))
    return text.replace("%2", format_count(size[1]))


class ChartExportDialog(QFileDialog):
    """Asks for a file name, a format (by the file type) and a picture size."""

    def __init__(self, start: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, _t("Export chart"), str(Path(start).parent))
        self.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        self.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.filters = (
            _t("PNG image (*.png)"),
            _t("SVG drawing (*.svg)"),
            _t("CSV table (*.csv)"),
        )
        self.setNameFilters(list(self.filters))
        self.selectFile(Path(start).name)
        self.size_box = QComboBox(self)
        self.size_box.setAccessibleName(_t("Picture size"))
        for size in SIZES:
            self.size_box.addItem(size_text(size))
        self.size_label = QLabel(_t("Picture size:"), self)
        self.size_label.setBuddy(self.size_box)
        grid = self.layout()
        if isinstance(grid, QGridLayout):  # Qt's dialog is a grid: add a row under "type"
            row = grid.rowCount()
            grid.addWidget(self.size_label, row, 0)
            grid.addWidget(self.size_box, row, 1)
        self.filterSelected.connect(self._filter_chosen)

    def _filter_chosen(self, name_filter: str) -> None:
        png = name_filter == self.filters[0]
        self.size_box.setEnabled(png)
        self.size_label.setEnabled(png)

    def picture_size(self) -> tuple[int, int]:
        """The smallest width and height a PNG is written at."""
        return SIZES[max(0, self.size_box.currentIndex())]

    def set_picture_size(self, size: tuple[int, int]) -> None:
        self.size_box.setCurrentIndex(SIZES.index(size))

    def chosen_path(self) -> Path | None:
        """The file chosen, with the suffix of the chosen type when it has none we write."""
        files = self.selectedFiles()
        if not files:
            return None
        path = Path(files[0])
        if path.suffix.lower() not in SUFFIXES:
            index = (
                self.filters.index(self.selectedNameFilter())
                if (self.selectedNameFilter() in self.filters)
                else 0
            )
            path = path.with_name(path.name + SUFFIXES[index])
        return path
