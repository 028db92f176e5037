"""The initiatives search language, parsed into a frozen ``Query``.

How to search (shown as help in the app):

    water sanitation        all the words (in any order, any field)
    "rural development"     the exact phrase
    microfinance OR credit  either word
    -loan                   without the word
    agri*                   words starting with "agri"
    Brasil                  a country's name, in any language, also finds the initiatives
                            it takes part in (Brazil, Brésil, 巴西 alike)
    provider:BRA            provided by Brazil; also provider:Brazil, provider:Brésil
    recipient:PHL           received by the Philippines (code or any name, any language)
    country:Mozambique      the country takes part on either side
    region:"Sub-Saharan Africa"   World Bank or UN region (region:africa works too)
    group:G77               a group of countries by code or name (ASEAN, AU, BRICS...)
    income:LMC              a participant's World Bank FY2026 income group
                            (L, LM, UM, H or LIC, LMC, UMC, HIC)
    sector:health           sector or theme name, or a DAC code (sector:121)
    sector-origin:source    DAC sectors the source itself gave (no crosswalk, no inference);
                            also sector-origin:crosswalk, sector-origin:inferred
    modality:training       training, expert_dispatch, study_visit, finance...
    year:2005..2010         running at some time in 2005-2010; year:2005, year:..2000
    source:aiddata          the dataset it comes from (key or part of its name)
    lang:pt                 records written in Portuguese
    has:outcomes            with result figures; also has:links, has:amount
    has:note                initiatives you wrote a note on; has:bookmark, starred ones
    note:word               whose note (yours) mentions the word; note:"exact words"

Case and accents never matter: Sao Tome finds São Tomé. A quoted value (sector:"Health")
asks for that exact name. Filters of the same field joined by OR, or separated by commas
(provider:BRA,ARG), match either value; -provider:CHN excludes. Anything that cannot be
understood is skipped and reported as a hint; searching never fails.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from explorer.domain.query_lexer import Atom, lex
from explorer.domain.vocab import MODALITIES

MAX_QUERY_CHARS = 1000
COUNTRY_FIELDS = ("provider", "recipient", "country")
LOOKUP_FIELDS = (*COUNTRY_FIELDS, "region", "group", "sector", "source")
# Where a DAC sector came from (initiative_sector.origin), with the words a user may type.
SECTOR_ORIGINS = {
    "source": "source", "reported": "source", "own": "source",
    "crosswalk": "crosswalk", "mapped": "crosswalk", "label": "crosswalk",
    "inferred": "inferred", "inference": "inferred", "rule": "inferred", "keyword": "inferred",
}  # fmt: skip
FIELDS = (*LOOKUP_FIELDS, "income", "modality", "year", "lang", "has", "note", "sector-origin")
# has:note and has:bookmark ask the user's own database, not the reference data (MINE_HAS).
MINE_HAS = ("note", "bookmark")
HAS_VALUES = ("outcomes", "links", "amount", *MINE_HAS)
INCOME_ALIASES = {
    "l": "L", "lic": "L", "low": "L",
    "lm": "LM", "lmc": "LM", "lmic": "LM",
    "um": "UM", "umc": "UM", "umic": "UM",
    "h": "H", "hic": "H", "high": "H",
}  # fmt: skip
_YEAR = re.compile(r"^(\d{4})?(?:\s*(\.\.|-)\s*(\d{4})?)?$")


def fold(text: str) -> str:
    """Case- and accent-insensitive form of ``text`` (São Tomé -> sao tome)."""
    if text.isascii():  # NFKD leaves ASCII as it is, with nothing to strip
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@dataclass(frozen=True)
class Term:
    """A word or phrase to find in the text; ``prefix`` when typed with a trailing ``*``."""

    text: str
    phrase: bool = False
    prefix: bool = False


@dataclass(frozen=True)
class FieldFilter:
    """``field:value``; values are alternatives. ``exact`` when the value was quoted."""

    field: str
    values: tuple[str, ...]
    exact: bool = False
    negated: bool = False


@dataclass(frozen=True)
class YearRange:
    """Initiatives whose start..end years overlap ``lo..hi`` (either end open)."""

    lo: int | None
    hi: int | None
    negated: bool = False


@dataclass(frozen=True)
class Query:
    """A parsed search: AND of OR-groups of terms, excluded terms, filters and hints."""

    text: str
    groups: tuple[tuple[Term, ...], ...] = ()
    excluded: tuple[Term, ...] = ()
    filters: tuple[FieldFilter, ...] = ()
    years: tuple[YearRange, ...] = ()
    hints: tuple[str, ...] = field(default=(), compare=False)

    @property
    def has_text(self) -> bool:
        """Whether any word or phrase must match."""
        return bool(self.groups)

    @property
    def is_empty(self) -> bool:
        """Whether the query selects everything."""
        return not (self.groups or self.excluded or self.filters or self.years)

    def positive_terms(self) -> tuple[Term, ...]:
        """Every term that can match (for highlighting)."""
        return tuple(t for group in self.groups for t in group)

    def refined(self, token: str) -> Query:
        """This query with one more clause (e.g. a facet's ``provider:BRA``)."""
        return parse(f"{self.text} {token}".strip())


def parse(text: str) -> Query:
    """Parse ``text``; never raises. Whatever is not understood is reported in ``hints``."""
    hints: list[str] = []
    raw = text if isinstance(text, str) else str(text)
    if len(raw) > MAX_QUERY_CHARS:
        raw = raw[:MAX_QUERY_CHARS]
        hints.append(f"The search was cut to its first {MAX_QUERY_CHARS} characters.")
    atoms = lex(raw, hints)
    groups: list[tuple[Term, ...]] = []
    excluded: list[Term] = []
    filters: list[FieldFilter] = []
    years: list[YearRange] = []
    for alternatives in _or_groups(atoms, hints):
        terms = [a for a in alternatives if a.field is None]
        fields = [a for a in alternatives if a.field is not None]
        if len(alternatives) > 1 and ((fields and terms) or any(a.negated for a in alternatives)):
            hints.append("OR joins words, or filters of one field; the parts were ANDed.")
            for a in alternatives:
                _add(a, groups, excluded, filters, years, hints)
        elif len(alternatives) > 1 and terms:
            groups.append(tuple(_term(a) for a in terms))
        elif len(alternatives) > 1 and len({a.field for a in fields}) > 1:
            hints.append("OR joins filters of the same field only; the filters were ANDed.")
            for a in alternatives:
                _add(a, groups, excluded, filters, years, hints)
        elif len(alternatives) > 1:
            merged = fields[0]._replace(text=",".join(a.text for a in fields), quoted=False)
            _add(merged, groups, excluded, filters, years, hints)
        else:
            _add(alternatives[0], groups, excluded, filters, years, hints)
    return Query(
        raw,
        tuple(groups),
        tuple(excluded),
        tuple(filters),
        tuple(years),
        tuple(dict.fromkeys(hints)),
    )


def _or_groups(atoms: list[Atom], hints: list[str]) -> list[list[Atom]]:
    out: list[list[Atom]] = []
    pending_or = False
    for atom in atoms:
        if atom.is_or:
            if not out:
                hints.append("OR needs something on both sides; it was ignored.")
            pending_or = bool(out)
            continue
        if pending_or:
            out[-1].append(atom)
        else:
            out.append([atom])
        pending_or = False
    if pending_or:
        hints.append("OR needs something on both sides; it was ignored.")
    return out


def _term(atom: Atom) -> Term:
    return Term(atom.text, phrase=atom.quoted, prefix=atom.prefix)


def _add(
    atom: Atom,
    groups: list[tuple[Term, ...]],
    excluded: list[Term],
    filters: list[FieldFilter],
    years: list[YearRange],
    hints: list[str],
) -> None:
    if atom.field is None:
        if atom.negated:
            excluded.append(_term(atom))
        else:
            groups.append((_term(atom),))
        return
    values = tuple(v.strip() for v in atom.text.split(",")) if not atom.quoted else (atom.text,)
    values = tuple(v for v in values if v)
    if not values:
        hints.append(f"{atom.field}: needs a value; it was ignored.")
        return
    if atom.field == "year":
        _add_years(values, atom.negated, years, hints)
        return
    checked = _check_values(atom.field, values, hints)
    if atom.field == "has":  # has:note,links: the user's records and the data's, apart
        mine = tuple(c for c in checked if c in MINE_HAS)
        ours = tuple(c for c in checked if c not in MINE_HAS)
        for part in (ours, mine):
            if part:
                filters.append(FieldFilter("has", part, negated=atom.negated))
    elif checked:
        filters.append(FieldFilter(atom.field, checked, exact=atom.quoted, negated=atom.negated))


def _add_years(
    values: tuple[str, ...], negated: bool, years: list[YearRange], hints: list[str]
) -> None:
    for value in values:
        m = _YEAR.match(value)
        if m is None or not (m.group(1) or m.group(3)):
            hints.append(f"year:{value} is not a year or range like 2005..2010; it was ignored.")
            continue
        lo = int(m.group(1)) if m.group(1) else None
        hi = int(m.group(3)) if m.group(3) else (None if m.group(2) else lo)
        if lo is not None and hi is not None and lo > hi:
            lo, hi = hi, lo
        years.append(YearRange(lo, hi, negated))


def _check_values(name: str, values: tuple[str, ...], hints: list[str]) -> tuple[str, ...]:
    out: list[str] = []
    for value in values:
        key = fold(value).strip()
        if name == "income":
            code = INCOME_ALIASES.get(key.replace(" ", ""))
            if code is None:
                hints.append(f"income:{value} is not an income group (L, LM, UM, H).")
            else:
                out.append(code)
        elif name == "modality":
            matches = [m for m in MODALITIES if m.startswith(key.replace(" ", "_"))]
            if not matches:
                hints.append(f"modality:{value} is unknown; try one of {', '.join(MODALITIES)}.")
            out.extend(matches)
        elif name == "has":
            if key not in HAS_VALUES:
                hints.append(
                    f"has:{value} is unknown; try has:outcomes, has:links, has:amount, "
                    "has:note, has:bookmark."
                )
            else:
                out.append(key)
        elif name == "sector-origin":
            if key not in SECTOR_ORIGINS:
                hints.append(
                    f"sector-origin:{value} is unknown; try sector-origin:source, "
                    "sector-origin:crosswalk or sector-origin:inferred."
                )
            else:
                out.append(SECTOR_ORIGINS[key])
        elif name == "lang":
            out.append(key[:8])
        else:
            out.append(value)
    return tuple(dict.fromkeys(out))


def is_mine(f: FieldFilter) -> bool:
    """Whether ``f`` asks the user's own records (``has:note``, ``has:bookmark``, ``note:``)
    rather than the reference data."""
    return f.field == "note" or (f.field == "has" and f.values[0] in MINE_HAS)


def mine_filters(query: Query) -> tuple[FieldFilter, ...]:
    """The query's filters on the user's own records, in order."""
    return tuple(f for f in query.filters if is_mine(f))
