"""Imported Comtrade/WITS flows on the Trade page (issue 12): the pair chart shows them
beside the IMF's series, each labelled with the file's dataset, in US$ millions; the source
line names the imported datasets; a database without imports is unchanged. On a copy of the
real reference database with the real importers."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from explorer.cli import main
from explorer.store.database import Database
from explorer.store.queries.trade import bilateral
from explorer.ui.charts.export import save_png
from explorer.ui.pages.base import PageContext
from explorer.ui.pages.trade import TradePage
from tests.fixtures.importers import fixture
from tests.qt.pagetools import load

pytestmark = pytest.mark.realdata
MakeContext = Callable[[Path], PageContext]


@pytest.fixture(scope="module")
def with_trade(reference_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("trade-imported")
    copy = folder / "reference.sqlite"
    shutil.copyfile(reference_db, copy)
    mp = pytest.MonkeyPatch()
    mp.setenv("EXPLORER_USER_DIR", str(folder / "user"))
    try:
        for name in ("comtrade-legacy.csv", "wits-partner-cp1252.csv"):
            assert main(["import", str(fixture(name)), "--db", str(copy)]) == 0
    finally:
        mp.undo()
    return copy


def test_pair_chart_adds_imported_series(with_trade: Path, reference_db: Path) -> None:
    db = Database.open(with_trade, readonly=True)
    try:
        with db.connect() as conn:
            chart = bilateral(conn, "IND", "KEN")
            brazil = bilateral(conn, "BRA", "AGO")
    finally:
        db.dispose()
    imported = [s for s in chart.series if "imported:" in s.name]
    assert len(chart.series) == 5 and len(imported) == 1
    assert imported[0].name.startswith("India exports to Kenya (reported by India; imported: ")
    assert imported[0].points == ((2019, pytest.approx(1.2345)), (2020, pytest.approx(1.5)))
    assert all(s.points for s in chart.series[:4])  # the IMF's four stay as they were
    assert "; imported: " in chart.source and chart.source.startswith("International Monetary")
    names = [s.name for s in brazil.series if "imported:" in s.name]
    assert names and all("commodity 0201" in n for n in names)  # no total: codes as given
    original = Database.open(reference_db, readonly=True)
    try:
        with original.connect() as conn:
            plain = bilateral(conn, "IND", "KEN")
    finally:
        original.dispose()
    assert len(plain.series) == 4 and "imported" not in plain.source
    assert plain.series == chart.series[:4]


def test_trade_page_shows_them(qtbot: QtBot, with_trade: Path, make_context: MakeContext,
                               tmp_path: Path) -> None:
    page = TradePage(make_context(with_trade))
    page.subject.setText("IND")
    page.partner.setText("KEN")
    load(qtbot, page)
    chart = page.charts["bilateral"]
    data = chart.data  # type: ignore[attr-defined]
    assert any("imported:" in s.name for s in data.series)
    page.tabs.setCurrentIndex(list(page.charts).index("bilateral"))
    page.resize(1280, 800)
    page.show()
    save_png(page, tmp_path / "trade-imported.png")
