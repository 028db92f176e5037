"""Pure arithmetic on annual trade series: shares and year-on-year growth.

A series is a mapping ``year -> value`` (US$ millions in practice). Functions never invent
a value: a year missing from either input, or a zero denominator, yields no entry.
"""

from __future__ import annotations

from collections.abc import Mapping


def share_percent(part: float, whole: float) -> float | None:
    """``part`` as a percentage of ``whole``; None when ``whole`` is zero."""
    if whole == 0:
        return None
    return 100.0 * part / whole


def growth_percent(previous: float, current: float) -> float | None:
    """Growth from ``previous`` to ``current`` in percent; None when ``previous`` is zero."""
    if previous == 0:
        return None
    return 100.0 * (current - previous) / previous


def shares_by_year(part: Mapping[int, float], whole: Mapping[int, float]) -> dict[int, float]:
    """Per-year share of ``part`` in ``whole`` (percent), for the years both series have."""
    shares: dict[int, float] = {}
    for year in sorted(part.keys() & whole.keys()):
        share = share_percent(part[year], whole[year])
        if share is not None:
            shares[year] = share
    return shares


def yearly_growth(series: Mapping[int, float]) -> dict[int, float]:
    """Year-on-year growth in percent, keyed by the later year.

    Only consecutive years are compared: a gap in the series leaves the year after the gap
    without a growth figure rather than spreading growth over several years.
    """
    growth: dict[int, float] = {}
    for year in sorted(series):
        if year - 1 in series:
            value = growth_percent(series[year - 1], series[year])
            if value is not None:
                growth[year] = value
    return growth


def compound_growth(series: Mapping[int, float], span: int) -> dict[int, float]:
    """Average annual (compound) growth in percent over the ``span`` years ending each year.

    A year gets a figure only when both ends of its window are in the series and positive.
    """
    growth: dict[int, float] = {}
    for year, value in series.items():
        start = series.get(year - span)
        if start is not None and start > 0 and value > 0:
            growth[year] = ((value / start) ** (1 / span) - 1) * 100
    return dict(sorted(growth.items()))
