"""Chart queries against the real reference database, and the chart tables (no Qt)."""

from __future__ import annotations

import pytest
from sqlalchemy import Connection, text

from explorer.domain.charts import LineChartData, MapData, Series
from explorer.store.queries import cooperation as coop
from explorer.store.queries import maps, trade

pytestmark = pytest.mark.realdata


def dots(conn: Connection, reporter: str, partner: str, year: int, flow: str = "X") -> float:
    """One DOTS row, read directly (partner by IMF name or ISO3)."""
    return float(conn.execute(text(
        "SELECT f.value_musd FROM trade_flow f JOIN trade_entity r ON r.id = f.reporter_id "
        "JOIN trade_entity p ON p.id = f.partner_id WHERE r.iso3 = :r AND r.kind = 'country' "
        "AND (p.imf_name = :p OR (p.iso3 = :p AND p.kind = 'country')) AND f.flow = :f "
        "AND f.year = :y"), {"r": reporter, "p": partner, "f": flow, "y": year}).scalar_one())


def test_known_dots_value(ref_conn: Connection) -> None:
    # IMF DOTS: Brazil's exports to the world in 2019, US$ millions (exporter-reported, FOB).
    assert dots(ref_conn, "BRA", "World", 2019) == pytest.approx(222199.851539)


def test_country_share_recomputed_by_hand(ref_conn: Connection) -> None:
    share, values = trade.trade_share(ref_conn, "BRA")
    emde = dots(ref_conn, "BRA", "Emerging and Developing Economies", 2019)
    world = dots(ref_conn, "BRA", "World", 2019)
    assert dict(share.series[0].points)[2019] == pytest.approx(100 * emde / world)
    assert dict(values.series[0].points)[2019] == pytest.approx(emde)
    assert dict(values.series[1].points)[2019] == pytest.approx(world)
    assert share.units == "% of exports"
    assert "Direction of Trade" in share.source
    assert share.references and share.references[0].value == 43.0
    assert "UNCTAD" in share.references[0].source


def test_two_country_group_share_by_hand(ref_conn: Connection) -> None:
    pair = trade.Subject("BI", "Brazil and India", True, ("BRA", "IND"))
    share, _ = trade.trade_share(ref_conn, pair)
    emde = "Emerging and Developing Economies"
    south = dots(ref_conn, "BRA", emde, 2015) + dots(ref_conn, "IND", emde, 2015)
    world = dots(ref_conn, "BRA", "World", 2015) + dots(ref_conn, "IND", "World", 2015)
    assert dict(share.series[0].points)[2015] == pytest.approx(100 * south / world)
    assert "2 current members" in share.note and "exporter-reported" in share.note


def test_group_codes_resolve(ref_conn: Connection) -> None:
    g77 = trade.resolve_subject(ref_conn, "g77")
    assert g77.is_group and len(g77.members) > 100
    share, _ = trade.trade_share(ref_conn, "ASEAN")
    assert all(0 < v < 100 for _, v in share.series[0].points)
    with pytest.raises(trade.UnknownSubject):
        trade.resolve_subject(ref_conn, "XXX")


def test_top_partners_and_mirror_flows(ref_conn: Connection) -> None:
    bars = trade.top_partners(ref_conn, "IND", 2019, limit=5)
    assert list(bars.values) == sorted(bars.values, reverse=True)
    assert bars.values[0] == pytest.approx(dots(ref_conn, "IND", bars.keys[0], 2019))
    pair = trade.bilateral(ref_conn, "BRA", "CHN")
    names = [s.name for s in pair.series]
    assert names[0] == "Brazil exports to China (reported by Brazil)"
    assert names[1] == "China imports from Brazil (reported by China)" and pair.series[1].dashed
    assert dict(pair.series[1].points)[2019] == pytest.approx(dots(ref_conn, "CHN", "BRA", 2019,
                                                                   "M"))


