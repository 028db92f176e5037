"""Trade chart queries over IMF DOTS: South-South shares, partners, pairs and group matrices.

Exports are exporter-reported (FOB) unless a name says otherwise. "Developing economies" is
the IMF partner aggregate "Emerging and Developing Economies" (EMDE). Plain portable SQL.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, text

from explorer.domain.charts import BarData, LineChartData, Matrix, Reference, Series
from explorer.domain.trade import shares_by_year
from explorer.store.summary import (
    EMDE,
    SOUTH_SOUTH_EXPORT_SHARE,
    SOUTH_SOUTH_SHARE_WORLD_TRADE,
    SOUTH_SOUTH_TRADE_GROWTH_AVG,
    WORLD,
)

DOTS = "imf-dots"
MUSD = "US$ millions"


class UnknownSubject(LookupError):
    """No country or group has this code."""


@dataclass(frozen=True)
class Subject:
    """A country (one member: itself) or a group of countries."""

    code: str
    name: str
    is_group: bool
    members: tuple[str, ...]


def dataset_line(conn: Connection, key: str) -> str:
    """``Publisher, Name (version)`` of a dataset, for a chart's source line."""
    row = conn.execute(
        text("SELECT publisher, name, version FROM dataset WHERE key = :k"), {"k": key}
    ).first()
    if row is None:
        return key
    return f"{row[0]}, {row[1]} ({row[2]})"


def resolve_subject(conn: Connection, code: str) -> Subject:
    """The country (ISO3) or group (G77, SSF, LMC...) called ``code``; UnknownSubject if none."""
    code = code.strip().upper()
    name = conn.execute(text("SELECT name FROM country WHERE iso3 = :c"), {"c": code}).scalar()
    if name is not None:
        return Subject(code, str(name), False, (code,))
    name = conn.execute(
        text("SELECT name FROM country_group WHERE UPPER(code) = :c"), {"c": code}
    ).scalar()
    if name is None:
        raise UnknownSubject(code)
    members = conn.execute(
        text("SELECT iso3 FROM membership WHERE UPPER(group_code) = :c ORDER BY iso3"), {"c": code}
    ).scalars()
    return Subject(code, str(name), True, tuple(members))


_EXPORTS = text(
    """
    SELECT r.iso3, p.imf_name, f.year, f.value_musd
    FROM trade_flow f
    JOIN trade_entity r ON r.id = f.reporter_id
    JOIN trade_entity p ON p.id = f.partner_id
    WHERE r.kind = 'country' AND f.flow = 'X' AND p.imf_name IN (:emde, :world)
      AND r.iso3 IN :members
    """
).bindparams(bindparam("members", expanding=True))


def south_exports(conn: Connection, subject: Subject) -> tuple[dict[int, float], dict[int, float]]:
    """Exports to EMDE and to World by year, summed over members reporting both that year."""
    rows = conn.execute(_EXPORTS, {"members": list(subject.members), "emde": EMDE, "world": WORLD})
    per: dict[tuple[str, int], dict[str, float]] = defaultdict(dict)
    for iso3, partner, year, value in rows:
        per[(iso3, int(year))][partner] = float(value)
    south: dict[int, float] = defaultdict(float)
    world: dict[int, float] = defaultdict(float)
    for (_, year), values in per.items():
        if EMDE in values and WORLD in values:
            south[year] += values[EMDE]
            world[year] += values[WORLD]
    return dict(south), dict(world)


