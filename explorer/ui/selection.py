"""The shared country selection: the countries being compared follow the user from the
compare page to the charts and the map.

There is one selection per runner (so per main window): ``shared_selection(runner)`` finds
it or makes it as the runner's child, which needs no global object and no change to the
page context.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

MIN_SELECTED = 2
MAX_SELECTED = 8


class CountrySelection(QObject):
    """An ordered set of at most ``MAX_SELECTED`` ISO3 codes (compare needs at least 2).

    Signals:
        selection_changed(iso3s: list): the selected countries, in the order chosen.
    """

    selection_changed = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._codes: list[str] = []

    @property
    def codes(self) -> list[str]:
        """The selected ISO3 codes, in the order chosen."""
        return list(self._codes)

    def is_comparable(self) -> bool:
        """Whether enough countries are selected to compare them."""
        return MIN_SELECTED <= len(self._codes) <= MAX_SELECTED

    def set_codes(self, codes: Iterable[str]) -> None:
        """Select ``codes`` (duplicates dropped, only the first ``MAX_SELECTED`` kept)."""
        new = list(dict.fromkeys(c.upper() for c in codes))[:MAX_SELECTED]
        if new != self._codes:
            self._codes = new
            self.selection_changed.emit(self.codes)

    def add(self, iso3: str) -> bool:
        """Add ``iso3`` at the end; False when it is there already or the selection is full."""
        if iso3.upper() in self._codes or len(self._codes) >= MAX_SELECTED:
            return False
        self.set_codes([*self._codes, iso3])
        return True

    def remove(self, iso3: str) -> None:
        """Drop ``iso3`` if selected."""
        self.set_codes(c for c in self._codes if c != iso3.upper())

    def toggle(self, iso3: str) -> None:
        """Select ``iso3`` if it is not selected (and there is room), otherwise drop it."""
        if iso3.upper() in self._codes:
            self.remove(iso3)
        else:
            self.add(iso3)

    def clear(self) -> None:
        """Select nothing."""
        self.set_codes([])


def shared_selection(owner: QObject) -> CountrySelection:
    """The selection shared by every page built over ``owner`` (the context's runner)."""
    found = owner.findChild(CountrySelection, "sharedCountrySelection")
    if isinstance(found, CountrySelection):
        return found
    made = CountrySelection(owner)
    made.setObjectName("sharedCountrySelection")
    return made
