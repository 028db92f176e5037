"""Synthetic key tokens of initiatives: what field filters and facets match in the index.

Every initiative gets, besides its words, a list of tokens naming its attributes: ``0pbra``
(provided by Brazil), ``0rphl`` (received by the Philippines), ``0cbra`` (Brazil on either
side), ``0g…`` (a region of a provider or recipient), ``0q…`` (a group), ``0i…`` (an income
group), ``0s…`` (a sector or theme name), ``0k…`` (a sector code), ``0e…`` / ``0u…`` (a DAC
code / name with where it came from: the source, the crosswalk or an inference), ``0m…``
(modality), ``0l…`` (language), ``0t…`` (dataset), ``0d2000`` (running some time in the 2000s),
``0v2005`` (in 2005-2009), ``0y2005`` (in 2005), ``0h…`` (has outcomes, links, amount), ``0o…``
(an organisation without a country, by role) and ``0all`` (every initiative). They live in the
``keys`` column of the full-text index, which no user word can match (every key token begins
with "0"; see ``explorer.store.fts.text_term``), so a filter is one more doclist for the index
to intersect. Names are hashed after folding, so one token stands for all spellings that differ
only in case and accents.

This module is portable: the tokens are computed in Python from the relational tables.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, select

from explorer.domain.query import fold
from explorer.store.models import (
    Country,
    CountryGroup,
    Initiative,
    InitiativeLink,
    InitiativeOutcome,
    InitiativeParticipant,
    InitiativeSector,
    Membership,
)

ALL = "0all"
NONE = "0none"  # never indexed: a filter that can match nothing
SIDES = ("provider", "recipient")
MAIN_GROUP_KINDS = ("political", "economic")  # the groups facets show
REGION_LEVELS = 4  # World Bank region, UN region, sub-region, intermediate region
CHUNK = 50_000
_NOT_ALNUM = re.compile(r"[^0-9a-z]")


def _h(value: str) -> str:
    return hashlib.blake2b(fold(value).strip().encode(), digest_size=5).hexdigest()


def _alnum(value: str) -> str:
    return _NOT_ALNUM.sub("", fold(value))


def side(role: str, iso3: str) -> str:
    """``0p``/``0r`` + ISO3 (role provider/recipient) or ``0c`` + ISO3 (either side)."""
    return {"provider": "0p", "recipient": "0r"}.get(role, "0c") + iso3.lower()


def region(level: int, name: str) -> str:
    """A region of one of the four levels."""
    return f"0g{level}{_h(name)}"


def group(code: str) -> str:
    """A country group, by code."""
    return "0q" + _h(code)


def income(code: str) -> str:
    """A World Bank income group (L, LM, UM, H)."""
    return "0i" + _alnum(code)


def sector(name: str) -> str:
    """A sector or theme name (folded)."""
    return "0s" + _h(name)


def sector_code(code: str) -> str:
    """A sector code; ``sector_code("121") + "*"`` finds every code under 121."""
    return "0k" + _alnum(code)


# Where a DAC sector came from (initiative_sector.origin) -> its letter in origin tokens.
ORIGINS = {"source": "s", "crosswalk": "c", "inferred": "i"}


def sector_origin(origin: str, code: str = "") -> str:
    """A DAC code by where it came from; ``sector_origin("inferred") + "*"`` finds every
    inferred sector, ``sector_origin("source", "121") + "*"`` the source's own under 121."""
    return "0e" + ORIGINS.get(origin, "x") + _alnum(code)


def sector_origin_name(origin: str, name: str) -> str:
    """A DAC sector's stored name by where it came from (AidData's "Health" is code 120)."""
    return "0u" + ORIGINS.get(origin, "x") + _h(name)


def dac_facet(code: str) -> str:
    """A DAC sector (3 digits) or purpose (5 digits) as the sector facet counts it."""
    return "0j" + _alnum(code)


def dac_facet_prefix(code: str) -> str:
    """What ``sector:<code>`` matches: a 3-digit code ending in 0 is its whole group (AidData's
    310 is 31), any other code itself and the codes under it."""
    return code[:2] if len(code) == 3 and code.endswith("0") else code


