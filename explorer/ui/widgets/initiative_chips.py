"""Active filters as removable chips, and removing a filter's clause from the search text.

Chips come from the parsed ``Query`` (its filters and year ranges); removing one drops the
tokens of the text that make up that filter (and an ``OR`` left dangling), keeping the rest
of the text as the user typed it.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QToolButton, QWidget

from explorer.domain.query import FieldFilter, Query, YearRange, fold, parse
from explorer.ui.i18n import format_year, tr
from explorer.ui.layouts import clear_layout
from explorer.ui.models.initiative_labels import field_label, modality_label

Clause = FieldFilter | YearRange
_OR = frozenset({"OR", "|", "||"})


def clause_tokens(text: str) -> list[str]:
    """``text`` split into clauses as typed: words, ``"phrases"``, ``field:"quoted values"``."""
    tokens: list[str] = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        start = i
        if text[i] == "-" and i + 1 < n and text[i + 1] == '"':
            i += 1
        if text[i] == '"':
            end = text.find('"', i + 1)
            i = n if end < 0 else end + 1
        else:
            while i < n and not text[i].isspace() and text[i] != '"':
                i += 1
            if text[i - 1] == ":" and i < n and text[i] == '"':
                end = text.find('"', i + 1)
                i = n if end < 0 else end + 1
        tokens.append(text[start:i])
    return tokens


def _is_part_of(token: str, target: Clause) -> bool:
    q = parse(token)
    if isinstance(target, YearRange):
        return target in q.years
    wanted = {fold(v) for v in target.values}
    return any(
        f.field == target.field and f.negated == target.negated
        and {fold(v) for v in f.values} <= wanted
        for f in q.filters
    )  # fmt: skip


def remove_clause(text: str, target: Clause) -> str:
    """``text`` without the tokens of ``target`` (and without ``OR``s they leave dangling)."""
    kept: list[str | None] = [None if _is_part_of(t, target) else t for t in clause_tokens(text)]
    out: list[str] = []
    for i, token in enumerate(kept):
        if token is None:
            continue
        if token in _OR:
            prev = kept[i - 1] if i > 0 else None
            nxt = kept[i + 1] if i + 1 < len(kept) else None
            if prev is None or nxt is None or prev in _OR or not out:
                continue
        out.append(token)
    while out and out[-1] in _OR:
        out.pop()
    return " ".join(out)


def chip_label(clause: Clause, names: Mapping[str, str]) -> str:
    """What a chip says: "Provider: Brazil", "not Sector: Health", "Years: 2000–2009"."""
    if isinstance(clause, YearRange):
        lo, hi = clause.lo, clause.hi
        if lo is not None and hi is not None:
            span = format_year(lo) if lo == hi else f"{format_year(lo)}–{format_year(hi)}"
        elif lo is not None:
            span = tr("FilterChips", "from %1").replace("%1", format_year(lo))
        else:
            span = tr("FilterChips", "until %1").replace("%1", format_year(hi or 0))
        text = tr("FilterChips", "%1: %2").replace("%1", field_label("year")).replace("%2", span)
    else:
        shown = [
            modality_label(v) if clause.field == "modality" else names.get(fold(v), v)
            for v in clause.values
        ]
        values = tr("FilterChips", " or ").join(shown)
        text = tr("FilterChips", "%1: %2").replace("%1", field_label(clause.field))
        text = text.replace("%2", values)
    return tr("FilterChips", "not %1").replace("%1", text) if clause.negated else text


def query_clauses(query: Query) -> list[Clause]:
    """The filters and year ranges of ``query``, in the order typed."""
    return [*query.filters, *query.years]


class FilterChips(QWidget):
    """One chip per active filter; clicking a chip's ✕ removes it.

    Signals:
        clause_removed(clause: FieldFilter | YearRange): the user removed this filter.
    """

    clause_removed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from explorer.ui.widgets.flow_layout import FlowLayout

        self.flow = FlowLayout(self)
        self.chips: list[QToolButton] = []

    def show_query(self, query: Query, names: Mapping[str, str]) -> None:
        """Show the chips of ``query``; the widget hides when there are none."""
        clear_layout(self.flow)
        self.chips = []
        for clause in query_clauses(query):
            label = chip_label(clause, names)
            chip = QToolButton(self)
            chip.setObjectName("filterChip")
            chip.setText(f"{label}  ✕")
            chip.setToolTip(tr("FilterChips", "Remove this filter"))
            chip.setAccessibleName(tr("FilterChips", "Remove filter %1").replace("%1", label))
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.clicked.connect(lambda _=False, c=clause: self.clause_removed.emit(c))
            self.flow.addWidget(chip)
            self.chips.append(chip)
        self.setVisible(bool(self.chips))
        self.updateGeometry()
