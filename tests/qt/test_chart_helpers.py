"""Small chart helpers: gaps for missing years, log-axis labels, elided long names."""

from __future__ import annotations

import math

import pytest
from PySide6.QtGui import QFont, QFontMetrics

from explorer.ui.charts.axes import MAX_LABEL_WIDTH, elide, log_tick_label
from explorer.ui.charts.line_chart import with_gaps


def test_missing_years_become_gaps() -> None:
    xs, ys = with_gaps([(2000, 1.0), (2001, 2.0), (2005, 3.0), (2006, 4.0)])
    assert xs == [2000, 2001, 2002, 2005, 2006]
    assert math.isnan(ys[2]) and ys[:2] == [1.0, 2.0] and ys[3:] == [3.0, 4.0]
    assert with_gaps([(2003, 5.0), (2002, 4.0)]) == ([2002, 2003], [4.0, 5.0])


@pytest.mark.parametrize(
    ("exponent", "label"),
    [(0.0, "1"), (math.log10(2), "2"), (math.log10(50), "50"), (3.0, "1,000"),
     (math.log10(3), ""), (math.log10(9), ""), (math.log10(0.5), "0.5")],
)
def test_log_ticks_name_only_1_2_5(qapp: object, exponent: float, label: str) -> None:
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert log_tick_label(exponent) == label


def test_long_names_are_elided(qapp: object) -> None:
    metrics = QFontMetrics(QFont())
    name = "Saint Vincent and the Grenadines and a very long federation of islands"
    short = elide(metrics, name, MAX_LABEL_WIDTH)
    assert short.endswith("…") and metrics.horizontalAdvance(short) <= MAX_LABEL_WIDTH
    assert elide(metrics, "Chile", MAX_LABEL_WIDTH) == "Chile"
