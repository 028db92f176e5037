"""Chart widgets over real data: year slider and play, hover and click signals, tables."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from explorer.domain.charts import NetworkData
from explorer.ui.charts.bubble_chart import BubbleChart
from explorer.ui.charts.map_chart import MapChart
from explorer.ui.charts.network_chart import NetworkChart
from explorer.ui.charts.player import YearPlayer
from explorer.ui.charts.render import ChartRequest, load_chart_data, make_chart
from explorer.ui.charts.table_model import ChartTableModel

pytestmark = pytest.mark.realdata


@pytest.fixture(scope="module")
def loaded(reference_db: Path) -> Iterator[dict[str, Any]]:
    """Chart data loaded once per module from the real database."""
    from explorer.store.engine import make_engine

    engine = make_engine(reference_db, readonly=True)
    with engine.connect() as conn:
        data = {kind: load_chart_data(conn, ChartRequest(kind, indicator="NY.GDP.PCAP.CD"))
                for kind in ("map", "network", "bubbles", "trade-share")}
    engine.dispose()
    yield data


def shown(qtbot: QtBot, chart: Any, size: tuple[int, int] = (1000, 600)) -> Any:
    qtbot.addWidget(chart)
    chart.resize(*size)
    chart.show()
    QApplication.processEvents()
    return chart


def scene_of(chart: Any, lon: float, lat: float) -> QPointF:
    return chart.plot.getPlotItem().vb.mapViewToScene(QPointF(lon, lat))  # type: ignore[no-any-return]


def move_and_click(qtbot: QtBot, chart: Any, scene_pos: QPointF) -> None:
    view_pos = chart.plot.mapFromScene(scene_pos)
    qtbot.mouseMove(chart.plot.viewport(), view_pos)
    chart.plot.scene().sigMouseMoved.emit(scene_pos)  # offscreen moves may not reach the scene
    qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=view_pos)


def test_player_slider_and_play_with_controlled_timer(qtbot: QtBot) -> None:
    player = YearPlayer(interval_ms=1_000_000)  # never fires by itself: the test drives it
    qtbot.addWidget(player)
    seen: list[int] = []
    player.year_changed.connect(seen.append)
    player.set_years([2000, 2001, 2002], current=2000)
    assert player.year == 2000 and player.year_label.text() == "2000"
    player.slider.setValue(2)
    assert seen[-1] == 2002
    qtbot.keyClick(player.slider, Qt.Key.Key_Left)  # keyboard works too
    assert player.year == 2001
    player.set_year(2000)
    player.play()
    assert player.playing and player.play_button.text() == "Pause"
    player.timer.timeout.emit()
    assert player.year == 2001
    player.timer.timeout.emit()
    assert player.year == 2002 and not player.playing  # stops at the last year
    assert seen[-3:] == [2000, 2001, 2002]
    # Pressing Play (the button, as a user does) at the last year starts from the first.
    player.play_button.click()
    assert player.playing and player.year == 2000
    player.timer.timeout.emit()
    assert player.year == 2001
    player.play_button.click()
    assert not player.playing and player.year == 2001


def test_map_recolours_per_year_hover_and_click(qtbot: QtBot, loaded: dict[str, Any]) -> None:
    atlas, values = loaded["map"]
    chart = shown(qtbot, MapChart())
    chart.set_atlas(atlas)
    chart.set_series(values, 2015)
    paths = list(chart._paths)
    brazil = next(i for i, o in enumerate(chart.outlines) if o.iso3 == "BRA")
    before = chart._paths[brazil].brush().color().name()
    chart.set_year(1970)
    assert chart._paths == paths  # geometry kept; only brushes change
    assert chart._paths[brazil].brush().color().name() != before
    chart.set_year(2015)
    assert chart.table().rows and all(r[2] == 2015 for r in chart.table().rows)
    hovered: list[str] = []
    chart.hovered.connect(hovered.append)
    with qtbot.waitSignal(chart.country_selected, timeout=2000) as blocker:
        move_and_click(qtbot, chart, scene_of(chart, -51.0, -10.0))
    assert blocker.args == ["BRA"] and "BRA" in hovered
    text = chart.info_label.text()
    assert "Brazil" in text and "2015" in text and "World Development Indicators" in text
    assert chart.title_label.text().endswith(", 2015") or ", 2015 (" in chart.title_label.text()
    # Playing on: the read-out and the title follow the year under a still pointer.
    chart.set_year(2010)
    assert "Brazil" in chart.info_label.text() and "(2010)" in chart.info_label.text()
    assert "2010" in chart.title_label.text() and "2015" not in chart.title_label.text()
    # A small island state is reachable through its marker.
    mdv = next(o for o in chart.outlines if o.iso3 == "MDV")
    with qtbot.waitSignal(chart.country_selected, timeout=2000) as blocker:
        move_and_click(qtbot, chart, scene_of(chart, *mdv.label))
    assert blocker.args == ["MDV"]
    assert "No data" in chart.legend.labels()


def test_network_node_and_edge_clicks(qtbot: QtBot, loaded: dict[str, Any]) -> None:
    data: NetworkData = loaded["network"]
    chart = shown(qtbot, NetworkChart(), (1200, 700))
    chart.set_series(data)
    QApplication.processEvents()
    big = max(data.nodes, key=lambda n: n.total)
    with qtbot.waitSignal(chart.country_selected, timeout=2000) as blocker:
        move_and_click(qtbot, chart, scene_of(chart, big.lon, big.lat))
    assert blocker.args == [big.iso3]
    nodes = {n.iso3: n for n in data.nodes}
    # An edge clicked far from both ends, where no node sits.
    for edge in sorted(data.edges, key=lambda e: -len(e.initiative_ids)):
        a, b = nodes[edge.source], nodes[edge.target]
        pixel = chart.plot.mapFromScene(scene_of(chart, (a.lon + b.lon) / 2,
                                                 (a.lat + b.lat) / 2))
        mid = chart.plot.mapToScene(pixel)  # where a click on that pixel lands
        if chart.node_at(mid) < 0 and chart.edge_at(mid) >= 0 and \
                data.edges[chart.edge_at(mid)] == edge:
            break
    else:
        pytest.fail("no clickable edge")
    with qtbot.waitSignal(chart.edge_selected, timeout=2000) as blocker:
        qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton,
                         pos=pixel)
    assert blocker.args == [list(edge.initiative_ids)]


def test_bubbles_move_select_and_share(qtbot: QtBot, loaded: dict[str, Any]) -> None:
    chart = shown(qtbot, BubbleChart())
    chart.set_series(loaded["bubbles"], 2010)
    chart.set_log(True, False)
    QApplication.processEvents()
    before = {p.iso3: p.x for p in chart.frame}
    chart.set_year(2000)
    assert chart.year == 2000 and {p.iso3: p.x for p in chart.frame} != before
    changes: list[list[str]] = []
    chart.selection.selection_changed.connect(changes.append)
    def centre(p: Any) -> QPointF:
        pixel = chart.plot.mapFromScene(scene_of(chart, math.log10(p.x), p.y))
        return chart.plot.mapToScene(pixel)

    # The first large country whose own bubble is on top at its centre.
    target = next(p for p in sorted(chart.frame, key=lambda p: -(p.size or 0))
                  if getattr(chart.point_at(centre(p)), "iso3", None) == p.iso3)
    with qtbot.waitSignal(chart.country_selected, timeout=2000) as blocker:
        move_and_click(qtbot, chart, centre(target))
    assert blocker.args == [target.iso3] and changes[-1] == [target.iso3]
    assert target.name in chart.info_label.text()
    chart.selection.set_codes(["CHN", "IND"])  # shared selection drives the trails
    assert len(chart._extras) >= 2


def test_tables_pass_modeltester_and_presentation(qtbot: QtBot, qtmodeltester: Any,
                                                  loaded: dict[str, Any]) -> None:
    chart = shown(qtbot, make_chart(ChartRequest("trade-share"), loaded["trade-share"]))
    model = ChartTableModel()
    model.set_table(chart.table())
    qtmodeltester.check(model)
    assert model.rowCount() == len(chart.table().rows) > 20
    assert model.data(model.index(0, 1), Qt.ItemDataRole.UserRole) == chart.table().rows[0][1]
    small = chart.title_label.font().pointSizeF()
    chart.set_presentation(True)
    assert chart.title_label.font().pointSizeF() > 1.5 * small


def test_empty_state_is_labelled(qtbot: QtBot) -> None:
    from explorer.domain.charts import LineChartData, MapData, Series

    chart = shown(qtbot, make_chart(ChartRequest("trade-share"),
                                    LineChartData("Nauru", "%", "IMF", (Series("Nauru", ()),))))
    assert chart.is_empty and "No data" in chart.empty_label.text()
    assert chart.table().rows == ()
    empty_map = MapChart()
    qtbot.addWidget(empty_map)
    empty_map.set_series(MapData("Nothing", "u", "src", {}, {}))
    assert empty_map.is_empty and "No data" in empty_map.empty_label.text()