def trade_share(conn: Connection, code: str | Subject) -> tuple[LineChartData, LineChartData]:
    """The share of a country's (group's) exports going to developing economies, and values.

    The share chart carries the IMF's own EMDE-wide share and the brief's figure as a
    reference, each labelled with its source.
    """
    subject = code if isinstance(code, Subject) else resolve_subject(conn, code)
    south, world = south_exports(conn, subject)
    share = shares_by_year(south, world)
    source = dataset_line(conn, DOTS)
    if subject.is_group:
        note = (
            f"Sum over the {len(subject.members)} current members of {subject.name}: their "
            f"exports to EMDE / their exports to World, exporter-reported; a member counts "
            f"in a year only when it reports both."
        )
    else:
        note = "Exports to EMDE / exports to World, as reported by the exporter (FOB)."
    emde_rows = conn.execute(
        text("SELECT year, value FROM summary_figure WHERE key = :k ORDER BY year"),
        {"k": SOUTH_SOUTH_EXPORT_SHARE},
    )
    emde = Series(
        "All EMDE (IMF aggregate)", tuple((int(y), float(v)) for y, v in emde_rows), dashed=True
    )
    refs = tuple(
        Reference(f"The brief: {v:g}%", int(y), float(v), str(src))
        for v, y, src in conn.execute(
            text(
                "SELECT value, year, cited_source FROM headline WHERE measure = :m "
                "AND value IS NOT NULL AND year IS NOT NULL"
            ),
            {"m": SOUTH_SOUTH_EXPORT_SHARE},
        )
    )
    share_chart = LineChartData(
        f"{subject.name}: share of exports going to developing economies",
        "% of exports",
        source,
        (Series(subject.name, tuple(sorted(share.items()))), emde),
        refs,
        note,
    )
    values_chart = LineChartData(
        f"{subject.name}: exports to developing economies and to the world",
        MUSD,
        source,
        (
            Series("to EMDE", tuple(sorted(south.items()))),
            Series("to World", tuple(sorted(world.items())), dashed=True),
        ),
        (),
        note,
    )
    return share_chart, values_chart


_PARTNERS = text(
    """
    SELECT p.iso3, c.name, f.value_musd
    FROM trade_flow f
    JOIN trade_entity r ON r.id = f.reporter_id
    JOIN trade_entity p ON p.id = f.partner_id
    JOIN country c ON c.iso3 = p.iso3
    WHERE r.kind = 'country' AND r.iso3 = :c AND p.kind = 'country' AND f.flow = :flow
      AND f.year = :y
    ORDER BY f.value_musd DESC
    """
)


def top_partners(
    conn: Connection, iso3: str, year: int | None = None, limit: int = 15, flow: str = "X"
) -> BarData:
    """A country's largest partners in ``year`` (default: its latest year).

    ``flow`` ``X``: exports to; ``M``: imports from.
    """
    subject = resolve_subject(conn, iso3)
    if year is None:
        year = (
            conn.execute(
                text(
                    "SELECT MAX(f.year) FROM trade_flow f "
                    "JOIN trade_entity r ON r.id = f.reporter_id "
                    "WHERE r.kind = 'country' AND r.iso3 = :c AND f.flow = :flow"
                ),
                {"c": subject.code, "flow": flow},
            ).scalar()
            or 0
        )
    rows = conn.execute(_PARTNERS, {"c": subject.code, "y": year, "flow": flow}).all()[:limit]
    what = "exports to" if flow == "X" else "imports from"
    return BarData(
        f"{subject.name}: top partners, {what}, {year}",
        MUSD,
        dataset_line(conn, DOTS),
        tuple(str(r[1]) for r in rows),
        tuple(float(r[2]) for r in rows),
        tuple(str(r[0]) for r in rows),
        f"As reported by {subject.name}.",
    )


_PAIR = text(
    """
    SELECT f.year, f.value_musd
    FROM trade_flow f
    JOIN trade_entity r ON r.id = f.reporter_id
    JOIN trade_entity p ON p.id = f.partner_id
    WHERE r.kind = 'country' AND p.kind = 'country' AND r.iso3 = :r AND p.iso3 = :p
      AND f.flow = :flow
    ORDER BY f.year
    """
)


def _pair(
    conn: Connection, reporter: str, partner: str, flow: str
) -> tuple[tuple[int, float], ...]:
    rows = conn.execute(_PAIR, {"r": reporter, "p": partner, "flow": flow})
    return tuple((int(y), float(v)) for y, v in rows)


