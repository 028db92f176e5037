"""The detail pane of an initiative: the whole record, its sources, and related initiatives."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.initiative_detail import InitiativeDetail, RelatedInitiative
from explorer.domain.query import Query
from explorer.ui.i18n import format_year
from explorer.ui.layouts import clear_layout
from explorer.ui.models.initiative_labels import language_name
from explorer.ui.widgets import initiative_detail_html as h
from explorer.ui.widgets.cards import text_label

if TYPE_CHECKING:
    from pathlib import Path

    from explorer.ui.runner import Runner
    from explorer.ui.widgets.add_to_collection import AddToCollectionButton, AddToCollectionMenu
    from explorer.ui.widgets.note_editor import NoteEditor


def rich_label(text: str, role: str, parent: QWidget) -> QLabel:
    """A selectable rich-text label whose links the pane handles."""
    label = QLabel(text, parent)
    label.setObjectName(role)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
    )
    return label


ZWSP = "\u200b"


def breakable(text: str, every: int = 16) -> str:
    """``text`` with a zero-width space inside every run of ``every`` non-space characters,
    so a word longer than the pane wraps instead of widening it past the window (issue 16)."""
    import re

    return re.sub(r"\S{" + str(every + 1) + ",}",
                  lambda m: ZWSP.join(m.group(0)[i:i + every]
                                      for i in range(0, len(m.group(0)), every)), text)


def link_field(url: str, parent: QWidget) -> QLineEdit:
    """A web address as read-only text: selectable, copyable, never wider than the pane."""
    field = QLineEdit(url, parent)
    field.setObjectName("linkText")
    field.setReadOnly(True)
    field.setToolTip(url)
    field.setCursorPosition(0)
    return field


def detail_key(detail: InitiativeDetail) -> str:
    """The initiative's stable key (dataset key and source record id), for the workspace."""
    from explorer.domain.keys import initiative_key

    if not detail.sources or not detail.source_record_id:
        return ""  # nothing stable to key a note on
    return initiative_key(detail.sources[0].dataset_key, detail.source_record_id)


