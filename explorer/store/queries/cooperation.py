"""Cooperation chart queries: the provider -> recipient network and initiatives over time.

Filters narrow the initiatives first (sector, modality, start years, source dataset); every
chart then counts distinct initiatives. Plain portable SQL.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from explorer.domain.charts import (
    Matrix,
    NetworkData,
    NetworkEdge,
    NetworkNode,
    Stack,
    StackedBarData,
)

INITIATIVES = "initiatives"
TOP_STACKS = 7


@dataclass(frozen=True)
class CooperationFilter:
    """Which initiatives to count; None means no restriction."""

    sector: str | None = None
    modality: str | None = None
    first_year: int | None = None
    last_year: int | None = None
    dataset: str | None = None

    def where(self, conn: Connection | None = None) -> tuple[str, dict[str, Any]]:
        """An SQL condition on initiative ``i`` (with dataset ``d``) and its parameters.

        With ``conn``, the sector is read as search's ``sector:`` reads it (issue 13): the
        stored names it matches and the DAC codes whose names or digits it names, so a chart
        counts the initiatives the same search lists; without, the exact stored name."""
        parts = ["1 = 1"]
        params: dict[str, Any] = {}
        if self.sector and conn is not None:
            parts.append(_sector_condition(conn, self.sector, params))
        elif self.sector:
            parts.append(
                "EXISTS (SELECT 1 FROM initiative_sector s WHERE "
                "s.initiative_id = i.id AND s.name = :sector)"
            )
            params["sector"] = self.sector
        if self.modality:
            parts.append("i.modality = :modality")
            params["modality"] = self.modality
        if self.first_year is not None:
            parts.append("i.start_year >= :y0")
            params["y0"] = self.first_year
        if self.last_year is not None:
            parts.append("i.start_year <= :y1")
            params["y1"] = self.last_year
        if self.dataset:
            parts.append("d.key = :dataset")
            params["dataset"] = self.dataset
        return " AND ".join(parts), params

    def describe(self) -> str:
        """The filter in words, for a chart's note."""
        bits = [
            f"sector {self.sector}" if self.sector else "",
            f"modality {self.modality}" if self.modality else "",
            f"from {self.first_year}" if self.first_year is not None else "",
            f"to {self.last_year}" if self.last_year is not None else "",
            f"source {self.dataset}" if self.dataset else "",
        ]
        return ", ".join(b for b in bits if b) or "all initiatives"


def _sector_condition(conn: Connection, value: str, params: dict[str, Any]) -> str:
    """The initiatives ``sector:<value>`` finds in search: a stored sector name it matches
    (folded, as the index hashes them) or a code under one of its DAC code prefixes."""
    from explorer.domain.query import fold
    from explorer.store.queries.search_filters import _sectors, vocab

    names, prefixes = _sectors(vocab(conn), value, exact=False)
    folded = {fold(n).strip() for n in names}
    stored = [
        str(n)
        for n in conn.execute(text("SELECT DISTINCT name FROM initiative_sector")).scalars()
        if fold(str(n)).strip() in folded
    ]
    ors = []
    if stored:
        keys = [f"sn{k}" for k in range(len(stored))]
        params.update(zip(keys, stored, strict=True))
        ors.append("s.name IN (" + ", ".join(f":{k}" for k in keys) + ")")
    for k, prefix in enumerate(sorted(prefixes)):
        params[f"sp{k}"] = prefix + "%"
        ors.append(f"(s.scheme = 'dac' AND s.code LIKE :sp{k})")
    if not ors:
        return "1 = 0"  # names no sector: no initiative (search ignores it, with a hint)
    return (
        "EXISTS (SELECT 1 FROM initiative_sector s WHERE s.initiative_id = i.id AND ("
        + " OR ".join(ors)
        + "))"
    )


def sources_line(conn: Connection, flt: CooperationFilter) -> str:
    """The datasets the filtered initiatives come from, with their versions."""
    where, params = flt.where(conn)
    rows = conn.execute(
        text(
            f"SELECT DISTINCT d.name, d.version FROM initiative i JOIN dataset d "
            f"ON d.id = i.dataset_id WHERE {where} ORDER BY d.name"
        ),
        params,
    )
    return "; ".join(f"{n} ({v})" for n, v in rows) or "no initiatives match"


def _pairs(conn: Connection, flt: CooperationFilter) -> list[tuple[int, str, str]]:
    where, params = flt.where(conn)
    sql = text(
        f"""
        SELECT DISTINCT i.id, pp.iso3, pr.iso3
        FROM initiative i
        JOIN dataset d ON d.id = i.dataset_id
        JOIN initiative_participant pp ON pp.initiative_id = i.id AND pp.role = 'provider'
        JOIN initiative_participant pr ON pr.initiative_id = i.id AND pr.role = 'recipient'
        WHERE pp.iso3 IS NOT NULL AND pr.iso3 IS NOT NULL AND {where}
        """
    )
    return [(int(i), str(p), str(r)) for i, p, r in conn.execute(sql, params)]


