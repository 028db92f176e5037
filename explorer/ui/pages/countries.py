"""Countries: the filterable list of every country, and one country's profile.

Filters (region, income group, group such as G77 or ASEAN, LDC/LLDC/SIDS) and the sort
indicator re-query on the runner (newest wins); the name search filters locally over every
stored name, so "Brasil" and "巴西" both find Brazil.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.countries import Choices, CountryListRow, IndicatorValue
from explorer.jobs.countries import (
    ListFilters,
    Profile,
    load_choices,
    load_list,
    load_profile,
)
from explorer.paths import default_user_db
from explorer.store.database import Database
from explorer.ui.models.country_base import IsoRole
from explorer.ui.models.country_list import NAME, VALUE, CountryFilterProxy, CountryListModel
from explorer.ui.open_target import follow_note_links
from explorer.ui.pages.base import Page, PageContext
from explorer.ui.runner import JobError, classify_error
from explorer.ui.selection import shared_selection
from explorer.ui.widgets.cards import text_label
from explorer.ui.widgets.country_format import INCOME_NAMES, income_name
from explorer.ui.widgets.country_profile import ProfileView

log = logging.getLogger(__name__)
Listing = tuple[list[CountryListRow], IndicatorValue | None]


def load_start(database: Database) -> tuple[Choices, Listing]:
    """Job: the pickers' choices and the unfiltered list."""
    return load_choices(database), load_list(database, ListFilters())


