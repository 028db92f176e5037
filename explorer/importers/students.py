"""International student mobility from UNESCO UIS data.

Two datasets: ``uis-360info`` (top-10 partner flows per country, the rest lumped as "Other
countries") and ``uis-totals`` (inbound students and net flow per country). Both name or code
countries the UIS way; only codes in the country table become ISO3 links, so UIS regional
rows never pass for countries.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import text

from explorer.importers.context import BuildContext
from explorer.importers.errors import SourceError
from explorer.importers.readers import iter_csv
from explorer.store.models import StudentFlow, StudentTotal

FLOWS_DIR = "uis-student-flows-360info"
NAMES_FILE = f"{FLOWS_DIR}/country-names.csv"
# (file, perspective, column of the listed country, column of the partner, listed side)
FLOW_FILES = (
    ("popular-destinations-by-origin.csv", "by_origin", "origin_country_name",
     "dest_country_lumped", "origin"),
    ("popular-origins-by-destination.csv", "by_destination", "dest_country_name",
     "origin_country_lumped", "dest"),
)
LUMPED = "Other countries"
TOTALS_FILE = "uis-student-mobility-nemuulen/uis_inbound_and_netflow_raw.csv"
TOTALS_COLUMNS = ("indicatorId", "geoUnit", "year", "value", "qualifier", "magnitude")
MEASURES = {"26637": "inbound", "MENF.5T8": "net_flow"}
# cond_all is "a b c d": each letter present or "-" (see the 360info README).
CONDITIONS = (("a", "INCLUDES"), ("b", "INCLUDED"), ("c", "NAT_EST"), ("d", "UIS_EST"))


def decode_conditions(cond: str) -> str | None:
    """``"a - c -"`` -> ``"INCLUDES NAT_EST"``; ``"- - - -"`` -> ``""``; None if malformed."""
    tokens = cond.split()
    if len(tokens) != len(CONDITIONS):
        return None
    flags = []
    for token, (letter, label) in zip(tokens, CONDITIONS, strict=True):
        if token == letter:
            flags.append(label)
        elif token != "-":
            return None
    return " ".join(flags)


def _number(path: Path, line: int, value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise SourceError(path, f"line {line}: value {value!r} is not a number") from None
    if not math.isfinite(number):
        raise SourceError(path, f"line {line}: value {value!r} is not a finite number")
    return number


def _year(path: Path, line: int, value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise SourceError(path, f"line {line}: year {value!r} is not a year") from None


class _Names:
    """UIS names -> ISO3 through country-names.csv, then the shared resolver."""

    def __init__(self, ctx: BuildContext, countries: set[str]) -> None:
        self._ctx = ctx
        self._countries = countries
        self._uis: dict[str, str] = {}
        for row in iter_csv(ctx.source(NAMES_FILE), ("country_name", "country_code")):
            code = row["country_code"].strip().upper()
            if code in countries:
                self._uis[row["country_name"].strip()] = code
        self.unresolved: set[str] = set()

    def iso3(self, name: str) -> str | None:
        found = self._uis.get(name) or self._ctx.resolver.resolve(name)
        if found is None or found not in self._countries:
            self.unresolved.add(name)
            return None
        return found


def _flow_rows(ctx: BuildContext, names: _Names) -> Iterator[dict[str, Any]]:
    ds = ctx.dataset_id("uis-360info")
    for file_name, perspective, listed_col, partner_col, listed_side in FLOW_FILES:
        path = ctx.source(f"{FLOWS_DIR}/{file_name}")
        required = ("year", listed_col, partner_col, "value_lumped", "cond_all")
        for line, row in enumerate(iter_csv(path, required), start=2):
            listed = row[listed_col].strip()
            partner = row[partner_col].strip()
            lumped = partner == LUMPED
            listed_iso3 = names.iso3(listed)
            partner_iso3 = None if lumped else names.iso3(partner)
            qualifier = decode_conditions(row["cond_all"])
            if qualifier is None:
                raise SourceError(path, f"line {line}: cond_all {row['cond_all']!r} unreadable")
            if listed_side == "origin":
                origin, origin_iso3, dest, dest_iso3 = listed, listed_iso3, partner, partner_iso3
            else:
                origin, origin_iso3, dest, dest_iso3 = partner, partner_iso3, listed, listed_iso3
            yield {
                "perspective": perspective,
                "year": _year(path, line, row["year"].strip()),
                "origin_iso3": origin_iso3,
                "origin_name": origin,
                "dest_iso3": dest_iso3,
                "dest_name": dest,
                "students": _number(path, line, row["value_lumped"].strip()),
                "lumped": lumped,
                "qualifier": qualifier,
                "dataset_id": ds,
            }


def _total_rows(
    ctx: BuildContext, countries: set[str], skipped: dict[str, int]
) -> Iterator[dict[str, Any]]:
    ds = ctx.dataset_id("uis-totals")
    path = ctx.source(TOTALS_FILE)
    for line, row in enumerate(iter_csv(path, TOTALS_COLUMNS), start=2):
        try:
            measure = MEASURES[row["indicatorId"].strip()]
        except KeyError:
            raise SourceError(
                path, f"line {line}: unknown indicatorId {row['indicatorId']!r}"
            ) from None
        if row["geoUnit"].strip() not in countries:
            skipped["regions"] += 1  # UIS, SDG, WB... regional aggregates
            continue
        magnitude = row["magnitude"].strip()
        if magnitude == "NA":
            # UIS "not applicable": the 0 in the value column is not a count of students.
            skipped["not_applicable"] += 1
            continue
        yield {
            "iso3": row["geoUnit"].strip(),
            "measure": measure,
            "year": _year(path, line, row["year"].strip()),
            "value": _number(path, line, row["value"].strip()),
            "qualifier": " ".join(q for q in (row["qualifier"].strip(), magnitude) if q),
            "dataset_id": ds,
        }


def load_students(ctx: BuildContext) -> int:
    """Load student flows (uis-360info) and per-country totals (uis-totals)."""
    countries = {r[0] for r in ctx.conn.execute(text("SELECT iso3 FROM country"))}
    names = _Names(ctx, countries)
    flows = ctx.insert(StudentFlow, _flow_rows(ctx, names))
    skipped = {"regions": 0, "not_applicable": 0}
    totals = ctx.insert(StudentTotal, _total_rows(ctx, countries, skipped))
    ctx.counts["student_flow_unresolved_names"] = len(names.unresolved)
    ctx.counts["student_totals_regions_skipped"] = skipped["regions"]
    ctx.counts["student_totals_not_applicable_skipped"] = skipped["not_applicable"]
    return flows + totals
