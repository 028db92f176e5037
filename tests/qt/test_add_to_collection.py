"""Add to Collection from the Initiatives page (issue 11), on the real reference database
and a real user database: the result list's context menu and the detail pane's button."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, QMimeData, QPointF, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu, QTableView, QWidget
from pytestqt.qtbot import QtBot

from explorer.domain.search import InitiativeRow
from explorer.jobs import workspace_page
from explorer.jobs.workspace import _open
from explorer.paths import default_user_db
from explorer.store import workspace_collections as wc
from explorer.ui.models.initiative_list import RowRole
from explorer.ui.pages.base import PageContext
from explorer.ui.pages.initiatives import InitiativesPage
from explorer.ui.pages.workspace import COLLECTIONS, WorkspacePage
from explorer.ui.target_mime import MIME, decode, encode
from explorer.ui.widgets.add_to_collection import AddToCollectionButton, AddToCollectionMenu
from explorer.ui.widgets.workspace_read_only import keep_workspace_read_only
from tests.qt.pagetools import load

MakeContext = Callable[[Path], PageContext]
SHOTS = Path("/tmp/a2c")


def _page(qtbot: QtBot, make_context: MakeContext, reference_db: Path) -> InitiativesPage:
    page = InitiativesPage(make_context(reference_db))
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    with qtbot.waitSignals([page.data_shown, page.detail_shown], timeout=30_000):
        page.show_query("agriculture")
    return page


def _items(name: str) -> list[tuple[str, str, str]]:
    engine = _open(default_user_db())
    try:
        return [(i.kind, i.key, i.title) for i in wc.items(engine, name)]
    finally:
        engine.dispose()


def _action(menu: QMenu, text: str) -> QAction:
    found = [a for a in menu.actions() if a.text().replace("&&", "&") == text]
    assert found, [a.text() for a in menu.actions()]
    return found[0]


def _refreshed(qtbot: QtBot, menu: AddToCollectionMenu) -> None:
    with qtbot.waitSignal(menu.names_shown, timeout=10_000):
        menu.refresh()


def test_context_menu_adds_the_row_by_key_with_its_title(
    qtbot: QtBot, make_context: MakeContext, reference_db: Path
) -> None:
    user_db = default_user_db()
    assert workspace_page.create_collection(user_db, "Mozambique mission, March") == ""
    assert workspace_page.create_collection(user_db, "Água & saneamento") == ""
    page = _page(qtbot, make_context, reference_db)
    index = page.model.index(1, 0)
    row = index.data(RowRole)
    assert isinstance(row, InitiativeRow) and row.key
    menu = page.row_context_menu(page.table.visualRect(index).center())
    assert menu is not None and page.current_id() == row.id  # the row is selected too
    sub = _action(menu, "Add to Collection").menu()
    assert isinstance(sub, AddToCollectionMenu) and sub.accessibleName() == "Add to Collection"
    before = QLocale()
    QLocale.setDefault(QLocale("pt_BR"))  # names sorted as the reader's language sorts
    try:
        _refreshed(qtbot, sub)
    finally:
        QLocale.setDefault(before)
    texts = [a.text() for a in sub.actions() if not a.isSeparator()]
    assert texts == ["Água && saneamento", "Mozambique mission, March", "New Collection…"]
    SHOTS.mkdir(parents=True, exist_ok=True)
    if True:  # looked at: the row's menu and its sub-menu
        menu.popup(page.table.viewport().mapToGlobal(page.table.visualRect(index).center()))
        sub.popup(menu.pos() + menu.rect().topRight())
        qtbot.waitExposed(sub)
        menu.grab().save(str(SHOTS / "row-menu.png"))
        sub.grab().save(str(SHOTS / "row-submenu.png"))
        sub.hide()
        menu.hide()
    for _ in range(2):  # a second add of the same key is not a second item
        with qtbot.waitSignal(sub.added, timeout=10_000) as done:
            _action(sub, "Mozambique mission, March").trigger()
        assert done.args == ["Mozambique mission, March", ""]
    assert _items("Mozambique mission, March") == [("initiative", row.key, row.title)]
    assert _items("Água & saneamento") == []
    assert page.status_label.text() == "Added to “Mozambique mission, March”."
    assert ":" in row.key and not row.key.isdigit()  # dataset:record, never the row id


def test_detail_button_adds_to_a_new_collection(
    qtbot: QtBot, make_context: MakeContext, reference_db: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    page = _page(qtbot, make_context, reference_db)
    button = page.findChild(AddToCollectionButton)
    assert button is not None and button.isVisible()
    assert button.accessibleName() == "Add to Collection"
    detail = page.detail.detail
    assert detail is not None
    menu = button.menu_
    assert menu.key.startswith(detail.sources[0].dataset_key + ":")
    assert menu.target_title == detail.title
    _refreshed(qtbot, menu)
    assert [a.text() for a in menu.actions()] == ["New Collection…"]  # none yet
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.detail.grab().save(str(SHOTS / "detail-button.png"))
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *_a, **_k: ("  Field   visit ", True))  # fmt: skip
    with qtbot.waitSignal(menu.added, timeout=10_000) as done:
        _action(menu, "New Collection…").trigger()
    assert done.args[1] == ""
    assert _items("Field visit") == [("initiative", menu.key, detail.title)]
    with qtbot.waitSignal(menu.added, timeout=10_000) as done:  # the name is taken now
        _action(menu, "New Collection…").trigger()
    assert "already exists" in done.args[1]
    assert page.status_label.text().startswith("Not added to “Field visit”: a collection")
    assert _items("Field visit") == [("initiative", menu.key, detail.title)]


def test_kiosk_never_adds(qtbot: QtBot, make_context: MakeContext, reference_db: Path) -> None:
    page = _page(qtbot, make_context, reference_db)
    assert keep_workspace_read_only(page) >= 3  # the notes, the button, two menus
    button = page.findChild(AddToCollectionButton)
    assert button is not None and not button.isVisible()
    page.row_menu.set_target("undp-ss:149", "x")
    page.row_menu.add_to("anything", create=True)
    qtbot.wait(300)
    assert not default_user_db().exists() or _items_none()


def _items_none() -> bool:
    engine = _open(default_user_db())
    try:
        return wc.list_collections(engine) == []
    finally:
        engine.dispose()


def _drop(view: QTableView, row: int, data: QMimeData, kind: QEvent.Type) -> bool:
    pos = QPointF(view.visualRect(view.model().index(row, 0)).center())
    actions = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    event: QDropEvent
    if kind == QEvent.Type.DragEnter:
        event = QDragEnterEvent(pos.toPoint(), actions, data, buttons, mods)
    elif kind == QEvent.Type.DragMove:
        event = QDragMoveEvent(pos.toPoint(), actions, data, buttons, mods)
    else:
        event = QDropEvent(pos, actions, data, buttons, mods)
    QApplication.sendEvent(view.viewport(), event)
    return event.isAccepted()


def test_a_row_dragged_onto_a_workspace_collection_is_added(
    qtbot: QtBot, make_context: MakeContext, reference_db: Path
) -> None:
    user_db = default_user_db()
    assert workspace_page.create_collection(user_db, "Beira visit") == ""
    assert workspace_page.create_collection(user_db, "Mozambique mission, March") == ""
    page = _page(qtbot, make_context, reference_db)
    rows = [page.model.index(r, 0).data(RowRole) for r in (0, 2)]
    data = page.model.mimeData([page.model.index(0, 0), page.model.index(0, 3),
                                page.model.index(2, 1)])  # fmt: skip
    assert data.formats()[0] == MIME and data.text().count("\n") == 1
    assert page.table.dragEnabled() and page.model.flags(page.model.index(0, 0)) & \
        Qt.ItemFlag.ItemIsDragEnabled  # fmt: skip
    work = WorkspacePage(make_context(reference_db))
    qtbot.addWidget(work)
    work.resize(1100, 700)
    work.show()
    load(qtbot, work)
    assert work.collections_panel.proxy.rowCount() == 2
    work.tabs.setCurrentIndex(COLLECTIONS)
    panel = work.collections_panel
    names = [panel.proxy.index(r, 0).data() for r in range(2)]
    target = names.index("Mozambique mission, March")
    assert _drop(panel.list, target, data, QEvent.Type.DragEnter)
    assert _drop(panel.list, target, data, QEvent.Type.DragMove)
    garbage = QMimeData()
    garbage.setData(MIME, b'[["x", 3]]')
    assert not _drop(panel.list, target, garbage, QEvent.Type.DragMove)  # refused
    with qtbot.waitSignal(work.data_shown, timeout=20_000):
        assert _drop(panel.list, target, data, QEvent.Type.Drop)
    assert _items("Mozambique mission, March") == [
        ("initiative", r.key, r.title) for r in rows if isinstance(r, InitiativeRow)]
    assert _items("Beira visit") == []
    assert panel.current() is not None and panel.current().name == "Mozambique mission, March"
    work.context.runner.wait_for_done(10_000)


def test_drag_data_from_outside_is_checked() -> None:
    def carrying(raw: bytes) -> QMimeData:
        data = QMimeData()
        data.setData(MIME, raw)
        return data

    assert decode(encode([("undp-ss:149", "Água ✓")])) == [("undp-ss:149", "Água ✓")]
    for raw in (b"", b"\xff\xfe", b"{}", b'[["", "t"]]', b'[["k"]]', b'[[1, 2]]',
                b'[["k", "' + b"x" * 5000 + b'"]]', b"[" + b'["k","t"],' * 10_001 + b'["k","t"]]'):
        assert decode(carrying(raw)) == []
    assert decode(None) == [] and decode(QMimeData()) == []


def test_targets_held_over_workspace_in_the_page_list_open_it(
    qtbot: QtBot, make_context: MakeContext, reference_db: Path
) -> None:
    from explorer.ui.main_window import KeyRole, MainWindow
    from explorer.ui.pages import default_pages

    context = make_context(reference_db)
    window = MainWindow(context, default_pages())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.start("initiatives")
    window.show()
    rows = {window.nav.item(r).data(KeyRole): r for r in range(window.nav.count())}
    nav = window.nav

    def over(key: str, data: QMimeData) -> QWidget | None:
        rect = nav.visualItemRect(nav.item(rows[key]))
        for kind in (QDragEnterEvent, QDragMoveEvent):  # as a drag comes in and moves
            event = kind(rect.center(), Qt.DropAction.CopyAction, data,
                         Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
            QApplication.sendEvent(nav.viewport(), event)
        return window.stack.currentWidget()

    plain = QMimeData()
    plain.setText("undp-ss:149")
    assert over("workspace", plain) is window.pages["initiatives"]  # not our targets
    targets = encode([("undp-ss:149", "A UNDP case")])
    assert over("countries", targets) is window.pages["initiatives"]  # takes no targets
    assert over("workspace", targets) is window.pages["workspace"]
    context.runner.wait_for_done(20_000)


def test_renders_long_arabic_and_chinese_names_at_150(
    qtbot: QtBot, make_context: MakeContext, reference_db: Path
) -> None:
    from explorer.ui.a11y.appearance import apply_appearance

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = QApplication.font(), app.styleSheet()
    user_db = default_user_db()
    for name in ("بعثة موزمبيق، مارس", "莫桑比克农业考察", "Negociação de Acordos Básicos de "
                 "Cooperação Técnica com os países da África Austral, segunda fase"):
        assert workspace_page.create_collection(user_db, name) == ""
    try:
        apply_appearance(150, False)
        page = _page(qtbot, make_context, reference_db)
        button = page.findChild(AddToCollectionButton)
        assert button is not None and button.isVisible()
        assert button.width() >= button.fontMetrics().horizontalAdvance(button.text())
        _refreshed(qtbot, button.menu_)
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.detail.grab().save(str(SHOTS / "detail-button-150.png"))
        button.menu_.popup(button.mapToGlobal(button.rect().bottomLeft()))
        qtbot.waitExposed(button.menu_)
        button.menu_.grab().save(str(SHOTS / "menu-scripts-150.png"))
        long = button.menu_.actions()[0]
        assert long.text().endswith("…") and long.toolTip().endswith("segunda fase")
        assert button.menu_.width() < button.screen().availableGeometry().width()
        button.menu_.hide()
        page.context.runner.wait_for_done(10_000)
    finally:
        QApplication.setFont(font)
        app.setStyleSheet(sheet)


def test_country_profile_and_chart_panels_add_by_key(
    qtbot: QtBot, make_context: MakeContext, reference_db: Path
) -> None:
    """Countries and charts are collected where they are shown: the profile's button adds
    the country's ISO3, a chart panel's adds the chart as drawn (its kind and parameters)."""
    from explorer.ui.pages.countries import CountriesPage
    from explorer.ui.pages.map import MapPage

    user_db = default_user_db()
    assert workspace_page.create_collection(user_db, "Mozambique mission") == ""
    countries = load(qtbot, CountriesPage(make_context(reference_db)))
    with qtbot.waitSignal(countries.profile_shown, timeout=30_000):
        countries.show_country("MOZ")
    menu = next(m for m in countries.findChildren(AddToCollectionMenu) if m.key == "MOZ")
    button = next(b for b in countries.findChildren(AddToCollectionButton) if b.menu_ is menu)
    assert button.accessibleName() == "Add to Collection" and "country" in button.toolTip()
    _refreshed(qtbot, menu)
    with qtbot.waitSignal(menu.added, timeout=10_000) as done:
        _action(menu, "Mozambique mission").trigger()
    assert done.args[1] == ""
    chart = load(qtbot, MapPage(make_context(reference_db)))
    chart_menu = chart.panel.collect
    qtbot.waitUntil(lambda: chart_menu.key.startswith("chart:map"), timeout=30_000)
    assert chart_menu.key == chart.panel.star.key  # type: ignore[union-attr]
    _refreshed(qtbot, chart_menu)
    with qtbot.waitSignal(chart_menu.added, timeout=10_000) as done:
        _action(chart_menu, "Mozambique mission").trigger()
    assert done.args[1] == ""
    SHOTS.mkdir(parents=True, exist_ok=True)
    chart.grab().save(str(SHOTS / "chart-panel-button.png"))
    countries.grab().save(str(SHOTS / "country-profile-button.png"))
    got = _items("Mozambique mission")
    assert [(k, key) for k, key, _t in got] == [("country", "MOZ"), ("chart", chart_menu.key)]
    assert got[0][2] == "Mozambique" and got[1][2]
