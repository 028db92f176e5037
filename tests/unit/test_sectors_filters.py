"""``sector:`` on the one DAC scheme: names in any codelist language, 3- and 5-digit codes,
across sources, on a real migrated SQLite file after the real sectors build step."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, insert, text

from explorer.domain.query import parse
from explorer.importers.context import BuildContext
from explorer.importers.sectors import load_dac
from explorer.paths import CURATED_DIR
from explorer.store import fts
from explorer.store import models as m
from explorer.store.queries.search import search

# id, dataset, title, own sectors (scheme, code, name)
RECORDS = [
    (1, "aiddata-china-v1", "Rice centre", [("dac", "310", "Agriculture, Forestry, Fishing")]),
    (2, "aiddata-china-v1", "Hospital in Accra", [("dac", "120", "Health")]),
    (3, "abc-brazil", "Missão técnica", [("abc", None, "Extensão Rural")]),
    (4, "abc-brazil", "Apoio à agricultura familiar em Moçambique", []),
    (5, "abc-brazil", "Capacitação em controle da malária", []),
    (6, "undp-ss", "Sharing lessons", [("theme", None, "Governance")]),
]  # fmt: skip


@pytest.fixture()
def db(empty_db: Engine, sources_dir: Path) -> Engine:
    keys = ["iati-codelists", "aiddata-china-v1", "abc-brazil", "undp-ss"]
    with empty_db.begin() as conn:
        for n, key in enumerate(keys, start=1):
            conn.execute(insert(m.Dataset).values(
                id=n, key=key, name=key, publisher="", licence="", version="", url="",
                citation="", coverage="", notes="", files="", row_count=0))  # fmt: skip
        ids = {key: n for n, key in enumerate(keys, start=1)}
        for i, key, title, sectors in RECORDS:
            conn.execute(insert(m.Initiative).values(
                id=i, dataset_id=ids[key], source_record_id=str(i), title=title))  # fmt: skip
            for scheme, code, name in sectors:
                conn.execute(insert(m.InitiativeSector).values(
                    initiative_id=i, scheme=scheme, code=code, name=name))  # fmt: skip
        load_dac(BuildContext(conn, sources_dir, CURATED_DIR, datasets=ids))
        fts.build_index(conn)
    return empty_db


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("sector:agriculture", {1, 3, 4}),  # AidData's own code, ABC's crosswalk, inference
        ("sector:311", {3, 4}),  # AidData's 310 is the wider group 31, not 311
        ("sector:310", {1, 3, 4}),  # the group: every 31x code
        ("sector:31166", {3}),
        ("sector:31120", {4}),
        ("sector:health", {2, 5}),  # AidData's "Health"; malaria (12250) is in 122 Basic Health
        ("sector:HEALTH", {2, 5}),
        ("sector:122", {5}),
        ("sector:12", {2, 5}),
        ("sector:governance", {6}),
        ("sector:vulgarisation", {3}),  # the French name of 31166
        # sector-origin: where the DAC sector came from (issue 13)
        ("sector-origin:source", {1, 2}),
        ("sector-origin:crosswalk", {3, 6}),  # ABC's label, UNDP's theme
        ("sector-origin:inferred", {4, 5}),
        ("sector-origin:source,crosswalk", {1, 2, 3, 6}),
        ("origin:rule", {4, 5}),
        ("sector:agriculture sector-origin:source", {1}),  # AidData's own "Agriculture..."
        ("sector:agriculture sector-origin:inferred", {4}),
        ("sector:agriculture -sector-origin:inferred", {1, 3}),
        ("sector:health sector-origin:source", {2}),  # AidData's 120 "Health", by its name
        ("sector:health sector-origin:crosswalk", set()),
        ("sector:31 sector-origin:crosswalk", {3}),
    ],
)
def test_sector_filter_uses_the_dac_scheme(db: Engine, query: str, expected: set[int]) -> None:
    with db.connect() as conn:
        page = search(conn, parse(query), limit=50)
    assert set(page.ids) == expected


def test_unknown_sector_origin_is_a_hint(db: Engine) -> None:
    with db.connect() as conn:
        page = search(conn, parse("sector-origin:guessed"), limit=50)
    assert page.total == 6
    assert any("sector-origin:guessed is unknown" in h for h in page.hints)


@pytest.mark.realdata
def test_real_sector_origin_splits_the_dac_sectors(ref_conn: Connection) -> None:
    """On the real data: every initiative with a DAC sector has one of the three origins, and
    AidData's own CRS codes are the only ``source`` ones (ABC and UNDP have none)."""
    built = ref_conn.execute(
        text("SELECT count(*) FROM initiative_fts_dict WHERE kind = 'origin'")
    ).scalar()
    if not built:
        pytest.skip("reference database built before sector-origin tokens (issue 13)")
    total = {
        o: search(ref_conn, parse(f"sector-origin:{o}"), limit=1).total
        for o in ("source", "crosswalk", "inferred")
    }
    expected = {
        str(o): int(n)
        for o, n in ref_conn.execute(
            text(
                "SELECT origin, count(DISTINCT initiative_id) FROM initiative_sector "
                "WHERE scheme = 'dac' GROUP BY origin"
            )
        )
    }
    assert total == expected
    aiddata = search(ref_conn, parse("source:aiddata"), limit=1).total
    assert search(ref_conn, parse("sector-origin:source source:aiddata"), limit=1).total == aiddata
    assert search(ref_conn, parse("sector-origin:source provider:BRA"), limit=1).total == 0
    inferred = search(ref_conn, parse("sector:health sector-origin:inferred"), limit=1).total
    health = search(ref_conn, parse("sector:health"), limit=1).total
    rest = search(ref_conn, parse("sector:health -sector-origin:inferred"), limit=1).total
    # inference fills only initiatives with no DAC sector: an initiative is all or none inferred
    assert 0 < inferred < health and rest + inferred == health