def _dac_facet_names(conn: Connection) -> dict[str, str]:
    """The facet's 3- and 5-digit entries with their English names: every 3-digit code a DAC
    sector of an initiative has or falls under, and every 5-digit code used. Names from the
    codelist, else as the source gave them (AidData's group codes like 120 "Health")."""
    from sqlalchemy import inspect, text

    s = InitiativeSector
    used = {str(c) for c in conn.execute(select(s.code).where(s.scheme == "dac").distinct())
            .scalars() if c and len(c) in (3, 5)}  # fmt: skip
    wanted = {c[:3] for c in used} | {c for c in used if len(c) == 5}
    names: dict[str, str] = {}
    if inspect(conn).has_table("dac_name"):
        for code, name in conn.execute(text("SELECT code, name FROM dac_name WHERE lang = 'en'")):
            if str(code) in wanted:
                names[str(code)] = str(name)
    for code, name in conn.execute(select(s.code, s.name).where(s.scheme == "dac").distinct()):
        if code in wanted:
            names.setdefault(str(code), str(name))
    return {c: names.get(c, c) for c in wanted}


def _dac_facet_keys(codes: list[str], entries: dict[str, str]) -> dict[str, KeyInfo]:
    """The facet tokens of one initiative's DAC codes: each 3-digit entry whose ``sector:``
    filter matches one of them, and each 5-digit code it has."""
    out: dict[str, KeyInfo] = {}
    for code in codes:
        for entry in {code[:3], code[:2] + "0"}:
            if entry in entries and code.startswith(dac_facet_prefix(entry)):
                out[dac_facet(entry)] = KeyInfo("dac3", f"{entry} {entries[entry]}")
        if len(code) == 5 and code in entries:
            out[dac_facet(code)] = KeyInfo("dac5", f"{code} {entries[code]}")
    return out


def modality(value: str) -> str:
    """A modality."""
    return "0m" + _alnum(value)


def language(value: str) -> str:
    """A record language."""
    return "0l" + _alnum(value)


def dataset(dataset_id: int) -> str:
    """A dataset, by id."""
    return f"0t{dataset_id}"


def decade(value: int) -> str:
    """Running at some time in the decade starting ``value``."""
    return f"0d{value}"


def half_decade(value: int) -> str:
    """Running at some time in the five years starting ``value`` (2005: 2005-2009)."""
    return f"0v{value}"


def year(value: int) -> str:
    """Running at some time in ``value``."""
    return f"0y{value}"


def has(what: str) -> str:
    """``outcomes``, ``links`` or ``amount``."""
    return "0h" + what[:1]


def org(role: str, name: str) -> str:
    """An organisation without a country, by role (provider or recipient)."""
    return "0o" + role[:1] + _h(name)


@dataclass(frozen=True)
class KeyInfo:
    """What a token stands for: its kind (provider, region2, sector, year...) and value."""

    kind: str
    value: str


