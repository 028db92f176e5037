"""Map and bubble chart queries: outlines, a measure per country and year, indicator triples.

Measures are WDI indicator codes or one of ``DERIVED``. Values the sources do not have are
absent keys, drawn as "no data". Plain portable SQL.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Connection, text

from explorer.domain import geometry
from explorer.domain.charts import Atlas, BubbleData, MapData, Outline
from explorer.domain.trade import shares_by_year
from explorer.domain.vocab import INCOME_GROUPS
from explorer.store.queries.cooperation import CooperationFilter, sources_line
from explorer.store.queries.trade import DOTS, dataset_line
from explorer.store.summary import EMDE, WORLD

SMALL_SQ_DEG = 1.5  # shapes smaller than this also get a marker, so they stay visible
INCOME = "income_group"
RECEIVED, PROVIDED = "initiatives_received", "initiatives_provided"
SS_SHARE = "ss_export_share"
DERIVED = (INCOME, RECEIVED, PROVIDED, SS_SHARE)
Values = dict[int, dict[str, float]]


class UnknownMeasure(LookupError):
    """Neither an indicator code nor a derived measure."""


def atlas(conn: Connection) -> Atlas:
    """Every outline (1:110m, 1:50m where 1:110m has none) and markers for shapeless ones."""
    outlines: list[Outline] = []
    seen: set[str] = set()
    rows = conn.execute(
        text(
            "SELECT adm0_a3, scale, iso3, name, geometry, min_lon, min_lat, max_lon, max_lat, "
            "label_lon, label_lat FROM country_shape ORDER BY adm0_a3, scale"
        )
    )
    for key, scale, iso3, name, blob, x0, y0, x1, y1, lx, ly in rows:
        if key in seen:
            continue  # "110m" sorts before "50m": keep the coarse one
        seen.add(key)
        shape = geometry.decode(blob)
        rings = tuple(ring for polygon in shape for ring in polygon)
        label = (float(lx), float(ly)) if lx is not None else geometry.label_point(shape)
        small = scale != "110m" or (x1 - x0) * (y1 - y0) < SMALL_SQ_DEG
        outlines.append(Outline(str(key), iso3, str(name), rings, label, small))
    have = {o.iso3 for o in outlines}
    for iso3, name, lon, lat in conn.execute(
        text(
            "SELECT iso3, name, centroid_lon, centroid_lat FROM country "
            "WHERE centroid_lon IS NOT NULL ORDER BY iso3"
        )
    ):
        if iso3 not in have:
            outlines.append(Outline(str(iso3), str(iso3), str(name), (), (lon, lat), True))
    return Atlas(tuple(outlines), dataset_line(conn, "natural-earth"))


def country_names(conn: Connection) -> dict[str, str]:
    """ISO3 -> English short name."""
    return {str(k): str(v) for k, v in conn.execute(text("SELECT iso3, name FROM country"))}


def _indicator(conn: Connection, code: str) -> tuple[str, str, str, Values]:
    meta = conn.execute(
        text(
            "SELECT i.name, i.unit, d.key FROM indicator i JOIN dataset d ON d.id = i.dataset_id "
            "WHERE i.code = :c"
        ),
        {"c": code},
    ).first()
    if meta is None:
        raise UnknownMeasure(code)
    values: Values = defaultdict(dict)
    for iso3, year, value in conn.execute(
        text("SELECT iso3, year, value FROM observation WHERE indicator_code = :c"), {"c": code}
    ):
        values[int(year)][str(iso3)] = float(value)
    return str(meta[0]), str(meta[1] or ""), str(meta[2]), dict(values)


def _income(conn: Connection) -> Values:
    order = list(INCOME_GROUPS)
    values: Values = defaultdict(dict)
    for iso3, fy, group in conn.execute(
        text(
            "SELECT iso3, fiscal_year, income_group FROM income_classification "
            "WHERE income_group IS NOT NULL"
        )
    ):
        if group in order:
            values[int(fy)][str(iso3)] = float(order.index(group))
    return dict(values)


def _initiatives(conn: Connection, role: str) -> Values:
    """Initiatives started up to each year (cumulative), by country in ``role``."""
    per_year: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for iso3, year, n in conn.execute(
        text(
            "SELECT p.iso3, i.start_year, COUNT(DISTINCT i.id) FROM initiative i "
            "JOIN initiative_participant p ON p.initiative_id = i.id "
            "WHERE p.role = :r AND p.iso3 IS NOT NULL AND i.start_year IS NOT NULL "
            "GROUP BY p.iso3, i.start_year"
        ),
        {"r": role},
    ):
        per_year[str(iso3)][int(year)] = int(n)
    years = sorted({y for d in per_year.values() for y in d})
    values: Values = defaultdict(dict)
    for iso3, counts in per_year.items():
        total = 0
        for year in years:
            total += counts.get(year, 0)
            if total:
                values[year][iso3] = float(total)
    return dict(values)


def _ss_share(conn: Connection) -> Values:
    south: dict[str, dict[int, float]] = defaultdict(dict)
    world: dict[str, dict[int, float]] = defaultdict(dict)
    for iso3, partner, year, value in conn.execute(
        text(
            "SELECT r.iso3, p.imf_name, f.year, f.value_musd FROM trade_flow f "
            "JOIN trade_entity r ON r.id = f.reporter_id "
            "JOIN trade_entity p ON p.id = f.partner_id "
            "WHERE r.kind = 'country' AND f.flow = 'X' AND p.imf_name IN (:e, :w)"
        ),
        {"e": EMDE, "w": WORLD},
    ):
        (south if partner == EMDE else world)[str(iso3)][int(year)] = float(value)
    values: Values = defaultdict(dict)
    for iso3 in south:
        for year, share in shares_by_year(south[iso3], world.get(iso3, {})).items():
            values[year][iso3] = share
    return dict(values)


def map_data(conn: Connection, measure: str) -> MapData:
    """A measure for every country and year: an indicator code or one of ``DERIVED``."""
    names = country_names(conn)
    if measure == INCOME:
        return MapData(
            "Income group (World Bank, by fiscal year)",
            "income group",
            dataset_line(conn, "wb-class-history"),
            _income(conn),
            names,
            tuple(INCOME_GROUPS.values()),
            note="Year = World Bank fiscal year.",
        )
    if measure in (RECEIVED, PROVIDED):
        role = "recipient" if measure == RECEIVED else "provider"
        verb = "received" if measure == RECEIVED else "provided"
        return MapData(
            f"Cooperation initiatives {verb}, cumulative",
            "initiatives",
            sources_line(conn, CooperationFilter()),
            _initiatives(conn, role),
            names,
            log_scale=True,
            note="Initiatives started up to the year shown; none recorded = no data.",
        )
    if measure == SS_SHARE:
        return MapData(
            "Share of exports going to developing economies",
            "% of exports",
            dataset_line(conn, DOTS),
            _ss_share(conn),
            names,
            note="Exports to EMDE / exports to World, exporter-reported.",
        )
    name, unit, dataset, values = _indicator(conn, measure)
    positives = [v for per in values.values() for v in per.values() if v > 0]
    skewed = (
        bool(positives)
        and len(positives) == sum(len(p) for p in values.values())
        and max(positives) / min(positives) > 1000
    )
    return MapData(name, unit, dataset_line(conn, dataset), values, names, log_scale=skewed)


def indicator_choices(conn: Connection) -> tuple[tuple[str, str, str], ...]:
    """(code, name, unit) of every indicator, by name."""
    rows = conn.execute(text("SELECT code, name, unit FROM indicator ORDER BY name"))
    return tuple((str(c), str(n), str(u or "")) for c, n, u in rows)


def _categories(conn: Connection, colour: str) -> tuple[dict[str, str], tuple[str, ...], str]:
    if colour == "region":
        rows = conn.execute(
            text("SELECT iso3, wb_region FROM country WHERE wb_region IS NOT NULL")
        ).all()
        cats = tuple(sorted({str(r) for _, r in rows}))
        return {str(i): str(r) for i, r in rows}, cats, "World Bank region"
    if colour == "income":
        rows = conn.execute(
            text("SELECT iso3, income_group FROM country WHERE income_group IS NOT NULL")
        ).all()
        cats = tuple(INCOME_GROUPS.values())
        return (
            {str(i): INCOME_GROUPS[str(g)] for i, g in rows if g in INCOME_GROUPS},
            cats,
            "Income group (FY2026)",
        )
    name, _, _, values = _indicator(conn, colour)
    latest: dict[str, float] = {}
    for year in sorted(values):
        latest.update(values[year])
    ranked = sorted(latest, key=latest.__getitem__)
    cats = ("lowest quarter", "second quarter", "third quarter", "highest quarter")
    mapping = {iso3: cats[min(3, 4 * i // max(1, len(ranked)))] for i, iso3 in enumerate(ranked)}
    return mapping, cats, f"{name} (quarter of latest value)"


def bubble_data(conn: Connection, x: str, y: str, size: str, colour: str = "region") -> BubbleData:
    """Three indicators per country and year, and a colour category per country."""
    xn, _, xd, xv = _indicator(conn, x)
    yn, _, yd, yv = _indicator(conn, y)
    sn, _, _, sv = _indicator(conn, size)
    mapping, cats, colour_label = _categories(conn, colour)
    source = (
        dataset_line(conn, xd)
        if xd == yd
        else f"{dataset_line(conn, xd)}; {dataset_line(conn, yd)}"
    )
    return BubbleData(
        f"{yn} against {xn}",
        source,
        f"{xn}",
        f"{yn}",
        f"{sn}",
        colour_label,
        country_names(conn),
        xv,
        yv,
        sv,
        mapping,
        cats,
    )
