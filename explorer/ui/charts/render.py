"""Build any chart from the database by kind and options, for the CLI, demos and benchmarks.

``load_chart_data`` is pure data work (run it on a worker thread in the app); ``make_chart``
builds the widget on the GUI thread; ``render_to_file`` does both and writes the file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from explorer.domain.charts import Atlas, BubbleData, MapData
from explorer.ui.charts.base import ChartFrame

if TYPE_CHECKING:
    from sqlalchemy import Connection

KINDS = ("trade-share", "trade-values", "brief", "partners", "bilateral", "matrix", "network",
         "over-time", "region-pairs", "map", "bubbles")


@dataclass(frozen=True)
class ChartRequest:
    """What to draw: a kind and its options (None: the kind's default)."""

    kind: str
    country: str | None = None
    partner: str | None = None
    group_kind: str = "wb_region"
    year: int | None = None
    indicator: str | None = None
    sector: str | None = None
    modality: str | None = None
    source: str | None = None
    first_year: int | None = None
    last_year: int | None = None
    by: str = "modality"
    x: str = "NY.GDP.PCAP.CD"
    y: str = "SP.DYN.LE00.IN"
    size: str = "SP.POP.TOTL"
    colour: str = "region"
    log_x: bool = True
    log_y: bool = False
    selected: tuple[str, ...] = field(default=())


def load_chart_data(conn: Connection, req: ChartRequest) -> Any:
    """The domain data of ``req`` (plus the atlas for maps); raises LookupError if unknown."""
    from explorer.store.queries import cooperation as coop
    from explorer.store.queries import maps, trade

    flt = coop.CooperationFilter(req.sector, req.modality, req.first_year, req.last_year,
                                 req.source)
    loaders: dict[str, Callable[[], Any]] = {
        "trade-share": lambda: trade.trade_share(conn, req.country or "BRA")[0],
        "trade-values": lambda: trade.trade_share(conn, req.country or "BRA")[1],
        "brief": lambda: trade.brief_vs_data(conn),
        "partners": lambda: trade.top_partners(conn, req.country or "IND", req.year),
        "bilateral": lambda: trade.bilateral(conn, req.country or "BRA", req.partner or "CHN"),
        "matrix": lambda: trade.group_matrix(conn, req.year or 2019, req.group_kind),
        "network": lambda: coop.network(conn, flt),
        "over-time": lambda: coop.over_time(conn, req.by, flt),
        "region-pairs": lambda: coop.region_pairs(conn, flt),
        "map": lambda: (maps.atlas(conn), maps.map_data(conn, req.indicator or maps.SS_SHARE)),
        "bubbles": lambda: maps.bubble_data(conn, req.x, req.y, req.size, req.colour),
    }
    if req.kind not in loaders:
        raise ValueError(f"unknown chart {req.kind!r}; one of {', '.join(KINDS)}")
    return loaders[req.kind]()


def make_chart(req: ChartRequest, data: Any) -> ChartFrame:
    """The chart widget for ``req``, fed ``data`` from ``load_chart_data``."""
    from explorer.ui.charts.bar_chart import BarChart
    from explorer.ui.charts.bubble_chart import BubbleChart
    from explorer.ui.charts.heatmap import HeatmapChart
    from explorer.ui.charts.line_chart import LineChart
    from explorer.ui.charts.map_chart import MapChart
    from explorer.ui.charts.network_chart import NetworkChart
    from explorer.ui.charts.stacked_bar_chart import StackedBarChart

    if req.kind == "map":
        atlas, values = data
        assert isinstance(atlas, Atlas) and isinstance(values, MapData)
        chart: ChartFrame = MapChart()
        chart.set_atlas(atlas)  # type: ignore[attr-defined]
        chart.set_series(values, req.year)  # type: ignore[attr-defined]
        return chart
    if req.kind == "bubbles":
        assert isinstance(data, BubbleData)
        bubbles = BubbleChart()
        bubbles.set_series(data, req.year)
        bubbles.set_log(req.log_x, req.log_y)
        bubbles.selection.set_codes(req.selected)
        return bubbles
    classes: dict[str, type[ChartFrame]] = {
        "partners": BarChart, "network": NetworkChart, "over-time": StackedBarChart,
        "matrix": HeatmapChart, "region-pairs": HeatmapChart,
    }
    chart = classes.get(req.kind, LineChart)()
    chart.set_series(data)  # type: ignore[attr-defined]
    return chart


def render_to_file(conn: Connection, req: ChartRequest, out: Path,
                   size: tuple[int, int] = (1600, 900), presentation: bool = False) -> ChartFrame:
    """Load, build, lay out offscreen and export ``req`` to ``out`` (format by extension),
    a PNG at exactly ``size`` pixels."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from explorer.ui.charts.export import FORMATS, ExportError, export_chart

    if out.suffix.lower() not in FORMATS:
        raise ExportError(f"cannot write {out.name}: use one of {', '.join(FORMATS)}")
    chart = make_chart(req, load_chart_data(conn, req))
    chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    chart.set_presentation(presentation)
    chart.resize(*size)
    chart.show()
    QApplication.processEvents()
    export_chart(chart, out, minimum=size)  # the size asked for, not the window's default
    return chart
