"""What a chart shows, as a sentence a screen reader can speak, generated from its table.

Numbers and years go through the user's locale (``numbers.format_number``); the words go
through ``QCoreApplication.translate`` so they are translated with the app.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from explorer.domain.charts import Cell, Table
from explorer.ui.charts.numbers import format_number, format_year

_KINDS = {
    "LineChart": "Line chart", "BarChart": "Bar chart", "StackedBarChart": "Stacked bar chart",
    "BubbleChart": "Bubble chart", "Heatmap": "Heat map", "MapChart": "Map",
    "NetworkChart": "Network",
}
MAX_SERIES = 6  # a sentence stays short enough to listen to


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChartSummary", text)


def chart_kind(class_name: str) -> str:
    """'Line chart', 'Map', ... for a chart class (its own words when unknown)."""
    for name, kind in _KINDS.items():
        if class_name.startswith(name) or class_name == name:
            return _tr(kind)
    return _tr("Chart")


def _is_year(value: Cell) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 2999


def _numeric(value: Cell) -> float | None:
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return None
    return float(value)


def summarise(kind: str, title: str, table: Table) -> str:
    """'Line chart: GDP per capita, Brazil, China, 1990–2024. China rises from 318 to …'."""
    head = f"{kind}: {title}" if title else kind
    if not table.rows:
        return head + ". " + _tr("No data shown.")
    if all(_is_year(r[0]) for r in table.rows):
        return _yearly(head, table)
    return _ranked(head, table)


def _yearly(head: str, table: Table) -> str:
    years = [r[0] for r in table.rows if isinstance(r[0], int)]
    names = list(table.headers[1:])
    parts = [f"{head}, {', '.join(names[:MAX_SERIES])}, "
             f"{format_year(min(years))}–{format_year(max(years))}."]
    for col, name in list(enumerate(names, start=1))[:MAX_SERIES]:
        points = [(r[0], v) for r in table.rows if (v := _numeric(r[col])) is not None]
        if not points:
            parts.append(_tr("%1: no data.").replace("%1", name))
            continue
        first, last = points[0][1], points[-1][1]
        if last > first:
            verb = _tr("%1 rises from %2 to %3")
        elif last < first:
            verb = _tr("%1 falls from %2 to %3")
        else:
            verb = _tr("%1 stays at %2")
        parts.append(verb.replace("%1", name).replace("%2", format_number(first))
                     .replace("%3", format_number(last)) + ".")
    if len(names) > MAX_SERIES:
        parts.append(_tr("%1 more series in the table.").replace(
            "%1", format_number(len(names) - MAX_SERIES)))
    return " ".join(parts)


def _ranked(head: str, table: Table) -> str:
    parts = [head + "."]
    # rows are named by their readable name ('label', 'country') when the table has one
    named = [i for i, h in enumerate(table.headers) if h in ("label", "country", "name")]
    key = named[0] if named else 0
    for col, name in list(enumerate(table.headers))[1:MAX_SERIES + 1]:
        values = [(str(r[key]), v) for r in table.rows if (v := _numeric(r[col])) is not None]
        if not values or all(_is_year(r[col]) for r in table.rows):
            continue
        hi = max(values, key=lambda p: p[1])
        lo = min(values, key=lambda p: p[1])
        parts.append(_tr("%1: highest %2 (%3), lowest %4 (%5).").replace("%1", name)
                     .replace("%2", hi[0]).replace("%3", format_number(hi[1]))
                     .replace("%4", lo[0]).replace("%5", format_number(lo[1])))
    parts.append(_tr("%1 rows in the table.").replace("%1", format_number(len(table.rows))))
    return " ".join(parts)
