"""Jobs of the Initiatives page: each runs on a runner thread in its own Session.

Ordering: the engine sorts (relevance, newest, oldest, title) over the whole match set and
pages by offset, so any order works at a million records.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from explorer.domain.initiative_detail import InitiativeDetail, RelatedInitiative
from explorer.domain.search import Facets, InitiativeRow
from explorer.jobs.reads import read

if TYPE_CHECKING:
    from collections.abc import Mapping
    from pathlib import Path

    from sqlalchemy.orm import Session

    from explorer.domain.query import FieldFilter
    from explorer.store.database import Database

ORDERS = ("relevance", "newest", "oldest", "title")
BLOCK = 100
PAGE_MAX = 1000
FACET_TOP = 40


@dataclass(frozen=True)
class ListStart:
    """The first block of a search and what the page says about it."""

    text: str
    order: str  # the order asked for (the engine applies it)
    total: int
    ranked: bool
    hints: tuple[str, ...]
    rows: tuple[InitiativeRow, ...]
    index_missing: bool
    # The keys has:note/has:bookmark/note: selected in the user database when the search
    # started: blocks and the export page through the same set (None: no workspace).
    mine: Mapping[FieldFilter, frozenset[str]] | None = None


@dataclass(frozen=True)
class Block:
    """Rows ``offset`` .. ``offset + len(rows)`` of the list."""

    offset: int
    rows: tuple[InitiativeRow, ...]


def _search_page(
    s: Session, text: str, order: str, limit: int, offset: int,
    mine: Mapping[FieldFilter, frozenset[str]] | None = None,
) -> object:
    from explorer.store.queries.search import search

    return search(s, text, limit=limit, offset=offset, order=order, mine=mine)


def _mine(
    user_db: Path | None, text: str
) -> tuple[Mapping[FieldFilter, frozenset[str]] | None, str]:
    """The keys has:note and the like select, and why they could not be read ("" if read):
    a damaged user database leaves them out with a hint naming the way out."""
    from explorer.store.sqlite.user_recovery import UserDatabaseDamaged
    from explorer.store.workspace_search import resolve_mine_at

    if user_db is None:
        return None, ""
    try:
        return resolve_mine_at(user_db, text), ""
    except UserDatabaseDamaged as exc:
        return None, f"Your workspace could not be read ({exc.problem}); has:note and the " \
            "like were ignored."


def start_list(
    database: Database, text: str, order: str, user_db: Path | None = None
) -> ListStart:
    """Job: count, hints and the first block of ``text`` in ``order``; ``user_db`` answers
    ``has:note``/``has:bookmark``/``note:`` (without it they are ignored, with a hint)."""
    from explorer.domain.search import SearchPage
    from explorer.store import fts

    mine, problem = _mine(user_db, text)

    def run(s: Session) -> ListStart:
        page = _search_page(s, text, order, BLOCK, 0, mine)
        assert isinstance(page, SearchPage)
        missing = not fts.has_index(s.connection())
        hints = page.hints
        if problem:
            from explorer.store.queries.search_mine import NO_WORKSPACE

            hints = (*(h for h in hints if h != NO_WORKSPACE), problem)
        return ListStart(text, order, page.total, page.ranked, hints, page.rows, missing,
                         mine)

    return read(database, run)


def all_ids(
    s: Session, text: str, total: int, limit: int | None = None, order: str = "relevance",
    mine: Mapping[FieldFilter, frozenset[str]] | None = None,
) -> list[int]:
    """Every matching id in ``order`` (at most ``limit``)."""
    from explorer.store.queries.search import search

    wanted = total if limit is None else min(total, limit)
    ids: list[int] = []
    while len(ids) < wanted:
        page = search(
            s, text, limit=min(PAGE_MAX, wanted - len(ids)), offset=len(ids), order=order,
            mine=mine,
        )
        if not page.ids:
            break
        ids.extend(page.ids)
    return ids


def fetch_block(
    database: Database, text: str, order: str, offset: int,
    mine: Mapping[FieldFilter, frozenset[str]] | None = None,
) -> Block:
    """Job: the rows of one block, paged by offset in ``order`` (``mine``: the start's)."""
    from explorer.domain.search import SearchPage

    def run(s: Session) -> Block:
        page = _search_page(s, text, order, BLOCK, offset, mine)
        assert isinstance(page, SearchPage)
        return Block(offset, page.rows)

    return read(database, run)


def load_facets(database: Database, text: str, user_db: Path | None = None) -> Facets:
    """Job: facet counts of ``text`` (``user_db`` as for ``start_list``)."""
    from explorer.store.queries.facets import search_facets

    mine = _mine(user_db, text)[0]
    return read(database, lambda s: search_facets(s, text, top=FACET_TOP, mine=mine))


def load_detail(database: Database, initiative_id: int,
                language: str = "") -> InitiativeDetail | None:
    """Job: the whole record of one initiative (related ones come separately), with its
    title and description in ``language`` (the interface's) where its file gave them."""
    from dataclasses import replace

    from explorer.store.queries.initiative_detail import initiative_detail
    from explorer.store.queries.initiative_texts import base_language, localized_texts

    detail = read(database, initiative_detail, initiative_id)
    texts = read(database, localized_texts, initiative_id, language) if detail else {}
    if detail is None or not texts:
        return detail
    return replace(detail, title=texts.get("title", detail.title),
                   description=texts.get("description", detail.description),
                   language=base_language(language) if "title" in texts else detail.language)


def load_related(
    database: Database, initiative_id: int
) -> tuple[int, tuple[RelatedInitiative, ...]]:
    """Job: the initiatives related to ``initiative_id`` (slower on big databases)."""
    from explorer.store.queries.initiative_detail import related_initiatives

    return initiative_id, read(database, related_initiatives, initiative_id)


def load_filter_names(database: Database) -> dict[str, str]:
    """Job: names of countries, groups and datasets by folded code (for chips)."""
    from explorer.domain.query import fold
    from explorer.store.queries.initiative_detail import filter_names

    return {fold(k): v for k, v in read(database, filter_names).items()}
