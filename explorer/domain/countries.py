"""Countries as the app shows them: summaries, name matches, indicator figures and profiles.

Every figure carries what is needed to cite it: the indicator (or measure) code, the year and
the dataset key. Missing data is ``None``, never zero.
"""

from __future__ import annotations

from dataclasses import dataclass

from explorer.domain.names import normalise_name as name_key
from explorer.domain.names import short_key

__all__ = ["name_key", "short_key"]


@dataclass(frozen=True)
class CountrySummary:
    """One country as lists show it."""

    iso3: str
    iso2: str | None
    name: str
    wb_region: str | None
    income_group: str | None  # FY2026 code: L, LM, UM, H
    is_ldc: bool
    is_lldc: bool
    is_sids: bool


@dataclass(frozen=True)
class Suggestion:
    """A country a name might have meant."""

    iso3: str
    name: str


@dataclass(frozen=True)
class CountryMatch:
    """What ``resolve_country`` made of a text.

    ``status``: ``code`` (ISO3/ISO2), ``name`` (a stored name in any language), ``prefix`` (the
    only country whose name starts with the text), ``ambiguous`` or ``unknown``. For resolved
    texts ``suggestions`` lists other countries sharing the word ("Guinea" -> Guinea-Bissau...).
    """

    text: str
    status: str
    iso3: str | None
    name: str | None
    suggestions: tuple[Suggestion, ...] = ()

    @property
    def resolved(self) -> bool:
        return self.iso3 is not None

    def message(self) -> str:
        """One line for the CLI or a status bar."""
        if self.iso3 is not None:
            return f"{self.text!r} is {self.name} ({self.iso3})"
        options = ", ".join(f"{s.name} ({s.iso3})" for s in self.suggestions)
        if self.status == "ambiguous":
            return f"ambiguous country {self.text!r}: did you mean {options}?"
        if options:
            return f"unknown country {self.text!r}; did you mean {options}?"
        return f"unknown country {self.text!r}"


@dataclass(frozen=True)
class SeriesPoint:
    """One year of a series; ``value`` None where the source has no figure."""

    year: int
    value: float | None


@dataclass(frozen=True)
class IndicatorValue:
    """One figure of one country, citable: code, year, unit and dataset key."""

    code: str
    name: str
    unit: str
    dataset: str
    year: int | None
    value: float | None


@dataclass(frozen=True)
class CountryListRow:
    """A row of the country list, with the sort indicator's latest value (or None)."""

    country: CountrySummary
    sort_value: IndicatorValue | None


@dataclass(frozen=True)
class Rank:
    """Rank of a value among countries with a value the same year (1 = highest)."""

    scope: str  # "region" or "income"
    group: str
    year: int
    rank: int
    of: int

    @property
    def text(self) -> str:
        return f"{self.rank} of {self.of}"


@dataclass(frozen=True)
class Trend:
    """Change between the earliest value of the last ten years and the latest.

    ``unit`` is the indicator's: a rate or a share (``annual %``, ``% of GDP``) changes by
    percentage points, never by a percentage of itself (GDP growth from 3.0 to 1.6 % is
    -1.4 points, not "-46.7 %").
    """

    from_year: int
    from_value: float
    to_year: int
    to_value: float
    unit: str = ""

    @property
    def change(self) -> float:
        return self.to_value - self.from_value

    @property
    def in_points(self) -> bool:
        """Whether the change is told in percentage points (the unit is a rate or share)."""
        return "%" in self.unit

    @property
    def pct_change(self) -> float | None:
        """The relative change in %; None for rates and shares, or from a zero."""
        if self.in_points or self.from_value == 0:
            return None
        return (self.to_value - self.from_value) / abs(self.from_value) * 100.0


@dataclass(frozen=True)
class KeyIndicator:
    """A profile figure: latest value, sparkline series, trend and ranks."""

    latest: IndicatorValue
    series: tuple[SeriesPoint, ...]
    trend: Trend | None
    region_rank: Rank | None
    income_rank: Rank | None


