"""Trade shares and growth: the pure functions and the build-time summary figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, text

from explorer.domain import trade
from explorer.store import summary
from tests.helpers import fresh_context


@pytest.mark.parametrize(
    ("part", "whole", "expected"),
    [(25.0, 100.0, 25.0), (3159763.62643, 7585398.551853, 41.65586824), (1.0, 0.0, None),
     (0.0, 5.0, 0.0)],
)
def test_share_percent(part: float, whole: float, expected: float | None) -> None:
    result = trade.share_percent(part, whole)
    assert result == (None if expected is None else pytest.approx(expected))


@pytest.mark.parametrize(
    ("previous", "current", "expected"),
    [(100.0, 110.0, 10.0), (200.0, 150.0, -25.0), (0.0, 5.0, None), (5.0, 5.0, 0.0)],
)
def test_growth_percent(previous: float, current: float, expected: float | None) -> None:
    result = trade.growth_percent(previous, current)
    assert result == (None if expected is None else pytest.approx(expected))


def test_shares_by_year_only_common_years() -> None:
    shares = trade.shares_by_year({2000: 1.0, 2001: 2.0, 2002: 3.0},
                                  {2001: 8.0, 2002: 0.0, 2003: 4.0})
    assert shares == {2001: 25.0}


def test_yearly_growth_skips_gaps() -> None:
    growth = trade.yearly_growth({1990: 100.0, 1991: 120.0, 1993: 60.0, 1994: 30.0})
    assert growth == {1991: pytest.approx(20.0), 1994: pytest.approx(-50.0)}


# (reporter, partner, year, exports) as the IMF files give them for the aggregates.
EXPORTS = [
    ("Emerging and Developing Economies", "Emerging and Developing Economies", 2018,
     3161785.897785),
    ("Emerging and Developing Economies", "Emerging and Developing Economies", 2019,
     3159763.62643),
    ("Emerging and Developing Economies", "World", 2018, 7754190.574527),
    ("Emerging and Developing Economies", "World", 2019, 7585398.551853),
    ("World", "World", 2018, 19273793.881906),
    ("World", "World", 2019, 18771028.665814),
]


def _fill(conn: Connection) -> None:
    ctx = fresh_context(conn, Path("."))  # only the datasets are needed
    ds = ctx.dataset_id("imf-dots")
    names = ["World", "Emerging and Developing Economies"]
    conn.execute(text("INSERT INTO trade_entity (id, imf_name, iso3, kind, dataset_id) "
                      "VALUES (:i, :n, NULL, 'aggregate', :ds)"),
                 [{"i": i, "n": n, "ds": ds} for i, n in enumerate(names, start=1)])
    ids = {n: i for i, n in enumerate(names, start=1)}
    rows = [{"r": ids[r], "p": ids[p], "f": "X", "y": y, "v": v, "ds": ds}
            for r, p, y, v in EXPORTS]
    # An import row that must not be mistaken for exports.
    rows.append({"r": 2, "p": 2, "f": "M", "y": 2019, "v": 1.0, "ds": ds})
    conn.execute(text("INSERT INTO trade_flow (reporter_id, partner_id, flow, year, value_musd, "
                      "estimated, dataset_id) VALUES (:r, :p, :f, :y, :v, false, :ds)"), rows)


def test_build_summary(empty_db: Engine) -> None:
    with empty_db.begin() as conn:
        _fill(conn)
        assert summary.build_summary(conn) == 2 + 2 + 1 + 1
        assert summary.build_summary(conn) == 6  # rebuilding replaces, never duplicates
    with empty_db.connect() as conn:
        figures = {(k, y): (v, u) for k, y, v, u in conn.execute(
            text("SELECT key, year, value, unit FROM summary_figure"))}
    assert len(figures) == 6
    share, unit = figures[("south_south_export_share", 2019)]
    assert unit == "%"
    assert share == pytest.approx(100 * 3159763.62643 / 7585398.551853)
    assert round(share, 2) == 41.66
    world_share = figures[("south_south_share_world_trade", 2019)][0]
    assert world_share == pytest.approx(100 * 3159763.62643 / 18771028.665814)
    growth = figures[("south_south_trade_growth", 2019)][0]
    assert growth == pytest.approx(100 * (3159763.62643 / 3161785.897785 - 1))
    world_growth = figures[("world_trade_growth", 2019)][0]
    assert world_growth == pytest.approx(100 * (18771028.665814 / 19273793.881906 - 1))
    assert ("south_south_trade_growth", 2018) not in figures  # no 2017 to grow from


def test_build_summary_without_trade(empty_db: Engine) -> None:
    with empty_db.begin() as conn:
        assert summary.build_summary(conn) == 0  # no dataset declared: nothing invented
        fresh_context(conn, Path("."))
        assert summary.build_summary(conn) == 0  # dataset declared, no flows


def test_compound_growth_is_the_average_annual_rate() -> None:
    from explorer.domain.trade import compound_growth

    series = {2000: 100.0, 2001: 50.0, 2005: 100.0 * 1.1**5, 2006: 0.0}
    growth = compound_growth(series, 5)
    assert set(growth) == {2005}  # 2006 is zero, so it has no rate
    assert abs(growth[2005] - 10.0) < 1e-9


@pytest.mark.realdata
def test_wdi_measures_on_the_real_database(ref_conn: Connection) -> None:
    from explorer.store.summary_wdi import rd_spending_ppp

    rows = dict(
        ref_conn.execute(
            text("SELECT year, value FROM summary_figure WHERE key = 'rd_spending_chn_jpn'")
        ).all()
    )
    values = {
        (iso3, code, year): value
        for iso3, code, year, value in ref_conn.execute(
            text("SELECT iso3, indicator_code, year, value FROM observation WHERE year = 2015 "
                 "AND iso3 IN ('CHN','JPN') AND indicator_code IN "
                 "('GB.XPD.RSDV.GD.ZS','NY.GDP.PCAP.PP.CD','SP.POP.TOTL')")
        )
    }
    china, japan = rd_spending_ppp(values, "CHN", 2015), rd_spending_ppp(values, "JPN", 2015)
    assert china is not None and japan is not None
    assert abs(rows[2015] - china / japan * 100) < 1e-6
    assert rows[2015] > 100  # China out-spends Japan on R&D at PPP by 2015
    africa = dict(
        ref_conn.execute(
            text("SELECT year, value FROM summary_figure WHERE key = 'africa_growth_above_5'")
        ).all()
    )
    by_hand = ref_conn.execute(
        text("SELECT count(*) FROM observation o JOIN country c ON c.iso3 = o.iso3 "
             "WHERE o.indicator_code = 'NY.GDP.MKTP.KD.ZG' AND o.year = 2007 "
             "AND c.un_region = 'Africa' AND o.value > 5")
    ).scalar_one()
    assert africa[2007] == by_hand > 15
