"""Initiatives: search as you type, facets beside the results, the whole record beside them.

Every query runs on the runner (the newest request wins): the count and first rows under the
page's key, facets, detail, related initiatives and each further block of rows under keys of
their own, so a slow facet count never holds up the list.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QFrame, QMenu, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from explorer.domain.initiative_detail import InitiativeDetail, RelatedInitiative
from explorer.domain.query import Query, fold, parse
from explorer.domain.search import Facets, InitiativeRow
from explorer.jobs import initiatives as jobs
from explorer.paths import default_user_db
from explorer.ui.models.initiative_facets import FacetTreeModel
from explorer.ui.models.initiative_list import IdRole, InitiativeListModel, RowRole
from explorer.ui.open_target import follow_note_links
from explorer.ui.pages.base import Page, PageContext
from explorer.ui.pages.initiatives_bar import SearchBar
from explorer.ui.pages.initiatives_status import empty_message, status_text
from explorer.ui.pages.initiatives_style import STYLE
from explorer.ui.pages.initiatives_views import FacetTree, ResultTable
from explorer.ui.runner import JobError
from explorer.ui.widgets.add_to_collection import AddToCollectionMenu
from explorer.ui.widgets.cards import MessageCard, text_label
from explorer.ui.widgets.initiative_detail import InitiativeDetailPane


def _framed(widget: QWidget, name: str, parent: QWidget) -> QFrame:
    frame = QFrame(parent)
    frame.setObjectName(name)
    box = QVBoxLayout(frame)
    box.setContentsMargins(6, 6, 6, 6)
    box.addWidget(widget)
    return frame


class InitiativesPage(Page):
    """Browse and search cooperation initiatives.

    Signals:
        country_selected(iso3: str): a participant country was clicked in the detail.
        facets_shown(): facet counts of the current search arrived.
        detail_shown(initiative_id: int): a record is shown in full.
    """

    country_selected = Signal(str)
    facets_shown = Signal()
    detail_shown = Signal(int)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setStyleSheet(STYLE)
        self.user_db_path = default_user_db()
        self.query: Query = parse("")
        self._wanted_id: int | None = None
        self.names: dict[str, str] = {}  # folded facet key -> label, for chips
        self.model = InitiativeListModel(self)
        self.facet_model = FacetTreeModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(8)
        layout.addWidget(text_label(self.tr("Initiatives"), "pageTitle", self))
        self.bar = SearchBar(self)
        layout.addWidget(self.bar)
        self.status_label = text_label("", "resultStatus", self)
        layout.addWidget(self.status_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self.facets = FacetTree(self)
        self.facets.setModel(self.facet_model)
        self.facet_model.modelReset.connect(self.facets.after_reset)
        self.table = ResultTable(self)
        self.table.setModel(self.model)
        self.table.apply_widths()
        self.message = MessageCard(self.tr("Loading…"))
        self.centre = QStackedWidget(self)
        self.centre.addWidget(self.table)
        self.centre.addWidget(self.message)
        self.detail = InitiativeDetailPane(self)
        follow_note_links(self.detail.attach_notes(context.runner, self.user_db_path), context)
        self.detail.attach_collections(AddToCollectionMenu(context.runner, self.user_db_path,
                                                           self))  # fmt: skip
        self.row_menu = AddToCollectionMenu(context.runner, self.user_db_path, self)
        for menu in self.findChildren(AddToCollectionMenu):
            menu.added.connect(self._on_collected)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_context_menu)
        splitter.addWidget(_framed(self.facets, "facetFrame", splitter))
        splitter.addWidget(self.centre)
        splitter.addWidget(_framed(self.detail, "detailFrame", splitter))
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([220, 640, 420])
        self.splitter = splitter
        self._connect()

    def _connect(self) -> None:
        self.bar.search_requested.connect(self._search)
        self.bar.order_changed.connect(lambda _o: self.reload())
        self.bar.saved_button.clicked.connect(self.open_saved_searches)
        self.bar.export_button.clicked.connect(self.export_results)
        self.table.order_requested.connect(self.bar.set_order)
        self.facets.refine_requested.connect(self.bar.add_clause)
        self.model.block_needed.connect(self._fetch_block)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.verticalScrollBar().valueChanged.connect(lambda _v: self._update_status())
        self.detail.country_selected.connect(self.country_selected)
        self.detail.initiative_opened.connect(self.open_initiative)

    # --- searching -------------------------------------------------------------------
    def show_query(self, text: str) -> None:
        """Search for ``text`` now (other pages call this: "initiatives of this country")."""
        self.bar.set_text(text)

    def _search(self, text: str) -> None:
        if self._activated:
            self.reload()
        else:
            self.activate()

    def submit_load(self) -> None:
        text, runner, db = self.bar.text(), self.context.runner, self.context.database
        if not self.names:
            runner.submit(f"{self.job_key}.names", jobs.load_filter_names, db,
                          on_done=self._on_names)  # fmt: skip
        runner.submit(self.job_key, jobs.start_list, db, text, self.bar.order(),
                      self.user_db_path, on_done=self._on_loaded, on_error=self._on_load_failed)
        runner.submit(f"{self.job_key}.facets", jobs.load_facets, db, text, self.user_db_path,
                      on_done=self._on_facets, on_error=self._on_facets_failed)  # fmt: skip

    def show_loading(self) -> None:
        self.status_label.setText(self.tr("Searching…"))

    def show_result(self, result: object) -> None:
        assert isinstance(result, jobs.ListStart)
        selected = self.current_id()
        self.query = parse(result.text)
        self.model.reset(result)
        self.table.show_order(result.order)
        hints = result.hints
        if result.index_missing:
            hints = (*hints, self.tr("Rebuild the database (exchange-explorer build-db) to "
                                     "search words again."))  # fmt: skip
        self.bar.show_query(self.query, hints, self.names)
        self._update_status()
        if result.total == 0:
            self._show_message(*empty_message(self.query, self.names))
            self.detail.show_message(self.tr("No initiative to show."))
            return
        self.centre.setCurrentWidget(self.table)
        wanted, self._wanted_id = self._wanted_id, None
        row = next((i for i, r in enumerate(result.rows) if r.id == (wanted or selected)), None)
        if row is None and wanted is not None:
            return  # the record asked for is shown in the detail, though not on this page
        row = row or 0
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def show_error(self, error: JobError) -> None:
        self.model.reset(None)
        detail = error.message if error.environment else self.tr("This is a bug; details are "
                                                                 "in the log.")  # fmt: skip
        self._show_message(self.tr("The initiatives could not be read."), detail)
        self.status_label.setText("")

    def show_stale(self, error: JobError) -> None:
        self._update_status()  # the rows shown stay; "Searching…" would never end

    def _show_message(self, title: str, detail: str) -> None:
        old = self.message
        self.message = MessageCard(title, detail)
        self.message.body.addStretch(1)
        self.centre.addWidget(self.message)
        self.centre.setCurrentWidget(self.message)
        self.centre.removeWidget(old)
        old.deleteLater()

    def _update_status(self) -> None:
        start = self.model.start
        if start is not None:
            self.status_label.setText(status_text(start, *self.table.visible_range()))

    def _fetch_block(self, generation: int, block: int) -> None:
        start = self.model.start
        if start is None:
            return
        request = _BlockRequest(self, generation, block)
        handle = self.context.runner.submit(
            f"{self.job_key}.block.{block}", jobs.fetch_block, self.context.database, start.text,
            start.order, block * jobs.BLOCK, start.mine,
            on_done=request.done, on_error=request.failed,
        )  # fmt: skip
        handle.destroyed.connect(request.deleteLater)  # delivered or superseded: done with

    # --- facets, detail, related ----------------------------------------------------
    def _on_block(self, generation: int, block: jobs.Block) -> None:
        self.model.set_block(generation, block.offset // jobs.BLOCK, block.rows)
        self._update_status()

    def _on_related(self, result: tuple[int, tuple[RelatedInitiative, ...]]) -> None:
        self.detail.show_related(*result)

    def _on_facets(self, facets: Facets) -> None:
        for _name, values in facets.items():
            self.names.update((fold(v.key), v.label) for v in values)
        self.facet_model.set_facets(facets)
        self.bar.chips.show_query(self.query, self.names)
        self.facets_shown.emit()

    def _on_facets_failed(self, _error: JobError) -> None:
        self.facet_model.set_facets(None)
        self.facets_shown.emit()

    def _on_names(self, names: dict[str, str]) -> None:
        self.names = {**names, **self.names}
        self.bar.chips.show_query(self.query, self.names)
        if self.model.start is not None and self.model.total == 0:
            self._show_message(*empty_message(self.query, self.names))

    def _on_detail_failed(self, error: JobError) -> None:
        self.detail.show_message(self.tr("This record could not be read: %1")
                                 .replace("%1", error.message))  # fmt: skip

    def current_id(self) -> int | None:
        """The id of the selected initiative, if any."""
        rows = self.table.selectionModel().selectedRows()
        value = rows[0].data(IdRole) if rows else None
        return value if isinstance(value, int) else None

    def _on_selection(self, _new: QItemSelection, _old: QItemSelection) -> None:
        initiative_id = self.current_id()
        if initiative_id is not None:
            self.open_initiative(initiative_id)

    def show_initiative(self, initiative_id: int) -> None:
        """Show ``initiative_id`` in the detail and keep it selected when the next results
        arrive (another page asked for this record)."""
        self._wanted_id = initiative_id
        self.open_initiative(initiative_id)

    def open_initiative(self, initiative_id: int) -> None:
        """Show ``initiative_id`` in the detail pane (the list stays as it is)."""
        self.context.runner.submit(f"{self.job_key}.detail", jobs.load_detail,
                                   self.context.database, initiative_id,
                                   QLocale().name(),  # the title in the interface's language
                                   on_done=self._show_detail,
                                   on_error=self._on_detail_failed)  # fmt: skip

    def _show_detail(self, result: object) -> None:
        if not isinstance(result, InitiativeDetail):
            self.detail.show_message(self.tr("This initiative is no longer in the database."))
            return
        self.detail.show_detail(result, self.query)
        # Related ones come after the record (slower on a big database, never in its way).
        self.context.runner.submit(f"{self.job_key}.related", jobs.load_related,
                                   self.context.database, result.id,
                                   on_done=self._on_related)  # fmt: skip
        self.detail_shown.emit(result.id)

    # --- collections -----------------------------------------------------------------
    def row_context_menu(self, pos: QPoint) -> QMenu | None:
        """The result list's menu for the row at ``pos`` (viewport coordinates), that row
        selected; None where there is no initiative."""
        row = self.table.indexAt(pos).data(RowRole)
        if not isinstance(row, InitiativeRow) or not row.key:
            return None
        self.table.selectRow(self.table.indexAt(pos).row())
        self.row_menu.set_target(row.key, row.title)
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Initiative"))
        menu.addMenu(self.row_menu)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return menu

    def _on_collected(self, name: str, message: str) -> None:
        text = (self.tr("Added to “%1”.").replace("%1", name) if not message else
                self.tr("Not added to “%1”: %2").replace("%1", name).replace("%2", message))
        self.status_label.setText(text)

    def _row_context_menu(self, pos: QPoint) -> None:
        menu = self.row_context_menu(pos)
        if menu is not None:
            menu.popup(self.table.viewport().mapToGlobal(pos))

    # --- saved searches and export ---------------------------------------------------
    def open_saved_searches(self) -> None:
        """Open the saved searches dialog over the user database."""
        from explorer.ui.dialogs.saved_searches import SavedSearchesDialog

        dialog = SavedSearchesDialog(self.context.runner, self.user_db_path, self.bar.text(), self)
        dialog.search_opened.connect(self.show_query)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per opening: not kept
        dialog.open()

    def export_results(self) -> None:
        """Ask where to save, then export every result in the background."""
        from explorer.ui.export_initiatives import ask_and_export

        ask_and_export(self, self.context.database, self.model.start)


class _BlockRequest(QObject):
    """One block fetch of one list generation; a child of the page, so a result that
    arrives after the page is gone is never delivered (Qt drops the connection)."""

    def __init__(self, page: InitiativesPage, generation: int, block: int) -> None:
        super().__init__(page)
        self.page, self.generation, self.block = page, generation, block

    def done(self, result: jobs.Block) -> None:
        self.page._on_block(self.generation, result)

    def failed(self, _error: JobError) -> None:
        self.page.model.block_failed(self.generation, self.block)
