"""UN Comtrade CSV exports (the legacy comtrade.un.org layout) and WITS partner CSVs ->
bilateral flows, a dataset of their own (``import_trade_flow``), never mixed with the IMF's.

Comtrade: Reporter ISO / Partner ISO, Trade Flow, Year, Commodity Code (read as text) and
"Trade Value (US$)". A "CSV" that only holds Comtrade's error message is refused with that
message. WITS: Reporter Name, Partner Name, Trade Flow, Product Group, Indicator and years,
values in US$ thousand (multiplied out), aggregate partners ("East Asia & Pacific", "World")
kept by name as groups.
"""

from __future__ import annotations

import re
from pathlib import Path

from explorer.importers.formats.base import DatasetInfo, ImportProblem, ParseContext, Parsed
from explorer.importers.formats.base import TradeRecord as Flow
from explorer.importers.formats.csvcols import cell, locate, number
from explorer.importers.formats.textio import CsvReader, decode_head, head_rows

COMTRADE = {
    "year": ("Year", "Period", "refYear"),
    "flow": ("Trade Flow", "flowDesc", "Trade Flow Code"),
    "reporter_iso": ("Reporter ISO", "reporterISO"),
    "reporter": ("Reporter", "reporterDesc"),
    "partner_iso": ("Partner ISO", "partnerISO"),
    "partner": ("Partner", "partnerDesc"),
    "commodity": ("Commodity Code", "cmdCode"),
    "value": ("Trade Value (US$)", "primaryValue", "Trade Value"),
}
WITS = {
    "reporter": ("Reporter Name", "Reporter"),
    "partner": ("Partner Name", "Partner"),
    "flow": ("Trade Flow",),
    "product": ("Product Group", "Product categories"),
    "indicator": ("Indicator",),
}
ERRORS = ("no data matches your query", "you have exceeded", "usage limit",
          "the request could not be", "invalid parameter", "error")
_YEAR = re.compile(r"^\s*((?:19|20)\d\d)\s*$")
_SLUG = re.compile(r"[^a-z0-9]+")
FLOWS = {"export": "X", "exports": "X", "x": "X", "2": "X", "import": "M", "imports": "M",
         "m": "M", "1": "M", "gross exp.": "X", "gross imp.": "M"}  # fmt: skip


def _comtrade_error(text: str) -> str | None:
    first = text.strip().splitlines()[0].strip().strip('"') if text.strip() else ""
    if "," in first and "trade" in first.casefold():
        return None
    return first if any(word in first.casefold() for word in ERRORS) else None


def _slug(text: str) -> str:
    return _SLUG.sub("-", text.casefold()).strip("-")[:40] or "file"


class ComtradeFormat:
    name = "comtrade"
    label = "UN Comtrade export"
    expected = "a UN Comtrade CSV (Reporter ISO, Partner ISO, Trade Flow, Trade Value (US$))"

    def sniff(self, head: bytes, path: Path) -> int:
        if _comtrade_error(decode_head(head)) is not None:
            return 10
        rows = head_rows(head)
        cols = locate(rows[0], COMTRADE) if rows else {}
        return 10 if {"reporter_iso", "partner_iso", "value"} <= cols.keys() else 0

    def parse(self, path: Path, ctx: ParseContext) -> Parsed:
        with path.open("rb") as fh:
            message = _comtrade_error(decode_head(fh.read(4096)))
        if message is not None:
            raise ImportProblem(path, f"Comtrade sent an error, not data: {message[:200]}")
        reader = CsvReader(path)
        rows = reader.rows()
        header = next(rows, None) or []
        cols = locate(header, COMTRADE)
        missing = [k for k in ("year", "flow", "reporter_iso", "partner_iso", "value")
                   if k not in cols]
        if missing:
            raise ImportProblem(path, f"line 1: missing Comtrade column(s) {', '.join(missing)}")
        out = Parsed("comtrade", DatasetInfo(key="", name=""))
        reporters: set[str] = set()
        for row in rows:
            if not any(v.strip() for v in row):
                continue
            flow = FLOWS.get(cell(row, cols, "flow").casefold())
            year = _YEAR.match(cell(row, cols, "year")[:4])
            value = number(cell(row, cols, "value"))
            if flow is None or year is None or value is None:
                out.skipped += 1  # re-exports, re-imports, empty values
                continue
            rep = cell(row, cols, "reporter_iso")
            par = cell(row, cols, "partner_iso")
            rep3 = ctx.lookup.iso3(rep)
            if rep3 is None:
                out.unresolved[f"reporter {rep or cell(row, cols, 'reporter')}"] += 1
                continue
            par3 = ctx.lookup.iso3(par)
            group = par3 is None and (par.upper() == "WLD" or ctx.lookup.is_group(par))
            if par3 is None and not group:
                out.unresolved[f"partner {par or cell(row, cols, 'partner')}"] += 1
                continue
            reporters.add(rep3)
            out.trade.append(Flow(rep3, par3 or par.upper(), flow, int(year.group(1)), value,
                                  cell(row, cols, "commodity") or "TOTAL", group))
        if not out.trade:
            raise ImportProblem(path, "no export or import values found")
        who = "-".join(sorted(reporters)[:3])
        origin = ctx.origin(path)
        out.dataset = DatasetInfo(
            key=f"import-comtrade-{_slug(who + '-' + origin.stem)}",
            name=f"UN Comtrade export {origin.name}", publisher="United Nations Statistics "
            "Division (UN Comtrade)", citation=f"UN Comtrade, {origin.name}",
            coverage=f"reporters: {', '.join(sorted(reporters))}")
        return out


