"""Home over a small database with known numbers, an empty one, and the real one."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from explorer.ui.i18n import format_count, format_number, format_value, format_year
from explorer.ui.pages.base import PageContext
from explorer.ui.pages.home import HomePage
from tests.qt.conftest import BRIEF_NAME, DOTS_NAME, SHARES
from tests.qt.pagetools import label_texts, load

ContextFactory = Callable[[Path], PageContext]


def test_headlines_beside_our_dots_figure(
    qtbot: QtBot, make_context: ContextFactory, small_db: Path
) -> None:
    page = load(qtbot, HomePage(make_context(small_db)))
    texts = label_texts(page)
    joined = "\n".join(texts)
    assert "43 percent of the South's trade is with other developing countries." in texts
    assert format_value(43.0, "%") in texts  # the brief's own figure
    latest = f"{format_value(SHARES[2020], '%')} in {format_year(2020)}"
    assert latest in texts
    assert f"Source: {DOTS_NAME}, {format_year(2020)}" in texts
    assert f"Source: {BRIEF_NAME}, 2007 (citing UNCTAD)" in texts
    # The poverty headline has no series of ours, and says so.
    assert "No comparable series in the data." in texts
    assert "Brazil → Botswana" in texts
    assert f"{format_number(2032.0)} health workers trained" in texts
    assert "Association for Social Advancement" not in joined  # nothing invented
    assert "ASA (Bangladesh) → Philippine MFIs" in texts
    for value in (3, 2):
        assert format_count(value) in texts


def test_trend_shows_only_years_in_the_data(
    qtbot: QtBot, make_context: ContextFactory, small_db: Path
) -> None:
    from explorer.ui.widgets.trend import TrendStrip

    page = load(qtbot, HomePage(make_context(small_db)))
    (trend,) = page.findChildren(TrendStrip)
    years = [year for year, _label, _value in trend._points]
    assert years == [format_year(y) for y in (1990, 2000, 2007, 2020)]


def test_empty_database_says_no_data(
    qtbot: QtBot, make_context: ContextFactory, empty_db_path: Path
) -> None:
    page = load(qtbot, HomePage(make_context(empty_db_path)))
    texts = label_texts(page)
    assert texts.count("No data") == 2
    assert "This database holds no headline figures." in texts
    assert "Counted in this database (build date unknown)." in texts


def test_not_our_database_shows_an_error(
    qtbot: QtBot, make_context: ContextFactory, tmp_path: Path
) -> None:
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    page = HomePage(make_context(other))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.load_failed, timeout=10_000) as blocker:
        page.activate()
    assert "not an Exchange Explorer database" in blocker.args[0]
    assert "The data could not be read." in label_texts(page)


@pytest.mark.realdata
def test_real_database(qtbot: QtBot, make_context: ContextFactory, reference_db: Path) -> None:
    page = load(qtbot, HomePage(make_context(reference_db)))
    snapshot = page.snapshot
    assert snapshot is not None and snapshot.headlines
    texts = label_texts(page)
    for headline in snapshot.headlines:
        assert headline.statement in texts
    dots = [h.ours for h in snapshot.headlines if h.ours and h.ours.measure.endswith("share")]
    assert dots, "the DOTS south-south export share should be on Home"
    series = dots[0]
    assert f"Source: {series.dataset_name}, {format_year(series.latest.year)}" in texts
    assert snapshot.featured and snapshot.counts.countries > 200
