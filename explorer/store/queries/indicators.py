"""Indicator queries: series, latest values, ranks, profile figures and comparisons.

Observations have no dataset column: an observation cites its indicator's dataset.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TypeVar

from sqlalchemy import Connection, and_, func, select
from sqlalchemy.orm import Session

from explorer.domain.compare import (
    POPULATION,
    ComparedIndicator,
    Comparison,
    ComparisonRow,
    CountrySeries,
    is_rate_unit,
    latest_point,
    on_axis,
    transform,
    transformed_unit,
    year_axis,
)
from explorer.domain.countries import IndicatorValue, KeyIndicator, Rank, Trend
from explorer.store.models import Country, Dataset, Indicator, Observation

Db = Connection | Session
Values = dict[int, float]
K = TypeVar("K")

EXPORTS, IMPORTS = "NE.EXP.GNFS.ZS", "NE.IMP.GNFS.ZS"
TRADE_OPENNESS = f"{EXPORTS}+{IMPORTS}"
KEY_INDICATORS = (
    "NY.GDP.MKTP.CD",
    "NY.GDP.PCAP.CD",
    "NY.GDP.MKTP.KD.ZG",
    "SP.POP.TOTL",
    "SI.POV.DDAY",
    "SP.DYN.LE00.IN",
    "GB.XPD.RSDV.GD.ZS",
    "SE.TER.ENRR",
    TRADE_OPENNESS,
    "DT.ODA.ODAT.CD",
    "BX.KLT.DINV.CD.WD",
    "BX.TRF.PWKR.CD.DT",
    "IT.CEL.SETS.P2",
)
TREND_YEARS = 10


def indicator_meta(db: Db, codes: Iterable[str]) -> dict[str, IndicatorValue]:
    """Name, unit and dataset key of each known code (value and year left None)."""
    codes = list(codes)
    wanted = [c for c in codes if c != TRADE_OPENNESS]
    if TRADE_OPENNESS in codes:
        wanted += [EXPORTS, IMPORTS]
    rows = db.execute(
        select(Indicator.code, Indicator.name, Indicator.unit, Dataset.key)
        .join(Dataset, Dataset.id == Indicator.dataset_id)
        .where(Indicator.code.in_(wanted))
    )
    meta = {
        code: IndicatorValue(code, name, unit or "", ds, None, None)
        for code, name, unit, ds in rows
    }
    if EXPORTS in meta and IMPORTS in meta:
        meta[TRADE_OPENNESS] = IndicatorValue(
            TRADE_OPENNESS,
            "Exports plus imports of goods and services (% of GDP)",
            "% of GDP",
            meta[EXPORTS].dataset,
            None,
            None,
        )
    return meta


def _sum_both(a: Mapping[K, float], b: Mapping[K, float]) -> dict[K, float]:
    return {y: a[y] + b[y] for y in a.keys() & b.keys()}


def series(db: Db, iso3s: Sequence[str], codes: Iterable[str]) -> dict[str, dict[str, Values]]:
    """{code: {iso3: {year: value}}}; the trade-openness code only where both parts exist."""
    codes = list(codes)
    raw = [c for c in codes if c != TRADE_OPENNESS]
    if TRADE_OPENNESS in codes:
        raw += [EXPORTS, IMPORTS]
    out: dict[str, dict[str, Values]] = {c: {i: {} for i in iso3s} for c in raw}
    rows = db.execute(
        select(
            Observation.indicator_code, Observation.iso3, Observation.year, Observation.value
        ).where(Observation.iso3.in_(iso3s), Observation.indicator_code.in_(raw))
    )
    for code, iso3, year, value in rows:
        out[code][iso3][year] = value
    if TRADE_OPENNESS in codes:
        out[TRADE_OPENNESS] = {i: _sum_both(out[EXPORTS][i], out[IMPORTS][i]) for i in iso3s}
    return out


def values_in_year(db: Db, code: str, year: int) -> dict[str, float]:
    """Every country's value of ``code`` in ``year`` (trade openness: both parts present)."""
    if code == TRADE_OPENNESS:
        return _sum_both(values_in_year(db, EXPORTS, year), values_in_year(db, IMPORTS, year))
    rows = db.execute(
        select(Observation.iso3, Observation.value).where(
            Observation.indicator_code == code, Observation.year == year
        )
    )
    return {iso3: value for iso3, value in rows}


def latest_values(
    db: Db, code: str, *, first_year: int | None = None, last_year: int | None = None
) -> dict[str, tuple[int, float]]:
    """Each country's latest (year, value) of a WDI code, optionally within a year window."""
    conds = [Observation.indicator_code == code]
    if first_year is not None:
        conds.append(Observation.year >= first_year)
    if last_year is not None:
        conds.append(Observation.year <= last_year)
    newest = (
        select(Observation.iso3, func.max(Observation.year).label("y"))
        .where(*conds)
        .group_by(Observation.iso3)
        .subquery()
    )
    rows = db.execute(
        select(Observation.iso3, Observation.year, Observation.value)
        .join(newest, and_(newest.c.iso3 == Observation.iso3, newest.c.y == Observation.year))
        .where(Observation.indicator_code == code)
    )
    return {iso3: (year, value) for iso3, year, value in rows}


