"""A collection as a PDF brief: its items in order, each with what the data says, the user's
notes (their light Markdown rendered, as in the detail pane) and its sources.

Drawn with the country brief's machinery (``pdf_brief``: A4, the same fonts and flowing
pages, QPdfWriter); a note is laid out by a ``QTextDocument`` from Markdown without HTML.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPagedPaintDevice,
    QPainter,
    QTextDocument,
)

from explorer.jobs.collection_export import KIND_NAMES, CollectionReport, ReportItem
from explorer.ui.i18n import tr
from explorer.ui.pdf_brief import DPI, _Flow, _writer
from explorer.ui.widgets.note_view import render_markdown

CTX = "CollectionBrief"
# The report's labels and kinds come from the Qt-free job; listed here so lupdate finds them.
_LABELS = (
    QT_TRANSLATE_NOOP("CollectionBrief", "Providers"),
    QT_TRANSLATE_NOOP("CollectionBrief", "Recipients"),
    QT_TRANSLATE_NOOP("CollectionBrief", "Years"),
    QT_TRANSLATE_NOOP("CollectionBrief", "Modality"),
    QT_TRANSLATE_NOOP("CollectionBrief", "Amount"),
    QT_TRANSLATE_NOOP("CollectionBrief", "Sectors"),
    QT_TRANSLATE_NOOP("CollectionBrief", "ISO3"),
    QT_TRANSLATE_NOOP("CollectionBrief", "World Bank region"),
    QT_TRANSLATE_NOOP("CollectionBrief", "Income group (World Bank code)"),
    QT_TRANSLATE_NOOP("CollectionBrief", "Initiative"),
    QT_TRANSLATE_NOOP("CollectionBrief", "Country"),
    QT_TRANSLATE_NOOP("CollectionBrief", "Chart"),
    QT_TRANSLATE_NOOP("CollectionBrief", "Note"),
    QT_TRANSLATE_NOOP("CollectionBrief", "Indicator"),
)


def _note(f: _Flow, text: str) -> None:
    """A note rendered from its Markdown; one taller than a page flows as plain text."""
    doc = QTextDocument()
    font = QFont("Noto Sans")
    font.setPixelSize(round(9 * DPI / 72))
    doc.setDefaultFont(font)
    render_markdown(doc, text)
    doc.setTextWidth(f.area.width() - 12)
    height = doc.size().height()
    if height > f.area.height() * 0.9:
        f.text(text, 9)
        return
    f.need(height + 4)
    f.p.save()
    f.p.translate(12, f.y)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = QRectF(0, 0, f.area.width(), height)
    doc.documentLayout().draw(f.p, context)
    f.p.restore()
    f.p.fillRect(QRectF(2, f.y, 3, height), "#9cc9c3")  # a bar down the note's left
    f.y += height + 6


def _item(f: _Flow, item: ReportItem) -> None:
    kind = tr(CTX, KIND_NAMES.get(item.kind, item.kind))
    f.need(70)
    f.y += 6
    f.text(f"{item.position + 1}. {item.title}", 11.5, bold=True, gap=1)
    state = "" if item.present else " · " + tr(CTX, "no longer in the data")
    f.text(f"{kind} · {item.key}{state}", 8, colour="#52606d", gap=4)
    for label, value in item.facts:
        f.text(f"{tr(CTX, label)}: {value}", 9, gap=2)
    for text in item.notes:
        f.need(40)
        f.text(tr(CTX, "My note"), 8, bold=True, colour="#0b5e57", gap=1)
        _note(f, text)
    if item.citations:
        f.need(40)  # the heading stays with the first line of its source
        f.text(tr(CTX, "Source"), 8, bold=True, colour="#33404d", gap=1)
        for line in item.citations:
            f.text(line, 8, colour="#52606d", gap=2)
    elif item.present:
        f.text(tr(CTX, "Source: none stated for this kind of item"), 8, colour="#8a94a0")


def paint_collection(device: QPagedPaintDevice, report: CollectionReport) -> int:
    """Draw ``report`` on ``device`` (a PDF writer or a printer); the page count."""
    painter = QPainter(device)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scale = device.logicalDpiX() / DPI
    painter.scale(scale, scale)
    f = _Flow(device, painter)
    f.text(report.name, 22, bold=True, gap=2)
    f.text(tr(CTX, "Collection brief · Exchange Explorer · %1").replace(
        "%1", report.made.isoformat()), 9, colour="#52606d", gap=6)  # fmt: skip
    if report.description:
        f.text(report.description, 10, gap=6)
    f.text(tr(CTX, "%n item(s). Every figure is from the data: %1", "", len(report.items))
           .replace("%1", report.data), 8, colour="#52606d", gap=4)  # fmt: skip
    if not report.items:
        f.text(tr(CTX, "This collection is empty."), 10)
    for item in report.items:
        _item(f, item)
    painter.end()
    return f.pages


def collection_pdf(report: CollectionReport) -> bytes:
    """The brief as PDF bytes (drawn in memory)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer)
    writer.setTitle(tr(CTX, "%1: collection brief").replace("%1", report.name))
    paint_collection(writer, report)
    buffer.close()
    return bytes(data.data())


def write_collection_pdf(report: CollectionReport, path: Path) -> None:
    """Write the brief to ``path``, whole or not at all (a temporary file swapped in)."""
    from explorer.jobs.collection_export import write_bytes

    write_bytes(collection_pdf(report), path)
