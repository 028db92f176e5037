"""Figures computed at build time, for Home and the brief's headlines.

Trade figures come from IMF DOTS exports (FOB) reported by the IMF aggregates themselves:
"Emerging and Developing Economies" (EMDE, the IMF WEO grouping, which is not the World
Bank's low- and middle-income group) and "World". Two more measures come from WDI
(``explorer.store.summary_wdi``, run after this by the build's summary step). The SQL is
plain and portable.
"""

from __future__ import annotations

from sqlalchemy import Connection, delete, insert, text

from explorer.domain.trade import compound_growth, shares_by_year, yearly_growth
from explorer.store.models import SummaryFigure

DATASET = "imf-dots"
EMDE = "Emerging and Developing Economies"
WORLD = "World"
PERCENT = "%"

SOUTH_SOUTH_EXPORT_SHARE = "south_south_export_share"
SOUTH_SOUTH_SHARE_WORLD_TRADE = "south_south_share_world_trade"
SOUTH_SOUTH_TRADE_GROWTH = "south_south_trade_growth"
WORLD_TRADE_GROWTH = "world_trade_growth"
# The brief's "about 10 percent a year" is an average rate, so it is compared with the
# compound annual growth over the five years ending each year, not one year's change.
GROWTH_SPAN = 5
SOUTH_SOUTH_TRADE_GROWTH_AVG = "south_south_trade_growth_5y"
WORLD_TRADE_GROWTH_AVG = "world_trade_growth_5y"
KEYS = (
    SOUTH_SOUTH_TRADE_GROWTH_AVG,
    WORLD_TRADE_GROWTH_AVG,
    SOUTH_SOUTH_EXPORT_SHARE,
    SOUTH_SOUTH_SHARE_WORLD_TRADE,
    SOUTH_SOUTH_TRADE_GROWTH,
    WORLD_TRADE_GROWTH,
)

_EXPORTS = text(
    """
    SELECT f.year, f.value_musd
    FROM trade_flow f
    JOIN trade_entity r ON r.id = f.reporter_id
    JOIN trade_entity p ON p.id = f.partner_id
    WHERE r.imf_name = :reporter AND p.imf_name = :partner AND f.flow = 'X'
      AND f.dataset_id = :dataset_id
    """
)


def exports_by_year(
    conn: Connection, dataset_id: int, reporter: str, partner: str
) -> dict[int, float]:
    """Exports (US$ millions) reported by ``reporter`` to ``partner``, by year."""
    rows = conn.execute(
        _EXPORTS, {"reporter": reporter, "partner": partner, "dataset_id": dataset_id}
    )
    return {int(year): float(value) for year, value in rows}


def dataset_id_of(conn: Connection, key: str) -> int | None:
    """The id of the dataset ``key``, or None when it is not loaded."""
    found = conn.execute(text("SELECT id FROM dataset WHERE key = :key"), {"key": key})
    value = found.scalar_one_or_none()
    return None if value is None else int(value)


def build_summary(conn: Connection) -> int:
    """(Re)compute the summary figures; returns the number of rows written.

    Writes nothing (and returns 0) when the trade dataset is not loaded.
    """
    dataset_id = dataset_id_of(conn, DATASET)
    conn.execute(delete(SummaryFigure).where(SummaryFigure.key.in_(KEYS)))
    if dataset_id is None:
        return 0
    south_south = exports_by_year(conn, dataset_id, EMDE, EMDE)
    south_world = exports_by_year(conn, dataset_id, EMDE, WORLD)
    world_world = exports_by_year(conn, dataset_id, WORLD, WORLD)
    figures = {
        SOUTH_SOUTH_EXPORT_SHARE: shares_by_year(south_south, south_world),
        SOUTH_SOUTH_SHARE_WORLD_TRADE: shares_by_year(south_south, world_world),
        SOUTH_SOUTH_TRADE_GROWTH: yearly_growth(south_south),
        WORLD_TRADE_GROWTH: yearly_growth(world_world),
        SOUTH_SOUTH_TRADE_GROWTH_AVG: compound_growth(south_south, GROWTH_SPAN),
        WORLD_TRADE_GROWTH_AVG: compound_growth(world_world, GROWTH_SPAN),
    }
    rows = [
        {"key": key, "year": year, "value": value, "unit": PERCENT, "dataset_id": dataset_id}
        for key, series in figures.items()
        for year, value in sorted(series.items())
    ]
    if rows:
        conn.execute(insert(SummaryFigure), rows)
    return len(rows)
