"""Jobs of the country pages: each opens its own Session on the ``Database`` (through
``read``) and returns plain domain objects; the GUI thread never calls these.

No SQL here: every job calls query functions of ``explorer.store.queries``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from explorer.domain.compare import Comparison
from explorer.domain.countries import (
    Choices,
    CountryListRow,
    CountryMatch,
    IndicatorValue,
    ProfileFacts,
)
from explorer.domain.peers import PeerResult, Teacher
from explorer.domain.sources import DatasetInfo
from explorer.jobs.reads import read

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from explorer.store.database import Database


@dataclass(frozen=True)
class ListFilters:
    """The country list's filters (None / False: not filtering)."""

    region: str | None = None
    income_group: str | None = None
    group: str | None = None
    ldc: bool = False
    lldc: bool = False
    sids: bool = False
    sort_indicator: str | None = None


@dataclass(frozen=True)
class Profile:
    """A profile and the datasets its figures cite."""

    facts: ProfileFacts
    datasets: dict[str, DatasetInfo]
    built_at: str = ""  # when the reference database was built (the brief's footer)


@dataclass(frozen=True)
class Compared:
    """A comparison and the datasets it cites."""

    comparison: Comparison
    datasets: dict[str, DatasetInfo]


def _datasets(session: Session) -> dict[str, DatasetInfo]:
    from explorer.store.queries.sources import list_datasets

    return {d.key: d for d in list_datasets(session)}


def load_choices(database: Database) -> Choices:
    """Job: the pickers' choices."""
    from explorer.store.queries.countries import picker_choices

    return read(database, picker_choices)


def load_list(
    database: Database, filters: ListFilters
) -> tuple[list[CountryListRow], IndicatorValue | None]:
    """Job: the countries matching ``filters`` and the sort indicator's description."""
    from explorer.store.queries.countries import list_countries
    from explorer.store.queries.indicators import indicator_meta

    def run(session: Session) -> tuple[list[CountryListRow], IndicatorValue | None]:
        f = filters
        rows = list_countries(
            session, region=f.region, income_group=f.income_group, group=f.group,
            ldc=f.ldc, lldc=f.lldc, sids=f.sids, sort_indicator=f.sort_indicator,
        )  # fmt: skip
        meta = indicator_meta(session, [f.sort_indicator]) if f.sort_indicator else {}
        return rows, meta.get(f.sort_indicator or "")

    return read(database, run)


def load_profile(database: Database, iso3: str) -> Profile | None:
    """Job: everything the profile shows (None for an unknown code)."""
    from explorer.store.queries.profile import profile_facts

    def run(session: Session) -> Profile | None:
        facts = profile_facts(session, iso3)
        if facts is None:
            return None
        from explorer.store.queries.sources import built_at

        return Profile(facts, _datasets(session), built_at(session))

    return read(database, run)


def load_comparison(
    database: Database, iso3s: Sequence[str], codes: Sequence[str], mode: str, base_year: int | None
) -> Compared:
    """Job: ``compare_series`` and the datasets it cites."""
    from explorer.store.queries.indicators import compare_series

    def run(session: Session) -> Compared:
        comparison = compare_series(session, list(iso3s), list(codes), mode, base_year)
        return Compared(comparison, _datasets(session))

    return read(database, run)


def load_peers(database: Database, iso3: str, codes: Sequence[str], limit: int = 10) -> PeerResult:
    """Job: countries like ``iso3`` on ``codes``."""
    from explorer.store.queries.countries import find_peers

    return read(database, find_peers, iso3, codes=tuple(codes), limit=limit)


def load_teachers(database: Database, iso3: str, sector: str) -> list[Teacher]:
    """Job: who ``iso3`` could learn from about ``sector`` (slow: about 0.4 s)."""
    from explorer.store.queries.countries import find_teachers

    return read(database, find_teachers, iso3, sector)


def resolve(database: Database, text: str) -> CountryMatch:
    """Job: the country ``text`` means (any language)."""
    from explorer.store.queries.countries import resolve_country

    return read(database, resolve_country, text)
