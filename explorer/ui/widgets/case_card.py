"""A featured case of the brief: title, who helped whom, and one outcome figure."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from explorer.domain.home import FeaturedInitiative
from explorer.ui.i18n import format_number, format_year, tr
from explorer.ui.widgets.cards import Card, text_label


def join_names(names: tuple[str, ...]) -> str:
    """Names joined with the locale's list separator; a dash when there are none."""
    if not names:
        return tr("CaseCard", "not recorded")
    return tr("CaseCard", ", ").join(names)


class CaseCard(Card):
    """One initiative from the brief."""

    def __init__(self, case: FeaturedInitiative, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case = case
        self.body.addWidget(text_label(case.title, "cardTitle", self))
        self.flow_label = None
        if case.providers or case.recipients:
            flow = tr("CaseCard", "%1 → %2").replace("%1", join_names(case.providers))
            flow = flow.replace("%2", join_names(case.recipients))
            self.flow_label = text_label(flow, "flow", self)
            self.body.addWidget(self.flow_label)
        if case.outcome is not None:
            out = case.outcome
            figure = f"{format_number(out.quantity)} {out.unit}".strip()
            self.body.addWidget(text_label(figure, "outcomeValue", self))
            if out.description:
                self.body.addWidget(text_label(out.description, "muted", self))
        elif case.summary:
            self.body.addWidget(text_label(case.summary, "muted", self))
        self.body.addStretch(1)
        if case.source_year is None:
            source = tr("CaseCard", "Source: %1").replace("%1", case.source_name)
        else:
            source = tr("CaseCard", "Source: %1, %2").replace("%1", case.source_name)
            source = source.replace("%2", format_year(case.source_year))
        self.body.addWidget(text_label(source, "source", self))
