"""IMF Direction of Trade Statistics, annual 1990-2020 (dataset ``imf-dots``).

``dots_bilateral_1990_2020.csv.gz`` holds one row per reporter, partner, flow and year (US$
millions, ``e`` flag for IMF estimates); ``dots_name_to_iso3.csv`` maps IMF names to ISO3.
Every IMF name becomes a ``TradeEntity`` whose ``kind`` keeps aggregates, unallocated trade
and former states apart from countries, so that no sum over countries double counts.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
import zlib
from collections.abc import Iterator
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import exc, select, text

from explorer.importers.context import BuildContext
from explorer.importers.errors import SourceError
from explorer.importers.names import normalise_name
from explorer.importers.readers import iter_csv, require_file
from explorer.store.models import CountryName, TradeEntity, TradeFlow

DATA_FILE = "imf-dots/dots_bilateral_1990_2020.csv.gz"
CROSSWALK_FILE = "imf-dots/dots_name_to_iso3.csv"
DATA_COLUMNS = ("reporter", "partner", "flow", "year", "value_usd_millions", "flag")
CROSSWALK_COLUMNS = ("imf_dots_name", "iso3")
FLOWS = {"exports_fob": "X", "imports_cif": "M"}
FLAGS = {"": False, "e": True}

# IMF groupings (WEO and regional) that sum countries: never a country.
AGGREGATES = frozenset({
    "World",
    "Advanced Economies",
    "Emerging and Developing Economies",
    "Emerging and Developing Asia",
    "Emerging and Developing Europe",
    "Emerging Market and Developing Economies by Source of Export Earnings: Fuel",
    "Emerging Market and Developing Economies by Source of Export Earnings: Nonfuel",
    "Africa",
    "Sub-Saharan Africa",
    "Middle East",
    "Middle East and Central Asia",
    "Western Hemisphere",
    "European Union",
    "Euro Area",
})
# Trade the IMF could not allocate to a partner ("Africa not specified", "Special
# Categories", "Other Countries not included elsewhere"...).
_UNSPECIFIED = re.compile(
    r"not specified|not included elsewhere|n\.i\.e\.|^special categories$", re.IGNORECASE
)
# Reporting entities that no longer exist. The crosswalk maps SACCA to ZAF, but SACCA is
# the Southern African customs area (South Africa, Botswana, Eswatini, Lesotho, Namibia)
# that reported until 1997, so it must not be counted as South Africa. USSR (SUN) and the
# Netherlands Antilles (ANT) are historical unless the country table knows their code.
HISTORICAL = frozenset({
    "Czechoslovakia",
    "Yugoslavia",
    "Serbia and Montenegro",
    "Belgium-Luxembourg",
    "South African Common Customs Area (SACCA)",
    "USSR",
    "Netherlands Antilles",
})
NOT_COUNTRIES = frozenset({"South African Common Customs Area (SACCA)"})


def classify(name: str, iso3: str, countries: set[str]) -> tuple[str, str | None]:
    """``(kind, iso3)`` of an IMF name given its crosswalk ISO3 ("" when blank).

    Raises ``KeyError`` for a name none of the rules recognise.
    """
    if iso3 and iso3 in countries and name not in NOT_COUNTRIES:
        return "country", iso3
    if _UNSPECIFIED.search(name):
        return "unspecified", None
    if name in AGGREGATES:
        return "aggregate", None
    if name in HISTORICAL:
        return "historical", None
    raise KeyError(name)


def _entities(ctx: BuildContext) -> dict[str, tuple[str, str | None]]:
    path = ctx.source(CROSSWALK_FILE)
    countries = {r[0] for r in ctx.conn.execute(text("SELECT iso3 FROM country"))}
    entities: dict[str, tuple[str, str | None]] = {}
    unknown: list[str] = []
    for row in iter_csv(path, CROSSWALK_COLUMNS):
        name = row["imf_dots_name"].strip()
        try:
            entities[name] = classify(name, row["iso3"].strip().upper(), countries)
        except KeyError:
            unknown.append(f"{name} ({row['iso3'] or 'no ISO3'})")
    if unknown:
        raise SourceError(path, "cannot classify " + "; ".join(unknown[:5]))
    if not entities:
        raise SourceError(path, "lists no names")
    return entities


def _add_aliases(ctx: BuildContext, entities: dict[str, tuple[str, str | None]]) -> int:
    """IMF spellings ("Korea, Rep. of") as English aliases, unless already a name."""
    known: dict[str, set[str]] = {}
    for iso3, name in ctx.conn.execute(
        text("SELECT iso3, name FROM country_name UNION SELECT iso3, name FROM country")
    ):
        known.setdefault(iso3, set()).add(normalise_name(name))
    ds = ctx.dataset_id("imf-dots")
    rows = []
    for name, (kind, iso3) in sorted(entities.items()):
        if kind == "country" and iso3 and normalise_name(name) not in known.get(iso3, set()):
            known.setdefault(iso3, set()).add(normalise_name(name))
            rows.append(
                {"iso3": iso3, "lang": "en", "kind": "alias", "name": name, "dataset_id": ds}
            )
    return ctx.insert(CountryName, rows)


def _flows(
    ctx: BuildContext, path: Path, ids: dict[str, int], skipped: list[int]
) -> Iterator[dict[str, Any]]:
    """Trade flow rows; exact repeats of a row are skipped and counted in ``skipped``."""
    ds = ctx.dataset_id("imf-dots")
    require_file(path)
    line = 1
    try:
        with io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle, strict=True)
            header = next(reader, None)
            if header is None:
                raise SourceError(path, "file is empty (no header row)")
            missing = [c for c in DATA_COLUMNS if c not in header]
            if missing:
                raise SourceError(path, f"missing column(s) {', '.join(missing)}")
            pick = itemgetter(*(header.index(c) for c in DATA_COLUMNS))
            width = len(header)
            # The file is grouped by reporter: repeats are looked for within a reporter's block.
            block: dict[tuple[int, str, int], tuple[float, bool]] = {}
            current = -1
            for row in reader:
                line = reader.line_num
                if len(row) != width:
                    raise SourceError(path, f"line {line}: {len(row)} fields, expected {width}")
                reporter, partner, flow_name, year_text, value_text, flag = pick(row)
                try:
                    rid = ids[reporter]
                    pid = ids[partner]
                    flow = FLOWS[flow_name]
                    estimated = FLAGS[flag]
                except KeyError as err:
                    raise SourceError(path, f"line {line}: unknown value {err}") from None
                try:
                    year = int(year_text)
                    value = float(value_text)
                except ValueError:
                    raise SourceError(
                        path, f"line {line}: year {year_text!r} or value {value_text!r} "
                        "is not a number"
                    ) from None
                if rid != current:
                    block.clear()
                    current = rid
                key = (pid, flow, year)
                previous = block.get(key)
                if previous is not None:
                    if previous != (value, estimated):
                        raise SourceError(path, f"line {line}: conflicting repeat of a row")
                    skipped[0] += 1
                    continue
                block[key] = (value, estimated)
                yield {
                    "reporter_id": rid,
                    "partner_id": pid,
                    "flow": flow,
                    "year": year,
                    "value_musd": value,
                    "estimated": estimated,
                    "dataset_id": ds,
                }
    except UnicodeDecodeError as err:
        raise SourceError(path, f"not valid UTF-8 text (byte {err.start})") from None
    except (EOFError, gzip.BadGzipFile, zlib.error) as err:
        raise SourceError(path, f"truncated or damaged compressed file ({err})") from None
    except csv.Error as err:
        raise SourceError(path, f"line {line}: malformed CSV ({err})") from None


def load_trade(ctx: BuildContext) -> int:
    """Load trade entities, IMF name aliases and bilateral flows; returns rows inserted."""
    ds = ctx.dataset_id("imf-dots")
    entities = _entities(ctx)
    inserted = ctx.insert(
        TradeEntity,
        (
            {"imf_name": name, "iso3": iso3, "kind": kind, "dataset_id": ds}
            for name, (kind, iso3) in sorted(entities.items())
        ),
    )
    pairs = ctx.conn.execute(select(TradeEntity.id, TradeEntity.imf_name))
    ids = {name: eid for eid, name in pairs}
    aliases = _add_aliases(ctx, entities)
    ctx.reset_resolver()
    path = ctx.source(DATA_FILE)
    skipped = [0]
    try:
        flows = ctx.insert(TradeFlow, _flows(ctx, path, ids, skipped))
    except exc.IntegrityError:
        raise SourceError(path, "a reporter/partner/flow/year repeats in separate blocks") from None
    ctx.counts["trade_duplicates_skipped"] = skipped[0]
    ctx.counts["trade_aliases"] = aliases
    return inserted + aliases + flows
