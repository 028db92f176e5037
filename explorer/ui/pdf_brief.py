"""The printable country brief: 2-4 A4 pages drawn with QPainter (vector text and lines).

Charts come from the pyqtgraph chart classes, rendered through their scene into the same
painter (pyqtgraph has no PDF exporter). The same drawing goes to a ``QPdfWriter`` or, from
the profile page, to a printer chosen in ``QPrintDialog``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtWidgets import QFileDialog, QWidget

from explorer.domain.compare import on_axis, year_axis
from explorer.domain.countries import SeriesPoint
from explorer.jobs.countries import Profile
from explorer.ui.i18n import tr
from explorer.ui.runner import Runner
from explorer.ui.widgets.country_brief_text import (
    cooperation_lines,
    header_lines,
    indicator_rows,
    source_rows,
    student_lines,
    trade_lines,
)
from explorer.ui.widgets.country_charts import ShareLineChart
from explorer.ui.widgets.country_sparkline import paint_income_strip, paint_sparkline

DPI = 96  # one PDF unit = one screen pixel, so charts render at screen resolution
CTX = "CountryBrief"
COLS = (0.29, 0.25, 0.14, 0.09, 0.09, 0.14)  # indicator, latest, sparkline, ranks, source


class _Flow:
    """Text flowing down A4 pages: a cursor, new pages when full, and a page count."""

    def __init__(self, device: QPagedPaintDevice, painter: QPainter) -> None:
        self.device, self.p = device, painter
        full = device.pageLayout().paintRectPixels(DPI)
        self.area = QRectF(0, 0, full.width(), full.height())
        self.y = 0.0
        self.pages = 1

    def font(self, size: float, bold: bool = False, colour: str = "#17212b") -> None:
        font = QFont("Noto Sans")
        font.setPixelSize(round(size * DPI / 72))  # pixels: the painter may be scaled
        font.setBold(bold)
        self.p.setFont(font)
        self.p.setPen(QColor(colour))

    def need(self, height: float) -> None:
        if self.y + height > self.area.height():
            self.device.newPage()
            self.pages += 1
            self.y = 0.0

    def text(self, text: str, size: float = 9.5, *, bold: bool = False,
             colour: str = "#17212b", gap: float = 4) -> None:  # fmt: skip
        self.font(size, bold, colour)
        flags = int(Qt.TextFlag.TextWordWrap)
        box = self.p.boundingRect(QRectF(0, 0, self.area.width(), 10_000), flags, text)
        self.need(box.height())
        self.p.drawText(QRectF(0, self.y, self.area.width(), box.height()), flags, text)
        self.y += box.height() + gap

    def heading(self, text: str) -> None:
        self.need(60)
        self.y += 8
        self.text(text, 12.5, bold=True, colour="#0b5e57")
        self.p.setPen(QColor("#d7e9e6"))
        self.p.drawLine(0, int(self.y - 2), int(self.area.width()), int(self.y - 2))
        self.y += 4


def _indicator_table(f: _Flow, profile: Profile) -> None:
    width = f.area.width()
    xs = [sum(COLS[:i]) * width for i in range(len(COLS) + 1)]
    heads = [
        tr(CTX, "Indicator"),
        tr(CTX, "Latest (year), trend"),
        tr(CTX, "Over time"),
        tr(CTX, "Rank in region"),
        tr(CTX, "Rank in income group"),
        tr(CTX, "Source"),
    ]
    f.font(8, bold=True, colour="#33404d")
    wrap = int(Qt.TextFlag.TextWordWrap)
    for i, head in enumerate(heads):
        f.p.drawText(QRectF(xs[i] + 2, f.y, xs[i + 1] - xs[i] - 6, 50), wrap, head)
    f.y += 50
    for row, ki in zip(indicator_rows(profile), profile.facts.indicators, strict=True):
        f.font(8)
        flags = int(Qt.TextFlag.TextWordWrap)
        height = 26.0
        for i in (0, 1):
            box = f.p.boundingRect(QRectF(0, 0, xs[i + 1] - xs[i] - 8, 100), flags, row[i])
            height = max(height, box.height() + 6)
        f.need(height)
        f.p.fillRect(QRectF(0, f.y, width, height), QColor("#f7f9fa"))
        for i, cell in enumerate(row):
            if i == 2:
                paint_sparkline(f.p, QRectF(xs[2], f.y + 3, xs[3] - xs[2] - 8, height - 6),
                                ki.series)  # fmt: skip
                continue
            colour = "#8a94a0" if cell == tr("CountryFormat", "no data") else "#17212b"
            f.font(8, colour=colour)
            f.p.drawText(QRectF(xs[i] + 2, f.y + 3, xs[i + 1] - xs[i] - 6, height), flags, cell)
        f.y += height + 2


def _chart(f: _Flow, points: list[SeriesPoint], label: str, height: float = 190) -> None:
    """A pyqtgraph line chart rendered through its scene into the page."""
    if not points:
        return
    f.need(height + 24)  # keep the caption with its chart
    f.text(label, 8, colour="#52606d", gap=0)
    chart = ShareLineChart()
    chart.resize(int(f.area.width()), int(height))
    chart.plot_widget.resize(int(f.area.width()), int(height))
    chart.set_series(points, "")
    rect = QRectF(0, 0, f.area.width(), height)
    chart.plot_item.setGeometry(rect)
    chart.plot_widget.scene().render(f.p, QRectF(0, f.y, f.area.width(), height), rect)
    chart.deleteLater()
    f.y += height + 8


def gapped(values: dict[int, float]) -> list[SeriesPoint]:
    """Every year from the first to the last; years without a value are gaps (None)."""
    return list(on_axis(values, year_axis([values])))


def paint_brief(device: QPagedPaintDevice, profile: Profile) -> int:
    """Draw the brief of ``profile`` on ``device`` (a PDF writer or printer); the page count."""
    facts = profile.facts
    painter = QPainter(device)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scale = device.logicalDpiX() / DPI  # 1 for our PDF writer; more for a printer
    painter.scale(scale, scale)
    f = _Flow(device, painter)
    f.text(facts.header.country.name, 22, bold=True, gap=2)
    f.text(tr(CTX, "Country brief · Exchange Explorer"), 9, colour="#52606d", gap=8)
    for line in header_lines(facts.header):
        f.text(line, 9.5)
    history = facts.header.income_history
    if history:
        f.text(tr(CTX, "World Bank income group by fiscal year"), 8, colour="#52606d", gap=2)
        f.need(30)
        f.font(7, colour="#52606d")
        paint_income_strip(painter, QRectF(0, f.y, f.area.width(), 26), history)
        f.y += 32
    f.heading(tr(CTX, "Key indicators"))
    _indicator_table(f, profile)
    f.heading(tr(CTX, "Trade"))
    for line in trade_lines(facts.trade, profile.datasets):
        f.text(line)
    shares = gapped({s.year: s.share_pct for s in facts.trade.developing_share})
    _chart(f, shares, tr(CTX, "Share of exports going to developing economies (%)"))
    f.heading(tr(CTX, "Cooperation"))
    for line in cooperation_lines(facts):
        f.text(line)
    f.heading(tr(CTX, "Students"))
    for line in student_lines(facts.students):
        f.text(line)
    inbound = {p.year: p.value for p in facts.students.inbound if p.value is not None}
    _chart(f, gapped(inbound), tr(CTX, "Inbound internationally mobile students"), 150)
    f.heading(tr(CTX, "Sources and licences"))
    for name, detail in source_rows(profile):
        f.text(name, 9, bold=True, gap=1)
        f.text(detail, 8, colour="#52606d", gap=5)
    painter.end()
    return f.pages


def _writer(target: str | QIODevice) -> QPdfWriter:
    writer = QPdfWriter(target)
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(16, 14, 16, 14),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setCreator("Exchange Explorer")
    return writer


def brief_pdf(profile: Profile) -> bytes:
    """The brief as PDF bytes (drawn in memory: no file is touched)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer)
    writer.setTitle(tr(CTX, "%1: country brief").replace("%1", profile.facts.header.country.name))
    paint_brief(writer, profile)
    buffer.close()
    return bytes(data.data())


def write_brief(profile: Profile, path: Path) -> None:
    """Write the brief of ``profile`` to ``path``."""
    path.write_bytes(brief_pdf(profile))


def save_brief_dialog(profile: Profile, runner: Runner, parent: QWidget) -> None:
    """Ask where to save, draw the brief, and write the file on the runner."""
    name = profile.facts.header.country.name
    from explorer.ui.export_files import announce_saved, remember_folder, suggested_path

    start = suggested_path(parent, "brief", f"{name} brief.pdf")
    path, _ = QFileDialog.getSaveFileName(
        parent, tr(CTX, "Save country brief"), start, tr(CTX, "PDF (*.pdf)")
    )
    if path:
        data, out = brief_pdf(profile), Path(path)

        def saved(_result: object) -> None:
            remember_folder(parent, "brief", out)
            announce_saved(parent, out)

        runner.submit("CountryBrief.write", out.write_bytes, data, on_done=saved)


def print_brief(profile: Profile, parent: QWidget) -> None:
    """Print the brief on a printer chosen in the print dialog."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr(CTX, "Print country brief"))
    if dialog.exec() == QPrintDialog.DialogCode.Accepted:
        paint_brief(printer, profile)
