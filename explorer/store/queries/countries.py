"""Country queries: name resolution, the filtered list, and the peer finders."""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Sequence
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from explorer.domain.countries import (
    Choices,
    CountryListRow,
    CountryMatch,
    CountrySummary,
    IndicatorValue,
    InitiativeRef,
    Suggestion,
    short_key,
)
from explorer.domain.peers import (
    DEFAULT_FEATURES,
    CountryInfo,
    FeatureSpec,
    FeatureValue,
    PeerResult,
    Teacher,
    matches_sector,
    rank_peers,
    rank_teachers,
    sector_terms,
    short_label,
    should_log,
)
from explorer.store.models import (
    Country,
    CountryName,
    Dataset,
    Initiative,
    InitiativeParticipant,
    InitiativeSector,
    Membership,
    Observation,
)
from explorer.store.queries.indicators import Db, indicator_meta, latest_values

_SUMMARY = (
    Country.iso3,
    Country.iso2,
    Country.name,
    Country.wb_region,
    Country.income_group,
    Country.is_ldc,
    Country.is_lldc,
    Country.is_sids,
)
MAX_SUGGESTIONS = 5


def _opt(value: object) -> str | None:
    return None if value is None else str(value)


def _summary(row: Sequence[object]) -> CountrySummary:
    iso3, iso2, name, region, income, ldc, lldc, sids = row
    return CountrySummary(
        str(iso3), _opt(iso2), str(name), _opt(region), _opt(income),
        bool(ldc), bool(lldc), bool(sids),
    )  # fmt: skip


def _suggest(iso3s: list[str], names: dict[str, str]) -> tuple[Suggestion, ...]:
    unique = list(dict.fromkeys(iso3s))[:MAX_SUGGESTIONS]
    return tuple(Suggestion(i, names[i]) for i in unique)


class _NameIndex(NamedTuple):
    names: dict[str, str]  # iso3 -> English name
    iso2s: dict[str, str]  # ISO2 -> iso3
    keys: dict[str, set[str]]  # short_key of every stored name -> iso3s


_index_cache: dict[tuple[str, int, int], _NameIndex] = {}


def _name_index(db: Db) -> _NameIndex:
    # Keyed by database and row counts, so a rebuilt or test database is never served stale.
    bind = db.get_bind() if isinstance(db, Session) else db
    counts = db.execute(
        select(select(func.count()).select_from(Country).scalar_subquery(),
               select(func.count()).select_from(CountryName).scalar_subquery())
    ).one()  # fmt: skip
    cache_key = (str(bind.engine.url), int(counts[0]), int(counts[1]))
    found = _index_cache.get(cache_key)
    if found is not None:
        return found
    index = _NameIndex({}, {}, defaultdict(set))
    for iso3, iso2, name in db.execute(select(Country.iso3, Country.iso2, Country.name)):
        index.names[iso3] = name
        if iso2:
            index.iso2s[iso2.upper()] = iso3
        index.keys[short_key(name)].add(iso3)
    for iso3, name in db.execute(select(CountryName.iso3, CountryName.name)):
        index.keys[short_key(name)].add(iso3)
    _index_cache[cache_key] = index
    return index


def resolve_country(db: Db, text: str) -> CountryMatch:
    """ISO3, ISO2 or any stored name (any language, accents and case ignored) to a country.

    Unknown or ambiguous texts come back unresolved with the closest names as suggestions.
    """
    names, iso2s, keys = _name_index(db)
    raw = text.strip()
    code = raw.upper()
    if len(code) == 3 and code in names:
        return CountryMatch(text, "code", code, names[code])
    if len(code) == 2 and code in iso2s:
        return CountryMatch(text, "code", iso2s[code], names[iso2s[code]])
    key = short_key(raw) if raw else ""
    if not key:
        return CountryMatch(text, "unknown", None, None)
    word_start = [
        iso3
        for k, owners in sorted(keys.items())
        if k.startswith(key) or f" {key}" in f" {k}"
        for iso3 in sorted(owners)
    ]
    exact = keys.get(key, set())
    if len(exact) == 1:
        (iso3,) = exact
        others = _suggest([i for i in word_start if i != iso3], names)
        return CountryMatch(text, "name", iso3, names[iso3], others)
    candidates = sorted(exact) if exact else list(dict.fromkeys(word_start))
    if len(candidates) == 1 and len(key) >= 3:
        return CountryMatch(text, "prefix", candidates[0], names[candidates[0]])
    if candidates:
        return CountryMatch(text, "ambiguous", None, None, _suggest(candidates, names))
    close = difflib.get_close_matches(key, list(keys), n=12, cutoff=0.6)
    return CountryMatch(
        text, "unknown", None, None, _suggest([i for k in close for i in sorted(keys[k])], names)
    )


