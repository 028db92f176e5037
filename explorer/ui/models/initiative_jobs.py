"""Background jobs of the Initiatives page: each runs on a runner thread in its own Session.

Ordering: relevance is the engine's own order. Newest, oldest and title are passed to the
engine when its ``search`` takes an ``order`` argument; otherwise result sets of up to
``SORT_LIMIT`` are sorted here, over ids and ``fetch_rows`` (no SQL of our own), and larger
ones keep the engine's order with a note saying so.
"""

from __future__ import annotations

import functools
import inspect
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from explorer.domain.initiative_detail import InitiativeDetail, RelatedInitiative
from explorer.domain.search import Facets, InitiativeRow

ORDERS = ("relevance", "newest", "oldest", "title")
BLOCK = 100
SORT_LIMIT = 5000
PAGE_MAX = 1000
FACET_TOP = 40


@dataclass(frozen=True)
class ListStart:
    """The first block of a search and what the page says about it."""

    text: str
    order: str  # the order asked for
    sorted_here: bool  # the order asked for is applied (by the engine or here)
    total: int
    ranked: bool
    hints: tuple[str, ...]
    rows: tuple[InitiativeRow, ...]
    ids: tuple[int, ...] | None  # every id in order when sorted here; else paged by offset
    index_missing: bool


@dataclass(frozen=True)
class Block:
    """Rows ``offset`` .. ``offset + len(rows)`` of the list."""

    offset: int
    rows: tuple[InitiativeRow, ...]


def _engine_order_param() -> str | None:
    from explorer.store.queries.search import search

    params = inspect.signature(search).parameters
    return next((p for p in ("order", "sort") if p in params), None)


def _search_page(s: Session, text: str, order: str, limit: int, offset: int) -> object:
    from explorer.store.queries.search import search

    param = _engine_order_param()
    if order != "relevance" and param is not None:
        return search(s, text, limit=limit, offset=offset, **{param: order})
    return search(s, text, limit=limit, offset=offset)


def start_list(db_path: Path, text: str, order: str) -> ListStart:
    """Job: count, hints and the first block of ``text`` in ``order``."""
    from explorer.domain.search import SearchPage
    from explorer.store import fts
    from explorer.store.queries import in_session

    def run(s: Session) -> ListStart:
        page = _search_page(s, text, order, BLOCK, 0)
        assert isinstance(page, SearchPage)
        missing = not fts.has_index(s.connection())
        engine_sorts = order == "relevance" or _engine_order_param() is not None
        if engine_sorts or page.total <= 1:
            return ListStart(text, order, True, page.total, page.ranked, page.hints, page.rows,
                             None, missing)  # fmt: skip
        if page.total > SORT_LIMIT:
            return ListStart(text, order, False, page.total, page.ranked, page.hints, page.rows,
                             None, missing)  # fmt: skip
        ids = _sorted_ids(s, text, order, page.total)
        rows = _rows(s, ids[:BLOCK])
        return ListStart(text, order, True, page.total, False, page.hints, tuple(rows),
                         tuple(ids), missing)  # fmt: skip

    return in_session(db_path, run)


def _rows(s: Session, ids: list[int] | tuple[int, ...]) -> list[InitiativeRow]:
    from explorer.store.queries.search import fetch_rows

    out: list[InitiativeRow] = []
    for start in range(0, len(ids), PAGE_MAX):
        out.extend(fetch_rows(s, list(ids[start : start + PAGE_MAX])))
    return out


def all_ids(s: Session, text: str, total: int, limit: int | None = None) -> list[int]:
    """Every matching id in the engine's order (at most ``limit``)."""
    from explorer.store.queries.search import search

    wanted = total if limit is None else min(total, limit)
    ids: list[int] = []
    while len(ids) < wanted:
        page = search(s, text, limit=min(PAGE_MAX, wanted - len(ids)), offset=len(ids))
        if not page.ids:
            break
        ids.extend(page.ids)
    return ids


def _sorted_ids(s: Session, text: str, order: str, total: int) -> list[int]:
    rows = _rows(s, all_ids(s, text, total))
    if order == "title":
        from explorer.ui.i18n import collator

        col = collator()
        rows.sort(key=functools.cmp_to_key(lambda a, b: col.compare(a.title, b.title)))
    elif order == "oldest":
        rows.sort(key=lambda r: (r.start_year is None, r.start_year or 0, r.id))
    else:
        rows.sort(key=lambda r: (r.start_year is not None, r.start_year or 0, r.id), reverse=True)
    return [r.id for r in rows]


def fetch_block(
    db_path: Path, text: str, order: str, offset: int, ids: tuple[int, ...] | None
) -> Block:
    """Job: the rows of one block, by its ids when known, else by offset."""
    from explorer.domain.search import SearchPage
    from explorer.store.queries import in_session

    def run(s: Session) -> Block:
        if ids is not None:
            return Block(offset, tuple(_rows(s, ids)))
        page = _search_page(s, text, order, BLOCK, offset)
        assert isinstance(page, SearchPage)
        return Block(offset, page.rows)

    return in_session(db_path, run)


def load_facets(db_path: Path, text: str) -> Facets:
    """Job: facet counts of ``text``."""
    from explorer.store.queries import in_session
    from explorer.store.queries.facets import search_facets

    return in_session(db_path, lambda s: search_facets(s, text, top=FACET_TOP))


def load_detail(db_path: Path, initiative_id: int) -> InitiativeDetail | None:
    """Job: the whole record of one initiative (related ones come separately)."""
    from explorer.store.queries import in_session
    from explorer.store.queries.initiative_detail import initiative_detail

    return in_session(db_path, initiative_detail, initiative_id)


def load_related(db_path: Path, initiative_id: int) -> tuple[int, tuple[RelatedInitiative, ...]]:
    """Job: the initiatives related to ``initiative_id`` (slower on big databases)."""
    from explorer.store.queries import in_session
    from explorer.store.queries.initiative_detail import related_initiatives

    return initiative_id, in_session(db_path, related_initiatives, initiative_id)


def load_filter_names(db_path: Path) -> dict[str, str]:
    """Job: names of countries, groups and datasets by folded code (for chips)."""
    from explorer.domain.query import fold
    from explorer.store.queries import in_session
    from explorer.store.queries.initiative_detail import filter_names

    return {fold(k): v for k, v in in_session(db_path, filter_names).items()}
