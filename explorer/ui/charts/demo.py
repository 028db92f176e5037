"""Runnable chart demos on small invented data: ``python -m explorer.ui.charts.demo``.

Every chart class gets a demo, plus the edge cases a chart must survive: a series with
missing years, an empty state, a long name, Arabic and Chinese labels, a country without a
value on the map, log axes, presentation mode. No database is needed. The countries (codes
from ISO's user-assigned range XAA-XZZ), their outlines and every number are made up, and
each title and source line says so.

Without ``--out`` a window lists the demos to click through (with a year player and the
chart's table); with ``--out DIR`` each demo is rendered offscreen to DIR/<name>.png and .svg.
The strings are developer-only and deliberately not in the translation catalogue.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.charts import (
    Atlas,
    BarData,
    BubbleData,
    LineChartData,
    MapData,
    Matrix,
    NetworkData,
    NetworkEdge,
    NetworkNode,
    Outline,
    Reference,
    Series,
    Stack,
    StackedBarData,
    YearValues,
)
from explorer.domain.geometry import Ring
from explorer.ui.charts.bar_chart import BarChart
from explorer.ui.charts.base import ChartFrame
from explorer.ui.charts.bubble_chart import BubbleChart
from explorer.ui.charts.export import export_chart
from explorer.ui.charts.heatmap import HeatmapChart
from explorer.ui.charts.line_chart import LineChart
from explorer.ui.charts.map_chart import MapChart
from explorer.ui.charts.network_chart import NetworkChart
from explorer.ui.charts.player import YearPlayer
from explorer.ui.charts.stacked_bar_chart import StackedBarChart
from explorer.ui.charts.table_model import ChartTableModel

DEMO_LABEL = "Demo data — not real figures"
SOURCE = f"{DEMO_LABEL} (invented by explorer/ui/charts/demo.py)"
SIZE = (1000, 600)
LONG_NAME = "United Federation of the Long-Named Demonstration Islands and Territories"
ARABIC = "جمهورية المثال"  # "Republic of the Example"
CHINESE = "示例共和国"  # "Example Republic"

# code, name, centre (lon, lat), width, height in degrees; invented blobs, not borders.
PLACES: tuple[tuple[str, str, float, float, float, float], ...] = (
    ("XAN", "Arcadia", -120, 50, 60, 35),
    ("XBO", "Borealia", -60, 60, 45, 25),
    ("XCA", "Caldera", -90, 5, 40, 40),
    ("XDU", "Dunmore", -55, -30, 35, 40),
    ("XES", "Estoria", 0, 50, 40, 30),
    ("XAR", ARABIC, 20, 15, 55, 35),
    ("XHA", "Halcyon (with a lake)", 30, -25, 35, 35),
    ("XND", "Nodatia (no data)", 65, 50, 40, 25),
    ("XZH", CHINESE, 115, 30, 55, 40),
    ("XLO", LONG_NAME, 130, -25, 50, 30),
    ("XFA", "Faraway Isle", -20, -5, 2.5, 2),
)
NAMES = {code: name for code, name, *_ in PLACES} | {"XSM": "Smallhaven"}
CENTRES = {code: (lon, lat) for code, _, lon, lat, *_ in PLACES} | {"XSM": (-25.0, 20.0)}


def _title(topic: str) -> str:
    return f"{DEMO_LABEL}: {topic}"


def _wave(code: str, year: int, base: float, spread: float) -> float:
    """A deterministic, smooth, made-up value per country and year."""
    seed = sum(map(ord, code))
    return round(base + spread * (0.5 + 0.5 * math.sin(seed + 0.35 * (year - 2000))), 2)


# -- line, bar, stacked, heatmap ---------------------------------------------------------
def line_data(*, empty: bool = False) -> LineChartData:
    years = range(2000, 2021)
    gap = {2009, 2010, 2011}  # years the source does not have: drawn as a gap, not a zero
    series = (
        Series("Arcadia", tuple((y, _wave("XAN", y, 20, 15)) for y in years if y not in gap)),
        Series("Arcadia, as reported by partners",
               tuple((y, _wave("XAN", y, 22, 14)) for y in years), dashed=True),
        Series(ARABIC, tuple((y, _wave("XAR", y, 10, 25)) for y in years if y >= 2005)),
    )
    if empty:
        return LineChartData(_title("share of exports to the South"), "%", SOURCE,
                             tuple(Series(s.name, ()) for s in series))
    return LineChartData(
        _title("share of exports to the South"), "%", SOURCE, series,
        references=(Reference("Demo brief: 40%", 2007, 40.0, "a fictional brief"),),
        note="Arcadia has no figures for 2009-2011.")


def bar_data() -> BarData:
    codes = ("XLO", "XZH", "XAR", "XAN", "XES", "XBO", "XDU")
    values = (912.0, 640.5, 388.0, 120.25, 64.0, 9.5, 0.75)
    return BarData(_title("top partners of Caldera"), "million US$", SOURCE,
                   tuple(NAMES[c] for c in codes), values, codes,
                   note="Long, Arabic and Chinese names on the axis.")


def stacked_data() -> StackedBarData:
    years = tuple(range(2010, 2020))
    def layer(name: str, k: int) -> Stack:
        return Stack(name, tuple(0.0 if y == 2014 else float((y * k) % 7 + k) for y in years))
    return StackedBarData(_title("initiatives by modality"), "initiatives", SOURCE, years,
                          (layer("Training", 3), layer("Technical assistance", 2),
                           layer("Finance", 1), layer(f"{CHINESE} / {ARABIC}", 4)),
                          note="No initiatives start in 2014.")


def matrix_data() -> Matrix:
    rows = ("Arcadia", ARABIC, CHINESE, LONG_NAME)
    columns = ("Arcadia", ARABIC, CHINESE, "Middle Demonstration & North Example Region")
    values = tuple(tuple(None if (r, c) == (1, 3) else float(((r + 2) * (c + 3) * 7) % 50 + r)
                         for c in range(len(columns))) for r in range(len(rows)))
    return Matrix(_title("exports between groups"), "% of exports", SOURCE, rows, columns,
                  values, note="One pair has no data.")


# -- network and map ---------------------------------------------------------------------
def network_data(*, empty: bool = False) -> NetworkData:
    flows = {("XZH", "XAR"): 9, ("XZH", "XLO"): 4, ("XAN", "XCA"): 6, ("XAR", "XHA"): 3,
             ("XES", "XAR"): 2, ("XBO", "XDU"): 1, ("XCA", "XDU"): 5, ("XAN", "XSM"): 2,
             ("XLO", "XZH"): 1, ("XES", "XFA"): 1}
    provided = {c: sum(n for (s, _), n in flows.items() if s == c) for c in CENTRES}
    received = {c: sum(n for (_, t), n in flows.items() if t == c) for c in CENTRES}
    nodes = tuple(NetworkNode(c, NAMES[c], *CENTRES[c], provided[c], received[c])
                  for c in sorted(CENTRES) if provided[c] + received[c])
    first = iter(range(100, 1000))
    edges = tuple(NetworkEdge(s, t, tuple(next(first) for _ in range(n)))
                  for (s, t), n in flows.items())
    return NetworkData(_title("who provides to whom"), "initiatives", SOURCE,
                       () if empty else nodes, () if empty else edges)


def _blob(lon: float, lat: float, width: float, height: float, phase: float) -> Ring:
    angles = np.linspace(0.0, 2 * np.pi, 25)
    radius = 1 + 0.1 * np.sin(3 * angles + phase)
    return np.column_stack([lon + width / 2 * radius * np.cos(angles),
                            lat + height / 2 * radius * np.sin(angles)])


def atlas() -> Atlas:
    """Invented outlines: one with a lake, one of two islands, two tiny states."""
    outlines = []
    for i, (code, name, lon, lat, width, height) in enumerate(PLACES):
        rings = [_blob(lon, lat, width, height, i)]
        if code == "XHA":
            rings.append(_blob(lon, lat, width / 3, height / 3, 0))
        if code == "XLO":
            rings.append(_blob(lon + 35, lat - 15, 15, 12, 2))
        outlines.append(Outline(code, code, name, tuple(rings), (lon, lat), width < 5))
    outlines.append(Outline("XSM", "XSM", "Smallhaven", (), CENTRES["XSM"], True))
    return Atlas(tuple(outlines), "Demo outlines — invented shapes, not real borders")


def map_data(*, categorical: bool = False, empty: bool = False) -> MapData:
    years = range(2015, 2021)
    with_data = [c for c in NAMES if c != "XND"]  # Nodatia stays grey: "No data"
    values: YearValues = {y: {c: _wave(c, y, 5, 60) for c in with_data} for y in years}
    categories: tuple[str, ...] = ()
    if categorical:
        categories = ("Group A", "Group B", "المجموعة ج", "丁组")
        values = {y: {c: float((sum(map(ord, c)) + y // 3) % 4) for c in with_data}
                  for y in years}
    topic = "income group" if categorical else "share of exports to the South"
    if empty:
        return MapData(_title(topic), "% of exports", SOURCE, {y: {} for y in years}, NAMES)
    return MapData(_title(topic), "% of exports", SOURCE, values, NAMES, categories,
                   note="Nodatia has no value; Smallhaven and Faraway Isle are markers.")


# -- bubbles -----------------------------------------------------------------------------
def bubble_data() -> BubbleData:
    years = range(2000, 2021, 5)
    codes = [c for c in NAMES if c != "XND"]
    def spread(code: str, k: int) -> float:  # 0..1, fixed per country, all different
        return codes.index(code) * k % len(codes) / (len(codes) - 1)

    x = {y: {c: round(10 ** (2.7 + 2 * spread(c, 1) + 0.015 * (y - 2000)), 1) for c in codes}
         for y in years}
    y_ = {y: {c: round(10 ** (0.5 + 2 * spread(c, 3) + 0.01 * (y - 2000)), 2) for c in codes}
          for y in years}
    size = {y: {c: _wave(c, 2000, 0.5, 900) for c in codes if c != "XFA"} for y in years}
    regions = ("North (demo)", "South (demo)", "الشرق", "西部")
    colour = {c: regions[i % 4] for i, c in enumerate(codes)}
    return BubbleData(_title("income and output, log axes"), SOURCE, "Demo income per person",
                      "Demo output index", "Demo population (Faraway Isle: unknown)",
                      "Demo region", NAMES, x, y_, size, colour, regions)


# -- the catalogue -----------------------------------------------------------------------
@dataclass(frozen=True)
class Demo:
    """A named chart built from invented data; ``presentation`` turns on large fonts."""

    name: str
    about: str
    build: Callable[[], ChartFrame]
    presentation: bool = False


def _line(empty: bool = False) -> ChartFrame:
    chart = LineChart()
    chart.set_series(line_data(empty=empty))
    return chart


def _bar() -> ChartFrame:
    chart = BarChart()
    chart.set_series(bar_data())
    return chart


def _stacked() -> ChartFrame:
    chart = StackedBarChart()
    chart.set_series(stacked_data())
    return chart


def _heatmap() -> ChartFrame:
    chart = HeatmapChart()
    chart.set_series(matrix_data())
    return chart


def _network(empty: bool = False) -> ChartFrame:
    chart = NetworkChart()
    chart.set_series(network_data(empty=empty))
    return chart


def _map(categorical: bool = False, empty: bool = False) -> ChartFrame:
    chart = MapChart()
    chart.set_atlas(atlas())
    chart.set_series(map_data(categorical=categorical, empty=empty))
    return chart


def _bubbles(log: bool = True) -> ChartFrame:
    chart = BubbleChart()
    chart.set_series(bubble_data())
    chart.set_log(log, log)
    chart.selection.set_codes(["XAR", "XZH"])  # labels and trails in Arabic and Chinese
    return chart


DEMOS: tuple[Demo, ...] = (
    Demo("line", "LineChart: missing years, a dashed series, a published figure", _line),
    Demo("line-empty", "LineChart: empty state (no series has a point)",
         lambda: _line(empty=True)),
    Demo("line-presentation", "LineChart in presentation mode (large fonts)", _line,
         presentation=True),
    Demo("bar", "BarChart: long, Arabic and Chinese names", _bar),
    Demo("stacked", "StackedBarChart: four stacks, a year without initiatives", _stacked),
    Demo("heatmap", "HeatmapChart: a no-data cell, long names shortened to initials",
         _heatmap),
    Demo("network", "NetworkChart: providers and recipients on invented centroids", _network),
    Demo("network-empty", "NetworkChart: empty state", lambda: _network(empty=True)),
    Demo("map", "MapChart: invented outlines, a no-data country, tiny states as markers",
         _map),
    Demo("map-categories", "MapChart: categorical values", lambda: _map(categorical=True)),
    Demo("map-empty", "MapChart: empty state", lambda: _map(empty=True)),
    Demo("bubbles", "BubbleChart: log axes, unknown size, selected countries with trails",
         _bubbles),
    Demo("bubbles-presentation", "BubbleChart: linear axes in presentation mode",
         lambda: _bubbles(log=False), presentation=True),
)


def find(name: str) -> Demo:
    """The demo called ``name``; KeyError if there is none."""
    for demo in DEMOS:
        if demo.name == name:
            return demo
    raise KeyError(name)


def render_demo(demo: Demo, out_dir: Path, size: tuple[int, int] = SIZE) -> list[Path]:
    """Build ``demo`` offscreen and write DIR/<name>.png and .svg; returns the paths."""
    chart = demo.build()
    try:
        chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        chart.set_presentation(demo.presentation)
        chart.resize(*size)
        chart.show()
        QApplication.processEvents()
        paths = [out_dir / f"{demo.name}{suffix}" for suffix in (".png", ".svg")]
        for path in paths:
            export_chart(chart, path, minimum=size)  # the demo size exactly
        return paths
    finally:
        chart.close()
        chart.deleteLater()


# -- the window --------------------------------------------------------------------------
class DemoWindow(QWidget):
    """A list of demos; the chosen one is shown with a year player and its table."""

    def __init__(self, demos: Sequence[Demo] = DEMOS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Chart demos — {DEMO_LABEL}")
        self.demos = list(demos)
        self.chart: ChartFrame | None = None
        self.list = QListWidget(self)
        self.list.addItems([d.name for d in self.demos])
        self.about = QLabel(self)
        self.presentation = QCheckBox("Presentation mode", self)
        self.player = YearPlayer(self)
        self.holder = QWidget(self)
        self.holder_layout = QVBoxLayout(self.holder)
        self.holder_layout.setContentsMargins(0, 0, 0, 0)
        self.table_model = ChartTableModel(self)
        self.table_view = QTableView(self)
        self.table_view.setModel(self.table_model)
        right = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(right)
        top_layout = QVBoxLayout(top)
        for widget in (self.about, self.presentation):
            top_layout.addWidget(widget)
        top_layout.addWidget(self.holder, 1)
        top_layout.addWidget(self.player)
        right.addWidget(top)
        right.addWidget(self.table_view)
        right.setSizes([600, 160])
        layout = QHBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(right, 1)
        self.list.setMaximumWidth(200)
        self.list.currentRowChanged.connect(self.show_demo)
        self.presentation.toggled.connect(self._on_presentation)
        self.player.year_changed.connect(self._on_year)
        self.list.setCurrentRow(0)

    def show_demo(self, row: int) -> None:
        """Replace the chart by a freshly built demo ``row``."""
        if self.chart is not None:
            self.player.stop()
            self.holder_layout.removeWidget(self.chart)
            self.chart.hide()  # deleted later, but gone from the layout now
            self.chart.deleteLater()
            self.chart = None
        if not 0 <= row < len(self.demos):
            return
        demo = self.demos[row]
        self.about.setText(demo.about)
        chart = demo.build()
        self.chart = chart
        self.holder_layout.addWidget(chart)
        chart.data_changed.connect(lambda: self.table_model.set_table(chart.table()))
        self.presentation.setChecked(demo.presentation)
        chart.set_presentation(demo.presentation)
        data = getattr(chart, "data", None)
        years: tuple[int, ...] = getattr(data, "years", ())
        self.player.set_years(years, getattr(chart, "year", None))
        self.table_model.set_table(chart.table())

    def _on_presentation(self, on: bool) -> None:
        if self.chart is not None:
            self.chart.set_presentation(on)

    def _on_year(self, year: int) -> None:
        if isinstance(self.chart, MapChart | BubbleChart) and self.chart.year != year:
            self.chart.set_year(year)


# -- command line ------------------------------------------------------------------------
def main(argv: Sequence[str] | None = None) -> int:
    """List, render (``--out``) or browse (a window) the demos."""
    parser = argparse.ArgumentParser(prog="python -m explorer.ui.charts.demo",
                                     description=f"Chart demos on invented data ({DEMO_LABEL}).")
    parser.add_argument("--out", type=Path, help="render offscreen to DIR/<name>.png and .svg")
    parser.add_argument("--only", metavar="NAME", help="just this demo (see --list)")
    parser.add_argument("--list", action="store_true", help="print the demos and exit")
    args = parser.parse_args(argv)
    if args.list:
        width = max(len(d.name) for d in DEMOS)
        for demo in DEMOS:
            print(f"{demo.name:<{width}}  {demo.about}")
        return 0
    try:
        demos = [find(args.only)] if args.only else list(DEMOS)
    except KeyError:
        print(f"error: no demo called {args.only!r}; one of {', '.join(d.name for d in DEMOS)}",
              file=sys.stderr)
        return 2
    if args.out is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if args.out is None:
        window = DemoWindow(demos)
        window.resize(1300, 850)
        window.show()
        return app.exec()
    try:
        args.out.mkdir(parents=True, exist_ok=True)
        for demo in demos:
            for path in render_demo(demo, args.out):
                print(path)
    except OSError as exc:
        print(f"error: cannot write to {args.out}: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