def bilateral(conn: Connection, a: str, b: str) -> LineChartData:
    """Trade between A and B, each direction as reported by both sides (mirror flows)."""
    sa, sb = resolve_subject(conn, a), resolve_subject(conn, b)
    series: tuple[Series, ...] = (
        Series(
            f"{sa.name} exports to {sb.name} (reported by {sa.name})",
            _pair(conn, sa.code, sb.code, "X"),
        ),
        Series(
            f"{sb.name} imports from {sa.name} (reported by {sb.name})",
            _pair(conn, sb.code, sa.code, "M"),
            dashed=True,
        ),
        Series(
            f"{sb.name} exports to {sa.name} (reported by {sb.name})",
            _pair(conn, sb.code, sa.code, "X"),
        ),
        Series(
            f"{sa.name} imports from {sb.name} (reported by {sa.name})",
            _pair(conn, sa.code, sb.code, "M"),
            dashed=True,
        ),
    )
    source, note = dataset_line(conn, DOTS), (
        "Exports are valued FOB and imports CIF, so the two sides of one flow differ by "
        "freight, insurance, timing and reporting gaps.")
    from explorer.store.queries.imported_trade import imported_pair

    mine = imported_pair(conn, sa.code, sb.code, {sa.code: sa.name, sb.code: sb.name})
    if mine.series:  # the user's Comtrade/WITS files, each its own series and source
        series += mine.series
        source += "; imported: " + "; ".join(mine.datasets)
        note += " Imported series are the files' own figures, beside the IMF's, not merged."
        if mine.left_out:
            note += f" {mine.left_out} more imported series not drawn."
    return LineChartData(f"Trade between {sa.name} and {sb.name}", MUSD, source, series, (),
                         note)


_MATRIX = text(
    """
    SELECT mr.group_code, mp.group_code, SUM(f.value_musd)
    FROM trade_flow f
    JOIN trade_entity r ON r.id = f.reporter_id
    JOIN trade_entity p ON p.id = f.partner_id
    JOIN membership mr ON mr.iso3 = r.iso3
    JOIN membership mp ON mp.iso3 = p.iso3
    JOIN country_group gr ON gr.code = mr.group_code
    JOIN country_group gp ON gp.code = mp.group_code
    WHERE f.year = :y AND f.flow = 'X' AND r.kind = 'country' AND p.kind = 'country'
      AND gr.kind = :kind AND gp.kind = :kind
    GROUP BY mr.group_code, mp.group_code
    """
)


def group_matrix(conn: Connection, year: int, kind: str = "wb_region") -> Matrix:
    """Exports between the groups of one kind (``wb_region``, ``wb_income``) in ``year``."""
    groups = conn.execute(
        text("SELECT code, name FROM country_group WHERE kind = :k ORDER BY name"), {"k": kind}
    ).all()
    cells = {(r, p): float(v) for r, p, v in conn.execute(_MATRIX, {"y": year, "kind": kind})}
    codes = [str(g[0]) for g in groups]
    values = tuple(tuple(cells.get((r, p)) for p in codes) for r in codes)
    names = tuple(str(g[1]) for g in groups)
    return Matrix(
        f"Exports between groups, {year}",
        MUSD,
        dataset_line(conn, DOTS),
        names,
        names,
        values,
        "Rows export to columns; exporter-reported, summed over current members.",
    )


BRIEF_MEASURES = {
    SOUTH_SOUTH_EXPORT_SHARE: "EMDE exports going to EMDE (% of EMDE exports)",
    SOUTH_SOUTH_SHARE_WORLD_TRADE: "EMDE-to-EMDE exports (% of world exports)",
    SOUTH_SOUTH_TRADE_GROWTH_AVG: "Growth of EMDE-to-EMDE exports (% a year, 5-year average)",
}


def brief_vs_data(conn: Connection) -> LineChartData:
    """The brief's three trade figures (markers) beside the same measures from IMF DOTS."""
    series = []
    for key, label in BRIEF_MEASURES.items():
        rows = conn.execute(
            text("SELECT year, value FROM summary_figure WHERE key = :k ORDER BY year"), {"k": key}
        )
        series.append(Series(label, tuple((int(y), float(v)) for y, v in rows)))
    refs = tuple(
        Reference(f"The brief: {v:g} {u}", int(y), float(v), str(src))
        for v, u, y, src in conn.execute(
            text(
                "SELECT value, unit, year, cited_source FROM headline WHERE measure IN "
                "(:a, :b, :c) AND value IS NOT NULL AND year IS NOT NULL ORDER BY key"
            ),
            dict(zip("abc", BRIEF_MEASURES, strict=True)),
        )
    )
    return LineChartData(
        "South-South trade: the brief's figures and the IMF data",
        "%",
        f"{dataset_line(conn, DOTS)}; markers: the brief (2007), citing UNCTAD",
        tuple(series),
        refs,
        "Lines: computed from IMF DOTS aggregates (exports, exporter-reported).",
    )
