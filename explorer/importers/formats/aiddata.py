"""AidData Level-1 donor files of the "TUFF" family (the Chinese v1 file is one; Qatar,
Saudi Arabia and other donors use the same family with a varying column set).

Columns are read by header name. The provider is the donor column's country (resolved by
name, never guessed); old-Mac CR line ends and cp1252/latin-1 bytes are accepted; text that
was already damaged in the source is kept as given and said once in the warnings.
"""

from __future__ import annotations

import re
from pathlib import Path

from explorer.importers.aiddata import flow_modality, parse_year, split_agencies, split_sources
from explorer.importers.formats.base import (
    DatasetInfo,
    ImportProblem,
    InitiativeRecord,
    ParseContext,
    Parsed,
    Participant,
)
from explorer.importers.formats.csvcols import cell, locate, number
from explorer.importers.formats.textio import CsvReader, has_mojibake, head_rows

ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("project_id", "aiddata_id", "aiddata_project_id", "project id"),
    "donor": ("donor", "donor_name", "donor_condensed"),
    "recipient": ("recipient_condensed", "recipient", "recipient_name"),
    "recipient_iso3": ("recipient_iso3", "recipient_iso"),
    "title": ("title", "project_title"),
    "description": ("description", "long_description", "short_description"),
    "year": ("year", "commitment_year"),
    "amount": ("usd_current", "commitment_amount_usd_current", "amount_usd", "usd_defl_2014",
               "usd_defl", "commitment_amount_usd_constant"),
    "flow": ("flow", "flow_type"),
    "flow_class": ("flow_class",),
    "intent": ("intent",),
    "status": ("status",),
    "sector_code": ("crs_sector_code", "crs_purpose_code", "ad_sector_codes"),
    "sector_name": ("crs_sector_name", "crs_purpose_name", "ad_sector_names"),
    "funding": ("funding_agency",),
    "implementing": ("implementing_agency",),
    "sources": ("sources",),
    "research": ("recommended_for_research",),
    "end_actual": ("end_actual",),
    "end_planned": ("end_planned",),
}
_SLUG = re.compile(r"[^a-z0-9]+")


class AidDataFormat:
    name = "aiddata"
    label = "AidData donor file"
    expected = ("an AidData donor CSV (project_id or aiddata_id, donor and recipient columns)")

    def sniff(self, head: bytes, path: Path) -> int:
        rows = head_rows(head)
        if not rows:
            return 0
        cols = locate(rows[0], ALIASES)
        return 10 if {"id", "donor", "title"} <= cols.keys() and (
            "recipient" in cols or "recipient_iso3" in cols) else 0

    def parse(self, path: Path, ctx: ParseContext) -> Parsed:
        reader = CsvReader(path)
        rows = reader.rows()
        header = next(rows, None)
        if header is None:
            raise ImportProblem(path, "the file is empty")
        cols = locate(header, ALIASES)
        missing = [c for c in ("id", "donor", "title") if c not in cols]
        if missing:
            raise ImportProblem(path, f"line 1: no {', '.join(missing)} column (an AidData "
                                "file has project_id, donor, title...)")
        out = Parsed("aiddata", DatasetInfo(key="", name=""))
        donors: dict[str, int] = {}
        seen: set[str] = set()
        width = len(header)
        for row in rows:
            if not any(v.strip() for v in row):
                continue
            if len(row) != width:
                raise ImportProblem(path, f"line {reader.line}: {len(row)} fields, the header "
                                    f"has {width} (a damaged or truncated file)")
            if reader.line % 2000 == 0:
                ctx.check_cancel()
            ident = cell(row, cols, "id")
            if not ident or ident in seen:
                out.skipped += 1
                continue
            seen.add(ident)
            donor = cell(row, cols, "donor")
            donors[donor] = donors.get(donor, 0) + 1
            out.initiatives.append(_record(row, cols, ident, donor, ctx, out, reader.line))
        if not out.initiatives:
            raise ImportProblem(path, "no project rows")
        main = max(donors, key=lambda d: donors[d]) if donors else ""
        origin = ctx.origin(path)
        slug = _SLUG.sub("-", (main or origin.stem).casefold()).strip("-")[:40]
        out.dataset = DatasetInfo(
            key=f"import-aiddata-{slug}",
            name=f"AidData donor file: {main or origin.name}",
            publisher="AidData (the file's layout; the file itself names no publisher)",
            citation=f"AidData, {origin.name}", coverage=f"donors: {', '.join(sorted(donors))}")
        return out


def _record(row: list[str], cols: dict[str, int], ident: str, donor: str, ctx: ParseContext,
            out: Parsed, line: int) -> InitiativeRecord:
    title = " ".join(cell(row, cols, "title").split()) or ident
    description = cell(row, cols, "description")
    if has_mojibake(title) or has_mojibake(description):
        out.warn_once("some text is already mis-encoded in the source file; kept as given")
    flow = cell(row, cols, "flow")
    amount = number(cell(row, cols, "amount"))
    record = InitiativeRecord(ident, title, locator=f"project_id {ident} (line {line})")
    record.fields.update(
        description=description, modality=flow_modality(flow, title, description),
        start_year=parse_year(cell(row, cols, "year")),
        end_year=parse_year(cell(row, cols, "end_actual")) or parse_year(
            cell(row, cols, "end_planned")),
        status=cell(row, cols, "status"), flow_type=flow or None,
        flow_class=cell(row, cols, "flow_class") or None,
        intent=cell(row, cols, "intent") or None, theme=cell(row, cols, "sector_name"))
    if "research" in cols:
        record.fields["recommended_for_research"] = cell(row, cols, "research").lower() in (
            "1", "true", "yes", "y", "x")
    if amount is not None:
        record.fields.update(amount_usd=amount, amount_note="US$ (AidData, as in the file)")
    provider = ctx.lookup.by_name(donor) if donor else None
    if provider is None and donor:
        out.unresolved[f"donor {donor}"] += 1
    if provider is not None:
        record.participants.append(Participant("provider", provider, None, donor))
    codes = [c.strip() for c in cell(row, cols, "recipient_iso3").split(";") if c.strip()]
    placed = False
    for code in codes:
        iso3 = ctx.lookup.iso3(code) if len(code) == 3 else None
        if iso3 is not None:
            record.participants.append(Participant("recipient", iso3, None, code))
            placed = True
    if not placed:
        name = cell(row, cols, "recipient")
        iso3 = ctx.lookup.by_name(name) if name else None
        if iso3 is not None:
            record.participants.append(Participant("recipient", iso3, None, name))
        elif name:  # "Africa, regional": kept as the source's text
            record.participants.append(Participant("recipient", None, name, name))
    for name in split_agencies(cell(row, cols, "funding")):
        record.participants.append(Participant("funder", None, name, name))
    for name in split_agencies(cell(row, cols, "implementing")):
        record.participants.append(Participant("implementer", None, name, name))
    code = cell(row, cols, "sector_code")
    sector = cell(row, cols, "sector_name")
    if code or sector:
        record.sectors.append(("dac", code or None, sector or code))
    for url, label in split_sources(cell(row, cols, "sources")):
        record.links.append((url, label))
    return record