def country_summary(db: Db, iso3: str) -> CountrySummary | None:
    """One country's summary, or None for an unknown code."""
    row = db.execute(select(*_SUMMARY).where(Country.iso3 == iso3)).one_or_none()
    return _summary(row) if row is not None else None


def list_countries(
    db: Db,
    *,
    region: str | None = None,
    income_group: str | None = None,
    group: str | None = None,
    ldc: bool = False,
    lldc: bool = False,
    sids: bool = False,
    sort_indicator: str | None = None,
) -> list[CountryListRow]:
    """Countries matching every filter given; with ``sort_indicator``, each country's latest
    value of it, highest first (countries without a value last), else in name order."""
    query = select(*_SUMMARY)
    if region is not None:
        query = query.where(Country.wb_region == region)
    if income_group is not None:
        query = query.where(Country.income_group == income_group)
    if group is not None:
        members = select(Membership.iso3).where(Membership.group_code == group)
        query = query.where(Country.iso3.in_(members))
    for wanted, column in ((ldc, Country.is_ldc), (lldc, Country.is_lldc), (sids, Country.is_sids)):
        if wanted:
            query = query.where(column.is_(True))
    countries = [_summary(r) for r in db.execute(query.order_by(Country.name))]
    if sort_indicator is None:
        return [CountryListRow(c, None) for c in countries]
    meta = indicator_meta(db, [sort_indicator]).get(sort_indicator)
    if meta is None:
        raise ValueError(f"unknown indicator {sort_indicator}")
    latest = latest_values(db, sort_indicator)
    rows = []
    for c in countries:
        year, value = latest.get(c.iso3, (None, None))
        rows.append(
            CountryListRow(
                c, IndicatorValue(meta.code, meta.name, meta.unit, meta.dataset, year, value)
            )
        )
    rows.sort(
        key=lambda r: (
            r.sort_value is None or r.sort_value.value is None,
            -(r.sort_value.value or 0) if r.sort_value else 0,
        )
    )
    return rows


def find_peers(
    db: Db,
    iso3: str,
    *,
    codes: Sequence[str] = DEFAULT_FEATURES,
    window_years: int = 10,
    limit: int | None = 10,
) -> PeerResult:
    """Countries like ``iso3`` on the latest value of each code within the last
    ``window_years`` years of data (see ``explorer.domain.peers`` for the method)."""
    meta = indicator_meta(db, codes)
    unknown = [c for c in codes if c not in meta or "+" in c]
    if unknown:
        raise ValueError(f"unknown indicator {', '.join(unknown)}")
    end = db.execute(
        select(func.max(Observation.year)).where(Observation.indicator_code.in_(codes))
    ).scalar_one()
    window = (int(end or 0) - window_years + 1, int(end or 0))
    features = tuple(
        FeatureSpec(
            c,
            short_label(c, meta[c].name),
            meta[c].unit,
            meta[c].dataset,
            should_log(c, meta[c].unit),
        )
        for c in codes
    )
    values: dict[str, dict[str, FeatureValue]] = defaultdict(dict)
    for f in features:
        for country, (year, value) in latest_values(
            db, f.code, first_year=window[0], last_year=window[1]
        ).items():
            values[country][f.code] = FeatureValue(year, value)
    infos = {
        c: CountryInfo(c, name, region)
        for c, name, region in db.execute(select(Country.iso3, Country.name, Country.wb_region))
    }
    result = rank_peers(iso3, infos, values, features, window)
    if limit is None:
        return result
    return PeerResult(
        result.target,
        result.features,
        result.window,
        result.peers[:limit],
        result.excluded,
        result.notes,
    )


