"""The kiosk's search is the window's search: accent folding, query language, chips."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from explorer.kiosk import data
from explorer.kiosk.data import SearchQuery
from explorer.store.database import Database
from explorer.store.queries.search import search as window_search
from explorer.store.quick import DatabaseUnavailable


def _window_ids(path: Path, text: str, limit: int = data.HIT_LIMIT) -> list[int]:
    database = Database.open(path, readonly=True)
    try:
        with database.session() as session:
            return list(window_search(session, text, limit=limit).ids)
    finally:
        database.dispose()


def _sao_tome_ids(path: Path) -> set[int]:
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        return {
            r[0]
            for r in conn.execute(
                "SELECT id FROM initiative WHERE title LIKE '%São Tomé%' "
                "OR summary LIKE '%São Tomé%'"
            )
        }
    finally:
        conn.close()


def test_sao_tome_without_accents_finds_sao_tome(reference_db: Path) -> None:
    accented = _sao_tome_ids(reference_db)
    assert accented, "the reference data mentions São Tomé"
    hits = data.search(reference_db, "en", SearchQuery(text="Sao Tome"))
    assert hits
    found = {int(h.key) for h in hits}
    assert found & accented
    assert all(h.case is not None for h in hits)


def test_kiosk_hits_are_the_windows_hits_in_its_order(reference_db: Path) -> None:
    query = SearchQuery(text="school feeding")
    hits = data.search(reference_db, "en", query, limit=20)
    assert [int(h.key) for h in hits] == _window_ids(reference_db, "school feeding", 20)
    assert hits


def test_tapped_country_narrows_to_that_country(reference_db: Path) -> None:
    every = data.search(reference_db, "en", SearchQuery(text="agriculture"), limit=400)
    brazil = data.search(
        reference_db, "en", SearchQuery(text="agriculture", countries=("BRA",)), limit=400
    )
    assert brazil
    assert len(brazil) < len(every)
    conn = sqlite3.connect(f"file:{reference_db.as_posix()}?mode=ro", uri=True)
    try:
        for hit in brazil:
            row = conn.execute(
                "SELECT 1 FROM initiative_participant WHERE initiative_id = ? AND iso3 = 'BRA'",
                (int(hit.key),),
            ).fetchone()
            assert row is not None, hit.key
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (SearchQuery(), ""),
        (SearchQuery(text="  rice  "), "rice"),
        (SearchQuery(countries=("BRA", "ARG")), "country:BRA,ARG"),
        (
            SearchQuery(text="rice", sectors=("Health", 'Say "hi"')),
            'rice sector:"Health" OR sector:"Say  hi "',
        ),
    ],
)
def test_search_text(query: SearchQuery, expected: str) -> None:
    assert data.search_text(query) == expected


def test_missing_database_is_unavailable(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnavailable, match="file not found"):
        data.search(tmp_path / "gone.sqlite", "en", SearchQuery(text="x"))