@dataclass(frozen=True)
class LocalName:
    """A stored name of a country (lang: en, fr, es, ar, zh, ru, pt; kind: short, alias...)."""

    lang: str
    kind: str
    name: str


@dataclass(frozen=True)
class IncomeYear:
    """The World Bank income group of one fiscal year (None: not classified)."""

    fiscal_year: int
    income_group: str | None


@dataclass(frozen=True)
class GroupMembership:
    """Membership of a group, with the year joined where the source gives it."""

    code: str
    name: str
    kind: str
    year_joined: int | None
    note: str
    dataset: str


@dataclass(frozen=True)
class ProfileHeader:
    """Who the country is: names, region, income history, memberships."""

    country: CountrySummary
    names: tuple[LocalName, ...]
    income_history: tuple[IncomeYear, ...]
    memberships: tuple[GroupMembership, ...]
    dataset: str


@dataclass(frozen=True)
class InitiativeRef:
    """An initiative cited as evidence: id, title, year and dataset key."""

    id: int
    title: str
    year: int | None
    dataset: str


@dataclass(frozen=True)
class CountedGroup:
    """A count of initiatives under one key (a sector or a partner) with their ids."""

    key: str
    label: str
    count: int
    initiative_ids: tuple[int, ...]


@dataclass(frozen=True)
class CooperationFacts:
    """The initiatives where the country has one role (provider or recipient)."""

    role: str
    total: int
    initiative_ids: tuple[int, ...]
    by_sector: tuple[CountedGroup, ...]
    by_partner: tuple[CountedGroup, ...]  # top 10


@dataclass(frozen=True)
class ShareYear:
    """Share of exports going to a partner aggregate in one year (US$ millions, %)."""

    year: int
    share_pct: float
    partner_musd: float
    world_musd: float


@dataclass(frozen=True)
class TradePartner:
    """Exports to and imports from one partner, as the country reported them (US$ m)."""

    iso3: str | None
    name: str
    exports_musd: float | None
    imports_musd: float | None


@dataclass(frozen=True)
class TradeFacts:
    """Exports to developing economies by year, and top partners of the latest year."""

    dataset: str
    developing_share: tuple[ShareYear, ...]
    partners_year: int | None
    top_partners: tuple[TradePartner, ...]


@dataclass(frozen=True)
class StudentPartner:
    """Students to or from one partner (``iso3`` None for lumped "Other countries")."""

    iso3: str | None
    name: str
    students: float


@dataclass(frozen=True)
class StudentFacts:
    """Inbound total by year, and top partners of the latest usable year."""

    inbound: tuple[SeriesPoint, ...]
    inbound_dataset: str
    flows_dataset: str
    outbound_year: int | None
    outbound: tuple[StudentPartner, ...]
    inbound_year: int | None
    inbound_origins: tuple[StudentPartner, ...]


@dataclass(frozen=True)
class BriefMentions:
    """Whether the brief names the country: its cases, and its list of providers."""

    initiatives: tuple[InitiativeRef, ...]
    named_provider: bool


@dataclass(frozen=True)
class ProfileFacts:
    """Everything the country page and the PDF brief show about one country."""

    header: ProfileHeader
    indicators: tuple[KeyIndicator, ...]
    as_provider: CooperationFacts
    as_recipient: CooperationFacts
    trade: TradeFacts
    students: StudentFacts
    brief: BriefMentions


@dataclass(frozen=True)
class Choices:
    """What the pickers offer: indicators, groups, regions and every country's names."""

    indicators: tuple[tuple[str, str, str], ...]  # code, name, unit (by name)
    groups: tuple[tuple[str, str], ...]  # code, name of groups worth filtering by
    regions: tuple[str, ...]
    countries: tuple[tuple[str, str], ...]  # iso3, English name
    names: dict[str, tuple[str, ...]]  # iso3 -> every stored name
