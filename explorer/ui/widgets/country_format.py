"""How country figures read: compact locale numbers with units, "no data", sources, groups.

Missing figures always read "no data", never 0.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from explorer.domain.countries import IndicatorValue, Rank, Trend
from explorer.domain.sources import DatasetInfo
from explorer.ui.i18n import format_year, tr

CTX = "CountryFormat"
INCOME_NAMES: dict[str, str] = {
    "L": str(QT_TRANSLATE_NOOP("CountryFormat", "Low income")),
    "LM": str(QT_TRANSLATE_NOOP("CountryFormat", "Lower middle income")),
    "UM": str(QT_TRANSLATE_NOOP("CountryFormat", "Upper middle income")),
    "H": str(QT_TRANSLATE_NOOP("CountryFormat", "High income")),
}
INCOME_COLOURS = {"L": "#b45309", "LM": "#d97706", "UM": "#0f766e", "H": "#1d4ed8"}
_SCALES = (
    (1e12, QT_TRANSLATE_NOOP("CountryFormat", "%1 tn")),
    (1e9, QT_TRANSLATE_NOOP("CountryFormat", "%1 bn")),
    (1e6, QT_TRANSLATE_NOOP("CountryFormat", "%1 m")),
)


def no_data() -> str:
    """The text shown for a missing figure."""
    return tr(CTX, "no data")


def income_name(code: str | None) -> str:
    """ "Upper middle income" for "UM"; "not classified" for None."""
    if code is None:
        return tr(CTX, "not classified")
    return tr(CTX, INCOME_NAMES.get(code, code))


def number_text(value: float) -> str:
    """A compact number in the user's locale: 2.28 tn, 212.8 m, 10,713, 3.0."""
    loc = QLocale()
    value = float(value)  # QLocale.toString(int, "f", n) has no such overload
    for scale, pattern in _SCALES:
        if abs(value) >= scale:
            return tr(CTX, str(pattern)).replace("%1", loc.toString(value / scale, "f", 2))
    if abs(value) >= 1000:
        return loc.toString(value, "f", 0)
    if abs(value) >= 1 or value == 0:
        return loc.toString(value, "f", 1)
    return loc.toString(value, "g", 3)


def value_text(value: float | None, unit: str) -> str:
    """``value`` with its unit ("3.0% of population", "2.28 tn current US$"); "no data"."""
    if value is None:
        return no_data()
    number = number_text(value)
    if unit.startswith("%"):
        return f"{number}{QLocale().percent()}{unit[1:]}".strip()
    return f"{number} {unit}".strip()


def figure_text(figure: IndicatorValue) -> str:
    """Latest value with its year: "2.28 tn current US$ (2025)"; "no data" without one."""
    if figure.value is None or figure.year is None:
        return no_data()
    return (
        tr(CTX, "%1 (%2)")
        .replace("%1", value_text(figure.value, figure.unit))
        .replace("%2", format_year(figure.year))
    )


def rank_text(rank: Rank | None) -> str:
    """ "3 of 42" in the user's digits; "no data" without a rank."""
    if rank is None:
        return no_data()
    loc = QLocale()
    return (
        tr(CTX, "%1 of %2")
        .replace("%1", loc.toString(rank.rank))
        .replace("%2", loc.toString(rank.of))
    )


def trend_arrow(trend: Trend | None) -> str:
    """▲ rising, ▼ falling, ▶ flat (within 1 %, or 0.05 points for a rate or share), or an
    empty string without a trend."""
    if trend is None:
        return ""
    pct = trend.pct_change
    if (pct is not None and abs(pct) < 1.0) or (trend.in_points and abs(trend.change) < 0.05):
        return "▶"
    return "▲" if trend.change > 0 else "▼" if trend.change < 0 else "▶"


def trend_text(trend: Trend | None) -> str:
    """ "▲ +26.5% since 2015"; a rate or share by points ("▼ −1.4 points since 2015"); "no
    data" when there is no earlier value."""
    if trend is None:
        return no_data()
    loc = QLocale()
    if trend.in_points:
        points = round(trend.change, 1)
        number = loc.toString(abs(points), "f", 1)
        sign = "+" if points > 0 else loc.negativeSign() if points < 0 else ""
        change = tr(CTX, "%1 points").replace("%1", sign + number)
    else:
        pct = trend.pct_change
        change = loc.toString(pct, "f", 1) + loc.percent() if pct is not None else ""
        if pct is not None and pct > 0:
            change = "+" + change
    return (
        tr(CTX, "%1 %2 since %3")
        .replace("%1", trend_arrow(trend))
        .replace("%2", change)
        .replace("%3", format_year(trend.from_year))
    )


def source_text(dataset: str, datasets: Mapping[str, DatasetInfo]) -> str:
    """The publisher of a dataset key ("World Bank"), the key itself when unknown."""
    info = datasets.get(dataset)
    return info.publisher if info is not None else dataset
