"""Country queries: resolution, list, profile figures and comparison, on a tiny database
whose numbers can be checked by hand, and on the real reference database."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, insert, text

from explorer.store import models as m
from explorer.store.queries.countries import list_countries, resolve_country
from explorer.store.queries.indicators import (
    TRADE_OPENNESS,
    compare_series,
    comparison_table,
    key_indicators,
)
from explorer.store.queries.profile import profile_facts

# (iso3, iso2, name, region, income); EEE has (almost) no data.
COUNTRIES = [
    ("AAA", "AA", "Alphaland", "R1", "UM"),
    ("BBB", "BB", "Betaland", "R1", "UM"),
    ("CCC", "CC", "Gamma Republic", "R2", "UM"),
    ("DDD", "DD", "Gamma Islands", "R2", "L"),
    ("EEE", "EE", "Epsilonia", "R1", "H"),
]
INDICATORS = [
    ("NY.GDP.MKTP.CD", "GDP (current US$)", "current US$"),
    ("NY.GDP.PCAP.CD", "GDP per capita (current US$)", "current US$"),
    ("SP.POP.TOTL", "Population, total", ""),
    ("SI.POV.DDAY", "Poverty headcount ratio at $3.00 a day (% of population)", "% of population"),
    ("SP.DYN.LE00.IN", "Life expectancy at birth, total (years)", "years"),
    ("NE.EXP.GNFS.ZS", "Exports of goods and services (% of GDP)", "% of GDP"),
    ("NE.IMP.GNFS.ZS", "Imports of goods and services (% of GDP)", "% of GDP"),
]
# z-scores in 2020 (AAA, BBB, CCC, DDD): LE 70 60 70 80 -> 0 -1.41 0 1.41;
# poverty 10 10 30 30 -> -1 -1 1 1.
OBS = [
    ("SP.DYN.LE00.IN", "AAA", 2020, 70.0),
    ("SP.DYN.LE00.IN", "BBB", 2020, 60.0),
    ("SP.DYN.LE00.IN", "CCC", 2020, 70.0),
    ("SP.DYN.LE00.IN", "DDD", 2020, 80.0),
    ("SP.DYN.LE00.IN", "EEE", 2000, 50.0),  # outside any recent window
    ("SI.POV.DDAY", "AAA", 2020, 10.0),
    ("SI.POV.DDAY", "BBB", 2020, 10.0),
    ("SI.POV.DDAY", "CCC", 2020, 30.0),
    ("SI.POV.DDAY", "DDD", 2020, 30.0),
    ("NY.GDP.MKTP.CD", "AAA", 2019, 1000.0),
    ("NY.GDP.MKTP.CD", "AAA", 2020, 1500.0),
    ("NY.GDP.MKTP.CD", "BBB", 2018, 50.0),
    ("NY.GDP.MKTP.CD", "BBB", 2020, 0.0),  # a real zero stays a zero
    ("SP.POP.TOTL", "AAA", 2019, 10.0),
    ("SP.POP.TOTL", "AAA", 2021, 20.0),
    ("SP.POP.TOTL", "BBB", 2020, 5.0),
    ("NY.GDP.PCAP.CD", "AAA", 2010, 400.0),
    ("NY.GDP.PCAP.CD", "AAA", 2020, 500.0),
    ("NY.GDP.PCAP.CD", "BBB", 2020, 900.0),
    ("NY.GDP.PCAP.CD", "CCC", 2020, 700.0),
    ("NY.GDP.PCAP.CD", "EEE", 2020, 300.0),
    ("NE.EXP.GNFS.ZS", "AAA", 2019, 20.0),
    ("NE.EXP.GNFS.ZS", "AAA", 2020, 25.0),
    ("NE.IMP.GNFS.ZS", "AAA", 2020, 30.0),
]


def seed_tiny(conn: Connection) -> None:
    """Five countries, a few indicators and names: enough to check results by hand."""
    conn.execute(insert(m.Dataset), [
        {"id": 1, "key": "wdi", "name": "WDI", "publisher": "WB", "licence": "CC-BY-4.0",
         "version": "t", "url": "", "citation": "WDI"},
    ])  # fmt: skip
    conn.execute(insert(m.Country), [
        {"iso3": i, "iso2": i2, "name": n, "wb_region": r, "income_group": g, "dataset_id": 1,
         "is_ldc": i == "DDD", "is_lldc": False, "is_sids": i == "DDD"}
        for i, i2, n, r, g in COUNTRIES
    ])  # fmt: skip
    conn.execute(insert(m.CountryName), [
        {"iso3": "AAA", "lang": "pt", "kind": "alias", "name": "Alfalândia", "dataset_id": 1},
        {"iso3": "AAA", "lang": "es", "kind": "short", "name": "Alfalandia (la)", "dataset_id": 1},
        {"iso3": "AAA", "lang": "zh", "kind": "short", "name": "阿尔法", "dataset_id": 1},
    ])  # fmt: skip
    conn.execute(insert(m.Indicator), [
        {"code": c, "name": n, "unit": u, "dataset_id": 1} for c, n, u in INDICATORS
    ])  # fmt: skip
    conn.execute(insert(m.Observation), [
        {"indicator_code": c, "iso3": i, "year": y, "value": v} for c, i, y, v in OBS
    ])  # fmt: skip
    conn.execute(insert(m.IncomeClassification), [
        {"iso3": "AAA", "fiscal_year": fy, "gni_year": fy - 2, "income_group": g, "dataset_id": 1}
        for fy, g in ((1989, "L"), (2000, "LM"), (2026, "UM"))
    ])  # fmt: skip


@pytest.fixture()
def tiny(empty_db: Engine) -> Iterator[Connection]:
    """The tiny database, in a transaction rolled back at the end."""
    with empty_db.connect() as conn:
        seed_tiny(conn)
        yield conn


@pytest.mark.parametrize(
    ("text", "status", "iso3"),
    [
        ("AAA", "code", "AAA"),
        ("aaa", "code", "AAA"),
        ("bb", "code", "BBB"),
        ("alfalandia", "name", "AAA"),  # accent-insensitive alias
        ("Alfalandia", "name", "AAA"),  # "Alfalandia (la)": trailing article dropped
        ("阿尔法", "name", "AAA"),
        ("  ALPHALAND ", "name", "AAA"),
        ("Epsil", "prefix", "EEE"),
        ("Gamma", "ambiguous", None),
        ("Zorro", "unknown", None),
        ("", "unknown", None),
    ],
)
def test_resolve_country(tiny: Connection, text: str, status: str, iso3: str | None) -> None:
    match = resolve_country(tiny, text)
    assert (match.status, match.iso3) == (status, iso3)


def test_ambiguous_and_unknown_names_come_with_suggestions(tiny: Connection) -> None:
    gamma = resolve_country(tiny, "Gamma")
    assert {s.iso3 for s in gamma.suggestions} == {"CCC", "DDD"}
    assert "Gamma Islands (DDD)" in gamma.message()
    typo = resolve_country(tiny, "Betalnd")
    assert typo.suggestions[0].iso3 == "BBB"
    assert typo.message() == "unknown country 'Betalnd'; did you mean Betaland (BBB)?"


def test_list_filters_and_sorts_by_latest_value_with_missing_last(tiny: Connection) -> None:
    rows = list_countries(tiny, region="R1", sort_indicator="NY.GDP.PCAP.CD")
    assert [r.country.iso3 for r in rows] == ["BBB", "AAA", "EEE"]
    assert rows[1].sort_value is not None
    assert (rows[1].sort_value.year, rows[1].sort_value.value) == (2020, 500.0)
    assert [r.country.iso3 for r in list_countries(tiny, ldc=True)] == ["DDD"]
    assert [r.country.iso3 for r in list_countries(tiny, income_group="L")] == ["DDD"]


def test_key_indicator_rank_trend_and_citation(tiny: Connection) -> None:
    figures = {k.latest.code: k for k in key_indicators(tiny, "AAA")}
    gdp_pc = figures["NY.GDP.PCAP.CD"]
    assert (gdp_pc.latest.value, gdp_pc.latest.year, gdp_pc.latest.dataset) == (500.0, 2020, "wdi")
    # R1 in 2020: BBB 900, AAA 500, EEE 300 -> 2 of 3; income UM: BBB 900, CCC 700, AAA 500.
    assert gdp_pc.region_rank is not None and gdp_pc.region_rank.text == "2 of 3"
    assert gdp_pc.income_rank is not None and gdp_pc.income_rank.text == "3 of 3"
    assert gdp_pc.trend is not None and (gdp_pc.trend.from_year, gdp_pc.trend.change) == (2010, 100)
    assert gdp_pc.series[1].value is None  # 2011: a gap, not a zero
    openness = figures[TRADE_OPENNESS]
    assert [(p.year, p.value) for p in openness.series] == [(2020, 55.0)]  # only where both exist


def test_compare_per_capita_and_index_keep_missing_values_none(tiny: Connection) -> None:
    per_cap = compare_series(tiny, ["AAA", "BBB"], ["NY.GDP.MKTP.CD"], "per_capita")
    block = per_cap.indicators[0]
    assert block.years == (2018, 2019, 2020)
    aaa, bbb = block.series
    assert [p.value for p in aaa.points] == [None, 100.0, None]  # 2020: no population
    assert [p.value for p in bbb.points] == [None, None, 0.0]
    assert block.unit == "current US$ per person" and block.dataset == "wdi"
    index = compare_series(tiny, ["AAA", "BBB"], ["NY.GDP.MKTP.CD"], "index", 2019)
    aaa, bbb = index.indicators[0].series
    assert [p.value for p in aaa.points] == [None, 100.0, 150.0]
    assert all(p.value is None for p in bbb.points)  # no 2019 base


def test_compare_leaves_rates_as_they_are_and_checks_arguments(tiny: Connection) -> None:
    result = compare_series(tiny, ["AAA", "CCC"], ["SP.DYN.LE00.IN"], "per_capita")
    assert result.indicators[0].mode == "value" and result.indicators[0].note
    with pytest.raises(ValueError):
        compare_series(tiny, ["AAA"], ["SP.DYN.LE00.IN"])
    with pytest.raises(ValueError):
        compare_series(tiny, ["AAA", "BBB"], ["NO.SUCH.CODE"])


def test_comparison_table_says_no_data_as_none(tiny: Connection) -> None:
    rows = {(r.iso3, r.code): r for r in comparison_table(tiny, ["AAA", "DDD"], ["SP.POP.TOTL"])}
    assert (rows["AAA", "SP.POP.TOTL"].year, rows["AAA", "SP.POP.TOTL"].value) == (2021, 20.0)
    assert (rows["DDD", "SP.POP.TOTL"].year, rows["DDD", "SP.POP.TOTL"].value) == (None, None)


def test_profile_of_a_country_without_trade_or_students(tiny: Connection) -> None:
    facts = profile_facts(tiny, "AAA")
    assert facts is not None
    assert [(y.fiscal_year, y.income_group) for y in facts.header.income_history][-1] == (
        2026,
        "UM",
    )
    assert facts.trade.developing_share == () and facts.students.outbound == ()
    assert facts.as_provider.total == 0 and not facts.brief.named_provider
    assert profile_facts(tiny, "ZZZ") is None


@pytest.mark.realdata
def test_brazil_gdp_2010_equals_the_wdi_file(ref_conn: Connection, sources_dir: Path) -> None:
    with open(sources_dir / "wdi-datahub" / "ny.gdp.mktp.cd.csv", encoding="utf-8") as f:
        expected = next(
            float(r["Value"])
            for r in csv.DictReader(f)
            if (r["Country Code"], r["Year"]) == ("BRA", "2010")
        )
    result = compare_series(ref_conn, ["BRA", "IND"], ["NY.GDP.MKTP.CD"])
    bra = result.indicators[0].series[0]
    assert next(p.value for p in bra.points if p.year == 2010) == expected
    pop = ref_conn.execute(
        text(
            "SELECT value FROM observation"
            " WHERE iso3='BRA' AND year=2010 AND indicator_code='SP.POP.TOTL'"
        )
    ).scalar_one()
    per_cap = compare_series(ref_conn, ["BRA", "IND"], ["NY.GDP.MKTP.CD"], "per_capita")
    assert next(
        p.value for p in per_cap.indicators[0].series[0].points if p.year == 2010
    ) == pytest.approx(expected / pop)


@pytest.mark.realdata
def test_brazil_profile_on_the_real_database(ref_conn: Connection) -> None:
    facts = profile_facts(ref_conn, "BRA")
    assert facts is not None
    history = dict((y.fiscal_year, y.income_group) for y in facts.header.income_history)
    assert history[2026] == "UM" and min(history) == 1989
    assert {"BRICS", "G77", "IBSA"} <= {g.code for g in facts.header.memberships}
    figures = {k.latest.code: k for k in facts.indicators}
    gdp_pc = figures["NY.GDP.PCAP.CD"]
    assert gdp_pc.region_rank is not None and gdp_pc.latest.value is not None
    higher, of = ref_conn.execute(
        text(
            "SELECT SUM(CASE WHEN o.value > :v THEN 1 ELSE 0 END), COUNT(*)"
            " FROM observation o JOIN country c ON c.iso3 = o.iso3"
            " WHERE o.indicator_code = 'NY.GDP.PCAP.CD' AND o.year = :y AND c.wb_region = :r"
        ),
        {"v": gdp_pc.latest.value, "y": gdp_pc.latest.year, "r": "Latin America & Caribbean"},
    ).one()
    assert (gdp_pc.region_rank.rank, gdp_pc.region_rank.of) == (higher + 1, of)
    assert facts.brief.named_provider and 6969 in {i.id for i in facts.brief.initiatives}
    assert all(0 < s.share_pct < 100 for s in facts.trade.developing_share)
    assert facts.trade.top_partners[0].iso3 == "CHN"
    assert facts.as_provider.total > 1000 and facts.students.inbound


@pytest.mark.realdata
@pytest.mark.parametrize(
    ("text", "iso3"),
    [("Brasil", "BRA"), ("巴西", "BRA"), ("bra", "BRA"), ("Côte d'Ivoire", "CIV"),
     ("Cote d'Ivoire", "CIV"), ("Guinea", "GIN"), ("Swaziland", "SWZ")],
)  # fmt: skip
def test_resolve_real_names(ref_conn: Connection, text: str, iso3: str) -> None:
    assert resolve_country(ref_conn, text).iso3 == iso3


@pytest.mark.realdata
def test_resolve_guinea_and_korea_name_the_alternatives(ref_conn: Connection) -> None:
    guinea = resolve_country(ref_conn, "Guinea")
    assert {"GNB", "GNQ", "PNG"} <= {s.iso3 for s in guinea.suggestions}
    korea = resolve_country(ref_conn, "Korea")
    assert korea.status == "ambiguous" and {s.iso3 for s in korea.suggestions} == {"KOR", "PRK"}
