"""The reference side of ``has:note``, ``has:bookmark`` and ``note:word``.

The caller resolves each such filter to the stable keys it selects in the user's database
(``explorer.store.workspace_search``); here the keys become the current rows (by dataset key
and source record id, never by a stored row id) and the search keeps (or, negated, drops)
them. A user's own records are few, so the kept set is matched in one statement
(``fts.within``); a dropped set is skipped while paging the unrestricted match.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from typing import Protocol

from sqlalchemy import text
from sqlalchemy.orm import Session

from explorer.domain.keys import split_initiative_key
from explorer.domain.query import FieldFilter, Query, mine_filters
from explorer.domain.search import InitiativeRow, SearchPage
from explorer.store import fts
from explorer.store.queries import search_keys as keys
from explorer.store.queries.search_filters import Db

Mine = Mapping[FieldFilter, frozenset[str]]
_NOT_INITIATIVES = ("chart:", "note:", "indicator:")
NO_WORKSPACE = "has:note, has:bookmark and note: need your workspace here; they were ignored."

def _values(db: Db, cast: str = "") -> str:
    """A sub-select of the values of the JSON array bound as ``:list``: one bind parameter
    whatever its length (an expanding IN of thousands of values costs more to render than to
    run). SQLite reads it with ``json_each``, PostgreSQL with ``jsonb_array_elements_text``."""
    bind = db.get_bind() if isinstance(db, Session) else db
    if bind.dialect.name == "postgresql":
        value = f"CAST(v AS {cast})" if cast else "v"
        return f"SELECT {value} FROM jsonb_array_elements_text(CAST(:list AS jsonb)) AS t(v)"
    return "SELECT value FROM json_each(:list)"


def rows_of_keys(db: Db, targets: Iterable[str]) -> dict[int, tuple[int | None, str]]:
    """``id -> (start year, title)`` of the current initiatives among ``targets`` (others are
    skipped: a country or chart key, or a record a data update removed)."""
    by_dataset: dict[str, set[str]] = defaultdict(set)
    for key in targets:
        if ":" not in key or key.startswith(_NOT_INITIATIVES):
            continue
        try:
            dataset, rid = split_initiative_key(key)
        except ValueError:
            continue
        by_dataset[dataset] |= {rid, f"{dataset}:{rid}"}  # the brief's ids carry their prefix
    stmt = text(
        "SELECT i.id, i.start_year, i.title FROM initiative i JOIN dataset d "
        f"ON d.id = i.dataset_id WHERE d.key = :d AND i.source_record_id IN ({_values(db)})"
    )
    out: dict[int, tuple[int | None, str]] = {}
    for dataset, rids in sorted(by_dataset.items()):
        params = {"d": dataset, "list": json.dumps(sorted(rids))}
        for init_id, year, title in db.execute(stmt, params):
            out[int(init_id)] = (year, str(title))
    return out


def ids_of_keys(db: Db, targets: Iterable[str]) -> set[int]:
    """Current initiative ids of the initiative keys among ``targets``."""
    return set(rows_of_keys(db, targets))


def _sorted(rows: Mapping[int, tuple[int | None, str]], ids: list[int], order: str) -> list[int]:
    """``ids`` in one of the engine's orders, as ``fts.ORDERS`` sorts them."""
    if order not in fts.ORDERS:
        order = "newest"
    if order == "title":
        by_id = sorted(ids, reverse=True)
        return sorted(by_id, key=lambda i: rows[i][1].lower())
    if order == "oldest":
        return sorted(ids, key=lambda i: (rows[i][0] is None, rows[i][0] or 0, i))
    return sorted(ids, key=lambda i: (rows[i][0] is None, -(rows[i][0] or 0), -i))


class SearchPlan(Protocol):
    """What this module needs of ``queries.search.Plan`` (passed in: no import back)."""

    match: str | None
    indexed: bool
    positive: list[str]
    negative: list[str]
    hints: tuple[str, ...]

    def count(self, db: Db) -> int: ...
    def page(self, db: Db, total: int, limit: int, offset: int) -> tuple[list[int], bool]: ...


