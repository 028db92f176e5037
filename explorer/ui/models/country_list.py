"""The country list: one row per country, a filter on names in every stored language, and
sorting with QCollator (names) or by the chosen indicator's latest value (numbers)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QSortFilterProxyModel, Qt

from explorer.domain.countries import CountryListRow, IndicatorValue, short_key
from explorer.ui.i18n import collator, tr
from explorer.ui.models.country_base import (
    RIGHT,
    AnyIndex,
    IsoRole,
    RowRole,
    RowTableModel,
    SortRole,
)
from explorer.ui.widgets.country_format import figure_text, income_name

NAME, CODE, REGION, INCOME, STATUS, VALUE = range(6)


class CountryListModel(RowTableModel[CountryListRow]):
    """Countries with region, income group, LDC/LLDC/SIDS status and one indicator's value."""

    COLUMNS = (
        str(QT_TRANSLATE_NOOP("CountryListModel", "Country")),
        str(QT_TRANSLATE_NOOP("CountryListModel", "ISO3")),
        str(QT_TRANSLATE_NOOP("CountryListModel", "Region")),
        str(QT_TRANSLATE_NOOP("CountryListModel", "Income group")),
        str(QT_TRANSLATE_NOOP("CountryListModel", "Status")),
        str(QT_TRANSLATE_NOOP("CountryListModel", "Latest value")),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keys: dict[str, str] = {}
        self._indicator: IndicatorValue | None = None

    def set_countries(
        self,
        rows: Sequence[CountryListRow],
        names: Mapping[str, Sequence[str]],
        indicator: IndicatorValue | None = None,
    ) -> None:
        """Show ``rows``; ``names`` (iso3 -> every stored name) feeds the name filter."""
        self._keys = {
            r.country.iso3: "|".join(
                {short_key(n) for n in (r.country.name, *names.get(r.country.iso3, ()))}
            )
            for r in rows
        }
        self._indicator = indicator
        self.set_rows(rows)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, VALUE, VALUE)

    def search_keys(self, iso3: str) -> str:
        """Every name key of a country joined by "|" (what the filter looks in)."""
        return self._keys.get(iso3, "")

    def header_text(self, section: int) -> str:
        if section == VALUE and self._indicator is not None:
            return self._indicator.name
        return super().header_text(section)

    def cell(self, item: CountryListRow, column: int, role: int) -> object:
        c = item.country
        if role == IsoRole:
            return c.iso3
        if role == Qt.ItemDataRole.TextAlignmentRole and column == VALUE:
            return RIGHT
        if role == SortRole:
            if column == VALUE:
                v = item.sort_value
                return v.value if v is not None and v.value is not None else None
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == VALUE and item.sort_value:
            return tr("CountryListModel", "Source: %1").replace("%1", item.sort_value.dataset)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        return None

    @staticmethod
    def _text(item: CountryListRow, column: int) -> str:
        c = item.country
        if column == NAME:
            return c.name
        if column == CODE:
            return c.iso3
        if column == REGION:
            return c.wb_region or tr("CountryListModel", "no region")
        if column == INCOME:
            return income_name(c.income_group)
        if column == STATUS:
            flags = (("LDC", c.is_ldc), ("LLDC", c.is_lldc), ("SIDS", c.is_sids))
            return ", ".join(name for name, on in flags if on)
        return figure_text(item.sort_value) if item.sort_value is not None else ""


class CountryFilterProxy(QSortFilterProxyModel):
    """Filters on any stored name (accents, case and script as stored); sorts names with
    QCollator and values as numbers, countries without a value always last."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._collator = collator()
        self._needle = ""
        self._code = ""
        self.setSortRole(SortRole)

    def set_search(self, text: str) -> None:
        """Show countries with a name (in any language), ISO3 or ISO2 containing ``text``."""
        self.beginFilterChange()
        self._needle = short_key(text) if text.strip() else ""
        self._code = text.strip().upper()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        row = model.data(model.index(source_row, 0, source_parent), RowRole)
        if not isinstance(row, CountryListRow) or not isinstance(model, CountryListModel):
            return False
        if self._code in (row.country.iso3, row.country.iso2 or ""):
            return True
        return self._needle in model.search_keys(row.country.iso3)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a, b = left.data(SortRole), right.data(SortRole)
        if left.column() == VALUE:
            # None sorts after every number in both orders: flip for descending.
            descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
            if a is None or b is None:
                return (a is not None) != descending and (a is None) != (b is None)
            return bool(a < b)
        return self._collator.compare(str(a or ""), str(b or "")) < 0