def network(conn: Connection, flt: CooperationFilter | None = None) -> NetworkData:
    """Providers -> recipients, each edge listing the initiatives behind it."""
    flt = flt or CooperationFilter()
    edges: dict[tuple[str, str], list[int]] = defaultdict(list)
    provided: dict[str, set[int]] = defaultdict(set)
    received: dict[str, set[int]] = defaultdict(set)
    self_loops = 0
    for ini, prov, rec in _pairs(conn, flt):
        if prov == rec:
            self_loops += 1
            continue
        edges[(prov, rec)].append(ini)
        provided[prov].add(ini)
        received[rec].add(ini)
    places = {
        str(iso3): (str(name), lon, lat)
        for iso3, name, lon, lat in conn.execute(
            text("SELECT iso3, name, centroid_lon, centroid_lat FROM country")
        )
    }
    nodes = []
    unplaced = []
    for iso3 in sorted(provided.keys() | received.keys()):
        name, lon, lat = places.get(iso3, (iso3, None, None))
        if lon is None or lat is None:
            unplaced.append(iso3)
            continue
        nodes.append(
            NetworkNode(
                iso3, name, float(lon), float(lat), len(provided[iso3]), len(received[iso3])
            )
        )
    placed = {n.iso3 for n in nodes}
    kept = tuple(
        NetworkEdge(p, r, tuple(sorted(ids)))
        for (p, r), ids in sorted(edges.items())
        if p in placed and r in placed
    )
    note = f"Filter: {flt.describe()}. Node size: initiatives provided plus received."
    if unplaced:
        note += f" Not drawn (no map position for): {', '.join(unplaced)}."
    if self_loops:
        note += f" {self_loops} initiatives with the same provider and recipient left out."
    return NetworkData(
        "Who cooperates with whom: providers to recipients",
        INITIATIVES,
        sources_line(conn, flt),
        tuple(nodes),
        kept,
        note,
    )


def _stacked(
    title: str, source: str, note: str, counts: dict[tuple[int, str], int]
) -> StackedBarData:
    totals: Counter[str] = Counter()
    for (_, key), n in counts.items():
        totals[key] += n
    top = [k for k, _ in totals.most_common(TOP_STACKS)]
    other = "other" if len(totals) > len(top) else None
    years = tuple(sorted({y for y, _ in counts}))
    folded: dict[tuple[int, str], int] = Counter()
    for (year, key), n in counts.items():
        folded[(year, key if key in top else str(other))] += n
    names = top + ([other] if other else [])
    stacks = tuple(Stack(k, tuple(float(folded.get((y, k), 0)) for y in years)) for k in names)
    return StackedBarData(title, INITIATIVES, source, years, stacks, note)


def over_time(
    conn: Connection, by: str = "modality", flt: CooperationFilter | None = None
) -> StackedBarData:
    """Initiatives per start year, stacked by ``modality`` or DAC ``sector``."""
    flt = flt or CooperationFilter()
    where, params = flt.where(conn)
    if by == "sector":
        key = (
            "COALESCE((SELECT MIN(s.name) FROM initiative_sector s WHERE "
            "s.initiative_id = i.id AND s.scheme = 'dac'), 'no DAC sector')"
        )
        note = "Initiatives by start year and DAC sector (the first, alphabetically, if several)."
    elif by == "modality":
        key = "i.modality"
        note = "Initiatives by start year and modality."
    else:
        raise ValueError(f"cannot stack by {by!r}")
    sql = text(
        f"SELECT i.start_year, {key}, COUNT(*) FROM initiative i JOIN dataset d "
        f"ON d.id = i.dataset_id WHERE i.start_year IS NOT NULL AND {where} "
        f"GROUP BY i.start_year, {key}"
    )
    counts: dict[tuple[int, str], int] = Counter()
    for year, k, n in conn.execute(sql, params):
        counts[(int(year), str(k).replace("_", " "))] += int(n)
    undated = conn.execute(
        text(
            f"SELECT COUNT(*) FROM initiative i JOIN dataset d ON "
            f"d.id = i.dataset_id WHERE i.start_year IS NULL AND {where}"
        ),
        params,
    ).scalar_one()
    note += f" Filter: {flt.describe()}. Without a start year (not shown): {undated}."
    return _stacked(f"Initiatives over time by {by}", sources_line(conn, flt), note, counts)


def region_pairs(conn: Connection, flt: CooperationFilter | None = None) -> Matrix:
    """Initiatives from each provider region (rows) to each recipient region (columns)."""
    flt = flt or CooperationFilter()
    regions: dict[str, str] = dict(
        conn.execute(text("SELECT iso3, wb_region FROM country WHERE wb_region IS NOT NULL")).all()
    )
    cells: dict[tuple[str, str], set[int]] = defaultdict(set)
    for ini, prov, rec in _pairs(conn, flt):
        if prov in regions and rec in regions:
            cells[(regions[prov], regions[rec])].add(ini)
    names = tuple(sorted(set(regions.values())))
    values = tuple(tuple(float(len(cells.get((r, c), ()))) for c in names) for r in names)
    return Matrix(
        "Initiatives by region of provider and recipient",
        INITIATIVES,
        sources_line(conn, flt),
        names,
        names,
        values,
        f"World Bank regions; filter: {flt.describe()}. Countries without a region left out.",
    )


def filter_choices(conn: Connection) -> dict[str, tuple[str, ...]]:
    """Values the filters offer: sectors (DAC), modalities and source dataset keys."""

    def column(sql: str) -> tuple[str, ...]:
        return tuple(str(v) for v in conn.execute(text(sql)).scalars() if v)

    return {
        "sector": column(
            "SELECT DISTINCT name FROM initiative_sector WHERE scheme = 'dac' ORDER BY name"
        ),
        "modality": column("SELECT DISTINCT modality FROM initiative ORDER BY modality"),
        "dataset": column(
            "SELECT DISTINCT d.key FROM initiative i JOIN dataset d ON "
            "d.id = i.dataset_id ORDER BY d.key"
        ),
    }
