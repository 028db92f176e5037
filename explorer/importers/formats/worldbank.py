"""World Bank downloads: ``API_<code>_DS2_*.csv`` (one indicator, or every indicator of one
country), its zip with the ``Metadata_Indicator_*``/``Metadata_Country_*`` files, and the
WDI bulk zip (``WDICSV.csv`` with ``WDISeries.csv``).

The header row is found by content (``Country Name, Country Code, Indicator Name, Indicator
Code`` then years), not by position; the preamble's "Last Updated Date" is the version.
Codes of World Bank aggregates go to ``group_observation``; codes we do not know are
reported, never guessed.
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

from explorer.importers.formats.base import (
    DatasetInfo,
    ImportProblem,
    IndicatorRecord,
    ParseContext,
    Parsed,
)
from explorer.importers.formats.csvcols import locate, number
from explorer.importers.formats.textio import CsvReader, head_rows, normalise_header

HEADER = ("country name", "country code", "indicator name", "indicator code")
_YEAR = re.compile(r"^\s*((?:19|20)\d\d)(?:\s*\[YR\d{4}\])?\s*$")
MAX_MEMBER = 2 << 30  # refuse zip members that claim more than 2 GB
META_ALIASES = {
    "code": ("INDICATOR_CODE", "Series Code", "Indicator Code"),
    "name": ("INDICATOR_NAME", "Indicator Name"),
    "note": ("SOURCE_NOTE", "Long definition", "Short definition"),
    "source": ("SOURCE_ORGANIZATION", "Source"),
    "topic": ("Topic",),
    "unit": ("Unit of measure",),
}


def _is_header(row: list[str]) -> bool:
    return tuple(normalise_header(c) for c in row[:4]) == HEADER


class WorldBankFormat:
    name = "worldbank"
    label = "World Bank data download"
    expected = ("a World Bank CSV (\"Data Source\",\"World Development Indicators\" preamble "
                "or a Country Name, Country Code, Indicator Name, Indicator Code header), or "
                "its zip")

    def sniff(self, head: bytes, path: Path) -> int:
        if head.startswith(b"PK\x03\x04"):
            return 10 if _data_member(path) is not None else 0
        rows = head_rows(head)
        if rows and rows[0][:1] and normalise_header(rows[0][0]) == "data source":
            return 10
        return 10 if any(_is_header(r) for r in rows) else 0

    def parse(self, path: Path, ctx: ParseContext) -> Parsed:
        if zipfile.is_zipfile(path):
            return self._parse_zip(path, ctx)
        reader = CsvReader(path)
        out = _new(path)
        _read_table(path, reader.rows(), lambda: reader.line, out, ctx)
        _finish(out, ctx.origin(path))
        return out

    def _parse_zip(self, path: Path, ctx: ParseContext) -> Parsed:
        try:
            archive = zipfile.ZipFile(path)
        except zipfile.BadZipFile as exc:
            raise ImportProblem(path, f"damaged zip ({exc})") from None
        with archive:
            member = _data_member(path, archive)
            if member is None:
                names = ", ".join(archive.namelist()[:6])
                raise ImportProblem(path, f"zip holds no World Bank data file (found {names})")
            for info in archive.infolist():
                if info.file_size > MAX_MEMBER:
                    raise ImportProblem(path, f"zip member {info.filename} is too large")
            out = _new(path)
            meta = {}
            for name in archive.namelist():
                base = name.rsplit("/", 1)[-1]
                if base.startswith("Metadata_Indicator_") or base == "WDISeries.csv":
                    meta = _metadata(path, name, _member_rows(path, archive, name))
            where = f"{path}!{member}"
            rows = _member_rows(path, archive, member)
            line = [0]

            def counted() -> Iterator[list[str]]:
                for row in rows:
                    line[0] += 1
                    yield row

            _read_table(Path(where), counted(), lambda: line[0], out, ctx)
            for ind in out.indicators:
                name, note, source, topic, unit = meta.get(ind.code, ("", "", "", "", ""))
                ind.name = name or ind.name
                ind.description = note + (f" Source: {source}" if source else "")
                ind.topic, ind.unit = topic, unit
            _finish(out, ctx.origin(path), bulk=member.rsplit("/", 1)[-1] == "WDICSV.csv")
            return out


def _new(path: Path) -> Parsed:
    return Parsed("worldbank", DatasetInfo(key="", name=""))


def _data_member(path: Path, archive: zipfile.ZipFile | None = None) -> str | None:
    try:
        names = (archive or zipfile.ZipFile(path)).namelist()
    except (zipfile.BadZipFile, OSError):
        return None
    for name in names:
        base = name.rsplit("/", 1)[-1]
        if base == "WDICSV.csv" or (base.startswith("API_") and base.endswith(".csv")):
            return name
    return None


def _member_rows(path: Path, archive: zipfile.ZipFile, name: str) -> Iterator[list[str]]:
    import csv

    try:
        with archive.open(name) as raw:
            text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
            yield from csv.reader(text, strict=True)
    except UnicodeDecodeError as exc:
        raise ImportProblem(path, f"{name}: not valid UTF-8 text ({exc.reason})") from None
    except (zipfile.BadZipFile, EOFError, csv.Error) as exc:
        raise ImportProblem(path, f"{name}: damaged or truncated ({exc})") from None


def _metadata(path: Path, name: str, rows: Iterator[list[str]]
              ) -> dict[str, tuple[str, str, str, str, str]]:
    header = next(rows, None)
    if header is None:
        return {}
    cols = locate(header, META_ALIASES)
    if "code" not in cols:
        raise ImportProblem(path, f"{name}: no indicator code column")

    def get(row: list[str], key: str) -> str:
        i = cols.get(key)
        return row[i].strip() if i is not None and i < len(row) else ""

    return {get(r, "code"): (get(r, "name"), get(r, "note"), get(r, "source"), get(r, "topic"),
                             get(r, "unit")) for r in rows if r and get(r, "code")}


def _read_table(path: Path, rows: Iterator[list[str]], line: Callable[[], int], out: Parsed,
                ctx: ParseContext) -> None:
    header: list[str] | None = None
    codes: set[str] = set()
    years: dict[int, int] = {}
    for row in rows:
        if header is None:
            if row and normalise_header(row[0]) in ("data source", "last updated date"):
                key = normalise_header(row[0])
                value = row[1].strip() if len(row) > 1 else ""
                if key == "data source":
                    out.dataset.publisher = value
                else:
                    out.dataset.version = value
                continue
            if row and _is_header(row):
                header = row
                years = {i: int(m.group(1)) for i, h in enumerate(row)
                         if (m := _YEAR.match(h))}
                if not years:
                    raise ImportProblem(path, "the header has no year columns")
                continue
            if any(c.strip() for c in row):
                raise ImportProblem(path, f"line {line()}: expected the header Country Name, "
                                    "Country Code, Indicator Name, Indicator Code, years")
            continue
        if not any(c.strip() for c in row):
            continue
        if len(row) < 4:
            raise ImportProblem(path, f"line {line()}: {len(row)} fields, expected at least 4 "
                                "(the file looks truncated)")
        name, code, ind_name, ind_code = (c.strip() for c in row[:4])
        ind_code = sys.intern(ind_code)  # one string per series, not per row (memory)
        if not ind_code:
            raise ImportProblem(path, f"line {line()}: no indicator code")
        if ind_code not in codes:
            out.indicators.append(IndicatorRecord(ind_code, ind_name or ind_code))
            codes.add(ind_code)
        iso3 = ctx.lookup.iso3(code) if len(code) == 3 else None
        group = iso3 is None and ctx.lookup.is_group(code)
        if iso3 is None and not group:
            out.unresolved[f"country code {code or name}"] += 1
            continue
        width = len(row)
        for index, year in years.items():
            if index < width and row[index]:  # most cells of a bulk file are empty
                amount = number(row[index])
                if amount is not None:
                    if group:
                        out.group_observations.append((ind_code, code.upper(), year, amount))
                    else:
                        out.observations.append((ind_code, iso3 or "", year, amount))
        if len(out.observations) % 50_000 == 0:
            ctx.check_cancel()
    if header is None:
        raise ImportProblem(path, "no World Bank header row (Country Name, Country Code, "
                            "Indicator Name, Indicator Code) found")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:40] or "file"


def _finish(out: Parsed, path: Path, bulk: bool = False) -> None:
    if not out.observations and not out.group_observations:
        raise ImportProblem(path, "no values found (every year is empty)")
    codes = sorted({i.code for i in out.indicators})
    countries = sorted({o[1] for o in out.observations})
    if bulk:
        key, name = "wdi-bulk", "World Development Indicators (bulk download)"
    elif len(codes) == 1:
        key, name = codes[0], f"World Bank: {out.indicators[0].name}"
    elif len(countries) == 1:
        key, name = f"country-{countries[0]}", f"World Bank indicators of {countries[0]}"
    else:
        key, name = path.stem, f"World Bank download {path.name}"
    publisher = out.dataset.publisher or "World Bank"
    out.dataset = DatasetInfo(
        key=f"import-wb-{_slug(key)}", name=name,
        publisher=f"World Bank ({publisher})" if publisher != "World Bank" else publisher,
        version=out.dataset.version and f"Last Updated Date {out.dataset.version}",
        citation=f"World Bank, {publisher}, {path.name}",
    )
