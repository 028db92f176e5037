"""Which column of an own spreadsheet is which: one combo per column of the file.

Shown in the import preview for a spreadsheet (``Outcome.columns``); it starts from the
mapping the importer guessed (or the one saved for the file) and says each change with
``mapping_changed`` (our field -> the file's header, every field present, "" for a field
with no column), so the dialog can preview the file again with it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from explorer.ui.i18n import tr

CONTEXT = "ImportColumns"
# Our fields, in the order the combos offer them (the spreadsheet importer's names).
FIELDS: tuple[tuple[str, str], ...] = (
    ("title", str(QT_TRANSLATE_NOOP("ImportColumns", "Title"))),
    ("id", str(QT_TRANSLATE_NOOP("ImportColumns", "Identifier"))),
    ("description", str(QT_TRANSLATE_NOOP("ImportColumns", "Description"))),
    ("provider", str(QT_TRANSLATE_NOOP("ImportColumns", "Provider country"))),
    ("recipient", str(QT_TRANSLATE_NOOP("ImportColumns", "Recipient country"))),
    ("start", str(QT_TRANSLATE_NOOP("ImportColumns", "Start (year or date)"))),
    ("end", str(QT_TRANSLATE_NOOP("ImportColumns", "End (year or date)"))),
    ("sector", str(QT_TRANSLATE_NOOP("ImportColumns", "Sector or theme"))),
    ("modality", str(QT_TRANSLATE_NOOP("ImportColumns", "Modality"))),
    ("amount", str(QT_TRANSLATE_NOOP("ImportColumns", "Amount (US$)"))),
    ("status", str(QT_TRANSLATE_NOOP("ImportColumns", "Status"))),
    ("language", str(QT_TRANSLATE_NOOP("ImportColumns", "Language"))),
    ("link", str(QT_TRANSLATE_NOOP("ImportColumns", "Link"))),
)


def _tr(text: str) -> str:
    return tr(CONTEXT, text)


def full_mapping(columns: list[str], chosen: dict[str, str]) -> dict[str, str]:
    """Every field -> its header in ``columns`` per ``chosen``, "" when it has none."""
    return {name: (chosen.get(name, "") if chosen.get(name, "") in columns else "")
            for name, _label in FIELDS}


class ColumnMappingEditor(QWidget):
    """One combo per column of a spreadsheet: which of our fields it holds.

    Signals:
        mapping_changed(mapping: dict): the user changed a column; the full new mapping.
    """

    mapping_changed = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns: list[str] = []
        self.combos: list[QComboBox] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(_tr("Columns of this file: correct what each one holds, the "
                                  "preview follows; the choice is kept for this file."), self)
        self.caption.setWordWrap(True)
        outer.addWidget(self.caption)
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        self.area.setAccessibleName(_tr("Columns of the file"))
        outer.addWidget(self.area)
        self._body = QWidget()
        self.form = QFormLayout(self._body)
        self.area.setWidget(self._body)

    def set_columns(self, columns: list[str], mapping: dict[str, str]) -> None:
        """Show ``columns`` (the file's header) with ``mapping`` (field -> header)."""
        self.columns = list(columns)
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = []
        by_header = {header: name for name, header in mapping.items() if header}
        for index, header in enumerate(columns):
            combo = QComboBox(self._body)
            combo.addItem(_tr("(not used)"), "")
            for name, label in FIELDS:
                combo.addItem(tr(CONTEXT, label), name)
            shown = header or _tr("(column %1 without a name)").replace("%1", str(index + 1))
            combo.setAccessibleName(_tr("What column %1 holds").replace("%1", shown))
            wanted = by_header.get(header, "") if header else ""
            combo.setCurrentIndex(max(combo.findData(wanted), 0))
            combo.activated.connect(lambda _i, c=combo: self._changed(c))
            name_label = QLabel(shown, self._body)
            name_label.setToolTip(shown)
            self.form.addRow(name_label, combo)
            self.combos.append(combo)

    def mapping(self) -> dict[str, str]:
        """The full mapping the combos show (every field, "" for no column)."""
        chosen = {str(c.currentData()): header for c, header in zip(self.combos, self.columns,
                                                                    strict=True)
                  if c.currentData() and header}
        return full_mapping(self.columns, chosen)

    def choose(self, column: int, field_name: str) -> None:
        """Set column ``column`` to ``field_name`` as the user would (tests, keyboard)."""
        combo = self.combos[column]
        combo.setCurrentIndex(max(combo.findData(field_name), 0))
        self._changed(combo)

    def _changed(self, combo: QComboBox) -> None:
        name = combo.currentData()
        if name:  # one column per field: the column that had it gives it up
            for other in self.combos:
                if other is not combo and other.currentData() == name:
                    other.setCurrentIndex(0)
        self.mapping_changed.emit(self.mapping())
