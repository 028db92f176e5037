"""Field filters of a search (provider:, region:, sector:...) turned into key tokens.

Names are matched in Python, accent- and case-insensitively, against small lookup tables
(country names in every language, regions, groups, datasets, sector and organisation names
from the key dictionary) loaded once per database and cached. Each filter becomes "any of
these key tokens" (``explorer.store.queries.search_keys``), which the full-text index
intersects with the words; a year range becomes its year and decade tokens.
"""

from __future__ import annotations

import re
import threading
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from explorer.domain.query import FieldFilter, Query, YearRange, fold, is_mine
from explorer.store import fts
from explorer.store.models import Country, CountryGroup, CountryName, Dataset
from explorer.store.queries import search_keys as keys

Db = Connection | Session
SIDES = keys.SIDES
MAX_NAME_WORDS = 6  # longest run of words tried as a country name


@dataclass(frozen=True)
class Vocab:
    """Lookup tables of one database, folded for matching."""

    iso3: frozenset[str]
    country_names: dict[str, str]  # iso3 -> display name
    names: dict[str, frozenset[str]]  # folded name (any language) -> iso3 codes
    name_starts: dict[str, frozenset[str]]  # its first words ("sao tome") -> iso3 codes
    regions: tuple[dict[str, str], ...]  # per level: folded name -> name
    groups: dict[str, tuple[str, str, str, str]]  # folded code -> (folded name, code, name, kind)
    datasets: tuple[tuple[int, str, str], ...]  # id, key, name
    sectors: tuple[tuple[str, str], ...]  # (folded name, name), one per token
    codes: frozenset[str]  # sector codes
    orgs: tuple[tuple[str, str, str], ...]  # (role letter, folded name, name)
    years: tuple[int, ...]
    counts: dict[str, int]  # key token -> initiatives having it
    kinds: dict[str, tuple[str, str]]  # key token -> (kind, value), see search_keys
    # DAC sector and purpose names in every codelist language: (folded name, code).
    dac: tuple[tuple[str, str], ...] = ()


_cache: dict[tuple[object, ...], Vocab] = {}
_lock = threading.Lock()


def fingerprint(db: Db) -> tuple[object, ...]:
    """What identifies a database and its state for the caches (a few small counts)."""
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
    key = fingerprint(db)
    with _lock:
        found = _cache.get(key)
    if found is not None:
        return found
    result = _load(db)
    with _lock:
        _cache[key] = result
    return result


def _load(db: Db) -> Vocab:
    names: dict[str, set[str]] = defaultdict(set)
    levels: list[dict[str, str]] = [{} for _ in range(keys.REGION_LEVELS)]
    display: dict[str, str] = {}
    rows = db.execute(
        select(Country.iso3, Country.name, Country.wb_region, Country.un_region,
               Country.un_subregion, Country.un_intermediate_region)
    )  # fmt: skip
    for code, name, *regions in rows:
        display[code] = name
        names[fold(name).strip()].add(code)
        for level, region in zip(levels, regions, strict=True):
            if region:
                level[fold(region).strip()] = region
    for code, name in db.execute(select(CountryName.iso3, CountryName.name)):
        names[fold(name).strip()].add(code)
    starts: dict[str, set[str]] = defaultdict(set)
    for name, iso3s in names.items():
        words = name.split(" ")
        for k in range(1, len(words)):
            starts[" ".join(words[:k])] |= iso3s
    g = CountryGroup
    groups = {
        fold(code).strip(): (fold(name).strip(), code, name, kind)
        for code, name, kind in db.execute(select(g.code, g.name, g.kind))
    }
    datasets = tuple(
        (i, k, n) for i, k, n in db.execute(select(Dataset.id, Dataset.key, Dataset.name))
    )
    sectors: dict[str, str] = {}
    codes: set[str] = set()
    orgs: list[tuple[str, str, str]] = []
    years: list[int] = []
    counts: dict[str, int] = {}
    kinds: dict[str, tuple[str, str]] = {}
    for token, kind, value, n in fts.key_dictionary(db):
        counts[token] = n
        kinds[token] = (kind, value)
        if kind == "sector":
            sectors.setdefault(fold(value).strip(), value)
        elif kind == "code":
            codes.add(value)
        elif kind in ("orgp", "orgr"):
            orgs.append((kind[3], fold(value), value))
        elif kind == "year":
            years.append(int(value))
    return Vocab(
        frozenset(display),
        display,
        {k: frozenset(v) for k, v in names.items()},
        {k: frozenset(v) for k, v in starts.items()},
        tuple(levels),
        groups,
        datasets,
        tuple(sorted(sectors.items())),
        frozenset(codes),
        tuple(orgs),
        tuple(sorted(years)),
        counts,
        kinds,
        dac_names(db),
    )


