"""Bilateral flows the user imported (UN Comtrade, WITS), for the Trade page's charts.

They live in their own table (``import_trade_flow``, made by the first such import), one
dataset per file, never mixed with the IMF's: each becomes its own series, labelled with the
reporter, the commodity and the dataset it came from. Where the file gives a total
(Comtrade ``TOTAL``, WITS "All Products") only that is shown, else each commodity code as
given (never summed: codes nest). Values are in US$ in the table, US$ millions here.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Connection, inspect, text

from explorer.domain.charts import Series

TABLE = "import_trade_flow"
TOTALS = ("TOTAL", "All Products")
MAX_SERIES = 8

_PAIR = text(
    f"""
    SELECT d.name, t.reporter, t.partner, t.flow, t.commodity, t.year, t.value_usd
    FROM {TABLE} t JOIN dataset d ON d.id = t.dataset_id
    WHERE NOT t.partner_is_group AND ((t.reporter = :a AND t.partner = :b)
                                      OR (t.reporter = :b AND t.partner = :a))
    ORDER BY d.name, t.reporter, t.flow, t.commodity, t.year
    """
)


@dataclass(frozen=True)
class ImportedPair:
    """The imported series of one pair, and the datasets they come from."""

    series: tuple[Series, ...]
    datasets: tuple[str, ...]
    left_out: int = 0  # series not drawn (past MAX_SERIES)


def has_imported_trade(conn: Connection) -> bool:
    return bool(inspect(conn).has_table(TABLE))


def imported_pair(conn: Connection, a: str, b: str, names: dict[str, str]) -> ImportedPair:
    """Flows between countries ``a`` and ``b`` (ISO3) in every imported file, both ways;
    ``names`` maps ISO3 to the names the chart uses."""
    if not has_imported_trade(conn):
        return ImportedPair((), ())
    grouped: dict[tuple[str, str, str, str, str], list[tuple[int, float]]] = defaultdict(list)
    for dataset, reporter, partner, flow, commodity, year, value in conn.execute(
            _PAIR, {"a": a, "b": b}):
        grouped[(str(dataset), str(reporter), str(partner), str(flow), str(commodity))].append(
            (int(year), float(value) / 1e6))
    with_total = {k[:4] for k in grouped if k[4] in TOTALS}
    keys = [k for k in grouped if k[4] in TOTALS or k[:4] not in with_total]
    series = []
    for dataset, reporter, partner, flow, commodity in keys:
        verb = "exports to" if flow == "X" else "imports from"
        what = "" if commodity in TOTALS else f", commodity {commodity}"
        rep, par = names.get(reporter, reporter), names.get(partner, partner)
        series.append(Series(f"{rep} {verb} {par}{what} (reported by {rep}; imported: "
                             f"{dataset})", tuple(sorted(grouped[(dataset, reporter, partner,
                                                                  flow, commodity)])),
                             dashed=flow == "M"))
    datasets = tuple(dict.fromkeys(k[0] for k in keys))
    return ImportedPair(tuple(series[:MAX_SERIES]), datasets, max(len(series) - MAX_SERIES, 0))
