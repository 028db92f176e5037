"""The star on every chart panel: keyed on the chart's kind and parameters, stored in the
user database (click and Ctrl+D), and a bookmarked chart reopened as it was through the
navigator. The Trade page with a starred chart is rendered to PNG and looked at."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from explorer.domain.keys import classify
from explorer.paths import default_user_db
from explorer.store import workspace as ws
from explorer.store.userdb import open_user_db
from explorer.ui.charts.render import ChartRequest
from explorer.ui.main_window import MainWindow
from explorer.ui.open_target import CHART_PAGES, open_target
from explorer.ui.pages import default_pages
from explorer.ui.pages.base import PageContext
from explorer.ui.widgets.chart_panel import ChartPanel
from explorer.ui.widgets.chart_star import request_from_key, request_key

MakeContext = Callable[[Path], PageContext]


@pytest.mark.parametrize(
    ("request_", "key"),
    [
        (ChartRequest("brief"), "chart:brief"),
        (ChartRequest("partners", country="BRA", year=2020),
         "chart:partners?country=BRA&year=2020"),
        (ChartRequest("over-time", by="sector", first_year=1990, last_year=2020, source="undp-ss"),
         "chart:over-time?by=sector&first_year=1990&last_year=2020&source=undp-ss"),
        (ChartRequest("bubbles", x="NY.GDP.PCAP.CD", log_x=False, selected=("BRA", "IND")),
         "chart:bubbles?log_x=0&selected=BRA%2CIND"),
        (ChartRequest("map", indicator="trade_ss_share"), "chart:map?indicator=trade_ss_share"),
    ],
)
def test_chart_key_round_trip(request_: ChartRequest, key: str) -> None:
    assert request_key(request_) == key
    assert request_from_key(key) == request_
    assert classify(key).kind == "chart"
    assert request_.kind in CHART_PAGES


def test_a_chart_key_with_an_unknown_parameter_is_refused() -> None:
    with pytest.raises(ValueError, match="not a chart parameter"):
        request_from_key("chart:map?colour_of_sky=blue&indicator=x")


def stars(path: Path) -> list[tuple[str, str, str]]:
    engine = open_user_db(path)
    try:
        return ws.list_bookmarks(engine)
    finally:
        engine.dispose()


def visible_panel(window: MainWindow, page: str) -> ChartPanel:
    panels = [p for p in window.pages[page].findChildren(ChartPanel) if p.isVisible()]
    assert len(panels) == 1
    return panels[0]


def test_every_chart_panel_has_a_star_that_reopens_its_chart(
    qtbot: QtBot, make_context: MakeContext, reference_db: Path
) -> None:
    context = make_context(reference_db)
    window = MainWindow(context, default_pages())
    qtbot.addWidget(window)
    window.resize(1280, 860)
    window.start("trade")
    window.show()
    trade = window.pages["trade"]
    qtbot.waitUntil(lambda: trade.loaded, timeout=30_000)
    for page in ("cooperation", "map", "bubbles"):  # every page's panels carry a star
        shown = window.show_page(page)
        assert shown is not None
        qtbot.waitUntil(lambda s=shown: s.loaded, timeout=60_000)
        for panel in shown.findChildren(ChartPanel):
            assert panel.star is not None and panel.star.key.startswith("chart:")
            qtbot.waitUntil(panel.star.isEnabled, timeout=10_000)
    window.show_page("trade")
    trade.subject.setText("IND")
    trade.year.setValue(2015)
    trade.tabs.setCurrentIndex(3)  # Top partners
    trade.reload()
    qtbot.waitUntil(lambda: trade.loaded and not context.runner.pending(), timeout=30_000)
    panel = visible_panel(window, "trade")
    star = panel.star
    assert star is not None
    assert star.key == "chart:partners?country=IND&year=2015"
    qtbot.waitUntil(star.isEnabled, timeout=10_000)
    assert star.accessibleName() == "Bookmark this chart" and star.text() == "☆"
    with qtbot.waitSignal(star.bookmark_changed, timeout=10_000) as blocker:
        qtbot.mouseClick(star, Qt.MouseButton.LeftButton)
    assert blocker.args == [star.key, True]
    user_db = default_user_db()
    [(kind, key, title)] = stars(user_db)
    assert (kind, key) == ("chart", "chart:partners?country=IND&year=2015")
    assert title == panel.chart.title_label.text() and title  # the snapshot of its title
    assert star.text() == "★" and star.accessibleName() == "Remove bookmark of this chart"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    OUT = Path("/tmp/ws")
    OUT.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(OUT / "chart-star.png"))
    # Ctrl+D on the other visible chart (the other tab) stars that one, not this one
    trade.tabs.setCurrentIndex(0)
    other = visible_panel(window, "trade").star
    assert other is not None and other is not star
    qtbot.waitUntil(other.isEnabled, timeout=10_000)
    with qtbot.waitSignal(other.bookmark_changed, timeout=10_000) as blocker:
        qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == ["chart:trade-share?country=IND", True]
    assert {k for _, k, _ in stars(user_db)} == {star.key, "chart:trade-share?country=IND"}
    # the bookmarked chart reopens as it was, from anywhere
    trade.subject.setText("BRA")
    trade.year.setValue(2010)
    window.show_page("home")
    open_target(context, "chart:partners?country=IND&year=2015")
    assert window.stack.currentWidget() is trade
    assert trade.tabs.currentIndex() == 3
    assert trade.subject.text() == "IND" and trade.year.value() == 2015
    qtbot.waitUntil(lambda: not context.runner.pending(), timeout=30_000)
    assert visible_panel(window, "trade").star is star and star.isChecked()
    context.runner.wait_for_done(10_000)


def test_bookmarked_cooperation_and_bubble_charts_reopen_as_they_were(
    qtbot: QtBot, make_context: MakeContext, reference_db: Path
) -> None:
    context = make_context(reference_db)
    window = MainWindow(context, default_pages())
    qtbot.addWidget(window)
    window.start("home")
    window.show()
    # neither page has loaded: what the key names is chosen once its choices are listed
    coop_key = ("chart:over-time?by=sector&first_year=2000&last_year=2010"
                "&modality=technical_assistance&source=undp-ss")  # fmt: skip
    open_target(context, coop_key)
    coop = window.pages["cooperation"]
    assert window.stack.currentWidget() is coop and coop.tabs.currentIndex() == 2
    qtbot.waitUntil(lambda: visible_panel(window, "cooperation").star.key == coop_key,
                    timeout=60_000)  # fmt: skip
    assert coop.filters["modality"].currentData() == "technical_assistance"
    assert coop.filters["dataset"].currentData() == "undp-ss"
    assert (coop.first.value(), coop.last.value()) == (2000, 2010)
    bubble_key = "chart:bubbles?log_x=0&x=SP.DYN.LE00.IN&y=NY.GDP.PCAP.CD"
    open_target(context, bubble_key)
    bubbles = window.pages["bubbles"]
    assert window.stack.currentWidget() is bubbles
    qtbot.waitUntil(lambda: visible_panel(window, "bubbles").star.key == bubble_key,
                    timeout=60_000)  # fmt: skip
    assert not bubbles.log_x.isChecked()
    assert request_from_key(bubble_key).x == bubbles.combos["x"].currentData()
    context.runner.wait_for_done(30_000)
