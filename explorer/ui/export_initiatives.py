"""Export the current result list to CSV or XLSX, in the background, with progress and cancel.

Every row carries names beside codes and its source (dataset and citation), so a table
pasted into a report can still be traced. At most ``EXPORT_LIMIT`` rows are written; the
dialog says so before starting when a search has more.
"""

from __future__ import annotations

import csv
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from explorer.domain.initiative_detail import ExportExtra
from explorer.domain.search import InitiativeRow
from explorer.jobs.initiatives import PAGE_MAX, ListStart, all_ids
from explorer.store.database import Database
from explorer.ui.export_files import announce_saved, remember_folder, suggested_path
from explorer.ui.i18n import format_count, tr

EXPORT_LIMIT = 200_000
HEADER = ("id", "title", "providers", "provider_names", "recipients", "recipient_names",
          "sectors", "modality", "start_year", "end_year", "status", "dataset",
          "dataset_name", "citation")  # fmt: skip
Progress = Callable[[int, int], None]


class ExportCancelled(Exception):
    """The user cancelled the export."""


def export_row(r: InitiativeRow, extra: ExportExtra | None) -> list[object]:
    """One line of the export; lists joined with "; "."""
    e = extra or ExportExtra("", "", "")
    return [r.id, r.title, "; ".join(r.providers), "; ".join(r.provider_names),
            "; ".join(r.recipients), "; ".join(r.recipient_names), "; ".join(r.sectors),
            r.modality, r.start_year, r.end_year, e.status, r.source, e.dataset_name,
            e.citation]  # fmt: skip


def iter_rows(database: Database, start: ListStart, cancel: threading.Event, progress: Progress
              ) -> Iterator[list[object]]:  # fmt: skip
    """Every exported line of the search ``start`` describes, in the list's order."""
    from explorer.store.queries.initiative_detail import export_extras
    from explorer.store.queries.search import fetch_rows

    n = min(start.total, EXPORT_LIMIT)
    with database.session() as s:
        ids = all_ids(s, start.text, n, n, start.order, start.mine)
        for at in range(0, len(ids), PAGE_MAX):
            if cancel.is_set():
                raise ExportCancelled
            chunk = ids[at : at + PAGE_MAX]
            extras = export_extras(s, chunk)
            for r in fetch_rows(s, chunk):
                yield export_row(r, extras.get(r.id))
            progress(at + len(chunk), len(ids))


def about_labels(order: str) -> dict[str, str]:
    """The words of the workbook's first sheet, translated (read on the GUI thread)."""
    from explorer.ui.pages.initiatives_bar import ORDER_NAMES

    words = {
        "title": "Exchange Explorer: initiatives exported",
        "query": "Search",
        "everything": "(everything: no words or filters)",
        "order": "Order",
        "total": "Initiatives matching",
        "exported": "Exported at",
        "built": "Database built at",
        "datasets": "Datasets in this database",
        "name": "Name",
        "version": "Version",
        "licence": "Licence",
        "note": "Each row names its dataset and the citation of its source.",
    }
    labels = {k: tr("Export", v) for k, v in words.items()}
    return {**labels, "order_name": tr("SearchBar", ORDER_NAMES.get(order, order))}


def about_rows(database: Database, start: ListStart, labels: dict[str, str]
               ) -> list[list[object]]:  # fmt: skip
    """The first sheet: the query, its order, the date and the data version (the build
    time and each dataset's version and licence)."""
    from datetime import UTC, datetime

    from explorer.store.queries.sources import built_at, list_datasets

    with database.session() as s:
        built, datasets = built_at(s), list_datasets(s)
    rows: list[list[object]] = [
        [labels["title"]],
        [],
        [labels["query"], start.text.strip() or labels["everything"]],
        [labels["order"], labels["order_name"]],
        [labels["total"], start.total],
        [labels["exported"], datetime.now(UTC).isoformat(timespec="seconds")],
        [labels["built"], built],
        [],
        [labels["datasets"]],
        [labels["name"], labels["version"], labels["licence"]],
    ]
    rows += [[d.name, d.version, d.licence] for d in datasets]
    return [*rows, [], [labels["note"]]]


