"""A chart bookmarked in the Workspace reopens on its page with its saved parameters
(issue 11), through the navigator's ``show_chart`` the main window binds; real reference DB,
real user DB."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from explorer.jobs.workspace import _open
from explorer.paths import default_user_db
from explorer.store import workspace as ws
from explorer.ui.main_window import MainWindow
from explorer.ui.pages import default_pages
from explorer.ui.pages.base import PageContext
from explorer.ui.pages.workspace import WorkspacePage

MakeContext = Callable[[Path], PageContext]
KEY = "chart:partners?country=IND&year=2015"


def test_a_bookmarked_chart_opens_with_its_parameters(
    qtbot: QtBot, make_context: MakeContext, reference_db: Path
) -> None:
    engine = _open(default_user_db())
    ws.add_bookmark(engine, KEY, "Top partners of India, 2015")
    ws.add_bookmark(engine, "chart:no-such-kind?x=1", "A chart of an older version")
    engine.dispose()
    context = make_context(reference_db)
    assert context.navigator.show_chart(KEY) is False  # unbound: nothing happens
    window = MainWindow(context, default_pages())
    qtbot.addWidget(window)
    window.resize(1280, 860)
    window.start("home")
    window.show()
    page = window.show_page("workspace")
    assert isinstance(page, WorkspacePage)
    qtbot.waitUntil(lambda: page.bookmarks_proxy.rowCount() == 2, timeout=20_000)
    rows = {page.bookmarks_proxy.index(r, 0).data(): page.bookmarks_proxy.index(r, 0)
            for r in range(page.bookmarks_proxy.rowCount())}  # fmt: skip
    with qtbot.waitSignal(page.item_opened, timeout=10_000) as opened:
        page.bookmarks_view.activated.emit(rows["Top partners of India, 2015"])
    assert opened.args == [KEY]
    trade = window.pages["trade"]
    assert window.stack.currentWidget() is trade
    assert trade.tabs.currentIndex() == 3  # Top partners
    assert trade.subject.text() == "IND" and trade.year.value() == 2015
    qtbot.waitUntil(lambda: trade.loaded and not context.runner.pending(), timeout=30_000)
    window.show_page("workspace")
    page.bookmarks_view.activated.emit(rows["A chart of an older version"])
    assert window.stack.currentWidget() is page  # no page draws it: said, nothing opened
    assert "No page shows this chart" in page.status_label.text()
    assert context.navigator.show_chart("not a chart key") is False
    context.runner.wait_for_done(10_000)
