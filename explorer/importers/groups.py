"""Country groups and memberships: World Bank aggregates, UN CRAFd lists, curated groups.

Three sources, each its own dataset:

- ``wb-class-fy2026``: every World Bank aggregate (regions, income groups, lending groups and
  the rest) with its FY2026 composition; the group code is the World Bank's (``LMY``,
  ``SSF``...) because WDI files its aggregate observations under those codes.
- ``un-crafd``: G77, AU, OECD, G20, EU and the UN regional groups from the TRUE/FALSE and
  group columns of the CRAFd country list; AU years from ``AU_members.csv``.
- ``curated-groups``: ASEAN, SAARC, BRICS, IBSA and the OECD accession years, each citing its
  official page in ``db/curated/groups.toml``.

Only countries already in the ``country`` table become members; others are counted, logged
and skipped (World Bank lists a few economies the country table may not hold).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from explorer.importers.context import BuildContext
from explorer.importers.errors import SourceError
from explorer.importers.names import normalise_name
from explorer.importers.readers import iter_csv, load_toml, parse_bool
from explorer.store.models import Country, CountryGroup, Membership

log = logging.getLogger(__name__)

WB_GROUPS = "wb-classification/wb_class_fy2026_groups.csv"
CRAFD_LIST = "un-crafd-reference/full_country_list_with_stats.csv"
AU_MEMBERS = "un-crafd-reference/AU_members.csv"
WB_URL = "https://datahelpdesk.worldbank.org/knowledgebase/articles/906519"

# The World Bank's seven geographic regions.
WB_REGIONS = frozenset({"EAS", "ECS", "LCN", "MEA", "NAC", "SAS", "SSF"})
# Income groups, and the income aggregates built from them (low & middle, middle income).
WB_INCOME = frozenset({"LIC", "LMC", "UMC", "HIC", "LMY", "MIC"})
# Lending categories and their totals; HIPC is a debt-relief eligibility list of IDA's.
WB_LENDING = frozenset({"IDA", "IDX", "IDB", "IBD", "IBT", "HPC"})

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@dataclass
class _Collected:
    """Groups and memberships gathered before one insert, with the ISO3 codes skipped."""

    known: frozenset[str]
    groups: dict[str, dict[str, Any]] = field(default_factory=dict)
    members: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    skipped: dict[str, set[str]] = field(default_factory=dict)

    def add_group(self, code: str, where: Path, **values: Any) -> None:
        if code in self.groups:
            raise SourceError(where, f"group code {code!r} is defined twice")
        self.groups[code] = {"code": code, **values}

    def add_member(self, code: str, iso3: str, dataset_id: int, *, year: int | None = None,
                   note: str = "") -> None:
        if iso3 not in self.known:
            self.skipped.setdefault(code, set()).add(iso3)
            return
        self.members[(code, iso3)] = {
            "group_code": code,
            "iso3": iso3,
            "year_joined": year,
            "note": note,
            "dataset_id": dataset_id,
        }


def load_groups(ctx: BuildContext) -> int:
    """Insert every group and membership; returns the number of rows inserted."""
    config_path = ctx.curated / "groups.toml"
    config = load_toml(config_path)
    known = frozenset(ctx.conn.execute(select(Country.iso3)).scalars())
    found = _Collected(known)
    _wb_groups(ctx, found)
    ctx.check_cancel()
    _crafd_groups(ctx, found, config, config_path)
    _curated_groups(ctx, found, config, config_path)
    for code, codes in sorted(found.skipped.items()):
        log.info("group %s: skipped %d code(s) not in the country table: %s",
                 code, len(codes), ", ".join(sorted(codes)))
    inserted = ctx.insert(CountryGroup, found.groups.values())
    return inserted + ctx.insert(Membership, found.members.values())


def wb_kind(code: str) -> str:
    """The ``CountryGroup.kind`` of a World Bank aggregate code."""
    if code in WB_REGIONS:
        return "wb_region"
    if code in WB_INCOME:
        return "wb_income"
    if code in WB_LENDING:
        return "wb_lending"
    return "wb_aggregate"


def _wb_groups(ctx: BuildContext, found: _Collected) -> None:
    path = ctx.source(WB_GROUPS)
    dataset_id = ctx.dataset_id("wb-class-fy2026")
    for row in iter_csv(path, ["group_code", "group_name", "country_code"]):
        code = row["group_code"].strip()
        iso3 = row["country_code"].strip()
        if not code or not iso3:
            raise SourceError(path, f"row without group_code or country_code: {row}")
        if code not in found.groups:
            kind = wb_kind(code)
            found.add_group(
                code,
                path,
                name=row["group_name"].strip(),
                kind=kind,
                description=f"World Bank {kind.removeprefix('wb_')} group; FY2026 composition.",
                url=WB_URL,
                dataset_id=dataset_id,
            )
        found.add_member(code, iso3, dataset_id)


def _crafd_groups(
    ctx: BuildContext, found: _Collected, config: dict[str, Any], config_path: Path
) -> None:
    path = ctx.source(CRAFD_LIST)
    dataset_id = ctx.dataset_id("un-crafd")
    flags: dict[str, Any] = config.get("un_crafd", {})
    regional: dict[str, Any] = config.get("un_regional_groups", {})
    try:
        for code, info in flags.items():
            found.add_group(code, config_path, name=info["name"], kind=info["kind"],
                            description=info.get("description", ""), url=info.get("url", ""),
                            dataset_id=dataset_id)
        region_codes: dict[str, list[str]] = regional["codes"]
        region_column: str = regional["column"]
        for code, name in region_codes.values():
            found.add_group(code, config_path, name=name, kind="un_regional_group",
                            description=regional.get("description", ""),
                            url=regional.get("url", ""), dataset_id=dataset_id)
        oecd = config["oecd_years"]
        oecd_years: dict[str, int] = oecd["years"]
        oecd_note: str = oecd["note"]
    except (KeyError, ValueError, TypeError) as exc:
        raise SourceError(config_path, f"group definitions incomplete ({exc!r})") from None
    columns = ["iso_alpha3_code", "country", region_column]
    columns += [info["column"] for info in flags.values()]
    rows = list(iter_csv(path, columns))
    au_years = _au_years(ctx, {normalise_name(r["country"]): r["iso_alpha3_code"] for r in rows})
    for row in rows:
        iso3 = row["iso_alpha3_code"].strip()
        for code, info in flags.items():
            if not parse_bool(row[info["column"]]):
                continue
            year, note = None, ""
            if code == "OECD" and iso3 in oecd_years:
                year, note = oecd_years[iso3], oecd_note
            elif code == "AU" and iso3 in au_years:
                year, note = au_years[iso3]
            found.add_member(code, iso3, dataset_id, year=year, note=note)
        group = row[region_column].strip()
        if group and group != "NA":
            if group not in region_codes:
                raise SourceError(path, f"UN regional group {group!r} is not in groups.toml")
            found.add_member(region_codes[group][0], iso3, dataset_id)


def _au_years(ctx: BuildContext, crafd_names: dict[str, str]) -> dict[str, tuple[int, str]]:
    """ISO3 -> (year, note) from au.int's dates of joining (TAB-separated, space-padded)."""
    path = ctx.source(AU_MEMBERS)
    aliases = _curated_aliases(ctx.curated / "country_aliases.csv")
    years: dict[str, tuple[int, str]] = {}
    unresolved: list[str] = []
    for row in iter_csv(path, ["Member State", "Abbreviation", "Date of joining"],
                        delimiter="\t", strip=True):
        iso3 = _resolve(ctx, crafd_names, aliases, (row["Abbreviation"], row["Member State"]))
        if iso3 is None:
            unresolved.append(row["Abbreviation"])
            continue
        date = row["Date of joining"]
        match = _YEAR.search(date)
        if match is None:
            raise SourceError(path, f"no year in date of joining {date!r} of {row['Abbreviation']}")
        years[iso3] = (int(match.group(1)), f"date of joining per au.int: {date}")
    if unresolved:
        log.warning("%s: no ISO3 code for %s", path, ", ".join(unresolved))
    return years


