"""What charts show: frozen data with a title, units and a source line, and its table.

Every chart is fed one of these; ``table()`` gives exactly the numbers the chart shows (the
CSV export, the clipboard and the accessible table view all use it). A value that the data
do not have is ``None`` (or an absent key), never zero.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from explorer.domain.geometry import Ring

Cell = str | int | float | None
YearValues = Mapping[int, Mapping[str, float]]  # year -> iso3 -> value


@dataclass(frozen=True)
class Table:
    """Headers and rows of what a chart shows."""

    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


@dataclass(frozen=True)
class Series:
    """A named yearly series; ``dashed`` draws it dashed (e.g. the importer-reported side)."""

    name: str
    points: tuple[tuple[int, float], ...]
    dashed: bool = False


@dataclass(frozen=True)
class Reference:
    """A figure someone else published (the brief), drawn as a marker with its source."""

    label: str
    year: int
    value: float
    source: str


@dataclass(frozen=True)
class LineChartData:
    """Yearly series on one axis; ``note`` says how the numbers were computed."""

    title: str
    units: str
    source: str
    series: tuple[Series, ...]
    references: tuple[Reference, ...] = ()
    note: str = ""

    def table(self) -> Table:
        years = sorted({y for s in self.series for y, _ in s.points})
        by_series = [dict(s.points) for s in self.series]
        rows = tuple((y, *(d.get(y) for d in by_series)) for y in years)
        return Table(("year", *(s.name for s in self.series)), rows)


@dataclass(frozen=True)
class BarData:
    """One bar per label (largest first); ``keys`` identify what each bar is (iso3)."""

    title: str
    units: str
    source: str
    labels: tuple[str, ...]
    values: tuple[float, ...]
    keys: tuple[str, ...] = ()
    note: str = ""

    def table(self) -> Table:
        keys = self.keys or ("",) * len(self.labels)
        rows = tuple(zip(keys, self.labels, self.values, strict=True))
        return Table(("key", "label", self.units), rows)


@dataclass(frozen=True)
class Stack:
    """One layer of a stacked bar chart: a value per category."""

    name: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class StackedBarData:
    """Bars per category (years) split into stacks (modalities, sectors)."""

    title: str
    units: str
    source: str
    categories: tuple[int, ...]
    stacks: tuple[Stack, ...]
    note: str = ""

    def table(self) -> Table:
        rows = tuple(
            (c, *(s.values[i] for s in self.stacks)) for i, c in enumerate(self.categories)
        )
        return Table(("year", *(s.name for s in self.stacks)), rows)


@dataclass(frozen=True)
class Matrix:
    """Values from each row (exporter, provider) to each column (partner, recipient)."""

    title: str
    units: str
    source: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    values: tuple[tuple[float | None, ...], ...]
    note: str = ""

    def table(self) -> Table:
        body = tuple((r, *vals) for r, vals in zip(self.rows, self.values, strict=True))
        return Table(("from \\ to", *self.columns), body)


@dataclass(frozen=True)
class NetworkNode:
    """A country in the cooperation network, placed at its centroid."""

    iso3: str
    name: str
    lon: float
    lat: float
    provided: int
    received: int

    @property
    def total(self) -> int:
        return self.provided + self.received


@dataclass(frozen=True)
class NetworkEdge:
    """Initiatives from ``source`` (provider) to ``target`` (recipient)."""

    source: str
    target: str
    initiative_ids: tuple[int, ...]


@dataclass(frozen=True)
class NetworkData:
    """Providers -> recipients; ``note`` says what was left out (no centroid, self-loops)."""

    title: str
    units: str
    source: str
    nodes: tuple[NetworkNode, ...]
    edges: tuple[NetworkEdge, ...]
    note: str = ""

    def table(self) -> Table:
        rows = tuple(
            (e.source, e.target, len(e.initiative_ids), " ".join(map(str, e.initiative_ids)))
            for e in self.edges
        )
        return Table(("provider", "recipient", "initiatives", "initiative ids"), rows)


@dataclass(frozen=True)
class Outline:
    """A country's outline (polygons of lon/lat rings) and where to put a marker."""

    key: str
    iso3: str | None
    name: str
    rings: tuple[Ring, ...]
    label: tuple[float, float]
    small: bool


@dataclass(frozen=True)
class Atlas:
    """Every outline to draw, plus countries without one (drawn as markers only)."""

    outlines: tuple[Outline, ...]
    source: str


@dataclass(frozen=True)
class MapData:
    """A measure per country and year; categorical when ``categories`` is not empty.

    For categorical data the value is the index into ``categories``. ``vmin``/``vmax`` span
    every year, so the colour scale stays fixed while the year changes.
    """

    title: str
    units: str
    source: str
    values: YearValues
    names: Mapping[str, str]
    categories: tuple[str, ...] = ()
    log_scale: bool = False
    note: str = ""

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(sorted(y for y, v in self.values.items() if v))

    @property
    def value_range(self) -> tuple[float, float] | None:
        vals = [v for per in self.values.values() for v in per.values()]
        if self.log_scale:
            vals = [v for v in vals if v > 0]
        return (min(vals), max(vals)) if vals else None

    def table(self, year: int) -> Table:
        per = self.values.get(year, {})
        rows: list[tuple[Cell, ...]] = []
        for iso3 in sorted(per):
            value: Cell = per[iso3]
            if self.categories:
                value = self.categories[int(per[iso3])]
            rows.append((iso3, self.names.get(iso3, iso3), year, value))
        return Table(("iso3", "country", "year", self.units or self.title), tuple(rows))


@dataclass(frozen=True)
class BubblePoint:
    """One country in one year of the bubble chart; ``size`` None when unknown."""

    iso3: str
    name: str
    x: float
    y: float
    size: float | None
    colour: str


@dataclass(frozen=True)
class BubbleData:
    """Indicators for x, y and size per year, and a colour category per country."""

    title: str
    source: str
    x_label: str
    y_label: str
    size_label: str
    colour_label: str
    names: Mapping[str, str]
    x: YearValues
    y: YearValues
    size: YearValues
    colour: Mapping[str, str]
    categories: tuple[str, ...] = field(default=())

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(sorted(y for y in self.x.keys() & self.y.keys() if self.x[y]))

    def frame(self, year: int) -> tuple[BubblePoint, ...]:
        """Countries with both x and y in ``year``, in a stable order."""
        xs, ys, sizes = self.x.get(year, {}), self.y.get(year, {}), self.size.get(year, {})
        return tuple(
            BubblePoint(c, self.names.get(c, c), xs[c], ys[c], sizes.get(c),
                        self.colour.get(c, ""))
            for c in sorted(xs.keys() & ys.keys())
        )

    def table(self, year: int) -> Table:
        rows = tuple(
            (p.iso3, p.name, year, p.x, p.y, p.size, p.colour) for p in self.frame(year)
        )
        return Table(
            ("iso3", "country", "year", self.x_label, self.y_label, self.size_label,
             self.colour_label),
            rows,
        )
