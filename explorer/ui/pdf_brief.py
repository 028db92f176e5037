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


FOOTER = 22.0  # pixels kept at the foot of every page for the footer line


class _Flow:
    """Text flowing down A4 pages: a cursor, new pages when full, a page count and a footer
    on every page ("Exchange Explorer · date · data built … · Page 2 of 3")."""

    def __init__(self, device: QPagedPaintDevice, painter: QPainter, footer: str = "",
                 total: int = 0) -> None:  # fmt: skip
        self.device, self.p = device, painter
        full = device.pageLayout().paintRectPixels(DPI)
        self.area = QRectF(0, 0, full.width(), full.height() - FOOTER)
        self.y = 0.0
        self.pages = 1
        self.footer, self.total = footer, total

    def end_page(self) -> None:
        """Draw this page's footer (its number, and of how many once that is known)."""
        self.font(7, colour="#52606d")
        box = QRectF(0, self.area.height() + 6, self.area.width(), FOOTER - 6)
        number = (tr(CTX, "Page %1 of %2").replace("%2", str(self.total)) if self.total
                  else tr(CTX, "Page %1")).replace("%1", str(self.pages))  # fmt: skip
        self.p.setPen(QColor("#d7e9e6"))
        self.p.drawLine(0, int(box.top() - 3), int(self.area.width()), int(box.top() - 3))
        self.p.setPen(QColor("#52606d"))
        self.p.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                        self.footer)  # fmt: skip
        self.p.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                        number)  # fmt: skip

    def font(self, size: float, bold: bool = False, colour: str = "#17212b") -> None:
        font = QFont("Noto Sans")
        font.setPixelSize(round(size * DPI / 72))  # pixels: the painter may be scaled
        font.setBold(bold)
        self.p.setFont(font)
        self.p.setPen(QColor(colour))

    def need(self, height: float) -> None:
        if self.y + height > self.area.height():
            self.end_page()
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

    def height_of(self, text: str, size: float = 9.5, gap: float = 4, bold: bool = False
                  ) -> float:  # fmt: skip
        """How tall ``text`` is when drawn by ``text()``."""
        self.font(size, bold)
        flags = int(Qt.TextFlag.TextWordWrap)
        return self.p.boundingRect(QRectF(0, 0, self.area.width(), 10_000), flags,
                                   text).height() + gap  # fmt: skip

    def heading(self, text: str, keep: float = 0) -> None:
        """A section title; ``keep``: the height of what must follow it on the same page
        (a chart stays with its heading, issue 19), when a page can hold both."""
        self.need(60 + min(keep, self.area.height() - 60))
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


def footer_text(profile: Profile) -> str:
    """ "Exchange Explorer · 4 December 2026 · data built 4 December 2026": when it was made
    and from which build of the data (the date in the interface's format)."""
    from PySide6.QtCore import QDate, QDateTime, QLocale

    locale = QLocale()
    made = locale.toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
    text = tr(CTX, "Exchange Explorer · %1").replace("%1", made)
    built = QDateTime.fromString(profile.built_at, Qt.DateFormat.ISODate)
    if built.isValid():
        when = locale.toString(built.date(), QLocale.FormatType.LongFormat)
        text += " · " + tr(CTX, "data built %1").replace("%1", when)
    return text


def paint_brief(device: QPagedPaintDevice, profile: Profile, total: int = 0) -> int:
    """Draw the brief of ``profile`` on ``device`` (a PDF writer or printer); the page count.
    ``total``: the page count to print in each footer ("Page 1 of ``total``")."""
    facts = profile.facts
    painter = QPainter(device)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scale = device.logicalDpiX() / DPI  # 1 for our PDF writer; more for a printer
    painter.scale(scale, scale)
    f = _Flow(device, painter, footer_text(profile), total)
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
        _income_legend(f)
    f.heading(tr(CTX, "Key indicators"))
    _indicator_table(f, profile)
    lines = trade_lines(facts.trade, profile.datasets)
    shares = gapped({s.year: s.share_pct for s in facts.trade.developing_share})
    f.heading(tr(CTX, "Trade"), sum(f.height_of(t) for t in lines) + (214 if shares else 0))
    for line in lines:
        f.text(line)
    _chart(f, shares, tr(CTX, "Share of exports going to developing economies (%)"))
    f.heading(tr(CTX, "Cooperation"))
    for line in cooperation_lines(facts):
        f.text(line)
    lines = student_lines(facts.students)
    inbound = {p.year: p.value for p in facts.students.inbound if p.value is not None}
    f.heading(tr(CTX, "Students"), sum(f.height_of(t) for t in lines) + (174 if inbound else 0))
    for line in lines:
        f.text(line)
    _chart(f, gapped(inbound), tr(CTX, "Inbound internationally mobile students"), 150)
    f.heading(tr(CTX, "Sources and licences"))
    for name, detail in source_rows(profile):
        f.need(f.height_of(name, 9, 1, bold=True) + f.height_of(detail, 8, 5))  # together
        f.text(name, 9, bold=True, gap=1)
        f.text(detail, 8, colour="#52606d", gap=5)
    f.end_page()
    painter.end()
    return f.pages


def _income_legend(f: _Flow) -> None:
    """What the income strip's colours mean (grey: not classified that year)."""
    from explorer.ui.widgets.country_format import INCOME_COLOURS, income_name

    f.font(7, colour="#33404d")
    x, metrics = 0.0, f.p.fontMetrics()
    items = [*INCOME_COLOURS.items(), ("", "#d5d9de")]
    for code, colour in items:
        name = income_name(code) if code else tr(CTX, "not classified")
        f.p.fillRect(QRectF(x, f.y + 2, 10, 10), QColor(colour))
        f.p.drawText(QRectF(x + 14, f.y, 400, 14), int(Qt.AlignmentFlag.AlignVCenter), name)
        x += 14 + metrics.horizontalAdvance(name) + 16
    f.y += 20


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
    paint_brief(writer, profile, page_count(profile, writer.pageLayout()))
    buffer.close()
    return bytes(data.data())


def page_count(profile: Profile, layout: QPageLayout) -> int:
    """How many pages the brief takes on pages of ``layout`` (drawn once, thrown away), so
    every footer can say "Page 1 of 3"."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageLayout(layout)
    pages = paint_brief(writer, profile)
    buffer.close()
    return pages


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
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    # A preview first (issue 19); its Print button asks for the printer.
    preview = QPrintPreviewDialog(printer, parent)
    preview.setObjectName("briefPreview")
    preview.setWindowTitle(tr(CTX, "Print country brief"))
    preview.paintRequested.connect(lambda device: paint_for_printer(device, profile))
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    preview.open()


def paint_for_printer(printer: QPagedPaintDevice, profile: Profile) -> int:
    """Draw the brief for a printer (or its preview), numbered "Page n of N"."""
    return paint_brief(printer, profile, page_count(profile, printer.pageLayout()))