def find_teachers(db: Db, iso3: str, sector: str, *, limit: int | None = 10) -> list[Teacher]:
    """Countries ``iso3`` could learn from about ``sector``: providers of initiatives whose
    sector names, DAC codes, theme or title match it (see ``rank_teachers`` for the ranking)."""
    terms = sector_terms(sector)
    same_as_search = _sector_ids(db, sector)
    texts: dict[int, list[str]] = defaultdict(list)
    codes: dict[int, list[str]] = defaultdict(list)
    for init_id, scheme, code, name in db.execute(
        select(InitiativeSector.initiative_id, InitiativeSector.scheme, InitiativeSector.code,
               InitiativeSector.name)
    ):  # fmt: skip
        texts[init_id].append(name)
        if code and scheme == "dac":  # numbers match DAC codes only, not SDG goals
            codes[init_id].append(code)
    refs: dict[int, InitiativeRef] = {}
    for init_id, title, theme, start, end, ds in db.execute(
        select(Initiative.id, Initiative.title, Initiative.theme, Initiative.start_year,
               Initiative.end_year, Dataset.key).join(Dataset, Dataset.id == Initiative.dataset_id)
    ):  # fmt: skip
        if (
            init_id in same_as_search
            if same_as_search is not None
            else matches_sector(terms, (title, theme or "", *texts[init_id]), tuple(codes[init_id]))
        ):
            refs[init_id] = InitiativeRef(init_id, title, start if start is not None else end, ds)
    evidence: dict[str, list[InitiativeRef]] = defaultdict(list)
    recipients: dict[int, set[str]] = defaultdict(set)
    parts = select(
        InitiativeParticipant.initiative_id, InitiativeParticipant.role, InitiativeParticipant.iso3
    ).where(
        InitiativeParticipant.iso3.is_not(None),
        InitiativeParticipant.role.in_(("provider", "recipient")),
    )
    for init_id, role, country in db.execute(parts):
        if init_id not in refs or country is None:
            continue
        if role == "provider":
            evidence[country].append(refs[init_id])
        else:
            recipients[init_id].add(country)
    with_target = {c: sum(1 for r in rs if iso3 in recipients[r.id]) for c, rs in evidence.items()}
    peers = find_peers(db, iso3, limit=None)
    similarity = {p.iso3: p.score for p in peers.peers}
    names = {c: name for c, name in db.execute(select(Country.iso3, Country.name))}
    ranked = rank_teachers(
        iso3, sector, {c: tuple(rs) for c, rs in evidence.items()}, names, similarity, with_target
    )
    return ranked if limit is None else ranked[:limit]


def _sector_ids(db: Db, sector: str) -> set[int] | None:
    """The initiatives search's ``sector:`` filter gives for ``sector`` (the one DAC scheme,
    issue 13), or None without a search index or for a sector the filter does not know."""
    from explorer.domain.query import parse
    from explorer.store import fts
    from explorer.store.queries.search import Plan

    value = " ".join(sector.replace('"', " ").split())
    if not value:
        return None
    plan = Plan(db, parse(f'sector:"{value}"' if " " in value else f"sector:{value}"))
    if plan.match is None or not plan.positive or len(plan.hints) > 0:
        return None
    total = fts.count(db, plan.match)
    return set(fts.page(db, plan.match, False, total, 0)) if total else set()


PICKER_GROUP_KINDS = ("economic", "political", "un_regional_group", "curated")


def picker_choices(session: Db) -> Choices:
    """What pickers offer: indicators, groups worth filtering by, regions, every name."""
    from explorer.store.models import Country, CountryGroup, CountryName, Indicator

    indicators = tuple(
        (c, n, u or "")
        for c, n, u in session.execute(
            select(Indicator.code, Indicator.name, Indicator.unit).order_by(Indicator.name)
        )
    )
    groups = tuple(
        (c, n)
        for c, n in session.execute(
            select(CountryGroup.code, CountryGroup.name)
            .where(CountryGroup.kind.in_(PICKER_GROUP_KINDS))
            .order_by(CountryGroup.name)
        )
    )
    rows = session.execute(select(Country.iso3, Country.name, Country.wb_region)).all()
    countries = tuple(sorted(((i, n) for i, n, _ in rows), key=lambda c: c[1]))
    regions = tuple(sorted({r for _, _, r in rows if r}))
    names: dict[str, list[str]] = defaultdict(list)
    for iso3, name in session.execute(select(CountryName.iso3, CountryName.name)):
        names[iso3].append(name)
    return Choices(indicators, groups, regions, countries, {k: tuple(v) for k, v in names.items()})