class CountriesPage(Page):
    """Every country in a sortable, filterable table; opening one shows its profile.

    Signals:
        country_selected(iso3: str): a country's profile was opened.
        profile_shown(iso3: str): the profile's data is laid out.
        list_shown(): the list shows the newest filters' countries.
        initiatives_requested(query: str, ids: list): show these initiatives.
    """

    country_selected = Signal(str)
    profile_shown = Signal(str)
    list_shown = Signal()
    initiatives_requested = Signal(str, list)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = CountryListModel(self)
        self.proxy = CountryFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.list_view = QWidget(self.stack)
        self.stack.addWidget(self.list_view)
        self.profile_view = ProfileView(self.stack)
        follow_note_links(self.profile_view.attach_notes(context.runner, default_user_db()),
                          context)  # fmt: skip
        self.stack.addWidget(self.profile_view)
        self._build_list(self.list_view)
        pv = self.profile_view
        pv.back_button.clicked.connect(lambda: self.stack.setCurrentWidget(self.list_view))
        pv.country_selected.connect(self.show_country)
        pv.initiatives_requested.connect(self.initiatives_requested)
        pv.print_button.clicked.connect(self._print)
        pv.pdf_button.clicked.connect(self._save_pdf)
        pv.compare_button.clicked.connect(self._compare)
        self._pending_iso3: str | None = None

    def _build_list(self, parent: QWidget) -> None:
        layout = QVBoxLayout(parent)
        layout.setContentsMargins(28, 20, 28, 16)
        layout.addWidget(text_label(self.tr("Countries"), "pageTitle", parent))
        self.search = QLineEdit(parent)
        self.search.setAccessibleName(self.tr("Search countries"))
        self.search.setPlaceholderText(
            self.tr("Search a name in any language: Brasil, 巴西, البرازيل…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        layout.addWidget(self.search)
        row = QHBoxLayout()
        self.region_box, self.income_box = QComboBox(parent), QComboBox(parent)
        self.group_box, self.sort_box = QComboBox(parent), QComboBox(parent)
        widths = ((self.region_box, 18), (self.income_box, 16), (self.group_box, 18),
                  (self.sort_box, 28))  # fmt: skip
        for box, chars in widths:
            box.setMinimumContentsLength(chars)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self.flags = [QCheckBox(t, parent) for t in ("LDC", "LLDC", "SIDS")]
        for box in (self.region_box, self.income_box, self.group_box, self.sort_box):
            row.addWidget(box)
            box.currentIndexChanged.connect(self._refilter)
        for check in self.flags:
            row.addWidget(check)
            check.toggled.connect(self._refilter)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = text_label("", "muted", parent)
        layout.addWidget(self.status)
        self.table = QTableView(parent)
        self.table.setAccessibleName(self.tr("Countries"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._on_activated)
        self.table.doubleClicked.connect(self._on_activated)
        layout.addWidget(self.table, 1)

    # -- loading ---------------------------------------------------------------------------

    def submit_load(self) -> None:
        self.load(load_start, self.context.database)

    def show_loading(self) -> None:
        self.status.setText(self.tr("Loading…"))

    def show_error(self, error: JobError) -> None:
        detail = error.message if error.environment else self.tr("This is a bug; see the log.")
        self.status.setText(self.tr("The countries could not be read: %1").replace("%1", detail))

    def show_result(self, result: object) -> None:
        assert isinstance(result, tuple)
        choices, listing = result
        assert isinstance(choices, Choices)
        self._names = choices.names
        self._fill_box(self.region_box, self.tr("All regions"), [(r, r) for r in choices.regions])
        incomes = [(code, income_name(code)) for code in INCOME_NAMES]
        self._fill_box(self.income_box, self.tr("All income groups"), incomes)
        self._fill_box(self.group_box, self.tr("Any group"), list(choices.groups))
        sorts = [(c, n) for c, n, _ in choices.indicators]
        self._fill_box(self.sort_box, self.tr("Sort by name"), sorts)
        self._show_listing(listing)
        if self._pending_iso3:
            self.show_country(self._pending_iso3)

    @staticmethod
    def _fill_box(box: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, None)
        for key, text in items:
            box.addItem(text, key)
        box.blockSignals(False)

    def _filters(self) -> ListFilters:
        def key(box: QComboBox) -> str | None:
            data = box.currentData()
            return data if isinstance(data, str) else None

        ldc, lldc, sids = (c.isChecked() for c in self.flags)
        return ListFilters(key(self.region_box), key(self.income_box), key(self.group_box),
                           ldc, lldc, sids, key(self.sort_box))  # fmt: skip

    def _refilter(self) -> None:
        self.status.setText(self.tr("Loading…"))
        self.context.runner.submit(
            f"{self.job_key}.list", load_list, self.context.database, self._filters(),
            on_done=self._on_listing, on_error=self.show_error,
        )

    def _show_listing(self, listing: object) -> None:
        assert isinstance(listing, tuple)
        rows, indicator = listing
        self.model.set_countries(rows, getattr(self, "_names", {}), indicator)
        self.table.setColumnHidden(VALUE, indicator is None)
        if indicator is not None:
            self.table.sortByColumn(VALUE, Qt.SortOrder.DescendingOrder)
        else:
            self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self._update_status()

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_status()

    def _update_status(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total == 0:
            self.status.setText(self.tr("No country matches these filters."))
        else:
            self.status.setText(self.tr("%1 of %2 countries").replace(
                "%1", str(shown)).replace("%2", str(total)))  # fmt: skip

    # -- profile ---------------------------------------------------------------------------

    def show_country(self, iso3: str) -> None:
        """Open the profile of ``iso3`` (loaded in the background)."""
        self._pending_iso3 = iso3
        self.activate()
        self.context.runner.submit(
            f"{self.job_key}.profile", load_profile, self.context.database, iso3,
            on_done=self._on_profile, on_error=self.show_error,
        )

    def _on_activated(self, index: QModelIndex) -> None:
        iso3 = index.data(IsoRole)
        if isinstance(iso3, str):
            self.show_country(iso3)

    def _on_listing(self, listing: Listing) -> None:
        self._show_listing(listing)
        self.list_shown.emit()

    def _on_profile(self, result: Profile | None) -> None:
        self._pending_iso3 = None
        if result is None:
            self.status.setText(self.tr("No such country."))
            return
        try:
            self.profile_view.set_profile(result)
        except Exception as exc:  # our bug, but the page must still settle
            log.exception("the profile could not be shown")
            self.show_error(classify_error(exc))
            return
        self.stack.setCurrentWidget(self.profile_view)
        iso3 = result.facts.header.country.iso3
        self.country_selected.emit(iso3)
        self.profile_shown.emit(iso3)

    def _compare(self) -> None:
        profile = self.profile_view.profile
        if profile is not None:
            shared_selection(self.context.runner).set_codes([profile.facts.header.country.iso3])
            self.context.navigator.show("compare")

    def _print(self) -> None:
        from explorer.ui.pdf_brief import print_brief

        if self.profile_view.profile is not None:
            print_brief(self.profile_view.profile, self)

    def _save_pdf(self) -> None:
        from explorer.ui.pdf_brief import save_brief_dialog

        if self.profile_view.profile is not None:
            save_brief_dialog(self.profile_view.profile, self.context.runner, self)


