"""Chart export: PNG, SVG, CSV and the clipboard.

SVG goes through ``QSvgGenerator`` and renders the whole chart widget (title, plot, legend,
source line), not through pyqtgraph's ``SVGExporter``: in pyqtgraph 0.14.0 that exporter
fails on closed paths with Qt 6.11/6.12 (pyqtgraph issue 3495, fixed upstream but
unreleased). Qt's own SVG paint engine has no such problem and keeps paths and text as
vector elements.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QPoint, QRect, QSize
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QLabel, QWidget

from explorer.domain.charts import Cell, Table

FORMATS = (".png", ".svg", ".csv")
# The smallest picture an export writes by default (issue 19): a chart drawn on a laptop
# screen is scaled up to this, so a slide or a report gets a sharp figure.
EXPORT_MINIMUM = (1600, 900)


class ExportError(ValueError):
    """The file name's extension names no format we write."""


def render_image(widget: QWidget, scale: float = 1.0) -> QImage:
    """The widget painted on white at ``scale`` times its size."""
    size = widget.size()
    image = QImage(int(size.width() * scale), int(size.height() * scale),
                   QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    widget.render(painter, QPoint(0, 0))
    painter.end()
    return image


def export_scale(size: QSize, minimum: tuple[int, int] = EXPORT_MINIMUM) -> float:
    """How much to scale a widget of ``size`` so its picture is at least ``minimum``
    (never below 1: a large chart is written at its own size)."""
    width, height = max(1, size.width()), max(1, size.height())
    return max(1.0, minimum[0] / width, minimum[1] / height)


def save_png(widget: QWidget, path: Path, scale: float = 1.0) -> None:
    """PNG (the caller gives a .png name; Qt picks the format from it)."""
    if not render_image(widget, scale).save(str(path)):
        raise OSError(f"could not write {path}")


def svg_bytes(widget: QWidget, title: str = "") -> bytes:
    """The widget as an SVG document (vector paths and text)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    size = widget.size()
    generator.setSize(QSize(size.width(), size.height()))
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setDescription("Exchange Explorer chart")
    painter = QPainter(generator)
    widget.render(painter, QPoint(0, 0))
    painter.end()
    buffer.close()
    return bytes(buffer.data().data())


def save_svg(widget: QWidget, path: Path, title: str = "") -> None:
    path.write_bytes(svg_bytes(widget, title))


def _plain(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    return str(value)


def table_csv(table: Table, delimiter: str = ",") -> str:
    """The table as CSV text: full-precision numbers, empty cells for missing values."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(table.headers)
    for row in table.rows:
        writer.writerow([_plain(v) for v in row])
    return out.getvalue()


def save_csv(table: Table, path: Path) -> None:
    path.write_text(table_csv(table), encoding="utf-8")


def export_chart(
    chart: QWidget, path: Path, minimum: tuple[int, int] = EXPORT_MINIMUM
) -> None:
    """Write ``chart`` (a ``ChartFrame``: its title, plot, legend, note and source line) to
    ``path`` in the format its extension names; a PNG is at least ``minimum`` pixels.

    A chart is known by its ``table()`` and ``title_label`` (not by importing ``base``,
    which imports this module)."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(f"cannot export to {path.name}: use one of {', '.join(FORMATS)}")
    table = _table_of(chart)
    if suffix == ".csv":
        if table is None:
            raise ExportError("only charts have a table")
        save_csv(table, path)
    elif suffix == ".svg":
        label = getattr(chart, "title_label", None)
        title = label.text() if isinstance(label, QLabel) else ""
        save_svg(chart, path, title)
    else:
        save_png(chart, path, export_scale(chart.size(), minimum))


def copy_chart(chart: QWidget) -> None:
    """Put the chart's picture, and its table as text, on the clipboard."""
    mime = QMimeData()
    image = render_image(chart)
    mime.setImageData(image)
    table = _table_of(chart)
    if table is not None:
        text = table_csv(table, "\t")
        mime.setText(text)
        mime.setData("text/csv", QByteArray(table_csv(table).encode("utf-8")))
    QGuiApplication.clipboard().setMimeData(mime)  # the clipboard owns it now


def _table_of(chart: QWidget) -> Table | None:
    """The chart's table, when ``chart`` is a chart (it has ``table()``)."""
    table = getattr(chart, "table", None)
    if not callable(table):
        return None
    result = table()
    return result if isinstance(result, Table) else None
