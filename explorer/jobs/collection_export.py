"""A collection as a report (Qt-free): each item with what the data says now, its notes and
its source citation; written as XLSX here, as a PDF brief by ``explorer.ui.collection_pdf``.

Every figure comes from the reference database (an initiative's record, a country's row, a
chart's own source line); an item a data update removed keeps its title snapshot and is
marked, never dropped. A chart's title and source come from the chart layer through
``chart_source`` (jobs never import the GUI), given by the caller.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from explorer.store.database import Database

# (connection, chart key) -> (title, source line) of the chart as drawn from the data now
ChartSource = Callable[["Connection", str], tuple[str, str]]

# Country facts are cited to the datasets they come from (see db/ and SOURCES.md).
COUNTRY_DATASETS = ("country-codes", "wb-class-fy2026")


@dataclass(frozen=True, slots=True)
class ReportItem:
    """One item of the collection as the report shows it."""

    position: int
    kind: str
    key: str
    title: str  # the current title, or the snapshot when the data no longer has it
    present: bool
    facts: tuple[tuple[str, str], ...]  # (label, value) from the data, in order
    citations: tuple[str, ...]
    notes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CollectionReport:
    """A collection with its items, made on ``made`` from the data named ``data``."""

    name: str
    description: str
    made: date
    data: str
    items: tuple[ReportItem, ...]


def collection_report(database: Database, user: Engine, name: str, made: date,
                      chart_source: ChartSource | None = None) -> CollectionReport:  # fmt: skip
    """The report of collection ``name`` (LookupError when there is none)."""
    from explorer.store import workspace as ws
    from explorer.store import workspace_collections as wc

    found = [c for c in wc.list_collections(user) if c.name == name]
    rows = wc.items(user, name)  # raises for a missing collection
    description = found[0].description if found else ""
    notes_by_key: dict[str, list[str]] = {}
    for note in ws.list_notes(user):
        notes_by_key.setdefault(note.target_key, []).append(note.text)
    notes_by_key.update(_free_notes(user, [r.key for r in rows if r.kind == "note"]))
    out = []
    with database.connect() as conn:
        for row in rows:
            out.append(_item(conn, database, row.position, row.kind, row.key, row.title,
                             tuple(notes_by_key.get(row.key, ())), chart_source))  # fmt: skip
    return CollectionReport(name, description, made, database.display_name, tuple(out))


def load_report(database: Database, user_db: Path, name: str, made: date,
                chart_source: ChartSource | None = None) -> CollectionReport:  # fmt: skip
    """Job: the report of collection ``name`` in the user database file ``user_db``."""
    from explorer.jobs.workspace import _open

    user = _open(user_db)
    try:
        return collection_report(database, user, name, made, chart_source)
    finally:
        user.dispose()


def write_eecollection(user_db: Path, name: str, out: Path) -> int:
    """Job: collection ``name`` as a ``.eecollection`` file; how many entries it holds."""
    from explorer.jobs.workspace import _open
    from explorer.store import workspace_exchange as wx

    user = _open(user_db)
    try:
        return wx.export(user, out, name)
    finally:
        user.dispose()


def write_bytes(data: bytes, path: Path) -> Path:
    """Job: ``data`` to ``path``, whole or not at all (a temporary file swapped in)."""
    from explorer.store.swap import durable_replace, temp_beside

    tmp = temp_beside(path)
    try:
        tmp.write_bytes(data)
        durable_replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def _free_notes(user: Engine, keys: list[str]) -> dict[str, list[str]]:
    """The text of each note a collection holds itself (``note:<uid>``)."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from explorer.store.user_models import Note

    uids = {key.removeprefix("note:"): key for key in keys}
    if not uids:
        return {}
    with Session(user) as session:
        found = session.execute(select(Note.uid, Note.text).where(Note.uid.in_(uids))).all()
    return {uids[uid]: [text] for uid, text in found}


def _item(conn: Connection, database: Database, position: int, kind: str, key: str,
          snapshot: str, notes: tuple[str, ...],
          chart_source: ChartSource | None) -> ReportItem:  # fmt: skip
    if kind == "initiative":
        return _initiative(conn, database, position, key, snapshot, notes)
    if kind == "country":
        return _country(conn, position, key, snapshot, notes)
    if kind == "chart" and chart_source is not None:
        title, source = chart_source(conn, key)
        return ReportItem(position, kind, key, title or snapshot, True, (),
                          (source,) if source else (), notes)  # fmt: skip
    return ReportItem(position, kind, key, snapshot or key, True, (), (), notes)


