"""Pick 2-8 countries: a search box with completion over names, and a chip per country.

Completion offers "Name (ISO3)" for every country; a text that matches no entry (a name in
another language, "巴西") is handed to the page to resolve in the background.

Signals:
    unresolved_entered(text: str): the user entered a text the completer does not know.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QPushButton, QWidget

from explorer.ui.selection import MAX_SELECTED, CountrySelection


class CountryPicker(QWidget):
    """A completer line edit that adds to a ``CountrySelection``, and removable chips."""

    unresolved_entered = Signal(str)

    def __init__(self, selection: CountrySelection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selection = selection
        self._names: dict[str, str] = {}
        self._by_label: dict[str, str] = {}
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(self.tr("Add a country"))
        self.edit.setPlaceholderText(self.tr("Add a country (any language)…"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(240)
        self._completion = QStringListModel(self)
        completer = QCompleter(self._completion, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._add_label)
        self.edit.setCompleter(completer)
        self.edit.returnPressed.connect(self._on_return)
        self.chips = QHBoxLayout()
        self.chips.setSpacing(6)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addLayout(self.chips)
        row.addStretch(1)
        selection.selection_changed.connect(self._show_chips)

    def set_countries(self, countries: Sequence[tuple[str, str]]) -> None:
        """The countries to offer: (iso3, name)."""
        self._names = dict(countries)
        self._by_label = {f"{name} ({iso3})": iso3 for iso3, name in countries}
        self._completion.setStringList(list(self._by_label))
        self._show_chips(self.selection.codes)

    def name(self, iso3: str) -> str:
        """The English name of ``iso3`` (the code when unknown)."""
        return self._names.get(iso3, iso3)

    def _add_label(self, label: str) -> None:
        iso3 = self._by_label.get(label)
        if iso3 is not None:
            self.selection.add(iso3)
            self.edit.clear()

    def _on_return(self) -> None:
        text = self.edit.text().strip()
        if not text:
            return
        if text in self._by_label:
            self._add_label(text)
        elif text.upper() in self._names:
            self.selection.add(text.upper())
            self.edit.clear()
        else:
            self.unresolved_entered.emit(text)

    def _show_chips(self, codes: list[str]) -> None:
        while self.chips.count():
            item = self.chips.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for iso3 in codes:
            chip = QPushButton(f"{self.name(iso3)}  ✕", self)
            chip.setObjectName("countryChip")
            chip.setToolTip(self.tr("Remove %1").replace("%1", self.name(iso3)))
            chip.clicked.connect(lambda _=False, c=iso3: self.selection.remove(c))
            self.chips.addWidget(chip)
        self.edit.setEnabled(len(codes) < MAX_SELECTED)
