"""Peer finder tables: countries like X (with the reasons), who X could learn from about a
sector, and the initiatives that are the evidence."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt

from explorer.domain.countries import InitiativeRef
from explorer.domain.peers import Peer, Teacher
from explorer.ui.i18n import format_year
from explorer.ui.models.country_base import RIGHT, IsoRole, RowTableModel, SortRole
from explorer.ui.widgets.country_format import no_data


def _score(value: float) -> str:
    return QLocale().toString(value, "f", 2)


class PeerModel(RowTableModel[Peer]):
    """Peers, closest first: country, closeness score (0-1) and why."""

    COLUMNS = (
        str(QT_TRANSLATE_NOOP("PeerModel", "Country")),
        str(QT_TRANSLATE_NOOP("PeerModel", "Closeness")),
        str(QT_TRANSLATE_NOOP("PeerModel", "Why")),
    )

    def cell(self, item: Peer, column: int, role: int) -> object:
        if role == IsoRole:
            return item.iso3
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return RIGHT
        if role == SortRole:
            return item.score if column == 1 else self.cell(item, column, 0)
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return "\n".join(item.reasons)
        if role == Qt.ItemDataRole.DisplayRole:
            return (f"{item.name} ({item.iso3})", _score(item.score), "; ".join(item.reasons))[
                column
            ]
        return None


class TeacherModel(RowTableModel[Teacher]):
    """Countries to learn from: score, number of initiatives, latest year and why."""

    COLUMNS = (
        str(QT_TRANSLATE_NOOP("TeacherModel", "Country")),
        str(QT_TRANSLATE_NOOP("TeacherModel", "Score")),
        str(QT_TRANSLATE_NOOP("TeacherModel", "Initiatives")),
        str(QT_TRANSLATE_NOOP("TeacherModel", "Latest")),
        str(QT_TRANSLATE_NOOP("TeacherModel", "Why")),
    )

    def cell(self, item: Teacher, column: int, role: int) -> object:
        if role == IsoRole:
            return item.iso3
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2, 3):
            return RIGHT
        if role == SortRole:
            numbers = {1: item.score, 2: item.initiative_count, 3: item.last_year or 0}
            return numbers.get(column, self.cell(item, column, 0))
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return "\n".join(item.reasons)
        if role == Qt.ItemDataRole.DisplayRole:
            last = format_year(item.last_year) if item.last_year is not None else no_data()
            return (
                f"{item.name} ({item.iso3})",
                _score(item.score),
                QLocale().toString(item.initiative_count),
                last,
                "; ".join(item.reasons),
            )[column]
        return None


class EvidenceModel(RowTableModel[InitiativeRef]):
    """The initiatives behind a teacher: year, title and source dataset."""

    COLUMNS = (
        str(QT_TRANSLATE_NOOP("EvidenceModel", "Year")),
        str(QT_TRANSLATE_NOOP("EvidenceModel", "Initiative")),
        str(QT_TRANSLATE_NOOP("EvidenceModel", "Source")),
    )

    def cell(self, item: InitiativeRef, column: int, role: int) -> object:
        if role == SortRole:
            return item.year or 0 if column == 0 else self.cell(item, column, 0)
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return item.title
        if role == Qt.ItemDataRole.DisplayRole:
            year = format_year(item.year) if item.year is not None else no_data()
            return (year, item.title, item.dataset)[column]
        return None
