"""Facets of a search: counts by provider, recipient, region, group, sector, modality,
decade and source, over exactly the initiatives the query matches.

Each value carries the clause that narrows the query to it (``FacetValue.refine``), and the
count it shows is the total that refined query returns.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import Select, desc, func, select

from explorer.domain.query import Query, parse
from explorer.domain.search import Facets, FacetValue
from explorer.store.models import (
    Country,
    CountryGroup,
    Dataset,
    Initiative,
    InitiativeParticipant,
    InitiativeSector,
    Membership,
)
from explorer.store.queries.search import Plan
from explorer.store.queries.search_filters import SIDES, Db

MAIN_GROUP_KINDS = ("political", "economic")


def _quoted(value: str) -> str:
    return '"' + value.replace('"', " ") + '"'


def _top(db: Db, stmt: Select[Any, Any, Any], top: int, field: str, quote: bool
         ) -> tuple[FacetValue, ...]:  # fmt: skip
    out = []
    for key, label, count in db.execute(stmt.order_by(desc("n"), "k").limit(top)):
        if key is None:
            continue
        value = _quoted(key) if quote else key
        out.append(FacetValue(str(key), str(label), int(count), f"{field}:{value}"))
    return tuple(out)


def search_facets(db: Db, query: Query | str, *, top: int = 12) -> Facets:
    """Facet counts of ``query`` (the ``top`` values of each facet, most frequent first)."""
    q = parse(query) if isinstance(query, str) else query
    ids = Plan(db, q).ids()
    p = InitiativeParticipant
    n_init = func.count(func.distinct(p.initiative_id)).label("n")

    def by_country(role: str) -> Select[Any, Any, Any]:
        return (
            select(p.iso3.label("k"), Country.name, n_init)
            .select_from(p)
            .join(Country, Country.iso3 == p.iso3)
            .where(p.role == role, p.initiative_id.in_(ids))
            .group_by(p.iso3, Country.name)
        )

    regions = (
        select(Country.wb_region.label("k"), Country.wb_region, n_init)
        .select_from(p)
        .join(Country, Country.iso3 == p.iso3)
        .where(p.role.in_(SIDES), p.initiative_id.in_(ids), Country.wb_region.is_not(None))
        .group_by(Country.wb_region)
    )
    groups = (
        select(CountryGroup.code.label("k"), CountryGroup.name, n_init)
        .select_from(p)
        .join(Membership, Membership.iso3 == p.iso3)
        .join(CountryGroup, CountryGroup.code == Membership.group_code)
        .where(
            p.role.in_(SIDES),
            p.initiative_id.in_(ids),
            CountryGroup.kind.in_(MAIN_GROUP_KINDS),
        )
        .group_by(CountryGroup.code, CountryGroup.name)
    )
    s = InitiativeSector
    sectors = (
        select(s.name.label("k"), s.name, func.count(func.distinct(s.initiative_id)).label("n"))
        .where(s.initiative_id.in_(ids))
        .group_by(s.name)
    )
    i = Initiative
    modalities = (
        select(i.modality.label("k"), i.modality, func.count().label("n"))
        .where(i.id.in_(ids))
        .group_by(i.modality)
    )
    sources = (
        select(Dataset.key.label("k"), Dataset.name, func.count().label("n"))
        .select_from(i)
        .join(Dataset, Dataset.id == i.dataset_id)
        .where(i.id.in_(ids))
        .group_by(Dataset.key, Dataset.name)
    )
    return Facets(
        providers=_top(db, by_country("provider"), top, "provider", False),
        recipients=_top(db, by_country("recipient"), top, "recipient", False),
        regions=_top(db, regions, top, "region", True),
        groups=_top(db, groups, top, "group", False),
        sectors=_top(db, sectors, top, "sector", True),
        modalities=_top(db, modalities, top, "modality", False),
        decades=_decades(db, ids),
        sources=_top(db, sources, top, "source", False),
    )


def _decades(db: Db, ids: Select[Any]) -> tuple[FacetValue, ...]:
    """Initiatives running at some time in each decade (one may count in several)."""
    i = Initiative
    last = func.coalesce(i.end_year, i.start_year)
    stmt = (
        select(i.start_year, last, func.count())
        .where(i.id.in_(ids), i.start_year.is_not(None))
        .group_by(i.start_year, last)
    )
    counts: Counter[int] = Counter()
    for start, end, n in db.execute(stmt):
        first = int(start or 0)
        final = int(end if end is not None else first)
        for decade in range(min(first, final) // 10 * 10, max(first, final) + 1, 10):
            if first <= decade + 9 and final >= decade:  # as the year: filter reads it
                counts[decade] += int(n)
    return tuple(
        FacetValue(str(d), f"{d}s", counts[d], f"year:{d}..{d + 9}") for d in sorted(counts)
    )