def test_group_matrix_and_brief(ref_conn: Connection) -> None:
    matrix = trade.group_matrix(ref_conn, 2019)
    assert len(matrix.rows) == 7 and matrix.rows == matrix.columns
    assert all(v is None or v > 0 for row in matrix.values for v in row)
    brief = trade.brief_vs_data(ref_conn)
    assert {r.value for r in brief.references} == {43.0, 11.0, 10.0}
    assert len(brief.series) == 3 and all(s.points for s in brief.series)


def test_network_edges_list_their_initiatives(ref_conn: Connection) -> None:
    net = coop.network(ref_conn)
    assert len(net.nodes) > 100 and len(net.edges) > 1000
    edge = next(e for e in net.edges if e.source == "BRA")
    roles = dict(ref_conn.execute(text(
        "SELECT role, iso3 FROM initiative_participant WHERE initiative_id = :i AND iso3 IN "
        "(:a, :b)"), {"i": edge.initiative_ids[0], "a": edge.source, "b": edge.target}).all())
    assert roles == {"provider": edge.source, "recipient": edge.target}
    training = coop.network(ref_conn, coop.CooperationFilter(modality="training"))
    assert 0 < sum(len(e.initiative_ids) for e in training.edges) < sum(
        len(e.initiative_ids) for e in net.edges)
    assert "modality training" in training.note


def test_over_time_and_region_pairs(ref_conn: Connection) -> None:
    stacked = coop.over_time(ref_conn, "modality")
    total = ref_conn.execute(text("SELECT COUNT(*) FROM initiative WHERE start_year IS NOT NULL"
                                  )).scalar_one()
    assert sum(sum(s.values) for s in stacked.stacks) == total
    assert any(s.name == "technical assistance" for s in stacked.stacks)
    pairs = coop.region_pairs(ref_conn)
    assert pairs.rows == pairs.columns and sum(v or 0 for r in pairs.values for v in r) > 0


def test_map_measures(ref_conn: Connection) -> None:
    gdp = maps.map_data(ref_conn, "NY.GDP.PCAP.CD")
    assert gdp.log_scale and gdp.values[2015]["BRA"] > 0
    income = maps.map_data(ref_conn, maps.INCOME)
    assert income.categories[0] == "Low income" and income.table(2020).rows
    share = maps.map_data(ref_conn, maps.SS_SHARE)
    by_hand, _ = trade.trade_share(ref_conn, "BRA")
    assert share.values[2019]["BRA"] == pytest.approx(dict(by_hand.series[0].points)[2019])
    with pytest.raises(maps.UnknownMeasure):
        maps.map_data(ref_conn, "NOT.A.CODE")
    atlas = maps.atlas(ref_conn)
    small = {o.iso3 for o in atlas.outlines if o.small}
    assert {"MDV", "BRB", "SGP"} <= small  # small island states stay visible as markers


def test_bubble_frames(ref_conn: Connection) -> None:
    data = maps.bubble_data(ref_conn, "NY.GDP.PCAP.CD", "SP.DYN.LE00.IN", "SP.POP.TOTL")
    frame = {p.iso3: p for p in data.frame(2010)}
    assert frame["BRA"].colour == "Latin America & Caribbean"
    assert frame["BRA"].x == data.x[2010]["BRA"] and frame["BRA"].size == data.size[2010]["BRA"]
    assert len(data.table(2010).rows) == len(frame)


def test_tables_keep_missing_values_missing() -> None:
    line = LineChartData("t", "%", "s", (Series("a", ((2000, 1.0), (2001, 2.0))),
                                         Series("b", ((2001, 3.0),))))
    assert line.table().rows == ((2000, 1.0, None), (2001, 2.0, 3.0))
    cat = MapData("Income", "group", "s", {2020: {"BRA": 2.0}}, {"BRA": "Brazil"},
                  ("L", "LM", "UM", "H"))
    assert cat.table(2020).rows == (("BRA", "Brazil", 2020, "UM"),)
    assert cat.table(1999).rows == ()
    assert MapData("x", "u", "s", {}, {}).value_range is None