def _narrows(plan: SearchPlan) -> bool:
    """Whether the rest of the query (words, filters) narrows the match: if not, the user's
    set is the answer as it is, without reading the index (every initiative is in it)."""
    return plan.indexed and bool(plan.positive or plan.negative)


def search_mine(
    db: Db, query: Query, plan: SearchPlan, mine: Mine | None, *, limit: int, offset: int,
    order: str, rank_limit: int, fetch_rows: Callable[[Db, list[int]], list[InitiativeRow]],
) -> SearchPage:
    """``search`` of a query with user-record filters: their keys kept, or dropped when
    negated; without ``mine`` (no workspace, as in the kiosk) they are ignored, with a hint.
    ``rank_limit`` and ``fetch_rows`` are the search's own (see ``queries.search``)."""
    hints = plan.hints
    kept: set[int] | None = None
    dropped: set[int] = set()
    facts: dict[int, tuple[int | None, str]] = {}  # id -> (start year, title), for sorting
    if mine is None:
        hints = (*hints, NO_WORKSPACE)
    else:
        for f in mine_filters(query):
            found_rows = rows_of_keys(db, mine.get(f, frozenset()))
            facts.update(found_rows)
            selected = set(found_rows)
            if f.negated:
                dropped |= selected
            else:
                kept = selected if kept is None else kept & selected
    match = plan.match if plan.match is not None else fts.quote(keys.ALL)
    if kept is not None:
        kept -= dropped
        ranked = bool(query.groups) and len(kept) <= rank_limit and order not in fts.ORDERS
        found = fts.within(db, match, kept, ranked) if _narrows(plan) else sorted(kept)
        total = len(found)
        if not ranked:
            found = _sorted(facts, found, order)
        ids: list[int] = found[offset : offset + limit]
    else:
        skipped = set(fts.within(db, match, dropped, False)) if _narrows(plan) else dropped
        total = plan.count(db) - len(skipped)
        want = offset + limit + len(skipped)
        if not (limit and total > offset):
            page, ranked = [], True
        elif order in fts.ORDERS:
            page, ranked = fts.ordered_page(db, plan.match, order, want, 0), False
        else:
            page, ranked = plan.page(db, total + len(skipped), want, 0)
        ids = [i for i in page if i not in skipped][offset : offset + limit]
    rows = fetch_rows(db, ids)
    return SearchPage(query, total, tuple(ids), tuple(rows), ranked, offset, hints)


def facet_counts(
    db: Db, query: Query, plan: SearchPlan, mine: Mine,
    base: Callable[[], tuple[Counter[str], bool]],
) -> tuple[Counter[str], bool]:  # fmt: skip
    """Key token counts (for the facets) of a query with user-record filters: those of the
    kept initiatives, or ``base()`` (the unrestricted counts) less those of the dropped."""
    kept: set[int] | None = None
    dropped: set[int] = set()
    for f in mine_filters(query):
        selected = ids_of_keys(db, mine.get(f, frozenset()))
        if f.negated:
            dropped |= selected
        else:
            kept = selected if kept is None else kept & selected
    match = plan.match if plan.match is not None else fts.quote(keys.ALL)
    if kept is not None:
        kept -= dropped
        return _key_counts(db, fts.within(db, match, kept, False) if _narrows(plan)
                           else sorted(kept)), False  # fmt: skip
    counts, approximate = base()
    counts = Counter(counts)
    counts.subtract(_key_counts(db, fts.within(db, match, dropped, False) if _narrows(plan)
                                else sorted(dropped)))  # fmt: skip
    return +counts, approximate


def _key_counts(db: Db, ids: list[int]) -> Counter[str]:
    out: Counter[str] = Counter()
    if not ids:
        return out
    stmt = text(f"SELECT keys FROM {fts.KEYS_TABLE} WHERE id IN ({_values(db, 'integer')})")
    for row in db.execute(stmt, {"list": json.dumps(ids)}).scalars():
        out.update(str(row).split())
    return out
