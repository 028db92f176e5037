"""Summary measures from World Development Indicators, for the brief's other headlines.

- ``rd_spending_chn_jpn``: China's spending on R&D as a percentage of Japan's, both at
  purchasing power parity: GB.XPD.RSDV.GD.ZS (% of GDP) x NY.GDP.PCAP.PP.CD x SP.POP.TOTL.
  Above 100 means China spends more.
- ``africa_growth_above_5``: how many African countries (UN M49 region Africa) had real
  GDP growth (NY.GDP.MKTP.KD.ZG) above 5 percent in the year.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Connection, delete, insert, text

from explorer.store.models import SummaryFigure
from explorer.store.summary import dataset_id_of

DATASET = "wdi"
RD_RATIO = "rd_spending_chn_jpn"
AFRICA_GROWTH = "africa_growth_above_5"
KEYS = (RD_RATIO, AFRICA_GROWTH)

_VALUES = text(
    "SELECT iso3, indicator_code, year, value FROM observation "
    "WHERE iso3 IN ('CHN', 'JPN') AND indicator_code IN "
    "('GB.XPD.RSDV.GD.ZS', 'NY.GDP.PCAP.PP.CD', 'SP.POP.TOTL')"
)

_AFRICA = text(
    "SELECT o.year, count(*) FROM observation o JOIN country c ON c.iso3 = o.iso3 "
    "WHERE o.indicator_code = 'NY.GDP.MKTP.KD.ZG' AND c.un_region = 'Africa' "
    "AND o.value > 5 GROUP BY o.year"
)


def rd_spending_ppp(
    values: dict[tuple[str, str, int], float], iso3: str, year: int
) -> float | None:
    """R&D spending at PPP (current international $) of ``iso3`` in ``year``, if known."""
    try:
        share = values[(iso3, "GB.XPD.RSDV.GD.ZS", year)]
        per_head = values[(iso3, "NY.GDP.PCAP.PP.CD", year)]
        people = values[(iso3, "SP.POP.TOTL", year)]
    except KeyError:
        return None
    return share / 100 * per_head * people


def build_wdi_summary(conn: Connection) -> int:
    """(Re)compute the WDI measures; returns the number of rows written."""
    dataset_id = dataset_id_of(conn, DATASET)
    conn.execute(delete(SummaryFigure).where(SummaryFigure.key.in_(KEYS)))
    if dataset_id is None:
        return 0
    values: dict[tuple[str, str, int], float] = {}
    years: defaultdict[str, set[int]] = defaultdict(set)
    for iso3, code, year, value in conn.execute(_VALUES):
        values[(iso3, code, int(year))] = float(value)
        years[iso3].add(int(year))
    rows = []
    for year in sorted(years["CHN"] & years["JPN"]):
        china, japan = rd_spending_ppp(values, "CHN", year), rd_spending_ppp(values, "JPN", year)
        if china is not None and japan:
            rows.append({"key": RD_RATIO, "year": year, "value": china / japan * 100,
                         "unit": "% of Japan's", "dataset_id": dataset_id})  # fmt: skip
    for year, count in conn.execute(_AFRICA):
        rows.append({"key": AFRICA_GROWTH, "year": int(year), "value": float(count),
                     "unit": "countries", "dataset_id": dataset_id})  # fmt: skip
    if rows:
        conn.execute(insert(SummaryFigure), rows)
    return len(rows)