def _country_tokens(conn: Connection) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Region, group and income tokens of each country: (those facets count, the others)."""
    shown: dict[str, list[str]] = defaultdict(list)
    other: dict[str, list[str]] = defaultdict(list)
    c = Country
    rows = conn.execute(
        select(c.iso3, c.wb_region, c.un_region, c.un_subregion, c.un_intermediate_region,
               c.income_group)
    )  # fmt: skip
    for code, *regions, inc in rows:
        for level, name in enumerate(regions):
            if name:
                (shown if level == 0 else other)[code].append(region(level, name))
        if inc:
            other[code].append(income(inc))
    kinds = {g: k for g, k in conn.execute(select(CountryGroup.code, CountryGroup.kind))}
    for code, member in conn.execute(select(Membership.group_code, Membership.iso3)):
        (shown if kinds.get(code) in MAIN_GROUP_KINDS else other)[member].append(group(code))
    return {k: (tuple(shown[k]), tuple(other[k])) for k in shown.keys() | other.keys()}


def _chunks(conn: Connection, since: int = 0) -> Iterator[tuple[int, int]]:
    top = conn.execute(select(Initiative.id).order_by(Initiative.id.desc()).limit(1)).scalar()
    lo = since
    while top is not None and lo <= top:
        yield lo, lo + CHUNK - 1
        lo += CHUNK


def initiative_keys(conn: Connection, since: int = 0,
                    ) -> Iterator[tuple[int, str, str, dict[str, KeyInfo]]]:
    """(initiative id, its tokens, the tokens facets count, what new tokens stand for), in id
    order, of the initiatives from id ``since`` on; tokens are separated by spaces."""
    countries = _country_tokens(conn)
    dac_entries = _dac_facet_names(conn)
    seen: set[str] = set()
    i, p, s = Initiative, InitiativeParticipant, InitiativeSector
    for lo, hi in _chunks(conn, since):
        who: dict[int, list[tuple[str, str | None, str | None]]] = defaultdict(list)
        for init, role, iso3, org_name in conn.execute(
            select(p.initiative_id, p.role, p.iso3, p.org_name).where(
                p.initiative_id.between(lo, hi)
            )
        ):
            who[init].append((role, iso3, org_name))
        sectors: dict[int, list[tuple[str, str | None]]] = defaultdict(list)
        origins: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
        for init, name, code, scheme, origin in conn.execute(
            select(s.initiative_id, s.name, s.code, s.scheme, s.origin).where(
                s.initiative_id.between(lo, hi)
            )
        ):
            # Only DAC codes are sector codes: SDG goal numbers (1-17) would otherwise answer
            # sector:160 (prefix 16) with SDG 16.
            sectors[init].append((name, code if scheme == "dac" else None))
            if scheme == "dac" and code and origin in ORIGINS:
                origins[init].append((origin, code, name))
        outcomes = set(
            conn.execute(
                select(InitiativeOutcome.initiative_id).where(
                    InitiativeOutcome.initiative_id.between(lo, hi)
                )
            ).scalars()
        )
        links = set(
            conn.execute(
                select(InitiativeLink.initiative_id).where(
                    InitiativeLink.initiative_id.between(lo, hi)
                )
            ).scalars()
        )
        rows = conn.execute(
            select(i.id, i.dataset_id, i.modality, i.language, i.start_year, i.end_year,
                   i.amount_usd.is_not(None)).where(i.id.between(lo, hi)).order_by(i.id)
        )  # fmt: skip
        for init, ds, mod, lang, start, end, amount in rows:
            keys: dict[str, KeyInfo] = {}  # the tokens facets count
            rest: dict[str, KeyInfo] = {ALL: KeyInfo("all", "")}
            keys[dataset(ds)] = KeyInfo("source", str(ds))
            keys[modality(mod)] = KeyInfo("modality", mod)
            rest[language(lang)] = KeyInfo("lang", lang)
            if start is not None:
                last = end if end is not None else start
                for y in range(min(start, last), max(start, last) + 1):
                    rest[year(y)] = KeyInfo("year", str(y))
                    rest[half_decade(y // 5 * 5)] = KeyInfo("half", str(y // 5 * 5))
                    keys[decade(y // 10 * 10)] = KeyInfo("decade", str(y // 10 * 10))
            if amount:
                rest[has("amount")] = KeyInfo("has", "amount")
            if init in outcomes:
                rest[has("outcomes")] = KeyInfo("has", "outcomes")
            if init in links:
                rest[has("links")] = KeyInfo("has", "links")
            for role, iso3, org_name in who.get(init, ()):
                if role not in SIDES:
                    continue
                if iso3:
                    keys[side(role, iso3)] = KeyInfo(role, iso3)
                    rest[side("", iso3)] = KeyInfo("country", iso3)
                    shown, other = countries.get(iso3, ((), ()))
                    for t in shown:
                        keys[t] = KeyInfo("attr", "")
                    for t in other:
                        rest[t] = KeyInfo("attr", "")
                elif org_name:
                    rest[org(role, org_name)] = KeyInfo("org" + role[0], org_name)
            for name, code in sectors.get(init, ()):
                keys[sector(name)] = KeyInfo("sector", name)
                if code:
                    rest[sector_code(code)] = KeyInfo("code", code)
            for origin, code, name in origins.get(init, ()):
                rest[sector_origin(origin, code)] = KeyInfo("origin", f"{origin}:{code}")
                rest[sector_origin_name(origin, name)] = KeyInfo("originname", origin)
            keys.update(_dac_facet_keys([c for _, c, _ in origins.get(init, ())], dac_entries))
            rest = {t: k for t, k in rest.items() if t not in keys}
            new = {t: k for d in (keys, rest) for t, k in d.items() if t not in seen}
            seen.update(new)
            shown_tokens = " ".join(keys)
            yield init, f"{shown_tokens} {' '.join(rest)}", shown_tokens, new
