"""Compare table: one row per indicator, one column per country with its latest value in
the chosen mode (value, per capita, index); missing values read "no data", never 0."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QObject, Qt

from explorer.domain.compare import ComparedIndicator, Comparison, latest_point
from explorer.domain.sources import DatasetInfo
from explorer.ui.i18n import format_year, tr
from explorer.ui.models.country_base import RIGHT, AnyIndex, IsoRole, RowTableModel, SortRole
from explorer.ui.widgets.country_format import no_data, number_text, source_text

NAME, UNIT = 0, 1
MissingRole = Qt.ItemDataRole.UserRole + 11  # True for a "no data" cell


class ComparisonModel(RowTableModel[ComparedIndicator]):
    """Indicators down, countries across, and a source column last."""

    COLUMNS = (
        str(QT_TRANSLATE_NOOP("ComparisonModel", "Indicator")),
        str(QT_TRANSLATE_NOOP("ComparisonModel", "Unit")),
        str(QT_TRANSLATE_NOOP("ComparisonModel", "Source")),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._countries: tuple[tuple[str, str], ...] = ()
        self._datasets: dict[str, DatasetInfo] = {}

    def set_comparison(self, comparison: Comparison, datasets: Mapping[str, DatasetInfo]) -> None:
        """Show ``comparison``; ``datasets`` names the sources."""
        self.beginResetModel()
        first = comparison.indicators[0].series if comparison.indicators else ()
        names = {s.iso3: s.name for s in first}
        self._countries = tuple((c, names.get(c, c)) for c in comparison.iso3s)
        self._datasets = dict(datasets)
        self._rows = list(comparison.indicators)
        self.endResetModel()

    @property
    def countries(self) -> tuple[tuple[str, str], ...]:
        """(iso3, name) of each country column, in order."""
        return self._countries

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3 + len(self._countries)

    def header_text(self, section: int) -> str:
        if 2 <= section < 2 + len(self._countries):
            iso3, name = self._countries[section - 2]
            return f"{name} ({iso3})"
        return super().header_text(min(section, 2))

    def source_column(self) -> int:
        """The index of the source column (the last one)."""
        return 2 + len(self._countries)

    def cell(self, item: ComparedIndicator, column: int, role: int) -> object:
        n = len(self._countries)
        if 2 <= column < 2 + n:
            return self._value_cell(item, column - 2, role)
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            if column == NAME:
                return item.name
            if column == UNIT:
                return item.unit
            return source_text(item.dataset, self._datasets)
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return f"{item.code}\n{item.note}" if item.note else item.code
        return None

    def _value_cell(self, item: ComparedIndicator, i: int, role: int) -> object:
        series = item.series[i] if i < len(item.series) else None
        point = latest_point(series.points) if series is not None else None
        if role == IsoRole:
            return self._countries[i][0]
        if role == MissingRole:
            return point is None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        if role == SortRole:
            return point.value if point is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and point is None:
            return Qt.GlobalColor.darkGray
        if role == Qt.ItemDataRole.DisplayRole:
            if point is None or point.value is None:
                return no_data()
            return (
                tr("ComparisonModel", "%1 (%2)")
                .replace("%1", number_text(point.value))
                .replace("%2", format_year(point.year))
            )
        if role == Qt.ItemDataRole.ToolTipRole and point is not None and point.value is not None:
            return f"{point.value:,.6g} {item.unit} · {item.code} · {item.dataset}"
        return None
