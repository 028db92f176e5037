"""Search execution, facets and highlighting over a small real SQLite database, and the
reference database built from the public sources."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, insert

from explorer.cli.search import add_search_parser, cmd_search
from explorer.domain.query import parse
from explorer.domain.search import highlight_ranges
from explorer.store import fts
from explorer.store import models as m
from explorer.store.queries.facets import search_facets
from explorer.store.queries.search import search

COUNTRIES: list[
    tuple[str, str, str, str, str, list[str]]
] = [  # iso3, name, wb_region, un_region, income, other names
    ("BRA", "Brazil", "Latin America & Caribbean", "Americas", "UM", ["Brasil", "Brésil"]),
    ("PHL", "Philippines", "East Asia & Pacific", "Asia", "LM", ["Filipinas"]),
    ("BGD", "Bangladesh", "South Asia", "Asia", "LM", []),
    ("STP", "São Tomé and Príncipe", "Sub-Saharan Africa", "Africa", "LM", []),
    ("BWA", "Botswana", "Sub-Saharan Africa", "Africa", "UM", []),
    ("CHN", "China", "East Asia & Pacific", "Asia", "UM", ["Chine"]),
]
# id, key, title, modality, start, end, lang, providers, recipients, sectors
INITIATIVES: list[tuple[Any, ...]] = [
    (1, "brief:asa", "ASA helps set up microfinance institutions in the Philippines",
     "technical_assistance", None, None, "en", ["BGD"], ["PHL"], [("theme", None, "Microfinance")]),
    (2, "abc-1", "Projeto de saúde em São Tomé e Príncipe", "training", 2006, 2008, "pt",
     ["BRA"], ["STP"], [("abc", None, "Saúde Pública")]),
    (3, "abc-2", "Combate ao HIV/AIDS em Botswana", "technical_assistance", 2009, 2012, "pt",
     ["BRA"], ["BWA"], [("theme", None, "Health")]),
    (4, "aid-1", "China builds hospital in Botswana", "finance", 2003, None, "en",
     ["CHN"], ["BWA"], [("dac", "120", "Health")]),
    (5, "aid-2", "China loan for roads in the Philippines", "finance", 1998, 2001, "en",
     ["CHN"], ["PHL"], [("dac", "210", "Transport and Storage")]),
    (6, "aid-3", "Rice training centre in the Philippines", "training", 2010, 2011, "en",
     ["CHN", "BRA"], ["PHL", "STP"], [("dac", "311", "Agriculture")]),
]  # fmt: skip


def _fill(conn: Connection) -> None:
    conn.execute(insert(m.Dataset), [
        {"id": 1, "key": "brief", "name": "The brief", "publisher": "", "licence": "",
         "version": "", "url": "", "citation": ""},
        {"id": 2, "key": "aiddata-china-v1", "name": "AidData Chinese finance", "publisher": "",
         "licence": "", "version": "", "url": "", "citation": ""},
    ])  # fmt: skip
    conn.execute(insert(m.Country), [
        {"iso3": c, "name": n, "wb_region": wb, "un_region": un, "income_group": inc,
         "dataset_id": 1} for c, n, wb, un, inc, _ in COUNTRIES
    ])  # fmt: skip
    conn.execute(insert(m.CountryName), [
        {"iso3": c, "lang": "xx", "kind": "alias", "name": alias, "dataset_id": 1}
        for c, _, _, _, _, aliases in COUNTRIES for alias in aliases
    ])  # fmt: skip
    conn.execute(insert(m.CountryGroup), [
        {"code": "G77", "name": "Group of 77", "kind": "economic", "dataset_id": 1},
        {"code": "BRICS", "name": "BRICS", "kind": "economic", "dataset_id": 1},
    ])  # fmt: skip
    conn.execute(
        insert(m.Membership),
        [{"group_code": "G77", "iso3": c, "dataset_id": 1} for c in ("BRA", "PHL", "BGD", "STP")]
        + [{"group_code": "BRICS", "iso3": c, "dataset_id": 1} for c in ("BRA", "CHN")],
    )
    for i, key, title, mod, start, end, lang, prov, rec, sectors in INITIATIVES:
        conn.execute(insert(m.Initiative).values(
            id=i, dataset_id=1 if key.startswith(("brief", "abc")) else 2,
            source_record_id=key, title=title, modality=mod, start_year=start, end_year=end,
            language=lang, amount_usd=1e6 if mod == "finance" else None))  # fmt: skip
        for role, codes in (("provider", prov), ("recipient", rec)):
            for c in codes:
                conn.execute(insert(m.InitiativeParticipant).values(
                    initiative_id=i, role=role, iso3=c))  # fmt: skip
        for scheme, code, name in sectors:
            conn.execute(insert(m.InitiativeSector).values(
                initiative_id=i, scheme=scheme, code=code, name=name))  # fmt: skip
    conn.execute(
        insert(m.InitiativeParticipant).values(
            initiative_id=1, role="provider", org_name="Association for Social Advancement"
        )
    )
    conn.execute(insert(m.InitiativeOutcome).values(initiative_id=1, quantity=15, unit="MFIs"))
    assert fts.build_index(conn) == len(INITIATIVES)


@pytest.fixture()
def small(empty_db: Engine) -> Engine:
    with empty_db.begin() as conn:
        _fill(conn)
    return empty_db


@pytest.mark.parametrize(
    ("query", "ids"),
    [
        ("microfinance recipient:PHL", [1]),
        ("provider:Brazil sector:health", [3]),
        ("provider:Brasil sector:saude", [2]),
        ("provider:Brésil", [2, 3, 6]),
        ("Sao Tome", [2, 6]),
        ('country:"Sao Tome"', [2, 6]),
        ("recipient:PHL -loan", [1, 6]),
        ("loan OR hospital", [4, 5]),
        ('"rice training"', [6]),
        ("Botsw*", [3, 4]),
        ("region:africa", [2, 3, 4, 6]),
        ('region:"East Asia & Pacific" provider:BRA', [6]),
        ("group:G77 modality:finance", [5]),
        ("income:LMC provider:CHN", [5, 6]),
        ("sector:120", [4]),
        ("year:2005..2008", [2]),
        ("year:..2000", [5]),
        ("year:2011", [3, 6]),
        ("source:aiddata", [4, 5, 6]),
        ("lang:pt", [2, 3]),
        ("has:outcomes", [1]),
        ("has:amount -provider:CHN", []),
        ("provider:Association", [1]),
        ("", [1, 2, 3, 4, 5, 6]),
        ('NEAR(a b) AND ^ "', []),
        ("'; DROP TABLE initiative; --", []),
    ],
)
def test_search_finds(small: Engine, query: str, ids: list[int]) -> None:
    with small.connect() as conn:
        page = search(conn, query)
    assert sorted(page.ids) == ids
    assert page.total == len(ids)


def test_rows_and_ranking(small: Engine) -> None:
    with small.connect() as conn:
        page = search(conn, "Philippines")
        assert page.ranked
        assert page.ids[0] in (1, 5, 6)  # title matches outrank "who" matches
        row = next(r for r in page.rows if r.id == 6)
    assert row.providers == ("CHN", "BRA")
    assert row.recipients == ("PHL", "STP")
    assert row.sectors == ("Agriculture",)
    assert row.start_year == 2010 and row.source == "aiddata-china-v1"


def test_paging_and_unknown_values(small: Engine) -> None:
    with small.connect() as conn:
        first, second = search(conn, "", limit=4), search(conn, "", limit=4, offset=4)
        # Unranked: by start year, newest first, the one without a year last (issue 19).
        assert first.ids + second.ids == (6, 3, 2, 4, 5, 1)
        page = search(conn, "provider:Atlantis health")
        assert page.ids == ()
        assert any("organisations" in h for h in page.hints)
        page = search(conn, "region:Atlantis health")
    assert sorted(page.ids) == [2, 3, 4]  # "health" also finds "saúde" (thesaurus)
    assert any("Atlantis" in h for h in page.hints)


@pytest.mark.parametrize(
    "query", ["", "health", "provider:BRA", "Philippines -loan", "year:..2009"]
)
def test_facet_counts_equal_filtered_counts(small: Engine, query: str) -> None:
    with small.connect() as conn:
        total = search(conn, query).total
        facets = search_facets(conn, query)
        checked = 0
        for _name, values in facets.items():
            for v in values:
                assert 0 < v.count <= total
                assert search(conn, parse(query).refined(v.refine)).total == v.count, v
                checked += 1
    assert checked > 5


def test_highlight_ranges_fold_accents() -> None:
    text = "Projeto de saúde em São Tomé; agricultural Agriculture"
    q = parse('"sao tome" saude agri*')
    got = [text[a:b] for a, b in highlight_ranges(q, text)]
    assert got == ["saúde", "São Tomé", "agricultural", "Agriculture"]
    assert highlight_ranges(parse("-saude"), text) == []


def _cli(db: Path, *argv: str) -> int:
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    add_search_parser(parser.add_subparsers(dest="command"))
    return cmd_search(parser.parse_args(["--db", str(db), "search", *argv]))


def test_cli(small: Engine, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = Path(str(small.url.database))
    assert _cli(db, "microfinance", "AND", "--json") == 0
    out, err = capsys.readouterr()
    rows = json.loads(out)
    assert [r["id"] for r in rows] == [1] and rows[0]["recipients"] == ["PHL"]
    assert "AND is not needed" in err
    assert _cli(db, "nothing-matches-this") == 0
    assert "0 initiatives" in capsys.readouterr().out
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database")
    assert _cli(bad, "x") == 2


@pytest.mark.realdata
@pytest.mark.parametrize(
    ("query", "check"),
    [
        ("microfinance recipient:PHL", "brief"),
        ("provider:Brazil sector:health", "BRA"),
        ("Sao Tome", "STP"),
    ],
)
def test_real_database(ref_conn: Connection, query: str, check: str) -> None:
    page = search(ref_conn, query, limit=200)
    assert page.total > 0
    if check == "brief":
        from sqlalchemy import select

        keys = ref_conn.execute(
            select(m.Initiative.source_record_id).where(m.Initiative.id.in_(page.ids))
        ).scalars()
        assert any(k.startswith("brief:") for k in keys)
    elif check == "BRA":
        assert all("BRA" in r.providers for r in page.rows)
    else:
        assert any("STP" in r.recipients for r in page.rows)


@pytest.mark.realdata
def test_real_facets_equal_filtered_counts(ref_conn: Connection) -> None:
    for query in ("health", "provider:BRA"):
        for _name, values in search_facets(ref_conn, query, top=4).items():
            for v in values:
                assert search(ref_conn, parse(query).refined(v.refine), limit=0).total == v.count


def _years_descending(years: list[int | None]) -> bool:
    known = [y for y in years if y is not None]
    first_missing = years.index(None) if None in years else len(years)
    return known == sorted(known, reverse=True) and all(
        y is None for y in years[first_missing:]
    )


@pytest.mark.realdata
@pytest.mark.parametrize("query", ["", "provider:BRA", "project"])
def test_real_unranked_order_is_newest_start_year_first(ref_conn: Connection, query: str) -> None:
    """'Newest records first' (issue 19): unranked lists go by start year, newest first and
    years missing last, over every page, not by record id."""
    from explorer.store.queries.search import RANK_LIMIT

    first = search(ref_conn, query, limit=0)
    assert first.total > RANK_LIMIT or not parse(query).groups  # these are never ranked
    years: list[int | None] = []
    ids: list[int] = []
    for offset in range(0, first.total, 500):
        page = search(ref_conn, query, limit=500, offset=offset)
        assert not page.ranked
        years += [r.start_year for r in page.rows]
        ids += list(page.ids)
    assert len(ids) == len(set(ids)) == first.total
    assert _years_descending(years)
    assert years[0] is not None and years[0] >= 2015
    # Same year: newest record first, so the order is stable from one run to the next.
    same = [i for i, y in zip(ids, years, strict=True) if y == years[0]]
    assert same == sorted(same, reverse=True)