def _resolve(ctx: BuildContext, crafd_names: dict[str, str], aliases: dict[str, str],
             names: Iterable[str]) -> str | None:
    for name in names:
        key = normalise_name(name)
        iso3 = crafd_names.get(key) or aliases.get(key) or ctx.resolver.resolve(name)
        if iso3:
            return iso3
    return None


def _curated_aliases(path: Path) -> dict[str, str]:
    """Normalised alias -> ISO3 from our alias file (present even before names are loaded)."""
    if not path.exists():
        return {}
    return {normalise_name(r["name"]): r["iso3"].strip()
            for r in iter_csv(path, ["name", "iso3"])}


def _curated_groups(
    ctx: BuildContext, found: _Collected, config: dict[str, Any], config_path: Path
) -> None:
    dataset_id = ctx.dataset_id("curated-groups")
    for code, info in config.get("curated", {}).items():
        try:
            found.add_group(code, config_path, name=info["name"], kind=info["kind"],
                            description=info.get("description", ""), url=info["url"],
                            dataset_id=dataset_id)
            for member in info["members"]:
                found.add_member(code, member["iso3"], dataset_id, year=member.get("year"),
                                 note=member.get("note", ""))
        except (KeyError, TypeError) as exc:
            raise SourceError(config_path, f"[curated.{code}] lacks {exc}") from None
