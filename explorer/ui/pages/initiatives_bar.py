"""The search bar of the Initiatives page: the box, help, order, hints and filter chips."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.query import MAX_QUERY_CHARS, Query
from explorer.jobs.initiatives import ORDERS
from explorer.ui.widgets.cards import text_label
from explorer.ui.widgets.initiative_chips import Clause, FilterChips, remove_clause
from explorer.ui.widgets.initiative_help import HelpButton

DEBOUNCE_MS = 50  # the budget from keystroke to list is 100 ms; the search itself takes a few
ORDER_NAMES = {
    "relevance": str(QT_TRANSLATE_NOOP("SearchBar", "Best match")),
    "newest": str(QT_TRANSLATE_NOOP("SearchBar", "Newest first")),
    "oldest": str(QT_TRANSLATE_NOOP("SearchBar", "Oldest first")),
    "title": str(QT_TRANSLATE_NOOP("SearchBar", "Title A–Z")),
}


class SearchBar(QWidget):
    """Search as you type (debounced), with hints of what was not understood.

    Signals:
        search_requested(text: str): the text settled (or a chip or facet changed it).
        order_changed(order: str): the user picked another order.
    """

    search_requested = Signal(str)
    order_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("searchEdit")
        self.edit.setAccessibleName(self.tr("Search initiatives"))
        self.edit.setPlaceholderText(
            self.tr("Search initiatives: microfinance recipient:PHL, provider:Brazil health…")
        )
        self.edit.setClearButtonEnabled(True)
        # Far more than the engine reads, so a paste is cut (and said so) by the parser.
        self.edit.setMaxLength(MAX_QUERY_CHARS * 20)
        self.help_button = HelpButton(self)
        self.order_box = QComboBox(self)
        self.order_box.setAccessibleName(self.tr("Order of results"))
        for key in ORDERS:
            self.order_box.addItem(QCoreApplication.translate("SearchBar", ORDER_NAMES[key]), key)
        self.saved_button = QPushButton(self.tr("Saved searches…"), self)
        self.saved_button.setObjectName("secondaryButton")
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("secondaryButton")
        row.addWidget(self.edit, 1)
        row.addWidget(self.help_button)
        row.addWidget(self.order_box)
        row.addWidget(self.saved_button)
        row.addWidget(self.export_button)
        column.addLayout(row)
        self.hints_label = text_label("", "hints", self)
        self.hints_label.hide()
        column.addWidget(self.hints_label)
        self.chips = FilterChips(self)
        self.chips.hide()
        column.addWidget(self.chips)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit_search)
        self.edit.textEdited.connect(lambda _t: self._timer.start())
        self.edit.returnPressed.connect(self._emit_search)
        self.order_box.currentIndexChanged.connect(lambda _i: self.order_changed.emit(self.order()))
        self.chips.clause_removed.connect(self.remove)

    def text(self) -> str:
        """The search text as typed."""
        return self.edit.text()

    def order(self) -> str:
        """The order picked ("relevance", "newest", "oldest" or "title")."""
        return str(self.order_box.currentData() or "relevance")

    def set_order(self, order: str) -> None:
        """Pick ``order`` (emits ``order_changed`` when it changes)."""
        index = self.order_box.findData(order)
        if index >= 0:
            self.order_box.setCurrentIndex(index)

    def set_text(self, text: str) -> None:
        """Replace the text and search at once (no debounce)."""
        self.edit.setText(text)
        self._emit_search()

    def add_clause(self, clause: str) -> None:
        """Append ``clause`` (a facet's ``provider:BRA``) unless the text has it already."""
        text = self.text().strip()
        if clause.casefold() not in text.casefold().split():
            text = f"{text} {clause}".strip()
        self.set_text(text)

    def remove(self, clause: Clause) -> None:
        """Remove a filter's clause from the text and search again."""
        self.set_text(remove_clause(self.text(), clause))

    def show_query(self, query: Query, hints: tuple[str, ...], names: Mapping[str, str]) -> None:
        """Show the hints and chips of the search that just ran."""
        self.hints_label.setText("\n".join(f"⚠ {h}" for h in hints))
        self.hints_label.setVisible(bool(hints))
        self.chips.show_query(query, names)

    def flush(self) -> None:
        """Search now if typing is pending (tests, Enter)."""
        if self._timer.isActive():
            self._emit_search()

    def _emit_search(self) -> None:
        self._timer.stop()
        self.search_requested.emit(self.text())

    def focus(self) -> None:
        """Put the cursor in the search box."""
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
