"""Search on PostgreSQL gives the same answers as on SQLite, over the real catalogue.

The real reference database is copied into a real PostgreSQL server (same migrations,
``COPY``), the PostgreSQL index is built, and for every query of the comparison set the
search plan's match string is run on both engines: same total, same ids on the first page
in the unranked order (newest first). Relevance order may differ; ``test_relevance_order``
reports by how much.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, create_engine

from bench.bench_search import QUERIES as BENCH_QUERIES
from explorer.domain.query import parse
from explorer.store import fts
from explorer.store.postgresql import fts as pgfts
from explorer.store.queries.search import Plan
from tests.fixtures.postgres import PgServer, load_catalogue

pytestmark = pytest.mark.realdata

# Rows the search never reads: not copied, to keep the fixture quick.
BIG = frozenset({"trade_flow", "observation", "group_observation", "student_flow", "student_total"})

COMPARISON = (
    *BENCH_QUERIES,
    # the query-language cases of tests/unit/test_search.py
    "provider:Brasil sector:saude",
    "provider:Brésil",
    'country:"Sao Tome"',
    "recipient:PHL -loan",
    "loan OR hospital",
    '"rice training"',
    "Botsw*",
    "region:africa",
    'region:"East Asia & Pacific" provider:BRA',
    "group:G77 modality:finance",
    "income:LMC provider:CHN",
    "sector:120",
    "year:2005..2008",
    "year:..2000",
    "year:2011",
    "source:aiddata",
    "lang:pt",
    "has:outcomes",
    "has:links",
    "has:amount -provider:CHN",
    "provider:Association",
    # bad and hostile input
    'NEAR(a b) AND ^ "',
    "'; DROP TABLE initiative; --",
    '"unterminated phrase',
    "***",
    "a:b:c",
    "-",
    "-health",
    "OR OR AND",
    "(((",
    "\x00null",
    "provider:",
    "year:abc",
    "0abc",
    "10 2010 2015..2020",
    "São Tomé e Príncipe",
    "Côte d'Ivoire",
    "中国",
    "البرازيل",
    "south-south cooperation",
    "COVID-19",
    "e-learning",
    # field and sector filters
    "sector:agriculture",
    "sector:health -sector:water",
    "sector:311",
    "sector:educa*",
    "modality:study_visit",
    "modality:expert_dispatch OR modality:training",
    "recipient:Mozambique",
    "country:India country:Brazil",
    "provider:IND recipient:KEN",
    "region:asia year:2015..",
    "income:L",
    "group:BRICS",
    "group:ASEAN health",
    "source:abc",
    "lang:es",
    "water sanitation",
    "hospital* -china",
    '"capacity building" africa',
    "agri* year:..2010",
)


@pytest.fixture(scope="module")
def engines(pg_server: PgServer, reference_db: Path) -> Iterator[tuple[Engine, Engine]]:
    from explorer.store.engine import make_engine

    pg = create_engine(load_catalogue(pg_server, reference_db, "t_search", BIG))
    lite = make_engine(reference_db, readonly=True)
    yield lite, pg
    pg.dispose()
    lite.dispose()


def test_the_comparison_set_is_large_enough() -> None:
    assert len(set(COMPARISON)) >= 60


def _match(conn: Connection, query: str) -> str | None:
    return Plan(conn, parse(query)).match


@pytest.mark.parametrize("query", COMPARISON)
def test_same_total_and_first_page(engines: tuple[Engine, Engine], query: str) -> None:
    lite, pg = engines
    with lite.connect() as lc:
        match = _match(lc, query)
        assert match is not None
        total = fts.count(lc, match)
        first = fts.page(lc, match, False, 50, 0)
    with pg.connect() as pc:
        assert pgfts.count(pc, match) == total, match
        assert pgfts.page(pc, match, False, 50, 0) == first, match


def test_relevance_order(engines: tuple[Engine, Engine]) -> None:
    """Relevance ranks may differ (bm25 vs ts_rank_cd); the sets of the top 10 overlap."""
    lite, pg = engines
    overlaps: list[float] = []
    with lite.connect() as lc, pg.connect() as pc:
        for query in BENCH_QUERIES:
            match = _match(lc, query)
            if not parse(query).groups or match is None:
                continue
            a = fts.page(lc, match, True, 10, 0)
            b = pgfts.page(pc, match, True, 10, 0)
            if a:
                overlaps.append(len(set(a) & set(b)) / len(a))
    print(f"top-10 relevance overlap SQLite/PostgreSQL: {[round(o, 2) for o in overlaps]}")
    assert overlaps and sum(overlaps) / len(overlaps) > 0.3


def test_match_strings_never_carry_sql() -> None:
    cond, params = pgfts.compile_match(fts.quote("'); DROP TABLE initiative; --") + " *")
    assert "DROP" not in cond and params == {"q0": "('drop' <-> 'table' <-> 'initiative':*)"}
