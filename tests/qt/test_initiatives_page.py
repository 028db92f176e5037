"""The Initiatives page over real SQLite files: search, facets, chips, detail, saved, export."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from explorer.jobs import initiatives as jobs
from explorer.store.database import Database
from explorer.ui.models.initiative_facets import FacetTreeModel, KindRole, RefineRole
from explorer.ui.models.initiative_list import InitiativeListModel, RowRole
from explorer.ui.pages.base import PageContext
from explorer.ui.pages.initiatives import InitiativesPage
from explorer.ui.widgets.initiative_detail_html import MARK_OPEN
from tests.unit.test_initiative_detail import fill_initiatives

MakeContext = Callable[[Path], PageContext]


@pytest.fixture()
def init_db(empty_db: Engine) -> Path:
    fill_initiatives(empty_db)
    empty_db.dispose()
    return Path(str(empty_db.url.database))


def open_page(qtbot: QtBot, ctx: PageContext, tmp_path: Path, text: str = "") -> InitiativesPage:
    page = InitiativesPage(ctx)
    page.user_db_path = tmp_path / "user.sqlite"
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    search(qtbot, page, text)
    return page


def search(qtbot: QtBot, page: InitiativesPage, text: str) -> None:
    with qtbot.waitSignals([page.data_shown, page.facets_shown], timeout=20_000):
        page.show_query(text)


def titles(page: InitiativesPage) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def test_models_pass_the_model_tester(qtmodeltester: object, init_db: Path) -> None:
    start = jobs.start_list(Database.open(init_db), "", "relevance")
    model = InitiativeListModel()
    model.reset(start)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    facets = FacetTreeModel()
    facets.set_facets(jobs.load_facets(Database.open(init_db), ""))
    qtmodeltester.check(facets)  # type: ignore[attr-defined]
    facets.toggle(0)
    facets.toggle(0)


@pytest.mark.parametrize("order", ["newest", "oldest", "title"])
def test_orders_are_applied(init_db: Path, order: str) -> None:
    start = jobs.start_list(Database.open(init_db), "", order)
    assert start.total == 6
    years = [r.start_year or 0 for r in start.rows]
    if order == "newest":
        assert years == sorted(years, reverse=True)
    elif order == "oldest":
        assert years == sorted(years)
    block = jobs.fetch_block(Database.open(init_db), "", order, 0)
    assert [r.id for r in block.rows] == [r.id for r in start.rows]


def test_typing_finds_the_asa_case(qtbot: QtBot, make_context: MakeContext, init_db: Path,
                                   tmp_path: Path) -> None:  # fmt: skip
    page = open_page(qtbot, make_context(init_db), tmp_path)
    assert page.model.total == 6
    with (
        qtbot.waitSignal(page.detail_shown, timeout=20_000),
        qtbot.waitSignal(page.data_shown, timeout=20_000),
    ):
        qtbot.keyClicks(page.bar.edit, "microfinance recipient:PHL")  # type: ignore[no-untyped-call]
    assert page.model.total == 2
    assert any(t.startswith("ASA (Bangladesh)") for t in titles(page))
    assert [c.text() for c in page.bar.chips.chips] == ["Recipient: Philippines  ✕"]
    assert "2 of 2 shown" in page.status_label.text()


def test_facet_click_adds_a_chip_and_removing_it_restores(
    qtbot: QtBot, make_context: MakeContext, init_db: Path, tmp_path: Path
) -> None:
    page = open_page(qtbot, make_context(init_db), tmp_path, "microfinance")
    assert page.model.total == 3 and not page.bar.chips.chips
    index = facet_value(page.facet_model, "provider:BRA")
    rect = page.facets.visualRect(index)
    with qtbot.waitSignals([page.data_shown, page.facets_shown], timeout=20_000):
        qtbot.mouseClick(page.facets.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # type: ignore[no-untyped-call]
    assert page.bar.text() == "microfinance provider:BRA"
    assert page.model.total == 1
    assert [c.text() for c in page.bar.chips.chips] == ["Provider: Brazil  ✕"]
    with qtbot.waitSignals([page.data_shown, page.facets_shown], timeout=20_000):
        page.bar.chips.chips[0].click()
    assert page.bar.text() == "microfinance"
    assert page.model.total == 3 and not page.bar.chips.chips


def facet_value(model: FacetTreeModel, refine: str) -> QModelIndex:
    for f in range(model.rowCount()):
        parent = model.index(f, 0)
        for r in range(model.rowCount(parent)):
            index = model.index(r, 0, parent)
            if index.data(KindRole) == "value" and index.data(RefineRole) == refine:
                return index
    raise AssertionError(f"no facet value {refine}")


def test_detail_shows_sources_highlights_and_copies(
    qtbot: QtBot, make_context: MakeContext, init_db: Path, tmp_path: Path
) -> None:
    page = open_page(qtbot, make_context(init_db), tmp_path, "microfinance recipient:PHL")
    qtbot.waitUntil(lambda: page.detail.detail is not None, timeout=20_000)
    rows = [page.model.row_at(r) for r in range(page.model.total)]
    row = next(i for i, r in enumerate(rows) if r is not None and r.title.startswith("ASA"))
    wanted = rows[row]
    assert wanted is not None
    if page.detail.detail is None or page.detail.detail.id != wanted.id:
        with qtbot.waitSignal(page.detail_shown, timeout=20_000):
            page.table.selectRow(row)
    pane = page.detail
    assert pane.title_label is not None and MARK_OPEN + "microfinance" in pane.title_label.text()
    assert any(MARK_OPEN in label.text() for label in pane.texts)
    texts = " ".join(label.text() for label in pane.body.findChildren(type(pane.title_label)))
    assert "Case asa" in texts and "CC BY 3.0 IGO" in texts
    # Plain words for the source's own reference (issue 19), not "Record … of dataset".
    assert "Reference in this source: " in texts and "of dataset" not in texts
    assert [f.text() for f in pane.body.findChildren(QLineEdit)] == ["https://asa.org.bd"]
    assert "Original language: English" in texts
    with qtbot.waitSignal(pane.citation_copied):
        assert pane.copy_button is not None
        pane.copy_button.click()
    assert "Case asa." in QGuiApplication.clipboard().text()
    with qtbot.waitSignal(page.country_selected) as blocker:
        pane._on_link("country:PHL")
    assert blocker.args == ["PHL"]
    qtbot.waitUntil(lambda: "Brazilian study visit" in texts_of(page), timeout=20_000)


def texts_of(page: InitiativesPage) -> str:
    from PySide6.QtWidgets import QLabel

    return " ".join(label.text() for label in page.detail.body.findChildren(QLabel))


def test_saved_search_round_trip(qtbot: QtBot, make_context: MakeContext, init_db: Path,
                                 tmp_path: Path) -> None:  # fmt: skip
    from explorer.ui.dialogs.saved_searches import SavedSearchesDialog

    page = open_page(qtbot, make_context(init_db), tmp_path, "sector:health")
    dialog = SavedSearchesDialog(page.context.runner, page.user_db_path, page.bar.text(), page)
    qtbot.addWidget(dialog)
    qtbot.waitSignal(dialog.searches_listed, timeout=10_000).wait()  # type: ignore[no-untyped-call]
    dialog.name_edit.setText("Health cooperation")
    with qtbot.waitSignal(dialog.searches_listed, timeout=10_000):
        dialog.save_current()
    assert dialog.list.count() == 1 and "Health cooperation" in dialog.list.item(0).text()
    dialog.search_opened.connect(page.show_query)
    search(qtbot, page, "")
    with qtbot.waitSignal(page.data_shown, timeout=20_000):
        dialog.open_selected()
    assert page.bar.text() == "sector:health" and page.model.total == 1
    again = SavedSearchesDialog(page.context.runner, page.user_db_path, "", page)
    qtbot.addWidget(again)
    qtbot.waitSignal(again.searches_listed, timeout=10_000).wait()  # type: ignore[no-untyped-call]
    with qtbot.waitSignal(again.searches_listed, timeout=10_000):
        again.delete_selected()
    assert again.list.count() == 0


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_has_names_codes_and_sources(
    qtbot: QtBot, make_context: MakeContext, init_db: Path, tmp_path: Path, suffix: str
) -> None:
    from explorer.ui.export_initiatives import HEADER, ExportTask

    page = open_page(qtbot, make_context(init_db), tmp_path, "microfinance")
    assert page.model.start is not None
    out = tmp_path / f"export{suffix}"
    task = ExportTask(page.context.database, page.model.start, out, page)
    done: list[tuple[str, int]] = []
    task.exported.connect(lambda path, n: done.append((path, n)))
    task.start()
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    assert done == [(str(out), 3)]
    if suffix == ".csv":
        with out.open(encoding="utf-8-sig") as f:
            rows = list(csv.reader(f))
    else:
        from openpyxl import load_workbook

        book = load_workbook(out, read_only=True)
        # The first sheet says what was exported, when, and from which data (issue 19).
        assert book.sheetnames == ["About", "Initiatives"]
        about = {r[0]: r[1:] for r in book["About"].iter_rows(values_only=True) if r and r[0]}
        assert about["Search"][0] == "microfinance" and about["Initiatives matching"][0] == 3
        from datetime import UTC, datetime

        exported = datetime.fromisoformat(str(about["Exported at"][0]))
        assert abs((datetime.now(UTC) - exported).total_seconds()) < 120
        assert about["Order"][0] == "Best match"
        with page.context.database.session() as s:
            from explorer.store.queries.sources import built_at, list_datasets

            named = {d.name: (d.version, d.licence) for d in list_datasets(s)}
            built = built_at(s)
        assert about["Database built at"][0] == (built or None)  # openpyxl reads "" as None
        assert named and all(tuple(about[n][:2]) == v for n, v in named.items())
        sheet = book["Initiatives"]
        rows = [
            [("" if v is None else str(v)) for v in r] for r in sheet.iter_rows(values_only=True)
        ]
    assert tuple(rows[0]) == HEADER
    by_title = {r[1]: dict(zip(HEADER, r, strict=True)) for r in rows[1:]}
    asa = next(v for k, v in by_title.items() if k.startswith("ASA"))
    assert (asa["providers"], asa["provider_names"]) == ("BGD", "Bangladesh")
    assert (asa["recipients"], asa["recipient_names"]) == ("PHL", "Philippines")
    assert asa["dataset"] == "brief" and asa["citation"].endswith("Case asa.")
    assert asa["start_year"] == "2003" and asa["status"] == "Completed"
    assert not list(tmp_path.glob("*.part*"))


@pytest.mark.parametrize(
    ("text", "hinted"),
    [('"rural development', True), ("x" * 10_000, True), ("🌍 🚀 microfinance", True),
     ("التعاون الزراعي", False), ("provider:", True), ("year:abc OR", True)],
)  # fmt: skip
def test_bad_queries_never_raise(qtbot: QtBot, make_context: MakeContext, init_db: Path,
                                 tmp_path: Path, text: str, hinted: bool) -> None:  # fmt: skip
    page = open_page(qtbot, make_context(init_db), tmp_path)
    failures: list[str] = []
    page.load_failed.connect(failures.append)
    search(qtbot, page, text)
    assert not failures
    assert page.bar.hints_label.isVisible() == hinted
    if hinted:
        assert page.bar.hints_label.text().startswith("⚠")


def test_no_results_suggests_removing_a_filter(
    qtbot: QtBot, make_context: MakeContext, init_db: Path, tmp_path: Path
) -> None:
    page = open_page(qtbot, make_context(init_db), tmp_path, "health provider:CHN")
    assert page.model.total == 0 and page.centre.currentWidget() is page.message
    assert "Provider: China" in (page.message.detail_label.text() if page.message.detail_label
                                 else "")  # fmt: skip


def test_database_error_is_a_message(qtbot: QtBot, make_context: MakeContext,
                                     tmp_path: Path) -> None:  # fmt: skip
    page = InitiativesPage(make_context(tmp_path / "missing.sqlite"))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.load_failed, timeout=20_000):
        page.activate()
    assert page.centre.currentWidget() is page.message
    assert "could not be read" in page.message.title_label.text()


@pytest.mark.realdata
def test_reference_db_finds_the_brief_case(qtbot: QtBot, make_context: MakeContext,
                                           reference_db: Path, tmp_path: Path) -> None:  # fmt: skip
    from explorer.store import fts
    from explorer.store.engine import make_engine

    db = tmp_path / "ref.sqlite"
    shutil.copy(reference_db, db)
    engine = make_engine(db)
    with engine.begin() as conn:
        if not fts.has_index(conn):
            fts.build_index(conn)  # an index of an older engine: rebuild it in the copy
    engine.dispose()
    page = open_page(qtbot, make_context(db), tmp_path, "microfinance recipient:PHL")
    rows = [page.model.index(r, 0).data(RowRole) for r in range(page.model.rowCount())]
    asa = [r for r in rows if r is not None and r.source == "brief"]
    assert asa and "microfinance" in asa[0].title.casefold()


def test_a_million_rows_load_only_what_is_painted(qtbot: QtBot) -> None:
    from explorer.domain.query import parse
    from explorer.domain.search import InitiativeRow

    model = InitiativeListModel()
    start = jobs.ListStart("", "relevance", 1_000_000, False, (), (), False)
    model.reset(start)
    asked: list[tuple[int, int]] = []
    model.block_needed.connect(lambda gen, block: asked.append((gen, block)))
    assert model.rowCount() == 1_000_000 and parse("").is_empty
    for r in (500_000, 500_001, 999_999):
        assert model.index(r, 0).data() == "Loading…"
    qtbot.waitUntil(lambda: len(asked) == 2)
    assert sorted(b for _, b in asked) == [5000, 9999]
    one = InitiativeRow(7, "T", ("BRA",), ("Brazil",), (), (), (), "training", 2001, None, "x")
    model.set_block(asked[0][0], 5000, (one,))
    assert model.index(500_000, 0).data() == "T" and model.index(500_000, 5).data() == "2001"
    model.set_block(asked[0][0] - 1, 9999, (one,))  # an older search's block: dropped
    assert model.row_at(999_999) is None
