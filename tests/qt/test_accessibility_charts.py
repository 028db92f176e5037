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


@pytest.fixture()
def high_contrast_look():
    from PySide6.QtWidgets import QApplication

    from explorer.ui.a11y.appearance import apply_appearance

    font, sheet = QApplication.font(), QApplication.instance().styleSheet()
    yield lambda on: apply_appearance(100, on)
    apply_appearance(100, False)
    QApplication.setFont(font)
    QApplication.instance().setStyleSheet(sheet)


def _lines(chart: LineChart) -> list[tuple[str, object, object]]:
    items = chart.plot.getPlotItem().listDataItems()
    return [(i.opts["pen"].color().name(), i.opts["pen"].style(), i.opts["symbol"])
            for i in items]


def test_high_contrast_redraws_lines_in_its_palette(qtbot, high_contrast_look):
    from PySide6.QtCore import Qt

    from explorer.ui.a11y.colour import contrast_ratio
    from explorer.ui.charts.palettes import HIGH_CONTRAST, OKABE_ITO

    chart = LineChart()
    qtbot.addWidget(chart)
    data = LineChartData("GDP", "US$", "WDI", tuple(
        Series(f"S{i}", ((2000, float(i)), (2001, i + 1.0))) for i in range(5)))
    chart.set_series(data)
    standard = _lines(chart)
    assert [c for c, _, _ in standard] == [c.lower() for c in OKABE_ITO[:5]]
    high_contrast_look(True)  # View > High Contrast: the chart already showing draws again
    strong = _lines(chart)
    assert [c for c, _, _ in strong] == [c.lower() for c in HIGH_CONTRAST[:5]]
    assert all(contrast_ratio(c, "#ffffff") >= 3 for c, _, _ in strong)
    # never colour alone: every series its own marker, and dashes beside solid lines
    assert len({s for _, _, s in strong}) == 5
    assert {Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine} <= {
        p for _, p, _ in strong}
    high_contrast_look(False)
    assert _lines(chart) == standard


def test_high_contrast_restyles_compare_small_multiples(qtbot, high_contrast_look):
    from PySide6.QtCore import Qt

    from explorer.ui.a11y.colour import contrast_ratio
    from explorer.ui.charts.palettes import HIGH_CONTRAST
    from explorer.ui.widgets.country_charts import SmallMultiples

    grid = SmallMultiples()
    qtbot.addWidget(grid)
    grid._resize_pool(1)
    panel = grid._panels[0]
    assert {c.opts["pen"].style() for c in panel.curves} == {Qt.PenStyle.SolidLine}
    high_contrast_look(True)
    after = [c.opts["pen"].color().name() for c in panel.curves]
    assert after == [c.lower() for c in HIGH_CONTRAST]
    assert all(contrast_ratio(c, "#ffffff") >= 3 for c in after)
    assert len({c.opts["pen"].style() for c in panel.curves}) >= 3
    assert len({d.opts["symbol"] for d in panel.dots}) == len(panel.dots)
    assert Qt.PenStyle.DashLine in {c.opts["pen"].style() for c in panel.curves}
