"""The key indicators of a profile: latest value with year and unit, sparkline, trend,
rank in region and income group, and the source of every figure."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt

from explorer.domain.countries import KeyIndicator
from explorer.domain.sources import DatasetInfo
from explorer.ui.i18n import tr
from explorer.ui.models.country_base import RIGHT, RowTableModel, SortRole
from explorer.ui.widgets.country_format import (
    figure_text,
    income_name,
    rank_text,
    source_text,
    trend_text,
)

NAME, LATEST, SPARK, TREND, REGION_RANK, INCOME_RANK, SOURCE = range(7)
SeriesRole = Qt.ItemDataRole.UserRole + 10


class KeyIndicatorModel(RowTableModel[KeyIndicator]):
    """One row per key indicator; ``SeriesRole`` of the sparkline column gives its series."""

    COLUMNS = (
        str(QT_TRANSLATE_NOOP("KeyIndicatorModel", "Indicator")),
        str(QT_TRANSLATE_NOOP("KeyIndicatorModel", "Latest (year)")),
        str(QT_TRANSLATE_NOOP("KeyIndicatorModel", "Over time")),
        str(QT_TRANSLATE_NOOP("KeyIndicatorModel", "Trend")),
        str(QT_TRANSLATE_NOOP("KeyIndicatorModel", "Rank in region")),
        str(QT_TRANSLATE_NOOP("KeyIndicatorModel", "Rank in income group")),
        str(QT_TRANSLATE_NOOP("KeyIndicatorModel", "Source")),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._datasets: dict[str, DatasetInfo] = {}

    def set_indicators(
        self, rows: Sequence[KeyIndicator], datasets: Mapping[str, DatasetInfo]
    ) -> None:
        """Show ``rows``; ``datasets`` (key -> info) names the source of each figure."""
        self._datasets = dict(datasets)
        self.set_rows(rows)

    def cell(self, item: KeyIndicator, column: int, role: int) -> object:
        if role == SeriesRole and column == SPARK:
            return item.series
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (REGION_RANK, INCOME_RANK):
            return RIGHT
        if role == SortRole:
            return item.latest.value if column == LATEST else self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        return None

    def _text(self, item: KeyIndicator, column: int) -> str:
        if column == NAME:
            return item.latest.name
        if column == LATEST:
            return figure_text(item.latest)
        if column == TREND:
            return trend_text(item.trend)
        if column == REGION_RANK:
            return rank_text(item.region_rank)
        if column == INCOME_RANK:
            return rank_text(item.income_rank)
        if column == SOURCE:
            return source_text(item.latest.dataset, self._datasets)
        return ""

    def _tooltip(self, item: KeyIndicator, column: int) -> str:
        if column == REGION_RANK and item.region_rank is not None:
            return (
                tr("KeyIndicatorModel", "Among countries of %1 with a value in %2")
                .replace("%1", item.region_rank.group)
                .replace("%2", str(item.region_rank.year))
            )
        if column == INCOME_RANK and item.income_rank is not None:
            return (
                tr("KeyIndicatorModel", "Among %1 countries with a value in %2")
                .replace("%1", income_name(item.income_rank.group))
                .replace("%2", str(item.income_rank.year))
            )
        info = self._datasets.get(item.latest.dataset)
        where = info.name if info is not None else item.latest.dataset
        return f"{item.latest.code} · {where}"
