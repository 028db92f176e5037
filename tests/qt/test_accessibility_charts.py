"""Charts that speak: accessible name and a summary generated from the data, kept current."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QAccessible

from explorer.domain.charts import LineChartData, Series
from explorer.ui.charts.demo import DEMOS
from explorer.ui.charts.line_chart import LineChart
from explorer.ui.charts.numbers import format_number


@pytest.fixture(autouse=True)
def _english():
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(old)


def _gdp() -> LineChartData:
    return LineChartData(
        title="GDP per capita", units="current US$", source="World Bank WDI",
        series=(Series("China", ((1990, 318.0), (2000, 959.0), (2024, 13303.0))),
                Series("Brazil", ((1990, 3100.0), (2024, 10300.0))),
                Series("India", ((1990, 370.0), (2024, 2700.0)), dashed=True)))


def test_line_summary_follows_the_data(qtbot):
    chart = LineChart()
    qtbot.addWidget(chart)
    chart.set_series(_gdp())
    assert chart.accessibleName() == "Line chart: GDP per capita (current US$)"
    text = chart.accessibleDescription()
    assert text.startswith("Line chart: GDP per capita (current US$), China, Brazil, India, "
                           "1990–2024.")
    assert "China rises from 318 to 13,303." in text
    assert "Brazil rises from 3,100 to 10,300." in text
    iface = QAccessible.queryAccessibleInterface(chart)
    assert iface is not None
    assert iface.text(QAccessible.Text.Description) == text

    shrunk = LineChartData("GDP per capita", "current US$", "World Bank WDI",
                           (Series("China", ((2000, 959.0), (2010, 500.0))),))
    chart.set_series(shrunk)
    assert "China falls from 959 to 500." in chart.accessibleDescription()
    assert "Brazil" not in chart.accessibleDescription()


def test_summary_numbers_use_the_locale(qtbot):
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    chart = LineChart()
    qtbot.addWidget(chart)
    chart.set_series(_gdp())
    assert "13.303" in chart.accessibleDescription()


@pytest.mark.parametrize("demo", DEMOS, ids=[d.name for d in DEMOS])
def test_every_chart_has_a_name_and_a_summary_from_its_table(qtbot, demo):
    chart = demo.build()
    qtbot.addWidget(chart)
    assert chart.accessibleName().strip()
    text = chart.accessibleDescription()
    assert text.strip()
    table = chart.table()
    if chart.is_empty:
        assert chart.empty_label.text() in text
        return
    numbers = [v for row in table.rows for v in row[1:]
               if isinstance(v, int | float) and not isinstance(v, bool)
               and not (isinstance(v, int) and 1000 <= v <= 2999)]
    if not numbers:  # categorical: the summary still counts what the table holds
        assert f"{len(table.rows)} rows" in text
        return
    # the extremes the summary names are the table's own numbers
    assert format_number(float(max(numbers))) in text or format_number(
        float(min(numbers))) in text or "rises" in text or "falls" in text or "stays" in text
