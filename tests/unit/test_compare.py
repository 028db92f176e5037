"""Pure comparison transforms: per capita, index, log-safety; None never becomes 0."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.domain.compare import (
    can_use_log_axis,
    index_to_base,
    is_rate_unit,
    latest_point,
    log_safe,
    on_axis,
    per_capita,
    transform,
    transformed_unit,
    year_axis,
)
from explorer.domain.countries import SeriesPoint as P


def test_year_axis_spans_every_series_and_fills_gaps_with_none() -> None:
    axis = year_axis([{2001: 1.0, 2003: 3.0}, {2000: 5.0}])
    assert axis == (2000, 2001, 2002, 2003)
    assert on_axis({2001: 1.0}, axis) == (P(2000, None), P(2001, 1.0), P(2002, None), P(2003, None))
    assert year_axis([{}, {}]) == ()


@pytest.mark.parametrize(
    ("value", "pop", "expected"),
    [
        (100.0, 4.0, 25.0),
        (None, 4.0, None),
        (100.0, None, None),
        (100.0, 0.0, None),
        (0.0, 5.0, 0.0),
    ],
)
def test_per_capita(value: float | None, pop: float | None, expected: float | None) -> None:
    population = {} if pop is None else {2000: pop}
    assert per_capita([P(2000, value)], population) == (P(2000, expected),)


def test_index_to_base_year() -> None:
    points = (P(2009, 50.0), P(2010, 200.0), P(2011, None), P(2012, 300.0))
    assert [p.value for p in index_to_base(points, 2010)] == [25.0, 100.0, None, 150.0]
    assert all(p.value is None for p in index_to_base(points, 2011))  # base missing
    assert all(p.value is None for p in index_to_base(points, 1990))  # base outside
    assert all(p.value is None for p in index_to_base((P(1, 0.0), P(2, 3.0)), 1))  # zero base


@given(st.lists(st.one_of(st.none(), st.floats(-1e12, 1e12)), min_size=1, max_size=30))
def test_transforms_never_turn_missing_into_numbers(values: list[float | None]) -> None:
    points = tuple(P(2000 + i, v) for i, v in enumerate(values))
    pop = {2000 + i: 10.0 for i in range(len(values))}
    for out in (per_capita(points, pop), index_to_base(points, 2000), log_safe(points)):
        assert [p.year for p in out] == [p.year for p in points]
        for before, after in zip(points, out, strict=True):
            if before.value is None:
                assert after.value is None


def test_log_safety() -> None:
    points = (P(1, -2.0), P(2, 0.0), P(3, 5.0), P(4, None))
    assert [p.value for p in log_safe(points)] == [None, None, 5.0, None]
    assert not can_use_log_axis(points)
    assert can_use_log_axis((P(1, 1.0), P(2, None)))
    assert not can_use_log_axis((P(1, None),))


def test_transform_modes_and_units() -> None:
    points = (P(2000, 10.0), P(2001, 20.0))
    assert transform(points, "value") == points
    assert [p.value for p in transform(points, "index", base_year=2000)] == [100.0, 200.0]
    with pytest.raises(ValueError):
        transform(points, "index")
    with pytest.raises(ValueError):
        transform(points, "log")
    assert transformed_unit("current US$", "per_capita", None) == "current US$ per person"
    assert transformed_unit("current US$", "index", 2010) == "index, 2010 = 100"
    assert latest_point((P(1, 1.0), P(2, None))) == P(1, 1.0)
    assert latest_point((P(1, None),)) is None


@pytest.mark.parametrize(
    ("unit", "rate"),
    [
        ("% of GDP", True),
        ("per 100 people", True),
        ("years", True),
        ("current US$", False),
        ("", False),
    ],
)
def test_rate_units(unit: str, rate: bool) -> None:
    assert is_rate_unit(unit) is rate
