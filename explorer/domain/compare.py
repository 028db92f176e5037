"""Side-by-side comparison: pure transforms of country-year series.

Missing values stay ``None`` through every transform (never 0): a per-capita figure needs
both the value and the population of the same year, an index needs the base year's value.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from explorer.domain.countries import SeriesPoint

MODES = ("value", "per_capita", "index")
POPULATION = "SP.POP.TOTL"

# Units that are already rates or shares: dividing them by population means nothing.
_RATE_MARKERS = ("%", "per ", "=", "index", "years", "births", "kg per", "ton")


def is_rate_unit(unit: str, name: str = "") -> bool:
    """True when the unit (or the indicator name) says the figure is a rate, share or index."""
    text = f"{unit} {name}".casefold()
    return any(marker in text for marker in _RATE_MARKERS)


def year_axis(series: Iterable[Mapping[int, float]]) -> tuple[int, ...]:
    """Every year from the first to the last with a value in any of the series."""
    years = {year for values in series for year in values}
    if not years:
        return ()
    return tuple(range(min(years), max(years) + 1))


def on_axis(values: Mapping[int, float], axis: Iterable[int]) -> tuple[SeriesPoint, ...]:
    """``values`` laid on ``axis``: None for the years it lacks."""
    return tuple(SeriesPoint(year, values.get(year)) for year in axis)


def per_capita(
    points: Iterable[SeriesPoint], population: Mapping[int, float]
) -> tuple[SeriesPoint, ...]:
    """Each value divided by the population of the same year (None if either is missing)."""
    out = []
    for p in points:
        pop = population.get(p.year)
        value = None if p.value is None or not pop else p.value / pop
        out.append(SeriesPoint(p.year, value))
    return tuple(out)


def index_to_base(points: Iterable[SeriesPoint], base_year: int) -> tuple[SeriesPoint, ...]:
    """value / value(base_year) * 100; all None when the base year has no (or a zero) value."""
    pts = tuple(points)
    base = next((p.value for p in pts if p.year == base_year), None)
    if base is None or base == 0:
        return tuple(SeriesPoint(p.year, None) for p in pts)
    return tuple(
        SeriesPoint(p.year, None if p.value is None else p.value / base * 100.0) for p in pts
    )


def log_safe(points: Iterable[SeriesPoint]) -> tuple[SeriesPoint, ...]:
    """The points a log axis can show: zero and negative values become None."""
    return tuple(
        SeriesPoint(p.year, p.value if p.value is not None and p.value > 0 else None)
        for p in points
    )


def can_use_log_axis(points: Iterable[SeriesPoint]) -> bool:
    """True when there is at least one value and none is zero or negative."""
    values = [p.value for p in points if p.value is not None]
    return bool(values) and all(v > 0 for v in values)


def latest_point(points: Iterable[SeriesPoint]) -> SeriesPoint | None:
    """The last point with a value, or None."""
    found = None
    for p in points:
        if p.value is not None:
            found = p
    return found


@dataclass(frozen=True)
class CountrySeries:
    """One country's series of one indicator, on the comparison's year axis."""

    iso3: str
    name: str
    points: tuple[SeriesPoint, ...]


@dataclass(frozen=True)
class ComparedIndicator:
    """One indicator of a comparison: every country on the same year axis.

    ``unit`` describes the transformed values ("index, 2010 = 100", "current US$ per
    person"); ``note`` says why a requested mode was not applied.
    """

    code: str
    name: str
    unit: str
    dataset: str
    mode: str
    base_year: int | None
    years: tuple[int, ...]
    series: tuple[CountrySeries, ...]
    note: str = ""


@dataclass(frozen=True)
class Comparison:
    """The result of ``compare_series``: one block per indicator, in the order asked."""

    iso3s: tuple[str, ...]
    mode: str
    indicators: tuple[ComparedIndicator, ...]


@dataclass(frozen=True)
class ComparisonRow:
    """A row of the export table: one country's latest value of one indicator."""

    iso3: str
    country: str
    code: str
    indicator: str
    unit: str
    dataset: str
    year: int | None
    value: float | None


def transform(
    points: tuple[SeriesPoint, ...],
    mode: str,
    *,
    population: Mapping[int, float] | None = None,
    base_year: int | None = None,
) -> tuple[SeriesPoint, ...]:
    """Apply a comparison ``mode`` to one series."""
    if mode == "value":
        return points
    if mode == "per_capita":
        return per_capita(points, population or {})
    if mode == "index":
        if base_year is None:
            raise ValueError("index mode needs a base year")
        return index_to_base(points, base_year)
    raise ValueError(f"unknown mode {mode!r}; expected one of {', '.join(MODES)}")


def transformed_unit(unit: str, mode: str, base_year: int | None) -> str:
    """The unit of values after ``mode``."""
    if mode == "per_capita":
        return f"{unit or 'units'} per person"
    if mode == "index":
        return f"index, {base_year} = 100"
    return unit
