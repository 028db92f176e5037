"""The trade, cooperation, map and bubble pages over the real database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from explorer.ui.charts.export import save_png
from explorer.ui.pages.base import PageContext
from explorer.ui.pages.bubbles import BubblesPage
from explorer.ui.pages.cooperation import CooperationPage
from explorer.ui.pages.map import MapPage
from explorer.ui.pages.trade import TradePage
from tests.qt.pagetools import load

pytestmark = pytest.mark.realdata
SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
MakeContext = Callable[[Path], PageContext]


def snapshot(page: object, name: str) -> None:
    assert isinstance(page, MapPage | BubblesPage | TradePage | CooperationPage)
    page.resize(1280, 800)
    page.show()
    QApplication.processEvents()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    save_png(page, SCREENSHOTS / f"chart_page_{name}.png")


def test_map_page_plays_years(qtbot: QtBot, reference_db: Path, make_context: MakeContext
                              ) -> None:
    page = load(qtbot, MapPage(make_context(reference_db)))
    assert page.measure.count() > 50  # derived measures plus every indicator
    assert page.chart.year == page.player.year
    first = page.player.years[0]
    page.player.set_year(first)
    assert page.chart.year == first
    page.player.play()
    page.player.timer.timeout.emit()
    assert page.chart.year == page.player.years[1]
    page.player.stop()
    # The shared selection (compare, profiles, bubbles) is outlined on the map.
    page.selection.set_codes(["BRA", "BWA", "ZZZ"])
    assert sorted(page.chart.highlighted) == ["BRA", "BWA"]  # ZZZ is no country
    page.selection.clear()
    assert page.chart.highlighted == []
    snapshot(page, "map")


def test_bubbles_page_shares_selection(qtbot: QtBot, reference_db: Path,
                                       make_context: MakeContext) -> None:
    page = load(qtbot, BubblesPage(make_context(reference_db)))
    page.selection.set_codes(["CHN", "IND"])
    page.player.set_year(2010)
    assert page.chart.year == 2010 and len(page.chart.frame) > 150
    snapshot(page, "bubbles")


def test_trade_page_group_and_bad_code(qtbot: QtBot, reference_db: Path,
                                       make_context: MakeContext) -> None:
    page = load(qtbot, TradePage(make_context(reference_db)))
    assert "Brazil" in page.charts["trade-share"].title_label.text()
    page.subject.setText("ASEAN")
    with qtbot.waitSignal(page.data_shown, timeout=30_000):
        page.reload()
    assert "Association of Southeast Asian Nations" in page.charts["trade-share"].title_label.text()
    snapshot(page, "trade")
    page.subject.setText("QQQ")
    with qtbot.waitSignal(page.data_shown, timeout=30_000):
        page.reload()
    assert "QQQ" in page.status.text()
    # Names in any stored language, not only codes (issue 19): Portuguese and Chinese.
    page.subject.setText("Quênia")
    page.partner.setText("巴西")
    with qtbot.waitSignal(page.data_shown, timeout=30_000):
        page.reload()
    assert page.status.text() == ""
    assert "Kenya" in page.charts["trade-share"].title_label.text()
    assert "Brazil" in page.charts["bilateral"].title_label.text()
    page.subject.setText("AU")  # a group code stays a group (not Australia's ISO2)
    with qtbot.waitSignal(page.data_shown, timeout=30_000):
        page.reload()
    assert "Australia" not in page.charts["trade-share"].title_label.text()
    assert "African Union" in page.charts["trade-share"].title_label.text()
    completer = page.subject.completer()  # names complete as the user types
    assert completer is not None
    completer.setCompletionPrefix("keny")
    assert completer.currentCompletion() == "Kenya"


def test_cooperation_page_filters(qtbot: QtBot, reference_db: Path, make_context: MakeContext
                                  ) -> None:
    page = load(qtbot, CooperationPage(make_context(reference_db)))
    everything = len(page.network.table().rows)
    combo = page.filters["modality"]
    combo.setCurrentIndex(combo.findData("training"))
    with qtbot.waitSignal(page.data_shown, timeout=30_000):
        page.reload()
    assert 0 < len(page.network.table().rows) < everything
    edge = page.network.data.edges[0]  # type: ignore[union-attr]
    page.network.last_edge = edge
    page.network.edge_selected.emit(list(edge.initiative_ids))
    qtbot.waitUntil(lambda: page.edge_list.count() == min(len(edge.initiative_ids), 200))
    with qtbot.waitSignal(page.initiatives_requested, timeout=1000) as opened:
        page.edge_list.itemClicked.emit(page.edge_list.item(0))
    assert opened.args[0] == f"provider:{edge.source} recipient:{edge.target}"
    assert opened.args[1] == [page.edge_list.item(0).data(256)]
    assert opened.args[1][0] in edge.initiative_ids
    snapshot(page, "cooperation")
