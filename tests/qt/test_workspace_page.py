"""The Workspace page over the real reference database and a real user database file:
lists, search in note text, removed targets, opening through the navigator, collections and
tags changed from the GUI, the models through qtmodeltester, and renders to PNG."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from explorer.jobs import workspace_page as jobs
from explorer.jobs.workspace_page import BookmarkEntry, Item, NoteEntry
from explorer.store import workspace as ws
from explorer.store import workspace_collections as wc
from explorer.store.database import Database
from explorer.store.userdb import open_user_db
from explorer.ui.a11y.appearance import apply_appearance
from explorer.ui.pages.base import PageContext
from explorer.ui.pages.workspace import BOOKMARKS, COLLECTIONS, SEARCHES, WorkspacePage
from explorer.ui.pages.workspace_models import (
    PayloadRole,
    Row,
    WorkspaceFilterProxy,
    WorkspaceTableModel,
)
from tests.qt.pagetools import load

pytestmark = pytest.mark.realdata
MakeContext = Callable[[Path], PageContext]
SHOTS = Path(os.environ.get("EXPLORER_WORKSPACE_SHOTS", "/tmp/ws11/png"))
LONG = "abc-brazil:BRA/98/004-A049 (row 1112)"  # the longest title in the data (333 chars)
HIV = "brief:brazil-botswana-hiv"
GONE = "undp-ss:removed-by-an-update"
GONE_TITLE = "Solar kiosks for rural clinics (pilot, withdrawn from the data)"
ARABIC = "قالت الوزارة إن برنامج التدريب على الري كان مفيداً جداً، ونريد توسيعه إلى مابوتو."
CHINESE = "农业部表示灌溉培训项目非常有用，希望明年扩大到马普托省。"


def fill(user_db: Path) -> None:
    """Notes (long, Arabic, Chinese, on a removed record, on a country, free-standing),
    stars, a collection and tags, through the store."""
    engine = ws.durable(open_user_db(user_db))
    ws.add_note(engine, LONG, "Basic agreements: ask the ministry which were signed.\n"
                + "Details follow. " * 40, "long title snapshot")
    arabic = ws.add_note(engine, HIV, ARABIC, "Brazil supports Botswana's HIV/AIDS strategy")
    ws.add_note(engine, "MOZ", CHINESE, "Mozambique")
    ws.add_note(engine, GONE, "The clinic visit was in March.", GONE_TITLE)
    ws.add_note(engine, "", "Free-standing: call the embassy about irrigation.", "")
    ws.add_bookmark(engine, HIV, "Brazil supports Botswana")
    ws.add_bookmark(engine, GONE, GONE_TITLE)
    ws.add_bookmark(engine, "BRA", "Brazil")
    wc.create_collection(engine, "Mozambique mission, March", "Who to meet, what to ask")
    wc.add_items(engine, "Mozambique mission, March",
                 [(HIV, "Brazil supports Botswana"), ("MOZ", "Mozambique"), (GONE, GONE_TITLE)])
    wc.create_collection(engine, "Água e saneamento")
    wc.tag_note(engine, arabic, ["health", "mission"])
    wc.tag_bookmark(engine, HIV, ["health"])
    from sqlalchemy.orm import Session

    from explorer.store.queries.saved_searches import save_search

    with Session(engine) as s, s.begin():
        save_search(s, "Brazil in Africa, health", "provider:BRA region:africa sector:health")
    engine.dispose()


@pytest.fixture()
def page(qtbot: QtBot, make_context: MakeContext, reference_db: Path,
         tmp_path: Path) -> Iterator[WorkspacePage]:
    fill(tmp_path / "user.sqlite")
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))  # offscreen tests run in C, where Á sorts after Z
    made = WorkspacePage(make_context(reference_db))
    made.user_db_path = tmp_path / "user.sqlite"
    made.resize(1280, 800)
    made.show()
    load(qtbot, made)
    yield made
    made.context.runner.wait_for_done(10_000)
    QLocale.setDefault(before)


def _titles(page: WorkspacePage, which: str) -> list[str]:
    proxy = getattr(page, f"{which}_proxy")
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def _wait_edit(qtbot: QtBot, page: WorkspacePage, edit: Callable[[], object]) -> None:
    with qtbot.waitSignal(page.data_shown, timeout=20_000):
        edit()
    page.context.runner.wait_for_done(10_000)


def test_lists_show_everything_with_removed_targets_marked(page: WorkspacePage) -> None:
    notes = _titles(page, "notes")
    assert len(notes) == 5
    assert f"No longer in the data: {GONE_TITLE}" in notes
    assert "Mozambique" in notes and "Free-standing note" in notes
    long_title = next(t for t in notes if t.startswith("Negociação de Acordos Básicos"))
    assert len(long_title) == 333  # the current title, not the snapshot
    marks = _titles(page, "bookmarks")
    assert sorted(marks) == sorted(["Brazil", "Brazil supports Botswana's integrated HIV/AIDS "
                                    "strategy", f"No longer in the data: {GONE_TITLE}"])
    assert page.status_label.text() == (
        "5 note(s), 3 bookmark(s), 2 collection(s) · 2 no longer in the data (kept)")
    assert page.tabs.tabText(COLLECTIONS) == "Collections (2)"
    names = [page.collections_panel.proxy.index(r, 0).data()
             for r in range(page.collections_panel.proxy.rowCount())]
    assert names == ["Água e saneamento", "Mozambique mission, March"]  # QCollator: Á by A


def test_search_finds_note_text_in_any_script_and_titles(page: WorkspacePage) -> None:
    page.search_edit.setText("الري")
    assert _titles(page, "notes") == ["Brazil supports Botswana's integrated HIV/AIDS strategy"]
    page.search_edit.setText("灌溉")
    assert _titles(page, "notes") == ["Mozambique"]
    page.search_edit.setText("EMBASSY")
    assert _titles(page, "notes") == ["Free-standing note"]
    page.search_edit.setText("negociacao")  # a title, accents folded
    assert len(_titles(page, "notes")) == 1
    page.search_edit.setText("nothing of the sort")
    assert _titles(page, "notes") == [] and "Nothing" in page.status_label.text()
    page.search_edit.setText("")
    page.tag_combo.setCurrentIndex(page.tag_combo.findData("health"))
    assert len(_titles(page, "notes")) == 1 and len(_titles(page, "bookmarks")) == 1


def test_opening_goes_through_the_navigator(page: WorkspacePage) -> None:
    calls: list[tuple[str, object]] = []
    page.context.navigator.bind(
        lambda key: calls.append(("show", key)) or None,  # type: ignore[func-returns-value]
        lambda iso3: calls.append(("country", iso3)),
        lambda query, ids: calls.append(("initiatives", (query, list(ids)))),
    )
    page.context.navigator.bind_chart(lambda key: calls.append(("chart", key)) or True)  # type: ignore[func-returns-value]
    by_title = {page.notes_proxy.index(r, 0).data(): page.notes_proxy.index(r, 0)
                for r in range(page.notes_proxy.rowCount())}
    page.notes_view.activated.emit(by_title["Mozambique"])
    note = by_title["Brazil supports Botswana's integrated HIV/AIDS strategy"].data(PayloadRole)
    assert isinstance(note, NoteEntry) and note.item is not None
    page.notes_view.activated.emit(by_title["Brazil supports Botswana's integrated HIV/AIDS "
                                            "strategy"])
    page.notes_view.activated.emit(by_title[f"No longer in the data: {GONE_TITLE}"])
    assert "no longer in the data" in page.status_label.text()
    page.open_item(Item("chart", "chart:trade?iso3=BRA", "Trade of Brazil", True), "")
    assert calls == [("country", "MOZ"), ("initiatives", ("has:note", [note.item.initiative_id])),
                     ("chart", "chart:trade?iso3=BRA")]  # opened with its parameters
    from explorer.jobs.reads import read
    from explorer.store.workspace_targets import targets

    assert read(page.context.database, targets, [HIV])[HIV].initiative_id == \
        note.item.initiative_id  # the row it is now, looked up by its stable key


def test_collections_created_renamed_filled_reordered_and_deleted(
    qtbot: QtBot, page: WorkspacePage
) -> None:
    panel = page.collections_panel
    _wait_edit(qtbot, page, lambda: panel.create_collection("  Maputo   visit "))
    assert panel.current() is not None and panel.current().name == "Maputo visit"
    failures: list[str] = []
    page.edit_failed.connect(failures.append)
    _wait_edit(qtbot, page, lambda: panel.create_collection("Maputo visit"))
    assert len(failures) == 1 and "already exists" in failures[0]
    assert "Not changed: a collection named 'Maputo visit' already exists" in \
        page.status_label.text()  # kept after the reload
    marks = {page.bookmarks_proxy.index(r, 0).data(PayloadRole).item.key:
             page.bookmarks_proxy.index(r, 0).data(PayloadRole)
             for r in range(page.bookmarks_proxy.rowCount())}
    page.add_to_collection("Maputo visit", marks[HIV].item)
    page.add_to_collection("Maputo visit", marks["BRA"].item)
    _wait_edit(qtbot, page, lambda: page.add_to_collection("Maputo visit", marks[GONE].item))
    assert [i.key for i in panel.current().items] == [HIV, "BRA", GONE]
    panel.item_view.selectRow(2)
    _wait_edit(qtbot, page, lambda: panel.move_current(-1))
    assert [i.key for i in panel.current().items] == [HIV, GONE, "BRA"]
    assert panel.current_item() is not None and panel.current_item().key == GONE  # followed
    _wait_edit(qtbot, page, panel.remove_current)
    assert [i.key for i in panel.current().items] == [HIV, "BRA"]
    _wait_edit(qtbot, page, lambda: panel.rename("Maputo visit", "Maputo visit, April"))
    assert panel.current().name == "Maputo visit, April" and len(panel.current().items) == 2
    _wait_edit(qtbot, page, lambda: panel.delete("Maputo visit, April"))
    engine = open_user_db(page.user_db_path)
    try:
        assert {c.name for c in wc.list_collections(engine)} == {
            "Água e saneamento", "Mozambique mission, March"}
        assert ws.is_bookmarked(engine, HIV)  # the targets stay
    finally:
        engine.dispose()


def test_tags_added_and_removed_from_the_context_menu(qtbot: QtBot, page: WorkspacePage) -> None:
    page.tabs.setCurrentIndex(BOOKMARKS)
    row = next(r for r in range(page.bookmarks_proxy.rowCount())
               if page.bookmarks_proxy.index(r, 0).data(PayloadRole).item.key == "BRA")
    index = page.bookmarks_proxy.index(row, 0)
    menu = page.item_menu(page.bookmarks_view, index)
    assert menu is not None
    texts = [a.text().replace("&", "") for a in menu.actions()]
    assert {"Open", "Add to Collection", "Add Tag…", "Remove Bookmark"} <= set(texts)
    collections = next(a.menu() for a in menu.actions() if a.menu() and
                       a.text().replace("&", "") == "Add to Collection")
    assert [a.text() for a in collections.actions() if a.text()][:2] == [
        "Água e saneamento", "Mozambique mission, March"]  # QCollator
    entry = index.data(PayloadRole)
    assert isinstance(entry, BookmarkEntry)
    _wait_edit(qtbot, page, lambda: page.add_tag(entry, "  mission  "))
    assert ("mission", 2) in page.view.tags
    again = next(b for b in page.view.bookmarks if b.item.key == "BRA")
    assert again.tags == ("mission",)
    _wait_edit(qtbot, page, lambda: page.remove_tag(again, "mission"))
    assert next(b for b in page.view.bookmarks if b.item.key == "BRA").tags == ()


def test_an_empty_workspace_says_so_and_creates_no_file(
    qtbot: QtBot, make_context: MakeContext, reference_db: Path, tmp_path: Path
) -> None:
    page = WorkspacePage(make_context(reference_db))
    page.user_db_path = tmp_path / "nobody" / "user.sqlite"
    page.resize(1000, 600)
    page.show()
    load(qtbot, page)
    assert page.stack.currentWidget() is page.empty_card
    assert not page.user_db_path.exists()
    assert not page.bar.isVisible() and page.empty_new.isEnabled()
    _wait_edit(qtbot, page, lambda: page.collections_panel.create_collection("Mission"))
    assert page.stack.currentWidget() is page.tabs and page.bar.isVisible()
    assert page.tabs.tabText(COLLECTIONS) == "Collections (1)"


def test_models_pass_the_model_tester(qtmodeltester: object, page: WorkspacePage) -> None:
    for model in (page.notes, page.bookmarks, page.tags, page.notes_proxy, page.searches,
                  page.collections_panel.collections, page.collections_panel.items):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    model = WorkspaceTableModel(("Title", "Kind"))
    proxy = WorkspaceFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows([Row(("b", "x"), ("b", datetime(2026, 1, 2)), None, "b"),
                    Row(("Ä", "y"), ("Ä", datetime(2026, 1, 1)), None, "Ä")])
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]
    proxy.sort(0)
    assert [proxy.index(r, 0).data() for r in range(2)] == ["Ä", "b"]
    proxy.sort(1)
    assert [proxy.index(r, 0).data() for r in range(2)] == ["Ä", "b"]


def test_load_job_reads_without_the_gui(reference_db: Path, tmp_path: Path) -> None:
    fill(tmp_path / "user.sqlite")
    database = Database.open(reference_db, readonly=True)
    try:
        view = jobs.load_workspace(database, tmp_path / "user.sqlite")
    finally:
        database.dispose()
    gone = [n for n in view.notes if n.item is not None and n.item.key == GONE]
    assert gone and gone[0].item is not None and gone[0].item.title == GONE_TITLE
    assert not gone[0].item.present
    hiv = next(n for n in view.notes if n.item is not None and n.item.key == HIV)
    assert hiv.item is not None and hiv.item.present and hiv.item.initiative_id
    assert hiv.tags == ("health", "mission")
    assert jobs.create_collection(tmp_path / "user.sqlite", "") == "a collection needs a name"
    assert jobs.add_to_collection(tmp_path / "user.sqlite", "Mozambique mission, March",
                                  [("not a key", "x")]) == "not a key: 'not a key'"


@pytest.mark.parametrize("percent", [100, 150])
def test_renders(qtbot: QtBot, make_context: MakeContext, reference_db: Path, tmp_path: Path,
                 percent: int) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet, before = QApplication.font(), app.styleSheet(), QLocale()
    fill(tmp_path / "user.sqlite")
    try:
        apply_appearance(percent, False)  # before the page is built, as the app does
        QLocale.setDefault(QLocale("en_US"))
        page = WorkspacePage(make_context(reference_db))
        page.user_db_path = tmp_path / "user.sqlite"
        page.resize(1280, 800)
        page.show()
        load(qtbot, page)
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.grab().save(str(SHOTS / f"workspace-notes-{percent}.png"))
        empty = WorkspacePage(make_context(reference_db))
        empty.user_db_path = tmp_path / "nobody" / "user.sqlite"
        empty.resize(1280, 800)
        empty.show()
        load(qtbot, empty)
        empty.grab().save(str(SHOTS / f"workspace-empty-{percent}.png"))
        for text, name in (("HIV", "arabic"), ("Mozambique", "chinese"), ("Negocia", "long")):
            row = next(r for r in range(page.notes_proxy.rowCount())
                       if text in page.notes_proxy.index(r, 0).data())
            page.notes_view.selectRow(row)
            page.grab().save(str(SHOTS / f"workspace-{name}-{percent}.png"))
        page.tabs.setCurrentIndex(BOOKMARKS)
        page.grab().save(str(SHOTS / f"workspace-bookmarks-{percent}.png"))
        page.tabs.setCurrentIndex(COLLECTIONS)
        page.collections_panel.list.selectRow(1)
        page.grab().save(str(SHOTS / f"workspace-collections-{percent}.png"))
        page.tabs.setCurrentIndex(SEARCHES)
        page.grab().save(str(SHOTS / f"workspace-searches-{percent}.png"))
        page.context.runner.wait_for_done(10_000)
    finally:
        QApplication.setFont(font)
        app.setStyleSheet(sheet)
        QLocale.setDefault(before)


def test_the_kiosk_never_offers_the_workspace() -> None:
    from explorer.kiosk.config import ConfigError, validate_config
    from explorer.kiosk.window import available_pages

    assert "workspace" not in available_pages() and "initiatives" in available_pages()
    with pytest.raises(ConfigError, match="pages_allowed: unknown 'workspace'"):
        validate_config({"pages_allowed": ["search", "workspace"]},
                        pages=available_pages(), default_pages=("stories", "search"))


def test_a_damaged_user_database_is_named_and_left_as_it_was(
    qtbot: QtBot, make_context: MakeContext, reference_db: Path, tmp_path: Path
) -> None:
    damaged = tmp_path / "user.sqlite"
    damaged.write_bytes(b"this is not a database, but it is the user's file\n" * 200)
    before = damaged.read_bytes()
    page = WorkspacePage(make_context(reference_db))
    page.user_db_path = damaged
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.data_shown, timeout=20_000):
        page.activate()
    assert page.status_label.text().startswith("Your workspace could not be read: ")
    assert "not a database" in page.status_label.text()
    assert "workspace recover" in page.status_label.text()  # the way out, named
    assert page.empty_card.title_label.text() == "Your workspace could not be read"
    assert not page.empty_new.isEnabled()
    assert "not a database" in jobs.create_collection(damaged, "Mission")  # refused, one line
    page.context.runner.wait_for_done(10_000)
    assert damaged.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["user.sqlite"]  # no copies made


def test_export_a_collection_and_a_colleague_imports_it(
    qtbot: QtBot, page: WorkspacePage, make_context: MakeContext, reference_db: Path,
    tmp_path: Path,
) -> None:
    name = "Mozambique mission, March"
    out = tmp_path / "share" / "mission.eecollection"
    out.parent.mkdir()
    for target in (out, tmp_path / "share" / "mission.xlsx"):
        export = page.export_collection(name, target)
        assert export is not None
        with qtbot.waitSignal(export.written, timeout=30_000):
            pass
        assert target.stat().st_size > 0
        assert page.status_label.text() == f"Exported “{name}” to {target}"
    colleague = WorkspacePage(make_context(reference_db))
    colleague.user_db_path = tmp_path / "colleague" / "user.sqlite"
    colleague.show()
    load(qtbot, colleague)
    assert colleague.stack.currentWidget() is colleague.empty_card
    _wait_edit(qtbot, colleague, lambda: colleague.import_file(out))
    got = {c.name: [i.key for i in c.items] for c in colleague.view.collections}
    assert got == {name: [HIV, "MOZ", GONE]}
    assert colleague.status_label.text().startswith("Imported 3 item(s)")
    gone = next(i for i in colleague.view.collections[0].items if i.key == GONE)
    assert gone.title == GONE_TITLE and not gone.present  # the snapshot travelled with it
    _wait_edit(qtbot, colleague, lambda: colleague.import_file(out))  # again: nothing doubled
    assert {c.name: [i.key for i in c.items] for c in colleague.view.collections} == got
    assert colleague.status_label.text().startswith("Imported 0 item(s)")
    bad = tmp_path / "share" / "cut.eecollection"
    bad.write_bytes(out.read_bytes()[:40])
    failures: list[str] = []
    colleague.edit_failed.connect(failures.append)
    _wait_edit(qtbot, colleague, lambda: colleague.import_file(bad))
    assert failures == ["cut.eecollection is not a collection file (not valid JSON)"]
    assert colleague.status_label.text() == f"Not changed: {failures[0]}"
    assert {c.name: [i.key for i in c.items] for c in colleague.view.collections} == got
    colleague.context.runner.wait_for_done(10_000)


def test_saved_searches_listed_opened_and_deleted(qtbot: QtBot, page: WorkspacePage) -> None:
    calls: list[tuple[str, list[int]]] = []
    page.context.navigator.bind(lambda key: None, lambda iso3: None,
                                lambda query, ids: calls.append((query, list(ids))))
    assert page.tabs.tabText(SEARCHES) == "Searches (1)"
    index = page.searches_proxy.index(0, 0)
    assert index.data() == "Brazil in Africa, health"
    assert page.searches_proxy.index(0, 1).data() == "provider:BRA region:africa sector:health"
    page.searches_view.activated.emit(index)
    assert calls == [("provider:BRA region:africa sector:health", [])]
    menu = page.item_menu(page.searches_view, index)
    assert menu is not None
    delete = next(a for a in menu.actions() if a.text() == "&Delete")
    _wait_edit(qtbot, page, delete.trigger)
    assert page.view.searches == () and page.tabs.tabText(SEARCHES) == "Searches (0)"


def test_dragging_an_item_reorders_the_collection(qtbot: QtBot, page: WorkspacePage) -> None:
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDropEvent

    panel = page.collections_panel
    page.tabs.setCurrentIndex(COLLECTIONS)
    row = next(r for r in range(panel.proxy.rowCount())
               if panel.proxy.index(r, 0).data() == "Mozambique mission, March")
    panel.list.selectRow(row)
    assert [i.key for i in panel.current().items] == [HIV, "MOZ", GONE]
    view = panel.item_view
    view.selectRow(0)
    target = view.visualRect(panel.items.index(2, 0)).center()
    mime = panel.items.mimeData([panel.items.index(0, 0)])
    assert isinstance(mime, QMimeData)
    class OwnDrop(QDropEvent):  # what Qt delivers at the end of a drag that began in view
        def source(self) -> QObject:
            return view

    drop = OwnDrop(QPointF(target), Qt.DropAction.MoveAction, mime,
                   Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    stranger = QDropEvent(QPointF(target), Qt.DropAction.MoveAction, mime,
                          Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    view.dropEvent(stranger)  # from elsewhere (another window, another program): ignored
    assert not stranger.isAccepted() and not page._editing
    with qtbot.waitSignal(page.data_shown, timeout=20_000):
        view.dropEvent(drop)
        assert view.model().rowCount() == 3  # the model did not move it itself
    page.context.runner.wait_for_done(10_000)
    assert [i.key for i in panel.current().items] == ["MOZ", GONE, HIV]
    assert panel.current_item() is not None and panel.current_item().key == HIV


def test_a_note_on_a_removed_record_can_be_deleted(qtbot: QtBot, page: WorkspacePage) -> None:
    row = next(r for r in range(page.notes_proxy.rowCount())
               if page.notes_proxy.index(r, 0).data().startswith("No longer in the data"))
    index = page.notes_proxy.index(row, 0)
    entry = index.data(PayloadRole)
    assert isinstance(entry, NoteEntry)
    menu = page.item_menu(page.notes_view, index)
    assert menu is not None
    texts = [a.text().replace("&", "") for a in menu.actions()]
    assert "Delete Note…" in texts and not next(
        a for a in menu.actions() if a.text() == "&Open").isEnabled()  # nothing to open
    _wait_edit(qtbot, page, lambda: page.delete_note(entry))
    assert len(page.view.notes) == 4 and all(n.id != entry.id for n in page.view.notes)
    assert any(b.item.key == GONE for b in page.view.bookmarks)  # its star stays


def test_a_free_standing_note_joins_a_collection_and_opens_from_it(
    qtbot: QtBot, page: WorkspacePage
) -> None:
    row = next(r for r in range(page.notes_proxy.rowCount())
               if page.notes_proxy.index(r, 0).data() == "Free-standing note")
    index = page.notes_proxy.index(row, 0)
    note = index.data(PayloadRole)
    assert isinstance(note, NoteEntry) and note.uid
    menu = page.item_menu(page.notes_view, index)
    assert menu is not None
    add = next(a.menu() for a in menu.actions() if a.menu() and
               a.text().replace("&", "") == "Add to Collection")
    target = next(a for a in add.actions() if a.text() == "Água e saneamento")
    _wait_edit(qtbot, page, target.trigger)
    water = next(c for c in page.view.collections if c.name == "Água e saneamento")
    assert [(i.kind, i.key, i.present) for i in water.items] == [("note", note.key, True)]
    assert water.items[0].title == "Free-standing: call the embassy about irrigation."
    page.tabs.setCurrentIndex(COLLECTIONS)
    page.search_edit.setText("something else")
    page.open_item(water.items[0], "")
    assert page.tabs.currentIndex() == 0 and page.search_edit.text() == ""
    assert page.notes_view.currentIndex().data(PayloadRole) == note
    _wait_edit(qtbot, page, lambda: page.delete_note(note))
    water = next(c for c in page.view.collections if c.name == "Água e saneamento")
    assert not water.items[0].present  # the collection keeps what it was, marked
    from explorer.ui.pages.workspace_rows import item_title

    assert item_title(water.items[0]) == (
        "No longer in the data: Free-standing: call the embassy about irrigation.")


def test_choosing_a_tag_in_the_tags_tab_filters_the_notes(page: WorkspacePage) -> None:
    from explorer.ui.pages.workspace import TAGS

    page.tabs.setCurrentIndex(TAGS)
    tags = {page.tags_proxy.index(r, 0).data(): page.tags_proxy.index(r, 1).data()
            for r in range(page.tags_proxy.rowCount())}
    assert tags == {"health": "2", "mission": "1"}  # a note and a bookmark carry health
    row = next(r for r in range(page.tags_proxy.rowCount())
               if page.tags_proxy.index(r, 0).data() == "mission")
    page.tags_view.activated.emit(page.tags_proxy.index(row, 0))
    assert page.tabs.currentIndex() == 0 and page.tag_combo.currentData() == "mission"
    assert _titles(page, "notes") == ["Brazil supports Botswana's integrated HIV/AIDS strategy"]
    assert _titles(page, "bookmarks") == []
