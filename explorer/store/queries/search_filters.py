"""Field filters of a search (provider:, region:, sector:...) resolved against the database.

Names are matched in Python, accent- and case-insensitively, against small lookup tables
(country names in every language, regions, groups, datasets, sector names) loaded once per
database and cached; the filters themselves are portable SQL over ids and codes.
"""

from __future__ import annotations

import re
import threading
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Connection, and_, exists, not_, or_, select, text
from sqlalchemy.orm import Session

from explorer.domain.query import FieldFilter, Query, YearRange, fold
from explorer.store.models import (
    Country,
    CountryGroup,
    CountryName,
    Dataset,
    Initiative,
    InitiativeLink,
    InitiativeOutcome,
    InitiativeParticipant,
    InitiativeSector,
    Membership,
)

Db = Connection | Session
SIDES = ("provider", "recipient")
_ROLES = {"provider": ("provider",), "recipient": ("recipient",), "country": SIDES}


@dataclass(frozen=True)
class Vocab:
    """Lookup tables of one database, folded for matching."""

    iso3: frozenset[str]
    names: dict[str, frozenset[str]]  # folded name (any language) -> iso3 codes
    regions: tuple[dict[str, frozenset[str]], ...]  # WB region, UN region, sub, intermediate
    groups: dict[str, tuple[str, frozenset[str]]]  # folded code -> (folded name, members)
    income: dict[str, frozenset[str]]
    datasets: tuple[tuple[int, str, str], ...]  # id, key, name
    sectors: tuple[tuple[str, str, str | None], ...]  # distinct (folded name, name, code)


_cache: dict[tuple[object, ...], Vocab] = {}
_lock = threading.Lock()


def _fingerprint(db: Db) -> tuple[object, ...]:
    bind = db.get_bind() if isinstance(db, Session) else db
    counts = db.execute(
        text(
            "SELECT (SELECT count(*) FROM country_name), (SELECT count(*) FROM membership),"
            " (SELECT count(*) FROM dataset), (SELECT max(id) FROM initiative)"
        )
    ).one()
    return (str(bind.engine.url), *counts)


def vocab(db: Db) -> Vocab:
    """The lookup tables of ``db`` (loaded on first use, then cached per database)."""
    key = _fingerprint(db)
    with _lock:
        found = _cache.get(key)
    if found is not None:
        return found
    names: dict[str, set[str]] = defaultdict(set)
    levels: list[dict[str, set[str]]] = [defaultdict(set) for _ in range(4)]
    income: dict[str, set[str]] = defaultdict(set)
    iso3: set[str] = set()
    rows = db.execute(
        select(Country.iso3, Country.name, Country.wb_region, Country.un_region,
               Country.un_subregion, Country.un_intermediate_region, Country.income_group)
    )  # fmt: skip
    for code, name, *regions, inc in rows:
        iso3.add(code)
        names[fold(name)].add(code)
        for level, region in zip(levels, regions, strict=True):
            if region:
                level[fold(region)].add(code)
        if inc:
            income[inc].add(code)
    for code, name in db.execute(select(CountryName.iso3, CountryName.name)):
        names[fold(name)].add(code)
    members: dict[str, set[str]] = defaultdict(set)
    for group, member in db.execute(select(Membership.group_code, Membership.iso3)):
        members[group].add(member)
    groups = {
        fold(code): (fold(name), frozenset(members[code]))
        for code, name in db.execute(select(CountryGroup.code, CountryGroup.name))
    }
    datasets = tuple(
        (i, k, n) for i, k, n in db.execute(select(Dataset.id, Dataset.key, Dataset.name))
    )
    pairs = db.execute(select(InitiativeSector.name, InitiativeSector.code).distinct())
    sectors = tuple((fold(n), n, c) for n, c in pairs)
    result = Vocab(
        frozenset(iso3),
        {k: frozenset(v) for k, v in names.items()},
        tuple({k: frozenset(v) for k, v in level.items()} for level in levels),
        groups,
        {k: frozenset(v) for k, v in income.items()},
        datasets,
        sectors,
    )
    with _lock:
        _cache[key] = result
    return result


def _countries(v: Vocab, value: str) -> set[str]:
    if len(value) == 3 and value.upper() in v.iso3:
        return {value.upper()}
    key = fold(value).strip()
    if key in v.names:
        return set(v.names[key])
    if len(key) < 3:
        return set()
    return {c for name, codes in v.names.items() if name.startswith(key + " ") for c in codes}


def _regions(v: Vocab, value: str, exact: bool) -> set[str]:
    key = fold(value).strip()
    for level in v.regions:
        if key in level:
            return set(level[key])
    if exact or not key:
        return set()
    return {c for lvl in v.regions for name, codes in lvl.items() if key in name for c in codes}


def _groups(v: Vocab, value: str, exact: bool) -> set[str]:
    key = fold(value).strip()
    for code, (name, members) in v.groups.items():
        if key in (code, name):
            return set(members)
    if exact or len(key) < 3:
        return set()
    return {c for name, ms in v.groups.values() if key in name for c in ms}


