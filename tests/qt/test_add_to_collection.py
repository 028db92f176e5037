"""Add to Collection from the Initiatives page (issue 11), on the real reference database
and a real user database: the result list's context menu and the detail pane's button."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu
from pytestqt.qtbot import QtBot

from explorer.domain.search import InitiativeRow
from explorer.jobs import workspace_page
from explorer.jobs.workspace import _open
from explorer.paths import default_user_db
from explorer.store import workspace_collections as wc
from explorer.ui.models.initiative_list import RowRole
from explorer.ui.pages.base import PageContext
from explorer.ui.pages.initiatives import InitiativesPage
from explorer.ui.widgets.add_to_collection import AddToCollectionButton, AddToCollectionMenu
from explorer.ui.widgets.workspace_read_only import keep_workspace_read_only

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
    assert menu.key.startswith(detail.sources[0].dataset_key + ":") and menu.target_title == detail.title
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
