"""has:note and note:word on PostgreSQL give the same answers as on SQLite: the real
catalogue copied into a real server, the user's notes in a real user database file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine

from explorer.store import workspace as ws
from explorer.store.queries.search import search
from explorer.store.userdb import open_user_db
from explorer.store.workspace_search import resolve_mine
from tests.fixtures.postgres import PgServer, load_catalogue
from tests.unit.test_postgres_search import BIG

pytestmark = pytest.mark.realdata


@pytest.fixture(scope="module")
def engines(pg_server: PgServer, reference_db: Path) -> Iterator[tuple[Engine, Engine]]:
    from explorer.store.engine import make_engine

    pg = create_engine(load_catalogue(pg_server, reference_db, "t_search_mine", BIG))
    lite = make_engine(reference_db, readonly=True)
    yield lite, pg
    pg.dispose()
    lite.dispose()


@pytest.mark.parametrize(
    "query", ["has:note", "note:irrigation", "-has:note", "has:note water", "-has:note water",
              "has:bookmark source:undp", "note:missing"],
)
def test_same_answers_on_both_engines(
    engines: tuple[Engine, Engine], tmp_path: Path, query: str
) -> None:
    lite, pg = engines
    user = ws.durable(open_user_db(tmp_path / "user.sqlite"))
    keys = [k for d in ("undp-ss", "aiddata-china-v1", "brief")
            for k in ws.initiative_keys(lite, d, 3)]
    for i, key in enumerate(keys):
        ws.add_note(user, key, "irrigation and water" if i % 2 else "ministry visit", "")
    ws.add_bookmark(user, keys[0], "")
    mine = resolve_mine(user, query)
    user.dispose()
    with lite.connect() as lc, pg.connect() as pc:
        for order in ("relevance", "newest", "title"):
            a = search(lc, query, limit=40, mine=mine, order=order)
            b = search(pc, query, limit=40, mine=mine, order=order)
            assert a.total == b.total
            if order != "relevance" or not a.ranked:
                assert [r.key for r in a.rows] == [r.key for r in b.rows], order
            elif query.startswith("-"):  # bm25 and ts_rank_cd rank apart: none noted
                assert not {r.key for r in (*a.rows, *b.rows)} & set(keys)
            else:
                assert {r.key for r in a.rows} == {r.key for r in b.rows}
    if query.startswith("has:note") and " " not in query:
        assert a.total == len(keys)