def dac_names(db: Db) -> tuple[tuple[str, str], ...]:
    """(folded name, code) of every DAC sector and purpose; empty before the scheme existed."""
    from sqlalchemy import inspect

    # The inspector asks each backend its own way (sqlite_master, pg_catalog).
    if not inspect(db.connection() if isinstance(db, Session) else db).has_table("dac_name"):
        return ()
    rows = db.execute(text("SELECT name, code FROM dac_name ORDER BY code"))
    return tuple(sorted({(fold(str(name)).strip(), str(code)) for name, code in rows}))


def countries(v: Vocab, value: str) -> set[str]:
    """ISO3 codes a country value names (a code, or any name, or the start of a name)."""
    if len(value) == 3 and value.upper() in v.iso3:
        return {value.upper()}
    key = fold(value).strip()
    if key in v.names:
        return set(v.names[key])
    if len(key) < 3:
        return set()
    return set(v.name_starts.get(key, ()))


def _regions(v: Vocab, value: str, exact: bool) -> set[str]:
    key = fold(value).strip()
    for level, names in enumerate(v.regions):
        if key in names:
            return {keys.region(level, names[key])}
    if exact or not key:
        return set()
    return {
        keys.region(level, name)
        for level, names in enumerate(v.regions)
        for folded, name in names.items()
        if key in folded
    }


def _groups(v: Vocab, value: str, exact: bool) -> set[str]:
    key = fold(value).strip()
    for folded_code, (name, code, _, _) in v.groups.items():
        if key in (folded_code, name):
            return {keys.group(code)}
    if exact or len(key) < 3:
        return set()
    return {keys.group(code) for name, code, _, _ in v.groups.values() if key in name}


def _sectors(v: Vocab, value: str, exact: bool) -> tuple[set[str], set[str]]:
    """(stored sector names, code prefixes)."""
    key = fold(value).strip()
    if key.isdigit():
        # A code ending in 0 at the 3-digit level (AidData's 310) is the whole DAC group 31.
        prefix = key[:2] if len(key) == 3 and key.endswith("0") else key
        found = {c for c in v.codes if c.startswith(prefix)}
        return set(), ({prefix} if found else set())
    same = {n for f, n in v.sectors if f == key}
    if exact:  # a quoted name (the facets' refine) is that stored name only
        return same, set()
    word = re.compile(r"\b" + re.escape(key))
    names = {n for f, n in v.sectors if word.search(f)}
    return names, _present(v, {c for f, c in v.dac if word.search(f)})


def _present(v: Vocab, codes: set[str]) -> set[str]:
    """The code prefixes some initiative has (a 3-digit sector stands for its purposes)."""
    return {c for c in codes if any(k.startswith(c) for k in v.codes)}


def _datasets(v: Vocab, value: str) -> set[int]:
    key = fold(value).strip()
    same = {i for i, k, _ in v.datasets if fold(k) == key}
    return same or {i for i, k, n in v.datasets if key and (key in fold(k) or key in fold(n))}


