"""Country pages over the real reference database: list, profile, compare, peers, exports."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from explorer.ui.models.country_base import IsoRole, SortRole
from explorer.ui.models.country_compare import MissingRole
from explorer.ui.models.country_indicators import LATEST, NAME, SOURCE
from explorer.ui.models.country_list import VALUE
from explorer.ui.pages.base import PageContext
from explorer.ui.selection import shared_selection
from tests.qt.pagetools import load

Ctx = Callable[[Path], PageContext]


def _codes(proxy: object) -> list[str]:
    from PySide6.QtCore import QSortFilterProxyModel

    assert isinstance(proxy, QSortFilterProxyModel)
    return [proxy.index(r, 0).data(IsoRole) for r in range(proxy.rowCount())]


@pytest.mark.realdata
def test_list_filters_search_and_sort(qtbot: QtBot, qtmodeltester: ModelTester, reference_db: Path,
                                      make_context: Ctx) -> None:  # fmt: skip
    from explorer.ui.pages.countries import CountriesPage

    page = load(qtbot, CountriesPage(make_context(reference_db)))
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    everyone = page.model.rowCount()
    assert everyone > 200
    page.search.setText("Brasil")
    assert _codes(page.proxy) == ["BRA"]
    page.search.setText("巴西")
    assert _codes(page.proxy) == ["BRA"]
    page.search.setText("")
    with qtbot.waitSignal(page.list_shown, timeout=20_000):
        page.group_box.setCurrentIndex(page.group_box.findData("ASEAN"))
    assert set(_codes(page.proxy)) >= {"IDN", "THA", "VNM"} and len(_codes(page.proxy)) >= 10
    page.group_box.setCurrentIndex(0)
    with qtbot.waitSignal(page.list_shown, timeout=20_000):
        page.sort_box.setCurrentIndex(page.sort_box.findData("SP.POP.TOTL"))
    top = _codes(page.proxy)[:2]
    assert set(top) == {"IND", "CHN"}
    last = page.proxy.index(page.proxy.rowCount() - 1, VALUE)
    assert last.data(SortRole) is None and last.data() == "no data"  # no value sorts last
    qtmodeltester.check(page.proxy)


def _profile(qtbot: QtBot, page: object, iso3: str) -> None:
    from explorer.ui.pages.countries import CountriesPage

    assert isinstance(page, CountriesPage)
    with qtbot.waitSignal(page.profile_shown, timeout=30_000):
        page.show_country(iso3)


@pytest.mark.realdata
def test_profile_brazil_and_no_data(qtbot: QtBot, qtmodeltester: ModelTester, reference_db: Path,
                                    make_context: Ctx) -> None:  # fmt: skip
    from explorer.ui.pages.countries import CountriesPage

    page = load(qtbot, CountriesPage(make_context(reference_db)))
    _profile(qtbot, page, "BRA")
    view = page.profile_view
    assert view.title.text() == "Brazil"
    model = view.indicators
    qtmodeltester.check(model)
    gdp = next(
        r for r in range(model.rowCount()) if model.index(r, NAME).data() == "GDP (current US$)"
    )
    latest = model.index(gdp, LATEST).data()
    assert "US$" in latest and "(20" in latest  # value, unit and year
    assert model.index(gdp, SOURCE).data() == "World Bank"
    assert "巴西" in view.header.text() and "BRICS" in view.header.text()
    links: list[tuple[str, list[int]]] = []
    view.initiatives_requested.connect(lambda q, ids: links.append((q, ids)))
    view._on_link(next(iter(view._links)))
    assert links and links[0][0].startswith("provider:BRA") and links[0][1]
    _profile(qtbot, page, "AFG")  # no R&D figure at all
    rd = next(r for r in range(model.rowCount()) if "Research" in model.index(r, NAME).data())
    assert model.index(rd, LATEST).data() == "no data"
    assert "0" not in model.index(rd, LATEST).data()


def _compare(qtbot: QtBot, reference_db: Path, make_context: Ctx, codes: list[str]) -> object:
    from explorer.ui.pages.compare import ComparePage

    page = ComparePage(make_context(reference_db))
    shared_selection(page.context.runner).set_codes(codes)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    with qtbot.waitSignal(page.comparison_shown, timeout=30_000):
        page.activate()
    return page


@pytest.mark.realdata
def test_compare_gaps_index_and_exports(
    qtbot: QtBot, qtmodeltester: ModelTester, reference_db: Path, make_context: Ctx, tmp_path: Path
) -> None:
    from explorer.ui.pages.compare import ComparePage
    from explorer.ui.widgets.country_export import export_charts, export_table

    page = _compare(qtbot, reference_db, make_context, ["BRA", "AFG", "VCT"])
    assert isinstance(page, ComparePage)
    qtmodeltester.check(page.model)
    with qtbot.waitSignal(page.comparison_shown, timeout=30_000):
        page.set_indicators(["GB.XPD.RSDV.GD.ZS", "NY.GDP.PCAP.CD"])
    m = page.model
    afg = next(i for i, (c, _) in enumerate(page.model.countries) if c == "AFG") + 2
    rd = next(r for r in range(m.rowCount()) if m.row_item(r).code == "GB.XPD.RSDV.GD.ZS")
    assert m.index(rd, afg).data() == "no data" and m.index(rd, afg).data(MissingRole) is True
    assert page.charts.missing["GB.XPD.RSDV.GD.ZS"] == ["Afghanistan"]
    with qtbot.waitSignal(page.comparison_shown, timeout=30_000):
        page.base_year.setValue(2010)
        page.mode_box.setCurrentIndex(page.mode_box.findData("index"))
    assert page.compared is not None
    block = next(b for b in page.compared.comparison.indicators if b.code == "NY.GDP.PCAP.CD")
    assert block.mode == "index" and block.unit == "index, 2010 = 100"
    bra = next(s for s in block.series if s.iso3 == "BRA")
    assert next(p.value for p in bra.points if p.year == 2010) == pytest.approx(100.0)
    qtmodeltester.check(page.model)
    assert page.compared is not None
    export_table(page.compared.comparison, page.compared.datasets, tmp_path / "t.csv")
    rows = list(csv.DictReader((tmp_path / "t.csv").open(encoding="utf-8-sig")))
    afg_rd = next(r for r in rows if r["ISO3"] == "AFG" and r["Indicator code"].startswith("GB."))
    assert afg_rd["Country"] == "Afghanistan" and afg_rd["Value"] == ""
    assert afg_rd["Note"] == "no data" and "World Bank" in afg_rd["Source"]
    export_table(page.compared.comparison, page.compared.datasets, tmp_path / "t.xlsx")
    from openpyxl import load_workbook

    book = load_workbook(tmp_path / "t.xlsx")
    sheet = book["Latest"]
    header = [c.value for c in sheet[1]]
    assert header[4:6] == ["ISO3", "Country"] and header[-1] == "Source"
    values = [r for r in sheet.iter_rows(min_row=2, values_only=True)
              if r[4] == "AFG" and str(r[0]).startswith("GB.")]  # fmt: skip
    assert values[0][7] is None and values[0][8] == "no data"  # blank, never 0
    assert book["Series"].max_row > 10
    page.show()
    export_charts(page.charts, tmp_path / "c.png")
    image = QImage(str(tmp_path / "c.png"))
    assert image.width() >= 1600 and image.height() >= 900  # issue 19: a useful size
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}  # fmt: skip
    assert len(colours) > 3  # not blank
    export_charts(page.charts, tmp_path / "c.svg")
    assert b"<svg" in (tmp_path / "c.svg").read_bytes()


@pytest.mark.realdata
def test_peers_show_reasons(qtbot: QtBot, qtmodeltester: ModelTester, reference_db: Path,
                            make_context: Ctx) -> None:  # fmt: skip
    from explorer.ui.pages.peers import PeersPage

    page = PeersPage(make_context(reference_db))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.peers_shown, timeout=30_000):
        page.activate()
    with qtbot.waitSignal(page.teachers_shown, timeout=30_000):
        page.set_country("BRA", "health")
    with qtbot.waitSignal(page.peers_shown, timeout=30_000):
        page._find_peers()
    qtmodeltester.check(page.peers)
    qtmodeltester.check(page.teachers)
    why = page.peers.index(0, 2).data()
    assert "similar" in why or "region" in why
    assert page.peers.index(0, 0).data(IsoRole) != "BRA"
    assert page.teachers.rowCount() > 0 and "provider of" in page.teachers.index(0, 4).data()
    qtmodeltester.check(page.evidence)
    assert page.evidence.rowCount() > 0
    asked: list[tuple[str, list[int]]] = []
    page.initiatives_requested.connect(lambda q, ids: asked.append((q, ids)))
    page._open_initiative(page.evidence.index(0, 1))
    assert asked and asked[0][1] == [page.teachers.row_item(0).evidence[0].id]
    page.feature_list.item(0).setCheckState(Qt.CheckState.Checked)  # another indicator


def test_profile_without_figures(qtbot: QtBot, small_db: Path, make_context: Ctx) -> None:
    """A database with no indicators, trade or students: every section says so."""
    from explorer.ui.pages.countries import CountriesPage

    page = load(qtbot, CountriesPage(make_context(small_db)))
    _profile(qtbot, page, "BWA")
    view = page.profile_view
    assert view.indicators.rowCount() == 0 and not view.no_indicators.isHidden()
    assert "no data" in view.trade.text() and "Inbound students: no data" in view.students.text()
    assert "Brazil" in view.recipient.text() and "HIV" in view.brief.text()
