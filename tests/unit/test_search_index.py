"""The search index's key tokens: filters, country names in any language, facets at scale,
and that nothing a user types reaches a key token."""

from __future__ import annotations

import pytest
from sqlalchemy import Connection, Engine

from explorer.domain.query import parse
from explorer.store.queries import facets as facets_module
from explorer.store.queries import search_keys as keys
from explorer.store.queries.facets import search_facets
from explorer.store.queries.search import search
from tests.unit.test_search import _fill


@pytest.fixture()
def small(empty_db: Engine) -> Engine:
    with empty_db.begin() as conn:
        _fill(conn)
    return empty_db


@pytest.mark.parametrize(
    ("query", "ids"),
    [
        ("Brasil", [2, 3, 6]),  # no record says "Brasil": the participant BRA does
        ("Brésil", [2, 3, 6]),
        ("Chine", [4, 5, 6]),
        ("Filipinas microfinance", [1]),
        ('"Sao Tome"', [2, 6]),
        ("-provider:CHN", [1, 2, 3]),
        ("-loan", [1, 2, 3, 4, 6]),
        ("year:2000..2009 -year:2006", [3, 4, 5]),
        ("year:2005..2010", [2, 3, 6]),
        ("year:2004..2006", [2]),
        ("sector:12", [4]),
        ("provider:BRA,BGD", [1, 2, 3, 6]),
        ("provider:Association recipient:PHL", [1]),
    ],
)
def test_key_filters_and_country_names(small: Engine, query: str, ids: list[int]) -> None:
    with small.connect() as conn:
        page = search(conn, query)
    assert sorted(page.ids) == ids
    assert page.total == len(ids)


@pytest.mark.parametrize(
    "typed",
    [
        keys.ALL,
        keys.side("provider", "BRA"),
        keys.modality("training"),
        '"0all"',
        "0all*",
        "0p*",
        "0*",
        "x_0all",
        "\uff10all",
        '"training 0mtraining"',
    ],
)
def test_user_text_never_reaches_key_tokens(small: Engine, typed: str) -> None:
    with small.connect() as conn:
        assert search(conn, typed).total == 0


def test_empty_search_facets_come_from_the_dictionary(small: Engine) -> None:
    with small.connect() as conn:
        facets = search_facets(conn, "")
    assert not facets.approximate
    assert {v.key: v.count for v in facets.providers} == {"BRA": 3, "CHN": 3, "BGD": 1}
    assert {v.key: v.count for v in facets.decades} == {
        "1990": 1, "2000": 4, "2010": 2,
    }  # fmt: skip


def test_facets_of_large_match_sets_are_scaled_estimates(
    small: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(facets_module, "FACET_LIMIT", 2)
    with small.connect() as conn:
        facets = search_facets(conn, "region:africa")  # 4 matches, 2 read
        exact = search(conn, parse("region:africa").refined("recipient:BWA")).total
    assert facets.approximate
    counts = {v.key: v.count for v in facets.recipients}
    assert all(0 < n <= 4 for n in counts.values())
    assert exact == 2


@pytest.mark.realdata
@pytest.mark.parametrize("order", ["newest", "oldest", "title"])
def test_engine_sorts_the_whole_match_set(ref_conn: Connection, order: str) -> None:
    """Every page of an ordered search follows the order over all matches, not one page."""
    first = search(ref_conn, "health", limit=40, order=order)
    second = search(ref_conn, "health", limit=40, offset=40, order=order)
    assert first.total == second.total > 80 and not first.ranked
    rows = [*first.rows, *second.rows]
    assert len({r.id for r in rows}) == 80  # no overlap between pages
    if order == "title":
        keys = [r.title.casefold() for r in rows]
        ascii_keys = [k for k in keys if k.isascii()]
        assert ascii_keys == sorted(ascii_keys)
    else:
        years = [r.start_year for r in rows if r.start_year is not None]
        assert years == sorted(years, reverse=order == "newest")
        # The first page starts at the extreme year of the whole match set.
        every = [r.start_year for r in search(ref_conn, "health", limit=1000).rows]
        known = [y for y in every if y is not None]
        assert years[0] == (max(known) if order == "newest" else min(known))


def test_unknown_order_means_relevance(empty_db: Engine) -> None:
    with empty_db.connect() as conn:
        assert search(conn, "water", order="sideways").total == 0
