"""Export a comparison: the table as CSV or XLSX (names beside codes, a source column,
blank cells for missing values, never 0), and the charts as PNG or SVG."""

from __future__ import annotations

import csv
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtWidgets import QWidget

from explorer.domain.compare import Comparison, latest_point
from explorer.domain.sources import DatasetInfo

HEADERS = ("Indicator code", "Indicator", "Unit", "Mode", "ISO3", "Country", "Year", "Value",
           "Note", "Source")  # fmt: skip
SERIES_HEADERS = ("Indicator code", "Indicator", "Unit", "ISO3", "Country", "Year", "Value")
Row = tuple[str | int | float | None, ...]


def _source(key: str, datasets: Mapping[str, DatasetInfo]) -> str:
    info = datasets.get(key)
    return f"{info.publisher}, {info.name} ({info.licence})" if info else key


def table_rows(comparison: Comparison, datasets: Mapping[str, DatasetInfo]) -> list[Row]:
    """One row per indicator and country: its latest value in the comparison's mode."""
    rows: list[Row] = []
    for block in comparison.indicators:
        for s in block.series:
            point = latest_point(s.points)
            rows.append((
                block.code, block.name, block.unit, block.mode, s.iso3, s.name,
                point.year if point else None, point.value if point else None,
                "no data" if point is None else block.note, _source(block.dataset, datasets),
            ))  # fmt: skip
    return rows


def series_rows(comparison: Comparison) -> list[Row]:
    """Every year of every series (blank value where the source has none)."""
    return [
        (block.code, block.name, block.unit, s.iso3, s.name, p.year, p.value)
        for block in comparison.indicators
        for s in block.series
        for p in s.points
    ]


def write_csv(comparison: Comparison, datasets: Mapping[str, DatasetInfo], path: Path) -> None:
    """The table as UTF-8 CSV (with a BOM, so spreadsheet programs read the names right)."""
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(HEADERS)
        for row in table_rows(comparison, datasets):
            writer.writerow(["" if v is None else v for v in row])


def write_xlsx(comparison: Comparison, datasets: Mapping[str, DatasetInfo], path: Path) -> None:
    """A workbook: "Latest" (the table) and "Series" (every year)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheets = ((book.active, "Latest", HEADERS, table_rows(comparison, datasets)),
              (book.create_sheet(), "Series", SERIES_HEADERS, series_rows(comparison)))  # fmt: skip
    for sheet, title, headers, rows in sheets:
        sheet.title = title
        sheet.append(list(headers))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(list(row))
        sheet.freeze_panes = "A2"
    book.save(path)


def export_table(comparison: Comparison, datasets: Mapping[str, DatasetInfo], path: Path) -> None:
    """CSV or XLSX by the file's extension."""
    if path.suffix.lower() == ".xlsx":
        write_xlsx(comparison, datasets, path)
    else:
        write_csv(comparison, datasets, path)


def export_charts(charts: QWidget, path: Path) -> None:
    """PNG or SVG by the extension (SVG through Qt's generator: pyqtgraph #3495)."""
    from explorer.ui.charts.export import export_scale, save_png, save_svg

    if path.suffix.lower() == ".svg":
        save_svg(charts, path, "Exchange Explorer comparison")
    else:  # at least 1600 x 900, like every chart export (issue 19)
        save_png(charts, path, export_scale(charts.size()))