def _expression(
    v: Vocab, f: FieldFilter, hints: list[str], origins: tuple[str, ...] = ()
) -> str | None:
    """The MATCH sub-expression of one filter, or None when it is ignored. ``origins``
    (of ``sector-origin:``) confine a sector filter to DAC codes of those origins."""
    if f.field == "modality":
        return fts.any_key(keys.modality(x) for x in f.values)
    if f.field == "lang":
        return fts.any_key(keys.language(x) for x in f.values)
    if f.field == "income":
        return fts.any_key(keys.income(x) for x in f.values)
    if f.field == "has":
        return "(" + " AND ".join(fts.any_key([keys.has(x)]) for x in f.values) + ")"
    if f.field == "source":
        ids = set().union(*(_datasets(v, x) for x in f.values))
        if not ids:
            return _unknown(f, "no dataset", hints)
        return fts.any_key(keys.dataset(i) for i in ids)
    if f.field == "sector":
        names: set[str] = set()
        prefixes: set[str] = set()
        for x in f.values:
            n, c = _sectors(v, x, f.exact)
            names |= n
            prefixes |= c
        if not names and not prefixes:
            return _unknown(f, "no sector or theme", hints)
        if origins and not f.negated:  # DAC codes and names of those origins only
            parts = [fts.any_key(keys.sector_origin_name(o, n) for o in origins for n in names)]
            parts += [
                fts.any_key([keys.sector_origin(o, c)], prefix=True)
                for o in origins
                for c in sorted(prefixes)
            ]
            return "(" + " OR ".join(parts) + ")"
        parts = [fts.any_key(keys.sector(n) for n in names)] if names else []
        parts += [fts.any_key([keys.sector_code(c)], prefix=True) for c in sorted(prefixes)]
        return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"
    if f.field == "region":
        found = set().union(*(_regions(v, x, f.exact) for x in f.values))
        return fts.any_key(found) if found else _unknown(f, "no region", hints)
    if f.field == "group":
        found = set().union(*(_groups(v, x, f.exact) for x in f.values))
        return fts.any_key(found) if found else _unknown(f, "no group", hints)
    roles = {"provider": "p", "recipient": "r"}.get(f.field, "pr")
    codes = set().union(*(countries(v, x) for x in f.values))
    if codes:
        role = {"p": "provider", "r": "recipient"}.get(roles, "")
        return fts.any_key(keys.side(role, c) for c in codes)
    wanted = [fold(x).strip() for x in f.values if len(x.strip()) >= 2]
    if not wanted:
        return _unknown(f, "no country or organisation", hints)
    hints.append(f"{f.field}:{','.join(f.values)} is not a country; matched organisations.")
    return fts.any_key(
        keys.org("provider" if r == "p" else "recipient", name)
        for r, folded, name in v.orgs
        if r in roles and any(w in folded for w in wanted)
    )


def _unknown(f: FieldFilter, what: str, hints: list[str]) -> str | None:
    hints.append(f"{what} matches {f.field}:{','.join(f.values)}; that filter was ignored.")
    return None


def _years(v: Vocab, y: YearRange) -> str:
    """Running at some time in ``y``: whole decades and half-decades by their token, the rest
    year by year (fewer, larger doclists to merge)."""
    lo = y.lo if y.lo is not None else min(v.years, default=0)
    hi = y.hi if y.hi is not None else max(v.years, default=0)
    present = [x for x in v.years if lo <= x <= hi]
    tokens: set[str] = set()
    for x in present:
        d, h = x // 10 * 10, x // 5 * 5
        if lo <= d and d + 9 <= hi:
            tokens.add(keys.decade(d))
        elif lo <= h and h + 4 <= hi:
            tokens.add(keys.half_decade(h))
        else:
            tokens.add(keys.year(x))
    return fts.any_key(tokens)


def filter_expressions(db: Db, query: Query) -> tuple[list[str], list[str], list[str]]:
    """MATCH sub-expressions of the query's filters: (required, excluded, hints)."""
    hints: list[str] = []
    positive: list[str] = []
    negative: list[str] = []
    if not (query.filters or query.years):
        return positive, negative, hints
    v = vocab(db)
    origins = tuple(
        dict.fromkeys(
            o for f in query.filters if f.field == "sector-origin" and not f.negated
            for o in f.values
        )
    )  # fmt: skip
    sectored = any(f.field == "sector" and not f.negated for f in query.filters)
    for f in query.filters:
        if f.field == "sector-origin":
            if f.negated or not sectored:  # with a sector filter, it confines that one
                anyof = fts.any_key((keys.sector_origin(o) for o in f.values), prefix=True)
                (negative if f.negated else positive).append(anyof)
            continue
        if is_mine(f):  # the user's own records: applied by ``search_mine``
            continue
        expr = _expression(v, f, hints, origins)
        if expr is not None:
            (negative if f.negated else positive).append(expr)
    for y in query.years:
        (negative if y.negated else positive).append(_years(v, y))
    return positive, negative, hints
