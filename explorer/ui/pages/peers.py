"""Peers: "Countries like X" with the reasons and a chooser of the indicators compared, and
"Who could X learn from about SECTOR" with the initiatives that are the evidence."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.countries import Choices, InitiativeRef
from explorer.domain.peers import DEFAULT_FEATURES, PeerResult, Teacher
from explorer.jobs.countries import load_choices, load_peers, load_teachers
from explorer.store.database import Database
from explorer.ui.models.country_base import IsoRole, RowRole
from explorer.ui.models.country_peers import EvidenceModel, PeerModel, TeacherModel
from explorer.ui.pages.base import Page, PageContext
from explorer.ui.runner import JobError
from explorer.ui.widgets.cards import text_label

DEFAULT_COUNTRY = "KEN"


def _table(parent: QWidget, model: QAbstractItemModel, stretch: int) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def load_start(database: Database, iso3: str) -> tuple[Choices, PeerResult]:
    """Job: the pickers' choices and the peers of ``iso3`` on the default indicators."""
    return load_choices(database), load_peers(database, iso3, DEFAULT_FEATURES)


class PeersPage(Page):
    """Countries like a country, and who it could learn from.

    Signals:
        peers_shown(): the peers table shows the newest result.
        teachers_shown(): the teachers table shows the newest result.
        country_selected(iso3: str): a country was double-clicked.
        initiatives_requested(query: str, ids: list): show these initiatives.
    """

    peers_shown = Signal()
    teachers_shown = Signal()
    country_selected = Signal(str)
    initiatives_requested = Signal(str, list)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.peers, self.teachers = PeerModel(self), TeacherModel(self)
        self.evidence = EvidenceModel(self)
        self.result: PeerResult | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 16)
        layout.addWidget(text_label(self.tr("Peers and teachers"), "pageTitle", self))
        row = QHBoxLayout()
        self.country_box = QComboBox(self)
        self.country_box.setAccessibleName(self.tr("Country"))
        self.country_box.setEditable(True)
        line = self.country_box.lineEdit()
        if line is not None:
            line.setAccessibleName(self.tr("Country"))
        self.country_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country_box.setMinimumContentsLength(28)
        self.sector_edit = QLineEdit(self)
        self.sector_edit.setAccessibleName(self.tr("Sector"))
        self.sector_edit.setPlaceholderText(self.tr("A sector: health, agriculture, 120…"))
        self.sector_edit.setText("health")
        self.learn_button = QPushButton(self.tr("Who could it learn from?"), self)
        for w in (self.country_box, self.sector_edit, self.learn_button):
            row.addWidget(w)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = text_label("", "muted", self)
        layout.addWidget(self.status)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.feature_list = QListWidget(split)
        self.feature_list.setAccessibleName(self.tr("Features that make a peer"))
        self.feature_list.setMaximumWidth(280)
        self.feature_list.itemChanged.connect(self._find_peers)
        right = QSplitter(Qt.Orientation.Vertical, split)
        self.peer_title = text_label("", "sectionTitle", right)
        self.peer_table = _table(right, self.peers, 2)
        self.peer_table.setAccessibleName(self.tr("Peer countries"))
        self.teacher_title = text_label("", "sectionTitle", right)
        self.teacher_table = _table(right, self.teachers, 4)
        self.teacher_table.setAccessibleName(self.tr("Countries that could teach"))
        self.evidence_table = _table(right, self.evidence, 1)
        self.evidence_table.setAccessibleName(self.tr("Evidence"))
        self.evidence_table.setToolTip(self.tr("Double-click an initiative to open it"))
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        self.country_box.activated.connect(self._on_country)
        self.learn_button.clicked.connect(self._find_teachers)
        self.sector_edit.returnPressed.connect(self._find_teachers)
        self.peer_table.doubleClicked.connect(self._open_country)
        self.teacher_table.doubleClicked.connect(self._open_country)
        self.teacher_table.selectionModel().currentRowChanged.connect(self._show_evidence)
        self.evidence_table.activated.connect(self._open_initiative)
        self.evidence_table.doubleClicked.connect(self._open_initiative)

    def submit_load(self) -> None:
        self.load(load_start, self.context.database, DEFAULT_COUNTRY)

    def show_loading(self) -> None:
        self.status.setText(self.tr("Loading…"))

    def show_error(self, error: JobError) -> None:
        detail = error.message if error.environment else self.tr("This is a bug; see the log.")
        self.status.setText(self.tr("Peers could not be found: %1").replace("%1", detail))

    def show_result(self, result: object) -> None:
        assert isinstance(result, tuple)
        choices, peers = result
        assert isinstance(choices, Choices) and isinstance(peers, PeerResult)
        self.country_box.clear()
        for iso3, name in choices.countries:
            self.country_box.addItem(f"{name} ({iso3})", iso3)
        self.feature_list.blockSignals(True)
        for code, name, _unit in choices.indicators:
            item = QListWidgetItem(name, self.feature_list)
            item.setData(Qt.ItemDataRole.UserRole, code)
            on = code in DEFAULT_FEATURES
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.feature_list.blockSignals(False)
        self.country_box.setCurrentIndex(self.country_box.findData(DEFAULT_COUNTRY))
        self._set_peer_title()
        self.teacher_title.setText(self.tr("Who could it learn from? Type a sector and ask."))
        self._show_peers(peers)

    def iso3(self) -> str:
        """The country the page is about."""
        data = self.country_box.currentData()
        return data if isinstance(data, str) else DEFAULT_COUNTRY

    def set_country(self, iso3: str, sector: str | None = None) -> None:
        """Find peers of ``iso3`` (and teachers, when a sector is given)."""
        index = self.country_box.findData(iso3)
        if index >= 0:
            self.country_box.setCurrentIndex(index)
        if sector is not None:
            self.sector_edit.setText(sector)
            self._find_teachers()
        self._find_peers()

    def features(self) -> list[str]:
        """The checked indicators."""
        items = (self.feature_list.item(i) for i in range(self.feature_list.count()))
        return [str(i.data(Qt.ItemDataRole.UserRole)) for i in items
                if i.checkState() == Qt.CheckState.Checked]  # fmt: skip

    def _on_country(self) -> None:
        self._find_peers()
        self.teachers.set_rows([])
        self.evidence.set_rows([])

    def _find_peers(self) -> None:
        codes = self.features()
        if not codes:
            self.status.setText(self.tr("Choose at least one indicator to compare on."))
            return
        self._set_peer_title()
        self.context.runner.submit(f"{self.job_key}.peers", load_peers, self.context.database,
                                   self.iso3(), codes, on_done=self._show_peers,
                                   on_error=self.show_error)  # fmt: skip

    def _set_peer_title(self) -> None:
        self.peer_title.setText(self.tr("Countries like %1").replace(
            "%1", self.country_box.currentText()))  # fmt: skip

    def _find_teachers(self) -> None:
        sector = self.sector_edit.text().strip()
        if not sector:
            return
        self.teacher_title.setText(self.tr("Who %1 could learn from about %2").replace(
            "%1", self.country_box.currentText()).replace("%2", sector))  # fmt: skip
        self.status.setText(self.tr("Looking for teachers…"))
        self.context.runner.submit(f"{self.job_key}.teachers", load_teachers,
                                   self.context.database, self.iso3(), sector,
                                   on_done=self._show_teachers,
                                   on_error=self.show_error)  # fmt: skip

    def _show_peers(self, result: PeerResult) -> None:
        self.result = result
        self.peers.set_rows(result.peers)
        self.peer_table.resizeRowsToContents()
        window = f"{result.window[0]}-{result.window[1]}"
        notes = " ".join(result.notes)
        self.status.setText(self.tr("Latest values of %1. %2").replace("%1", window)
                            .replace("%2", notes))  # fmt: skip
        self.peers_shown.emit()

    def _show_teachers(self, result: list[Teacher]) -> None:
        self.teachers.set_rows(result)
        self.evidence.set_rows([])
        self.status.setText(
            self.tr("%n country(ies) could share experience", "", len(result))
            if result
            else self.tr("No provider found for that sector.")
        )
        if result:
            self.teacher_table.selectRow(0)
        self.teachers_shown.emit()

    def _show_evidence(self, current: QModelIndex, _previous: QModelIndex) -> None:
        teacher = current.data(RowRole)
        self.evidence.set_rows(teacher.evidence if isinstance(teacher, Teacher) else [])

    def _open_country(self, index: QModelIndex) -> None:
        iso3 = index.data(IsoRole)
        if isinstance(iso3, str):
            self.country_selected.emit(iso3)
            self.context.navigator.open_country(iso3)

    def _open_initiative(self, index: QModelIndex) -> None:
        ref = index.data(RowRole)
        if isinstance(ref, InitiativeRef):
            title = ref.title.replace('"', " ")
            self.initiatives_requested.emit(f'source:{ref.dataset} "{title}"', [ref.id])