def _initiative(conn: Connection, database: Database, position: int, key: str,
                snapshot: str, notes: tuple[str, ...]) -> ReportItem:  # fmt: skip
    from explorer.jobs.initiatives import load_detail
    from explorer.jobs.workspace import initiative_id

    del conn  # load_detail opens its own connection, as every job does
    found = initiative_id(database, key)
    detail = load_detail(database, found) if found is not None else None
    if detail is None:
        return ReportItem(position, "initiative", key, snapshot or key, False, (), (), notes)
    facts: list[tuple[str, str]] = []
    for role, label in (("provider", "Providers"), ("recipient", "Recipients")):
        names = [p.name for p in detail.by_role(role)]
        if names:
            facts.append((label, ", ".join(dict.fromkeys(names))))
    if detail.start_year or detail.end_year:
        years = [str(y) for y in (detail.start_year, detail.end_year) if y]
        facts.append(("Years", "–".join(dict.fromkeys(years))))
    if detail.modality and detail.modality != "unspecified":
        facts.append(("Modality", detail.modality.replace("_", " ")))
    if detail.amount_usd is not None:
        amount = f"{detail.amount_usd:,.0f} US$"
        facts.append(("Amount", f"{amount} ({detail.amount_note})" if detail.amount_note
                      else amount))  # fmt: skip
    sectors = [s.name for s in detail.sectors if s.name and not s.inferred]  # as stated
    if sectors:
        facts.append(("Sectors", ", ".join(dict.fromkeys(sectors))))
    citations = tuple(line for line in detail.citation_text().splitlines() if line)
    return ReportItem(position, "initiative", key, detail.title, True, tuple(facts),
                      citations, notes)  # fmt: skip


def _country(conn: Connection, position: int, iso3: str, snapshot: str,
             notes: tuple[str, ...]) -> ReportItem:  # fmt: skip
    from sqlalchemy import select

    from explorer.store.models import Country, Dataset

    row = conn.execute(
        select(Country.name, Country.wb_region, Country.income_group).where(Country.iso3 == iso3)
    ).first()
    if row is None:
        return ReportItem(position, "country", iso3, snapshot or iso3, False, (), (), notes)
    name, region, income = row
    facts = [("ISO3", iso3)]
    if region:
        facts.append(("World Bank region", str(region)))
    if income:
        facts.append(("Income group (World Bank code)", str(income)))
    cited = conn.execute(
        select(Dataset.key, Dataset.name, Dataset.publisher, Dataset.version)
        .where(Dataset.key.in_(COUNTRY_DATASETS))
    ).all()
    order = {k: i for i, k in enumerate(COUNTRY_DATASETS)}
    citations = tuple(f"{pub}. {dname}. {version}." if version else f"{pub}. {dname}."
                      for _k, dname, pub, version in sorted(cited, key=lambda r: order[r[0]]))
    return ReportItem(position, "country", iso3, str(name), True, tuple(facts), citations,
                      notes)  # fmt: skip


KIND_NAMES = {"initiative": "Initiative", "country": "Country", "chart": "Chart",
              "note": "Note", "indicator": "Indicator"}  # fmt: skip


def write_xlsx(report: CollectionReport, path: Path) -> None:
    """The report as a workbook: one row per item (facts, notes, sources), then a sheet
    saying what it is and where its figures come from. Written beside and moved into place."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from explorer.store.swap import durable_replace, temp_beside

    book = Workbook()
    sheet = book.active
    sheet.title = "Items"
    heads = ["#", "Kind", "Key", "Title", "In the data now", "Facts", "Notes", "Sources"]
    sheet.append(heads)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for item in report.items:
        sheet.append([
            item.position + 1,
            KIND_NAMES.get(item.kind, item.kind),
            item.key,
            item.title,
            "yes" if item.present else "no longer in the data",
            "\n".join(f"{label}: {value}" for label, value in item.facts),
            "\n\n".join(item.notes),
            "\n".join(item.citations),
        ])
    for column, width in zip("ABCDEFGH", (5, 11, 30, 48, 14, 44, 50, 70), strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    about = book.create_sheet("About")
    for line in (
        ("Collection", report.name),
        ("Description", report.description),
        ("Made", report.made.isoformat()),
        ("Data", report.data),
        ("Figures", "Every figure is from the data named above; each item's sources "
                    "are in its row."),
    ):
        about.append(list(line))
    about.column_dimensions["A"].width = 14
    about.column_dimensions["B"].width = 90
    tmp = temp_beside(path)
    try:
        book.save(tmp)
        durable_replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
