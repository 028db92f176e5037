"""Searching initiatives: the total, one page of ids, and display rows fetched on demand.

Ranking by relevance (bm25) costs time in proportion to the number of matches, so it is done
only when the match set is small (``RANK_LIMIT``); a very common word is paged newest first
straight off the full-text index, which stops after one page. Counting uses the index too.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, and_, func, select, true
from sqlalchemy.orm import Session

from explorer.domain.query import Query, parse
from explorer.domain.search import InitiativeRow, SearchPage
from explorer.store import fts
from explorer.store.models import (
    Country,
    Dataset,
    Initiative,
    InitiativeParticipant,
    InitiativeSector,
)
from explorer.store.queries.search_filters import Db, filter_clauses

RANK_LIMIT = 5000
MAX_LIMIT = 1000


class Plan:
    """The SQL pieces of a query: the MATCH string and the conditions on ``initiative``."""

    def __init__(self, db: Db, query: Query) -> None:
        self.query = query
        self.match = fts.match_expression(query)
        clauses, hints = filter_clauses(db, query)
        excluded = fts.exclusion_expression(query)
        if (self.match or excluded) and not fts.has_index(_connection(db)):
            hints.append("The search index is missing: words were ignored, filters applied.")
            self.match = excluded = None
        if excluded is not None:
            clauses.append(Initiative.id.not_in(fts.matching_ids(excluded)))
        self.clauses = clauses
        self.hints = tuple(dict.fromkeys((*query.hints, *hints)))

    def where(self) -> ColumnElement[bool]:
        """All conditions on ``initiative`` (the MATCH excepted)."""
        return and_(true(), *self.clauses)

    def ids(self) -> Select[Any]:
        """SELECT of every matching initiative id (for facets)."""
        if self.match is None:
            return select(Initiative.id).where(self.where())
        if not self.clauses:
            return fts.matching_ids(self.match)
        return (
            select(Initiative.id)
            .join(fts.fts_table, fts.fts_table.c.rowid == Initiative.id)
            .where(fts.match_clause(self.match), self.where())
        )

    def count(self, db: Db) -> int:
        """The number of matching initiatives."""
        if self.match is not None and not self.clauses:
            stmt = select(func.count()).select_from(fts.fts_table)
            stmt = stmt.where(fts.match_clause(self.match))
        else:
            stmt = select(func.count()).select_from(self.ids().subquery())
        return int(db.execute(stmt).scalar_one())

    def page(self, db: Db, total: int, limit: int, offset: int) -> tuple[list[int], bool]:
        """The ids of one page, and whether they are ranked by relevance."""
        if self.match is None:
            stmt = select(Initiative.id).where(self.where()).order_by(Initiative.id.desc())
            ranked = False
        else:
            ranked = total <= RANK_LIMIT
            order = fts.relevance() if ranked else fts.fts_table.c.rowid.desc()
            stmt = select(fts.fts_table.c.rowid).where(fts.match_clause(self.match)).order_by(order)
            if self.clauses:
                stmt = stmt.join(Initiative, Initiative.id == fts.fts_table.c.rowid).where(
                    self.where()
                )
        stmt = stmt.limit(limit).offset(offset)
        return [int(r) for r in db.execute(stmt).scalars()], ranked


def _connection(db: Db) -> Connection:
    return db.connection() if isinstance(db, Session) else db


def search(db: Db, query: Query | str, *, limit: int = 50, offset: int = 0) -> SearchPage:
    """Search initiatives; never raises for any query text (see ``explorer.domain.query``)."""
    q = parse(query) if isinstance(query, str) else query
    limit = max(0, min(limit, MAX_LIMIT))
    offset = max(0, offset)
    plan = Plan(db, q)
    total = plan.count(db)
    ids, ranked = plan.page(db, total, limit, offset) if limit and total > offset else ([], True)
    rows = fetch_rows(db, ids)
    return SearchPage(q, total, tuple(ids), tuple(rows), ranked, offset, plan.hints)


def fetch_rows(db: Db, ids: list[int] | tuple[int, ...]) -> list[InitiativeRow]:
    """Display rows of ``ids``, in the same order (unknown ids are skipped)."""
    if not ids:
        return []
    i = Initiative
    base = {
        r.id: r
        for r in db.execute(
            select(i.id, i.title, i.modality, i.start_year, i.end_year, Dataset.key)
            .join(Dataset, Dataset.id == i.dataset_id)
            .where(i.id.in_(ids))
        )
    }
    p = InitiativeParticipant
    who: dict[tuple[int, str], list[tuple[str | None, str]]] = defaultdict(list)
    for init_id, role, iso3, org, name in db.execute(
        select(p.initiative_id, p.role, p.iso3, p.org_name, Country.name)
        .outerjoin(Country, Country.iso3 == p.iso3)
        .where(p.initiative_id.in_(ids), p.role.in_(("provider", "recipient")))
        .order_by(p.id)
    ):
        who[(init_id, role)].append((iso3, name or org or iso3 or ""))
    sectors: dict[int, list[str]] = defaultdict(list)
    s = InitiativeSector
    for init_id, name in db.execute(
        select(s.initiative_id, s.name).where(s.initiative_id.in_(ids)).order_by(s.id)
    ):
        if name not in sectors[init_id]:
            sectors[init_id].append(name)
    rows = []
    for init_id in ids:
        r = base.get(init_id)
        if r is None:
            continue
        prov, rec = who[(init_id, "provider")], who[(init_id, "recipient")]
        rows.append(
            InitiativeRow(
                id=r.id,
                title=r.title,
                providers=_codes(prov),
                provider_names=_names(prov),
                recipients=_codes(rec),
                recipient_names=_names(rec),
                sectors=tuple(sectors[init_id]),
                modality=r.modality,
                start_year=r.start_year,
                end_year=r.end_year,
                source=r.key,
            )
        )
    return rows


def _codes(who: list[tuple[str | None, str]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(c for c, _ in who if c))


def _names(who: list[tuple[str | None, str]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(n for _, n in who if n))