class WitsFormat:
    name = "wits"
    label = "WITS partner export"
    expected = "a WITS CSV (Reporter Name, Partner Name, Trade Flow, Indicator, years)"

    def sniff(self, head: bytes, path: Path) -> int:
        rows = head_rows(head)
        cols = locate(rows[0], WITS) if rows else {}
        return 10 if {"reporter", "partner", "indicator"} <= cols.keys() else 0

    def parse(self, path: Path, ctx: ParseContext) -> Parsed:
        reader = CsvReader(path)
        rows = reader.rows()
        header = next(rows, None) or []
        cols = locate(header, WITS)
        years = {i: int(m.group(1)) for i, h in enumerate(header) if (m := _YEAR.match(h))}
        if not {"reporter", "partner", "indicator"} <= cols.keys() or not years:
            raise ImportProblem(path, "line 1: expected Reporter Name, Partner Name, Indicator "
                                "and year columns")
        out = Parsed("wits", DatasetInfo(key="", name=""))
        reporters: set[str] = set()
        for row in rows:
            if not any(v.strip() for v in row):
                continue
            indicator = cell(row, cols, "indicator")
            unit = indicator.casefold()
            if "us$" not in unit:
                out.skipped += 1  # shares, counts of products: not flows
                continue
            scale = 1000.0 if "thousand" in unit else (1e6 if "million" in unit else 1.0)
            flow = FLOWS.get(cell(row, cols, "flow").casefold()) or (
                "X" if "export" in unit else "M" if "import" in unit else None)
            if flow is None:
                out.skipped += 1
                continue
            rep_name = cell(row, cols, "reporter")
            rep3 = ctx.lookup.by_name(rep_name)
            if rep3 is None:
                out.unresolved[f"reporter {rep_name}"] += 1
                continue
            par_name = cell(row, cols, "partner")
            par3 = ctx.lookup.by_name(par_name)
            product = cell(row, cols, "product") or "All Products"
            reporters.add(rep3)
            for index, year in years.items():
                value = number(row[index]) if index < len(row) else None
                if value is not None:
                    out.trade.append(Flow(rep3, par3 or par_name, flow, year, value * scale,
                                          product[:20], par3 is None))
        if not out.trade:
            raise ImportProblem(path, "no trade values in US$ found")
        if any(t.partner_is_group for t in out.trade):
            out.warn_once("partners that are not countries (regions, World) are kept by name as "
                          "aggregates, apart from the countries")
        who = "-".join(sorted(reporters)[:3])
        origin = ctx.origin(path)
        out.dataset = DatasetInfo(
            key=f"import-wits-{_slug(who + '-' + origin.stem)}", name=f"WITS export {origin.name}",
            publisher="World Bank (WITS)", citation=f"World Integrated Trade Solution, "
            f"{origin.name}", coverage=f"reporters: {', '.join(sorted(reporters))}")
        return out