@pytest.mark.realdata
def test_real_brazil_agriculture_finds_embrapa(ref_conn: Connection) -> None:
    built = ref_conn.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'dac_name'")
    ).first()
    if built is None:
        pytest.skip("reference database built before the sectors step (issue 13)")
    page = search(ref_conn, parse("sector:agriculture provider:BRA"), limit=2000)
    assert page.total >= 200
    embrapa = set(search(ref_conn, parse("embrapa provider:BRA"), limit=2000).ids)
    assert len(embrapa & set(page.ids)) >= 0.8 * len(embrapa) > 20


@pytest.mark.realdata
def test_real_peer_finder_and_search_see_the_same_initiatives(ref_conn: Connection) -> None:
    from explorer.store.queries.countries import find_teachers

    teachers = find_teachers(ref_conn, "MOZ", "agriculture", limit=3)
    assert teachers
    for t in teachers:
        found = search(ref_conn, parse(f"sector:agriculture provider:{t.iso3}"), limit=1000)
        assert t.initiative_count == found.total
        assert {e.id for e in t.evidence} <= set(found.ids)


@pytest.mark.parametrize(
    ("text_", "values"),
    [
        ("sector-origin:source", ("source",)),
        ("Sector-Origin:reported,RULE", ("source", "inferred")),
        ("origin:crosswalk", ("crosswalk",)),
        ('sector-origin:"inferred"', ("inferred",)),
    ],
)
def test_sector_origin_parses(text_: str, values: tuple[str, ...]) -> None:
    (f,) = parse(text_).filters
    assert (f.field, f.values) == ("sector-origin", values)


def test_hyphenated_words_stay_words() -> None:
    q = parse("south-south:cooperation")
    assert not q.filters and q.groups


def test_sector_facet_is_grouped_by_dac(db: Engine) -> None:
    """The facet lists 3-digit DAC sectors, each with its 5-digit purposes beneath, and every
    count is the total its refine returns."""
    from explorer.store.queries.facets import search_facets

    with db.connect() as conn:
        facets = search_facets(conn, parse(""))
        values = facets.sectors
        by_key = {v.key: v for v in values}
        assert {"311", "122", "151", "310", "120"} <= set(by_key)
        assert by_key["311"].label == "Agriculture (311)"
        assert by_key["310"].count == 3  # AidData's 310 is the group 31: all three
        kids = [v for v in values if v.depth == 1]
        assert {v.key for v in kids} >= {"31166", "31120", "12250"}
        for v in values:
            if v.depth:  # beneath its 3-digit sector
                parent = values[: values.index(v)]
                assert any(p.depth == 0 and p.key == v.key[:3] for p in parent), v
            refined = search(conn, parse(v.refine), limit=50)
            assert refined.total == v.count, v


@pytest.mark.realdata
def test_real_sector_facet_counts_are_what_refining_gives(ref_conn: Connection) -> None:
    from explorer.store.queries.facets import search_facets

    facets = search_facets(ref_conn, parse("provider:BRA"))
    values = facets.sectors
    if not any(v.depth for v in values):
        pytest.skip("reference database built before the DAC sector facet (issue 13)")
    assert not facets.approximate
    assert [v.key for v in values if v.depth == 0][:3]  # a few sectors, most frequent first
    tops = [v.count for v in values if v.depth == 0]
    assert tops == sorted(tops, reverse=True)
    for v in values:
        refined = search(ref_conn, parse(f"provider:BRA {v.refine}"), limit=1)
        assert refined.total == v.count, v


def _chart_count(conn: Connection, sector: str) -> int:
    from explorer.store.queries.cooperation import CooperationFilter

    where, params = CooperationFilter(sector=sector).where(conn)
    sql = f"SELECT COUNT(*) FROM initiative i JOIN dataset d ON d.id = i.dataset_id WHERE {where}"
    return int(conn.execute(text(sql), params).scalar_one())


@pytest.mark.parametrize(
    "sector", ["agriculture", "health", "122", "310", "31166", "vulgarisation", "governance"]
)
def test_charts_count_what_search_finds(db: Engine, sector: str) -> None:
    with db.connect() as conn:
        assert _chart_count(conn, sector) == search(conn, parse(f"sector:{sector}")).total


@pytest.mark.realdata
def test_real_charts_search_and_peers_see_the_same_sector(ref_conn: Connection) -> None:
    from explorer.store.queries import cooperation as coop

    for sector in ("agriculture", "health", "education", "122", "160", "310", "forestry"):
        found = search(ref_conn, parse(f"sector:{sector}"), limit=1).total
        assert _chart_count(ref_conn, sector) == found, sector
    # The chart's own numbers follow: initiatives over time with the sector filter.
    stacked = coop.over_time(ref_conn, "modality", coop.CooperationFilter(sector="agriculture"))
    assert "sector agriculture" in stacked.note
