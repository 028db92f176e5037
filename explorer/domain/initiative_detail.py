"""The whole record of one initiative, as the detail pane and exports show it.

Plain frozen dataclasses (no Qt, no SQLAlchemy), so a background job can hand them to the
GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Participant:
    """A country or organisation taking part, with its role (provider, recipient...).

    ``name`` is the country's name where ``iso3`` is known, else the organisation's.
    ``source_name`` is how the source wrote it (kept for traceability).
    """

    role: str
    iso3: str | None
    name: str
    org_name: str | None
    source_name: str


@dataclass(frozen=True)
class SectorTag:
    """A sector or theme: ``scheme`` is dac, theme, sdg or abc; ``code`` may be None.

    A DAC sector says where it came from (``origin``: source, crosswalk or inferred) and,
    for the last two, the source's label or the keyword that led to it (``rule``) and, for
    an inference, the field the keyword was found in (``rule_field``: title, description).
    """

    scheme: str
    code: str | None
    name: str
    origin: str | None = None
    rule: str | None = None
    rule_field: str | None = None

    @property
    def inferred(self) -> bool:
        return self.origin == "inferred"


@dataclass(frozen=True)
class Outcome:
    """A result figure, e.g. 2,032 health workers trained."""

    quantity: float
    unit: str
    description: str
    year: int | None


@dataclass(frozen=True)
class Link:
    """A web address about the initiative (shown as text to copy; the app is offline)."""

    url: str
    label: str


@dataclass(frozen=True)
class SourceRef:
    """Where the record comes from: the dataset, its licence, and the exact citation."""

    dataset_key: str
    dataset_name: str
    publisher: str
    licence: str
    url: str
    locator: str  # where in the dataset: a row, a page, a section
    citation: str  # the record's own citation, else the dataset's


@dataclass(frozen=True)
class RelatedInitiative:
    """An initiative sharing sectors and partner countries with the one shown."""

    id: int
    title: str
    start_year: int | None
    shared: int  # how many (sector, country) pairs it shares


@dataclass(frozen=True)
class InitiativeDetail:
    """Everything stored about one initiative."""

    id: int
    title: str
    summary: str
    description: str
    language: str
    modality: str
    theme: str
    start_year: int | None
    end_year: int | None
    status: str
    flow_class: str | None
    flow_type: str | None
    intent: str | None
    amount_usd: float | None
    amount_note: str
    source_record_id: str
    participants: tuple[Participant, ...] = ()
    sectors: tuple[SectorTag, ...] = ()
    outcomes: tuple[Outcome, ...] = ()
    links: tuple[Link, ...] = ()
    sources: tuple[SourceRef, ...] = ()
    related: tuple[RelatedInitiative, ...] = ()

    def by_role(self, role: str) -> tuple[Participant, ...]:
        """The participants with ``role``, in stored order."""
        return tuple(p for p in self.participants if p.role == role)

    def citation_text(self) -> str:
        """Every source's citation, one a line, with its licence (what Copy citation copies)."""
        lines = []
        for src in self.sources:
            line = src.citation or src.dataset_name
            if src.locator and src.locator not in line:
                line = f"{line} ({src.locator})"
            if src.licence:
                line = f"{line} Licence: {src.licence}."
            lines.append(line)
        return "\n".join(dict.fromkeys(lines))


@dataclass(frozen=True)
class ExportExtra:
    """What an export adds to a result row: status, the dataset's name and the citation."""

    status: str
    dataset_name: str
    citation: str