class InitiativeDetailPane(QScrollArea):
    """Everything stored about one initiative, with the search's words highlighted.

    Signals:
        country_selected(iso3: str): a participant country was clicked.
        initiative_opened(initiative_id: int): a related initiative was clicked.
        citation_copied(text: str): the citation was put on the clipboard.
    """

    country_selected = Signal(str)
    initiative_opened = Signal(int)
    citation_copied = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("detailPane")
        self.setWidget(body)
        self.body = body
        body.installEventFilter(self)  # its layout changed: tell the splitter (see below)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 8, 16, 16)
        layout.setSpacing(8)
        self.sections = QVBoxLayout()
        self.sections.setSpacing(8)
        layout.addLayout(self.sections)
        layout.addStretch(1)
        self.notes: NoteEditor | None = None  # see attach_notes
        self.collect_button: AddToCollectionButton | None = None  # see attach_collections
        self.detail: InitiativeDetail | None = None
        self.query: Query | None = None
        self.title_label: QLabel | None = None
        self.texts: list[QLabel] = []
        self.related_box = QVBoxLayout()
        self.copy_button: QPushButton | None = None
        self.show_message(self.tr("Select an initiative to read the whole record."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The body's minimum width changes after a record is laid out (the note editor
        # fills in later): without this the splitter kept the old, narrower width and at
        # 1024 x 600 the body was cut at the side (issue 19).
        if watched is getattr(self, "body", None) and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def attach_notes(self, runner: Runner, user_db: Path) -> NoteEditor:
        """Give the pane the user's note and star on the shown initiative (below it)."""
        from explorer.ui.widgets.note_editor import NoteEditor

        self.notes = NoteEditor(runner, user_db, self.body)
        layout = self.body.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.notes)
        self.notes.setVisible(self.detail is not None)
        return self.notes

    def attach_collections(self, menu: AddToCollectionMenu) -> AddToCollectionButton:
        """Give the pane an "Add to Collection" button (above the record) over ``menu``."""
        from explorer.ui.widgets.add_to_collection import AddToCollectionButton

        self.collect_button = AddToCollectionButton(menu, self.body)
        layout = self.body.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.collect_button, 0, Qt.AlignmentFlag.AlignTrailing)
        self.collect_button.setVisible(self.detail is not None)
        return self.collect_button

    def show_message(self, text: str) -> None:
        """Show a line of text instead of a record (nothing selected, loading, failed)."""
        if self.collect_button is not None:
            self.collect_button.menu_.set_target("", "")
            self.collect_button.hide()
        clear_layout(self.sections)
        self.detail, self.title_label, self.copy_button, self.texts = None, None, None, []
        if self.notes is not None:
            self.notes.set_target("", "")
            self.notes.hide()
        self.sections.addWidget(text_label(text, "muted", self.body))

    def show_detail(self, detail: InitiativeDetail, query: Query | None) -> None:
        """Show ``detail`` with the words of ``query`` highlighted."""
        clear_layout(self.sections)
        self.detail, self.query = detail, query
        body, add = self.body, self.sections.addWidget
        self.title_label = rich_label(h.highlighted(query, breakable(detail.title),
                                                    detail.language), "cardTitle", body)
        self.title_label.setAccessibleName(detail.title)  # whole, without the break marks
        add(self.title_label)
        add(text_label(h.meta_line(detail), "muted", body))
        if detail.language:
            badge = self.tr("Original language: %1 — shown as the source wrote it")
            add(text_label(badge.replace("%1", language_name(detail.language)), "langBadge", body))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form_rows(form, detail)
        self.sections.addLayout(form)
        self.texts = []
        for text in (detail.summary, detail.description):
            if text and text != detail.title:
                label = rich_label(h.highlighted(query, breakable(text), detail.language),
                                   "detailText", body)
                self.texts.append(label)
                add(label)
        if detail.outcomes:
            add(text_label(self.tr("Results"), "detailSection", body))
            for o in detail.outcomes:
                add(rich_label(h.outcome_html(o), "detailValue", body))
        self._sources(detail)
        if detail.links:
            add(text_label(self.tr("Links (copy them to open when online)"), "detailSection",
                           body))  # fmt: skip
            for ln in detail.links:
                if ln.label and ln.label != ln.url:
                    add(text_label(ln.label, "source", body))
                add(link_field(ln.url, body))
        add(text_label(self.tr("Related initiatives"), "detailSection", body))
        self.related_box = QVBoxLayout()
        self.sections.addLayout(self.related_box)
        if self.notes is not None:
            key = detail_key(detail)
            self.notes.set_target(key, detail.title)
            self.notes.setVisible(bool(key))
        if self.collect_button is not None:
            key = detail_key(detail)
            self.collect_button.menu_.set_target(key, detail.title)
            self.collect_button.setVisible(bool(key) and not self.collect_button.menu_.read_only)
        self.related_box.addWidget(text_label(self.tr("Looking for related initiatives…"),
                                              "muted", body))  # fmt: skip
        self.verticalScrollBar().setValue(0)
        self._fit_body()
        QTimer.singleShot(0, self._fit_body)  # again once the new labels have their fonts

    def _fit_body(self) -> None:
        """The body as tall as its wrapped text needs at the view's width: the scroll area
        kept an older height, and a long title was cut after its fifth line at 200% text."""
        self.updateGeometry()  # the longest word may have changed: see minimumSizeHint
        self.body.setMinimumHeight(self.body.heightForWidth(self.viewport().width()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if hasattr(self, "body"):
            self._fit_body()

    def minimumSizeHint(self) -> QSize:
        """Never narrower than the record's longest word (at 200% text a splitter squeezed
        the pane below it, and the body, wider than the view, was cut at the side)."""
        hint = super().minimumSizeHint()
        if not hasattr(self, "body"):  # asked while __init__ sets the scroll area up
            return hint
        need = (self.body.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
                + 2 * self.frameWidth())
        return QSize(max(hint.width(), need), hint.height())

    def _form_rows(self, form: QFormLayout, d: InitiativeDetail) -> None:
        def row(key: str, value: str, rich: bool = False) -> None:
            label = rich_label(value, "detailValue", self.body) if rich else None
            label = label or text_label(value, "detailValue", self.body)
            if rich:
                label.linkActivated.connect(self._on_link)
            form.addRow(text_label(key, "detailKey", self.body, wrap=False), label)

        row(self.tr("Providers"), h.participants_html(d.by_role("provider")), True)
        row(self.tr("Recipients"), h.participants_html(d.by_role("recipient")), True)
        others = h.other_roles_html(d)
        if others:
            row(self.tr("Also"), others, True)
        sectors = h.sectors_html(d)  # DAC sectors with their origin, then the source's labels
        if sectors:
            row(self.tr("Sectors"), sectors, True)
        if h.reversed_years_text(d):
            row(self.tr("Years"), h.reversed_years_text(d))
        if h.amount_text(d):
            row(self.tr("Amount"), h.amount_text(d))
        if h.flow_text(d):
            row(self.tr("Flow"), h.flow_text(d))

    def _sources(self, d: InitiativeDetail) -> None:
        head = QHBoxLayout()
        head.addWidget(text_label(self.tr("Sources"), "detailSection", self.body), 1)
        self.copy_button = QPushButton(self.tr("Copy citation"), self.body)
        self.copy_button.clicked.connect(self.copy_citation)
        head.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.sections.addLayout(head)
        for src in d.sources:
            # Long addresses in the text wrap instead of widening the pane (issue 19).
            lines = [f"<b>{html.escape(src.dataset_name)}</b>",
                     html.escape(breakable(src.citation))]  # fmt: skip
            if src.locator:
                where = self.tr("In the source: %1").replace("%1", src.locator)
                lines.append(html.escape(where))
            lines.append(html.escape(self.tr("Licence: %1").replace("%1", src.licence or "—")))
            if src.url:
                address = self.tr("Address: %1").replace("%1", src.url)
                lines.append(html.escape(breakable(address)))
            record = self.tr("Reference in this source: %1").replace("%1", d.source_record_id)
            lines.append(html.escape(record))
            self.sections.addWidget(rich_label("<br>".join(lines), "sourceBlock", self.body))

    def show_related(self, initiative_id: int, related: tuple[RelatedInitiative, ...]) -> None:
        """Show initiatives related to the one shown (ignored if another is shown now)."""
        if self.detail is None or self.detail.id != initiative_id:
            return
        clear_layout(self.related_box)
        if not related:
            self.related_box.addWidget(
                text_label(self.tr("None share its sectors and partners."), "muted", self.body)
            )
        for r in related:
            title = r.title if r.start_year is None else f"{r.title} ({format_year(r.start_year)})"
            label = rich_label(h.link(f"initiative:{r.id}", breakable(title)), "detailValue",
                               self.body)
            label.setAccessibleName(title)
            label.linkActivated.connect(self._on_link)
            self.related_box.addWidget(label)
        self._fit_body()
        QTimer.singleShot(0, self._fit_body)

    def citation(self) -> str:
        """The citation text of the record shown ("" when none)."""
        return self.detail.citation_text() if self.detail else ""

    def copy_citation(self) -> None:
        """Put the record's citation (with licence) on the clipboard."""
        text = self.citation()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.citation_copied.emit(text)

    def _on_link(self, href: str) -> None:
        kind, _, value = href.partition(":")
        if kind == "country" and value:
            self.country_selected.emit(value)
        elif kind == "initiative" and value.isdigit():
            self.initiative_opened.emit(int(value))
