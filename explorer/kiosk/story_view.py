"""One story in large type: a case of the brief, or a headline beside what the data say."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from explorer.domain.home import FeaturedInitiative, HeadlineComparison
from explorer.kiosk.data import Story
from explorer.ui.i18n import format_number, format_value, format_year, tr
from explorer.ui.widgets.case_card import join_names
from explorer.ui.widgets.headline_card import source_line


def _label(role: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(role)
    label.setTextFormat(Qt.TextFormat.PlainText)  # data never renders as rich text or links
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def flow_text(providers: tuple[str, ...], recipients: tuple[str, ...]) -> str:
    """Who helped whom, saying only what the record holds ("" when it names nobody)."""
    if providers and recipients:
        text = tr("StoryView", "%1 helped %2").replace("%1", join_names(providers))
        return text.replace("%2", join_names(recipients))
    if providers:
        return tr("StoryView", "Help from %1").replace("%1", join_names(providers))
    if recipients:
        return tr("StoryView", "Help for %1").replace("%1", join_names(recipients))
    return ""


class StoryView(QWidget):
    """Shows one ``Story``; everything is visible at once (nothing hides behind hover)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.story: Story | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(18)
        self.eyebrow = _label("storyEyebrow", self)
        self.title = _label("storyTitle", self)
        self.flow = _label("storyFlow", self)
        self.figure = _label("storyFigure", self)
        self.caption = _label("storyCaption", self)
        self.compare = _label("storyCompare", self)
        self.source = _label("storySource", self)
        for label in (
            self.eyebrow,
            self.title,
            self.flow,
            self.figure,
            self.caption,
            self.compare,
            self.source,
        ):
            box.addWidget(label)
        box.addStretch(1)

    def set_story(self, story: Story | None) -> None:
        """Show ``story`` (or a plain message when there is none)."""
        self.story = story
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)

    def _render(self) -> None:
        for label in (
            self.eyebrow,
            self.title,
            self.flow,
            self.figure,
            self.caption,
            self.compare,
            self.source,
        ):
            label.clear()
            label.setVisible(False)
        story = self.story
        if story is None:
            self._show(self.title, self.tr("No stories in this database yet."))
        elif story.case is not None:
            self._render_case(story.case)
        elif story.headline is not None:
            self._render_headline(story.headline)

    def _show(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def _render_case(self, case: FeaturedInitiative) -> None:
        self._show(self.eyebrow, self.tr("A case of South-South learning"))
        self._show(self.title, case.title)
        self._show(self.flow, flow_text(case.providers, case.recipients))
        if case.outcome is not None:
            out = case.outcome
            self._show(self.figure, f"{format_number(out.quantity)} {out.unit}".strip())
            self._show(self.caption, out.description)
        else:
            self._show(self.caption, case.summary)
        self._show(self.source, self._source(case.source_name, case.source_year))

    def _render_headline(self, h: HeadlineComparison) -> None:
        self._show(self.eyebrow, self.tr("The brief said"))
        self._show(self.title, h.statement)
        if h.value is not None:
            self._show(self.figure, format_value(h.value, h.unit))
        source = self._source(h.source_name, h.year)
        if h.cited_source:
            source = self.tr("%1 (citing %2)").replace("%1", source).replace("%2", h.cited_source)
        if h.ours is not None and h.ours.points:
            latest = h.ours.latest
            ours = self.tr("What the IMF and World Bank data say: %1 in %2")
            ours = ours.replace("%1", format_value(latest.value, h.ours.unit))
            self._show(self.compare, ours.replace("%2", format_year(latest.year)))
            source += "\n" + source_line(h.ours.dataset_name, latest.year)
        else:
            self._show(self.compare, self.tr("Our data hold no comparable figure."))
        self._show(self.source, source)

    def _source(self, name: str, year: int | None) -> str:
        if year is None:
            return self.tr("Source: %1").replace("%1", name)
        return self.tr("Source: %1, %2").replace("%1", name).replace("%2", format_year(year))