def _rank(value: float, values: Iterable[float]) -> tuple[int, int]:
    others = list(values)
    return 1 + sum(1 for v in others if v > value), len(others)


def _trend(values: Values, unit: str = "") -> Trend | None:
    if not values:
        return None
    last = max(values)
    window = [y for y in values if y >= last - TREND_YEARS]
    first = min(window)
    if first == last:
        return None
    return Trend(first, values[first], last, values[last], unit)


def key_indicators(
    db: Db, iso3: str, codes: Sequence[str] = KEY_INDICATORS
) -> tuple[KeyIndicator, ...]:
    """The profile figures of one country: latest, series, trend, rank in region and income."""
    meta = indicator_meta(db, codes)
    data = series(db, [iso3], codes)
    me = db.execute(
        select(Country.wb_region, Country.income_group).where(Country.iso3 == iso3)
    ).one_or_none()
    groups = {
        c: (region, income)
        for c, region, income in db.execute(
            select(Country.iso3, Country.wb_region, Country.income_group)
        )
    }
    out = []
    for code in codes:
        if code not in meta:
            continue
        m = meta[code]
        values = data.get(code, {}).get(iso3, {})
        pts = on_axis(values, year_axis([values]))
        last = latest_point(pts)
        region_rank = income_rank = None
        if last is not None and last.value is not None and me is not None:
            everyone = values_in_year(db, code, last.year)
            for scope, idx, group in (("region", 0, me[0]), ("income", 1, me[1])):
                if group is None:
                    continue
                same = [v for c, v in everyone.items() if groups.get(c, (None, None))[idx] == group]
                rank, of = _rank(last.value, same)
                made = Rank(scope, group, last.year, rank, of)
                region_rank, income_rank = (made, income_rank) if idx == 0 else (region_rank, made)
        latest = IndicatorValue(
            code,
            m.name,
            m.unit,
            m.dataset,
            last.year if last else None,
            last.value if last else None,
        )
        out.append(KeyIndicator(latest, pts, _trend(values, m.unit), region_rank, income_rank))
    return tuple(out)


def _names(db: Db, iso3s: Sequence[str]) -> dict[str, str]:
    rows = db.execute(select(Country.iso3, Country.name).where(Country.iso3.in_(iso3s)))
    return {iso3: name for iso3, name in rows}


def compare_series(
    db: Db,
    iso3s: Sequence[str],
    indicator_codes: Sequence[str],
    mode: str = "value",
    base_year: int | None = None,
) -> Comparison:
    """2-8 countries side by side: per indicator, every country on the shared year axis.

    ``per_capita`` divides by SP.POP.TOTL of the same year (rates and shares are left as
    they are, with a note); ``index`` is value / value(base_year) * 100.
    """
    if not 2 <= len(iso3s) <= 8:
        raise ValueError("compare 2 to 8 countries")
    if mode == "index" and base_year is None:
        raise ValueError("index mode needs a base year")
    meta = indicator_meta(db, indicator_codes)
    unknown = [c for c in indicator_codes if c not in meta]
    if unknown:
        raise ValueError(f"unknown indicator {', '.join(unknown)}")
    data = series(db, iso3s, [*indicator_codes, POPULATION])
    names = _names(db, iso3s)
    blocks = []
    for code in indicator_codes:
        m = meta[code]
        applied, note = mode, ""
        if mode == "per_capita" and is_rate_unit(m.unit, m.name):
            applied, note = "value", f"{m.unit or 'rate'}: already relative, shown as is"
        axis = year_axis(data[code].values())
        rows = tuple(
            CountrySeries(
                iso3,
                names.get(iso3, iso3),
                transform(
                    on_axis(data[code][iso3], axis),
                    applied,
                    population=data[POPULATION][iso3],
                    base_year=base_year,
                ),
            )
            for iso3 in iso3s
        )
        unit = transformed_unit(m.unit, applied, base_year)
        blocks.append(
            ComparedIndicator(code, m.name, unit, m.dataset, applied, base_year, axis, rows, note)
        )
    return Comparison(tuple(iso3s), mode, tuple(blocks))


def comparison_table(
    db: Db, iso3s: Sequence[str], indicator_codes: Sequence[str]
) -> tuple[ComparisonRow, ...]:
    """Rows of country x indicator with the latest value and its year (None: no data)."""
    meta = indicator_meta(db, indicator_codes)
    data = series(db, iso3s, [c for c in indicator_codes if c in meta])
    names = _names(db, iso3s)
    rows = []
    for iso3 in iso3s:
        for code in indicator_codes:
            if code not in meta:
                continue
            m = meta[code]
            values = data[code][iso3]
            year = max(values) if values else None
            rows.append(
                ComparisonRow(
                    iso3,
                    names.get(iso3, iso3),
                    code,
                    m.name,
                    m.unit,
                    m.dataset,
                    year,
                    values[year] if year is not None else None,
                )
            )
    return tuple(rows)