def _sector_rows(v: Vocab, value: str, exact: bool) -> tuple[set[str], set[str]]:
    key = fold(value).strip()
    if key.isdigit():
        return set(), {c for _, _, c in v.sectors if c and c.startswith(key)}
    same = {n for f, n, _ in v.sectors if f == key}
    if same or exact:
        return same, set()
    word = re.compile(r"\b" + re.escape(key))
    return {n for f, n, _ in v.sectors if word.search(f)}, set()


def _datasets(v: Vocab, value: str) -> set[int]:
    key = fold(value).strip()
    same = {i for i, k, _ in v.datasets if fold(k) == key}
    return same or {i for i, k, n in v.datasets if key and (key in fold(k) or key in fold(n))}


def participant_in(iso3s: set[str], roles: tuple[str, ...]) -> ColumnElement[bool]:
    """Initiatives with a participant of ``roles`` among ``iso3s``."""
    p = InitiativeParticipant
    ids = select(p.initiative_id).where(p.iso3.in_(sorted(iso3s)), p.role.in_(roles))
    return Initiative.id.in_(ids)


def _clause(v: Vocab, f: FieldFilter, hints: list[str]) -> ColumnElement[bool] | None:
    i = Initiative
    if f.field in ("modality", "lang", "has", "income"):
        if f.field == "modality":
            return i.modality.in_(f.values)
        if f.field == "lang":
            return i.language.in_(f.values)
        if f.field == "income":
            members: set[str] = set().union(*(v.income.get(c, frozenset()) for c in f.values))
            return participant_in(members, SIDES)
        has = {
            "outcomes": exists().where(InitiativeOutcome.initiative_id == i.id),
            "links": exists().where(InitiativeLink.initiative_id == i.id),
            "amount": i.amount_usd.is_not(None),
        }
        return and_(*(has[x] for x in f.values))
    if f.field == "source":
        ids = set().union(*(_datasets(v, x) for x in f.values))
        return i.dataset_id.in_(sorted(ids)) if ids else _unknown(f, "no dataset", hints)
    if f.field == "sector":
        names: set[str] = set()
        codes: set[str] = set()
        for x in f.values:
            n, c = _sector_rows(v, x, f.exact)
            names |= n
            codes |= c
        if not names and not codes:
            return _unknown(f, "no sector or theme", hints)
        s = InitiativeSector
        return exists().where(
            s.initiative_id == i.id, or_(s.name.in_(sorted(names)), s.code.in_(sorted(codes)))
        )
    if f.field == "region":
        found = set().union(*(_regions(v, x, f.exact) for x in f.values))
        return participant_in(found, SIDES) if found else _unknown(f, "no region", hints)
    if f.field == "group":
        found = set().union(*(_groups(v, x, f.exact) for x in f.values))
        return participant_in(found, SIDES) if found else _unknown(f, "no group", hints)
    found = set().union(*(_countries(v, x) for x in f.values))
    if found:
        return participant_in(found, _ROLES[f.field])
    p = InitiativeParticipant
    orgs = [p.org_name.ilike(f"%{x}%") for x in f.values if len(x) >= 2]
    if not orgs:
        return _unknown(f, "no country or organisation", hints)
    hints.append(f"{f.field}:{','.join(f.values)} is not a country; matched organisations.")
    by_org = select(p.initiative_id).where(or_(*orgs), p.role.in_(_ROLES[f.field]))
    return i.id.in_(by_org)


def _unknown(f: FieldFilter, what: str, hints: list[str]) -> ColumnElement[bool] | None:
    hints.append(f"{what} matches {f.field}:{','.join(f.values)}; that filter was ignored.")
    return None


def _years(y: YearRange) -> ColumnElement[bool]:
    i = Initiative
    parts: list[ColumnElement[bool]] = [i.start_year.is_not(None)]
    if y.hi is not None:
        parts.append(i.start_year <= y.hi)
    if y.lo is not None:
        parts.append(func_coalesce_end() >= y.lo)
    return and_(*parts)


def func_coalesce_end() -> ColumnElement[int]:
    """The last year of an initiative: its end year, else its start year."""
    from sqlalchemy import func

    return func.coalesce(Initiative.end_year, Initiative.start_year)


def filter_clauses(db: Db, query: Query) -> tuple[list[ColumnElement[bool]], list[str]]:
    """SQL conditions on ``initiative`` for the query's filters, and hints for the rest."""
    hints: list[str] = []
    clauses: list[ColumnElement[bool]] = []
    if query.filters:
        v = vocab(db)
        for f in query.filters:
            clause = _clause(v, f, hints)
            if clause is not None:
                clauses.append(not_(clause) if f.negated else clause)
    for y in query.years:
        clauses.append(not_(_years(y)) if y.negated else _years(y))
    return clauses, hints
