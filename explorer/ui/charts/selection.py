"""A shared selection of countries, so charts and pages can follow the same countries."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal


class CountrySelection(QObject):
    """An ordered set of ISO3 codes.

    Signals:
        selection_changed(iso3s: list): the selected countries, in selection order.
    """

    selection_changed = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._codes: list[str] = []

    @property
    def codes(self) -> list[str]:
        return list(self._codes)

    def set_codes(self, codes: Iterable[str]) -> None:
        new = list(dict.fromkeys(codes))
        if new != self._codes:
            self._codes = new
            self.selection_changed.emit(self.codes)

    def toggle(self, iso3: str) -> None:
        """Select ``iso3`` if it is not selected, otherwise drop it."""
        codes = [c for c in self._codes if c != iso3]
        self.set_codes(codes if len(codes) < len(self._codes) else [*codes, iso3])

    def clear(self) -> None:
        self.set_codes([])
