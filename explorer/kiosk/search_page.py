"""Search by tapping chips (questions, countries, sectors) or typing in a big field."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScroller,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from explorer.kiosk.data import Chip, SearchQuery, Story
from explorer.kiosk.story_view import StoryView, flow_text
from explorer.kiosk.widgets import ChipButton, FlowLayout, TouchButton
from explorer.ui.i18n import tr
from explorer.ui.layouts import clear_layout

# Featured questions: a tap sets the whole query.
QUESTIONS: tuple[tuple[str, SearchQuery], ...] = (
    (
        str(QT_TRANSLATE_NOOP("SearchPage", "Who learned from Brazil?")),
        SearchQuery(countries=("BRA",)),
    ),
    (str(QT_TRANSLATE_NOOP("SearchPage", "Who trains engineers?")), SearchQuery(text="engineers")),
    (
        str(QT_TRANSLATE_NOOP("SearchPage", "What did Japan support?")),
        SearchQuery(countries=("JPN",)),
    ),
    (str(QT_TRANSLATE_NOOP("SearchPage", "Microfinance")), SearchQuery(text="microfinance")),
    (str(QT_TRANSLATE_NOOP("SearchPage", "Health")), SearchQuery(sectors=("Health",))),
)
DEBOUNCE_MS = 300


class SearchPage(QWidget):
    """Chips and a search field on the left; hits, or the tapped hit, on the right.

    Signals:
        query_changed(query: SearchQuery): the visitor typed or tapped; the owner searches.
        hit_opened(initiative_id: int): the visitor tapped a search hit.
    """

    query_changed = Signal(object)
    hit_opened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.query = SearchQuery()
        self.chips: list[ChipButton] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(48, 16, 48, 24)
        row.setSpacing(32)
        left = QVBoxLayout()
        left.setSpacing(14)
        row.addLayout(left, 11)
        edit_row = QHBoxLayout()
        self.edit = QLineEdit(self)
        self.edit.setObjectName("searchEdit")
        self.edit.setMinimumHeight(72)
        self.edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.edit.setMaxLength(80)
        self.clear_button = TouchButton(parent=self)
        edit_row.addWidget(self.edit, 1)
        edit_row.addWidget(self.clear_button)
        left.addLayout(edit_row)
        self.headings: dict[str, QLabel] = {}
        self.flows: dict[str, FlowLayout] = {}
        for section in ("questions", "countries", "sectors"):
            heading = QLabel(self)
            heading.setObjectName("sectionHeading")
            holder = QWidget(self)
            self.headings[section] = heading
            self.flows[section] = FlowLayout(holder, spacing=12)
            left.addWidget(heading)
            left.addWidget(holder)
        left.addStretch(1)
        self.right = QStackedWidget(self)
        row.addWidget(self.right, 9)
        results = QWidget(self.right)
        res_box = QVBoxLayout(results)
        res_box.setContentsMargins(0, 0, 0, 0)
        self.count_label = QLabel(results)
        self.count_label.setObjectName("sectionHeading")
        self.count_label.setWordWrap(True)
        self.hits = QListWidget(results)
        self.hits.setObjectName("hits")
        self.hits.setWordWrap(True)
        # Long titles wrap to the width instead of widening the list past the screen.
        self.hits.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.hits.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.hits.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.hits.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.hits.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        QScroller.grabGesture(
            self.hits.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture
        )
        self.hits.itemClicked.connect(self._on_hit_clicked)
        self.hits.installEventFilter(self)  # Enter opens the current hit
        res_box.addWidget(self.count_label)
        res_box.addWidget(self.hits, 1)
        detail = QWidget(self.right)
        det_box = QVBoxLayout(detail)
        det_box.setContentsMargins(0, 0, 0, 0)
        self.back_button = TouchButton(parent=detail)
        self.detail = StoryView(detail)
        det_box.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeading)
        det_box.addWidget(self.detail, 1)
        self.right.addWidget(results)
        self.right.addWidget(detail)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self._emit_query)
        self.edit.textEdited.connect(self._on_text_edited)
        self.clear_button.clicked.connect(self.reset)
        self.back_button.clicked.connect(self.back_to_results)
        self.set_chips(())
        self.retranslate()

    def set_chips(self, chips: tuple[Chip, ...]) -> None:
        """Replace the country and sector chips (questions are fixed)."""
        for flow in self.flows.values():
            clear_layout(flow)
        self.chips = []
        for text, query in QUESTIONS:
            self._add_chip("questions", tr("SearchPage", text), query)
        for chip in chips:
            self._add_chip("countries" if chip.kind == "country" else "sectors", chip.label, chip)
        self._sync_chips()

    def _add_chip(self, section: str, text: str, key: object) -> None:
        button = ChipButton(text, key, self)
        button.clicked.connect(lambda _=False, b=button: self._on_chip(b))
        self.flows[section].addWidget(button)
        self.chips.append(button)

    def _on_chip(self, button: ChipButton) -> None:
        key, q = button.key, self.query
        if isinstance(key, SearchQuery):
            self.query = key if q != key else SearchQuery()
            self.edit.setText(self.query.text)
        elif isinstance(key, Chip) and key.kind == "country":
            values = tuple(v for v in q.countries if v != key.value)
            self.query = replace(
                q, countries=values if key.value in q.countries else (*values, key.value)
            )
        elif isinstance(key, Chip):
            values = tuple(v for v in q.sectors if v != key.value)
            self.query = replace(
                q, sectors=values if key.value in q.sectors else (*values, key.value)
            )
        self._sync_chips()
        self._emit_query()

    def _sync_chips(self) -> None:
        for b in self.chips:
            key = b.key
            on = (
                (key == self.query)
                if isinstance(key, SearchQuery)
                else (
                    isinstance(key, Chip)
                    and key.value
                    in (self.query.countries if key.kind == "country" else self.query.sectors)
                )
            )
            b.setChecked(bool(on) and not self.query.empty)

    def _on_text_edited(self, text: str) -> None:
        self.query = replace(self.query, text=text)
        self._sync_chips()
        self.debounce.start()

    def _emit_query(self) -> None:
        self.debounce.stop()
        self.right.setCurrentIndex(0)
        self.query_changed.emit(self.query)

    def show_hits(self, hits: tuple[Story, ...]) -> None:
        """Lay out the search results."""
        self.hits.clear()
        for story in hits:
            case = story.case
            if case is None:
                continue
            flow = flow_text(case.providers, case.recipients)
            item = QListWidgetItem(f"{case.title}\n{flow}" if flow else case.title)
            item.setData(Qt.ItemDataRole.UserRole, case.id)
            self.hits.addItem(item)
        self.count_label.setText(self.tr("%n initiative(s) found", "", len(hits)))

    def show_story(self, story: Story) -> None:
        """Show a tapped hit in full."""
        self.detail.set_story(story)
        came_by_keyboard = self.hits.hasFocus()
        self.right.setCurrentIndex(1)
        if came_by_keyboard:  # Enter on a hit: Enter or Escape goes back
            self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def showing_story(self) -> bool:
        """Whether a hit is open in full."""
        return self.right.currentIndex() == 1

    def back_to_results(self) -> None:
        """From an open hit back to the list (Back, Escape)."""
        had_focus = self.back_button.hasFocus()
        self.right.setCurrentIndex(0)
        if had_focus:
            self.hits.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.hits and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            item = self.hits.currentItem()
            if item is not None:
                self._on_hit_clicked(item)
                return True
        return super().eventFilter(watched, event)

    def _on_hit_clicked(self, item: QListWidgetItem) -> None:
        self.hit_opened.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def reset(self) -> None:
        """Clear typed text and tapped chips, and show every initiative again."""
        self.edit.clear()
        self.query = SearchQuery()
        self._sync_chips()
        self._emit_query()

    def retranslate(self) -> None:
        """Set every string in the current language."""
        self.edit.setPlaceholderText(self.tr("Type a country, a topic or a word…"))
        self.clear_button.setText(self.tr("Clear"))
        self.edit.setAccessibleName(self.tr("Search"))
        self.hits.setAccessibleName(self.tr("Search results"))
        self.back_button.setAccessibleName(self.tr("Back to results"))
        self.back_button.setText(self.tr("‹ Back to results"))
        self.headings["questions"].setText(self.tr("Try a question"))
        self.headings["countries"].setText(self.tr("Countries"))
        self.headings["sectors"].setText(self.tr("Topics"))
        for button in self.chips:
            for text, query in QUESTIONS:
                if button.key == query:
                    button.setText(tr("SearchPage", text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
