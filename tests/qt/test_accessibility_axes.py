"""Large text (issue 16): chart axes have room for their numbers from the first frame.

pyqtgraph measures tick labels while painting and grows the axis only afterwards, so the
first frame at 150-200% cut the bubble chart's bottom numbers and let the line chart's left
title overlap its numbers. The oracle is pyqtgraph's own measurement: the room an axis has
before its first paint must be at least the room it takes after painting.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from explorer.ui.a11y.appearance import apply_appearance
from explorer.ui.charts.render import ChartRequest, load_chart_data, make_chart

pytestmark = pytest.mark.realdata
SHOTS = Path(os.environ.get("EXPLORER_A11Y_SHOTS", "/tmp/a11y"))


@pytest.fixture()
def app_look() -> Iterator[QApplication]:
    """Leaves the application's font and stylesheet as it found them."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = QApplication.font(), app.styleSheet()
    yield app
    QApplication.setFont(font)
    app.setStyleSheet(sheet)


@pytest.fixture(scope="module")
def loaded(reference_db: Path) -> Iterator[dict[str, Any]]:
    from explorer.store.engine import make_engine

    engine = make_engine(reference_db, readonly=True)
    with engine.connect() as conn:
        data = {kind: load_chart_data(conn, ChartRequest(kind, indicator="NY.GDP.PCAP.CD"))
                for kind in ("trade-values", "bubbles")}  # fmt: skip
    engine.dispose()
    yield data


def _room(chart: Any) -> dict[str, float]:
    """Left axis width and bottom axis height (what the plot layout gives them)."""
    item = chart.findChildren(pg.PlotWidget)[0].getPlotItem()
    return {"left": item.getAxis("left").minimumWidth(),
            "bottom": item.getAxis("bottom").minimumHeight()}  # fmt: skip


@pytest.mark.parametrize("percent", [150, 200])
@pytest.mark.parametrize("kind", ["trade-values", "bubbles"])
def test_axes_fit_their_numbers_before_the_first_paint(
    qtbot: QtBot, app_look: QApplication, loaded: dict[str, Any], kind: str, percent: int
) -> None:
    apply_appearance(percent, False)
    try:
        request = ChartRequest(kind, indicator="NY.GDP.PCAP.CD", log_x=kind == "bubbles")
        chart = make_chart(request, loaded[kind])
        qtbot.addWidget(chart)
        chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        chart.resize(900, 560)
        chart.show()
        before = _room(chart)  # nothing painted yet
        SHOTS.mkdir(parents=True, exist_ok=True)
        chart.grab().save(str(SHOTS / f"axes-{kind}-{percent}.png"))  # the first frame
        for _ in range(3):  # pyqtgraph measures while painting, then grows the axes
            chart.grab()
            QApplication.processEvents()
        after = _room(chart)
        assert before["bottom"] >= after["bottom"] - 1, (kind, percent, before, after)
        assert before["left"] >= after["left"] - 1, (kind, percent, before, after)
    finally:
        apply_appearance(100, False)
