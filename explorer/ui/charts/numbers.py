"""Numbers on charts in the user's locale, with as many digits as they deserve."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from explorer.domain.charts import Cell


def format_number(value: float) -> str:
    """``value`` with the locale's separators: 3 significant digits below 100."""
    loc = QLocale()
    magnitude = abs(value)
    if magnitude >= 100 or float(value).is_integer():
        return loc.toString(float(value), "f", 0)
    if magnitude >= 1:
        return loc.toString(float(value), "f", 1)
    return loc.toString(float(value), "g", 3)


def format_year(year: int) -> str:
    """A year without group separators."""
    loc = QLocale()
    loc.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return loc.toString(year)


def format_cell(value: Cell, missing: str) -> str:
    """A table cell as text; ``missing`` for None."""
    if value is None:
        return missing
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int) and 1000 <= value <= 2999:
        return format_year(value)
    if isinstance(value, int | float):
        return format_number(float(value))
    return value
