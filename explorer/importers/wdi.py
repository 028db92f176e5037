"""World Development Indicators: 72 series from ``wdi-datahub/`` (dataset ``wdi``).

Each series is ``<code>.csv`` (Country Name, Country Code, Year, Value; long format, missing
values omitted) with ``<code>.datapackage.json`` (title, readme, keywords); ``_index.csv``
lists them. Values of countries go to ``observation``; values of World Bank aggregates (WLD,
LMY, SSF...) go to ``group_observation`` so that no aggregate is ever counted as a country.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

from sqlalchemy import text

from explorer.importers.context import BuildContext
from explorer.importers.errors import SourceError
from explorer.importers.readers import iter_csv, require_file
from explorer.store.models import CountryGroup, GroupObservation, Indicator, Observation

FOLDER = "wdi-datahub"
INDEX_COLUMNS = ("indicator_code", "title", "file")
DATA_COLUMNS = ("Country Name", "Country Code", "Year", "Value")

_TRAILING_PARENS = re.compile(r"\s*\(([^()]*)\)\s*$")
# Parenthesised words that qualify a series rather than give its unit: "(modeled ILO
# estimate)", and the "BoP" / "DOD" accounting prefixes in "(BoP, current US$)".
_QUALIFIER = re.compile(r"^(modeled( \w+)? estimate|bop|dod)$", re.IGNORECASE)


def parse_unit(title: str) -> str:
    """The unit in a WDI title's trailing parentheses, or "" when there is none.

    "GDP (current US$)" -> "current US$"; "Grants (BoP, current US$)" -> "current US$";
    "Unemployment, total (% of total labor force) (modeled ILO estimate)" -> "% of total
    labor force"; "Gini index" -> "".
    """
    rest = title
    while match := _TRAILING_PARENS.search(rest):
        parts = [p.strip() for p in match.group(1).split(", ")]
        kept = [p for p in parts if p and not _QUALIFIER.match(p)]
        if kept:
            return ", ".join(kept)
        rest = rest[: match.start()]
    return ""


def read_package(path: Path) -> dict[str, Any]:
    """A ``datapackage.json`` as a dict; ``SourceError`` when missing or not a JSON object."""
    require_file(path)
    try:
        with open(path, encoding="utf-8") as handle:
            package = json.load(handle)
    except json.JSONDecodeError as exc:
        raise SourceError(path, f"not valid JSON (line {exc.lineno}: {exc.msg})") from None
    except UnicodeDecodeError as exc:
        raise SourceError(path, f"not valid UTF-8 text ({exc.reason})") from None
    except RecursionError:
        raise SourceError(path, "JSON nested too deeply to be a data package") from None
    if not isinstance(package, dict):
        raise SourceError(path, "not a JSON object")
    return package


def _topic(package: dict[str, Any]) -> str:
    # WDI lists several topics per series in no meaningful order: keep them all.
    keywords = package.get("keywords") or []
    return "; ".join(str(k).strip() for k in keywords if str(k).strip())


def _number(path: Path, line: int, column: str, value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise SourceError(path, f"line {line}: {column} {value!r} is not a number") from None
    if not math.isfinite(number):
        raise SourceError(path, f"line {line}: {column} {value!r} is not a finite number")
    return number


def _year(path: Path, line: int, value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise SourceError(path, f"line {line}: Year {value!r} is not a year") from None


ZERO_MEANS_MISSING = "wdi_zero_means_missing.csv"


def _zero_means_missing(path: Path) -> set[str]:
    """Indicator codes whose 0 values the source uses for years without an estimate
    (``db/curated/wdi_zero_means_missing.csv``, each with its reason)."""
    if not path.is_file():
        return set()
    return {row["indicator_code"].strip().upper()
            for row in iter_csv(path, ("indicator_code", "reason"))}  # fmt: skip


def _span(years: list[int]) -> str:
    years = sorted(years)
    runs: list[str] = []
    start = prev = years[0]
    for year in [*years[1:], None]:
        if year is not None and year == prev + 1:
            prev = year
            continue
        runs.append(str(start) if start == prev else f"{start}-{prev}")
        if year is not None:
            start = prev = year
    return ", ".join(runs)


def _with_gap_note(description: str, gaps: dict[str, list[int]]) -> str:
    """The description, with a note naming the zeros shown as gaps."""
    if not gaps:
        return description
    where = "; ".join(f"{code} {_span(years)}" for code, years in sorted(gaps.items()))
    note = (f"Shown as gaps: the source gives 0 for years without an estimate ({where}); "
            "a national economy cannot have 0 here.")  # fmt: skip
    return f"{description}\n\n{note}" if description else note


def load_wdi(ctx: BuildContext) -> int:
    """Load indicators, country observations and aggregate observations; returns rows."""
    ds = ctx.dataset_id("wdi")
    folder = ctx.source(FOLDER)
    countries = {r[0] for r in ctx.conn.execute(text("SELECT iso3 FROM country"))}
    groups = {r[0] for r in ctx.conn.execute(text("SELECT code FROM country_group"))}
    index = list(iter_csv(folder / "_index.csv", INDEX_COLUMNS))
    if not index:
        raise SourceError(folder / "_index.csv", "lists no indicator files")
    total = 0
    new_groups = 0
    zero_missing = _zero_means_missing(ctx.curated / ZERO_MEANS_MISSING)
    zero_gaps = 0
    for entry in index:
        ctx.check_cancel()
        code = entry["indicator_code"].strip().upper()
        data_path = require_file(folder / entry["file"].strip())
        package = read_package(data_path.with_name(data_path.stem + ".datapackage.json"))
        country_rows: list[dict[str, Any]] = []
        group_rows: list[dict[str, Any]] = []
        added: dict[str, str] = {}
        seen: set[tuple[str, int]] = set()
        gaps: dict[str, list[int]] = {}
        # Line numbers assume no quoted line breaks, true of these files.
        for line, row in enumerate(iter_csv(data_path, DATA_COLUMNS), start=2):
            raw_value = row["Value"].strip()
            if not raw_value:
                continue  # a missing value is an absent row, as WDI itself omits them
            where = row["Country Code"].strip()
            year = _year(data_path, line, row["Year"].strip())
            value = _number(data_path, line, "Value", raw_value)
            if (where, year) in seen:
                raise SourceError(data_path, f"line {line}: repeats {where} {year}")
            seen.add((where, year))
            if value == 0.0 and code in zero_missing:
                gaps.setdefault(where, []).append(year)  # the source's 0 for "no estimate"
                continue
            if where in countries:
                country_rows.append(
                    {"indicator_code": code, "iso3": where, "year": year, "value": value}
                )
                continue
            if where not in groups:
                added[where] = row["Country Name"].strip() or where
                groups.add(where)
            group_rows.append(
                {"indicator_code": code, "group_code": where, "year": year, "value": value}
            )
        years = [y for _, y in seen]
        title = str(package.get("title") or entry["title"]).strip()
        total += ctx.insert(
            Indicator,
            [
                {
                    "code": code,
                    "name": title,
                    "unit": parse_unit(title),
                    "topic": _topic(package),
                    "description": _with_gap_note(
                        str(package.get("readme") or "").strip(), gaps
                    ),
                    "first_year": min(years) if years else None,
                    "last_year": max(years) if years else None,
                    "dataset_id": ds,
                }
            ],
        )
        new_groups += ctx.insert(
            CountryGroup,
            (
                {"code": c, "name": n, "kind": "wb_aggregate", "description": "", "url": "",
                 "dataset_id": ds}
                for c, n in added.items()
            ),
        )
        zero_gaps += sum(len(years) for years in gaps.values())
        total += ctx.insert(Observation, country_rows)
        total += ctx.insert(GroupObservation, group_rows)
    ctx.counts["wdi_new_groups"] = new_groups
    ctx.counts["wdi_zeros_as_gaps"] = zero_gaps
    return total + new_groups