def write_export(path: Path, rows: Iterator[list[object]],
                 about: list[list[object]] | None = None) -> int:  # fmt: skip
    """Write ``rows`` under ``HEADER`` as CSV (UTF-8 with BOM, for Excel) or XLSX by suffix;
    an XLSX starts with an "About" sheet of ``about`` when given."""
    count = 0
    if path.suffix.casefold() == ".xlsx":
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        if about:
            first = book.create_sheet("About")
            for line in about:
                first.append(line)
        sheet = book.create_sheet("Initiatives")
        sheet.append(list(HEADER))
        for row in rows:
            sheet.append(row)
            count += 1
        book.save(path)
        return count
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(HEADER)
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


class ExportTask(QObject):
    """Runs one export on a pool thread.

    Signals:
        progressed(done: int, total: int): rows fetched so far.
        exported(path: str, rows: int): the file is complete.
        failed(message: str): the export failed (no file is left behind).
        cancelled(): the user cancelled (no file is left behind).
    """

    progressed = Signal(int, int)
    exported = Signal(str, int)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, database: Database, start: ListStart, path: Path,
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.database, self.start_list, self.path = database, start, path
        self.labels = about_labels(start.order)  # translated here, on the GUI thread
        self.cancel_event = threading.Event()
        self.done = threading.Event()

    def start(self) -> None:
        """Begin in the background."""
        QThreadPool.globalInstance().start(self._run)

    def cancel(self) -> None:
        """Stop at the next chunk; the partial file is deleted."""
        self.cancel_event.set()

    def _run(self) -> None:
        try:
            rows = iter_rows(self.database, self.start_list, self.cancel_event,
                             self.progressed.emit)  # fmt: skip
            about = about_rows(self.database, self.start_list, self.labels)
            count = _write_part(self.path, rows, about)
            self.exported.emit(str(self.path), count)
        except ExportCancelled:
            self.cancelled.emit()
        except Exception as exc:  # reported to the user, never a traceback
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        finally:
            self.done.set()


def _write_part(final: Path, rows: Iterator[list[object]],
                about: list[list[object]] | None = None) -> int:  # fmt: skip
    """Write beside ``final`` and move the file into place only when it is complete."""
    tmp = final.with_name(f"{final.stem}.part{final.suffix}")
    try:
        count = write_export(tmp, rows, about)
        tmp.replace(final)
        return count
    finally:
        tmp.unlink(missing_ok=True)


def ask_and_export(
    parent: QWidget, database: Database, start: ListStart | None
) -> ExportTask | None:
    """Ask for a file, then export ``start``'s results with a progress dialog."""
    if start is None or start.total == 0:
        QMessageBox.information(parent, tr("Export", "Export"),
                                tr("Export", "There are no results to export."))  # fmt: skip
        return None
    if start.total > EXPORT_LIMIT:
        text = tr("Export", "This search has %1 results; the first %2 will be exported.")
        text = text.replace("%1", format_count(start.total))
        QMessageBox.information(parent, tr("Export", "Export"),
                                text.replace("%2", format_count(EXPORT_LIMIT)))  # fmt: skip
    name, chosen = QFileDialog.getSaveFileName(
        parent, tr("Export", "Export results"),
        suggested_path(parent, "results", "initiatives.xlsx"),
        tr("Export", "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
    )  # fmt: skip
    if not name:
        return None
    path = Path(name)
    if path.suffix.casefold() not in (".xlsx", ".csv"):
        path = path.with_suffix(".csv" if "csv" in chosen.casefold() else ".xlsx")
    return start_export(parent, database, start, path)


def start_export(
    parent: QWidget, database: Database, start: ListStart, path: Path
) -> ExportTask:
    """Export in the background with a cancellable progress dialog."""
    task = ExportTask(database, start, path, parent)
    dialog = QProgressDialog(tr("Export", "Exporting results…"), tr("Export", "Cancel"), 0,
                             min(start.total, EXPORT_LIMIT), parent)  # fmt: skip
    dialog.setWindowTitle(tr("Export", "Export"))
    dialog.setMinimumDuration(400)
    dialog.canceled.connect(task.cancel)
    task.progressed.connect(lambda done, total: dialog.setValue(min(done, total)))
    task.exported.connect(lambda _p, _n: dialog.reset())
    task.failed.connect(lambda _m: dialog.reset())
    task.cancelled.connect(dialog.reset)
    task.failed.connect(lambda m: QMessageBox.warning(parent, tr("Export", "Export"), m))
    task.exported.connect(lambda p, _n: _saved(parent, Path(p)))
    task.start()
    return task


def _saved(parent: QWidget, path: Path) -> None:
    remember_folder(parent, "results", path)
    announce_saved(parent, path)
