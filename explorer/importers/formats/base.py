"""What every file format produces: a dataset's provenance and its rows, ready to write.

A format module parses a file into a ``Parsed`` value without touching the database (only a
``Lookup`` of country codes and names read beforehand), so ``--dry-run`` and the preview
share the parser with the import itself, and a file that fails half-way has written nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from explorer.importers.errors import SourceError

CancelFn = Callable[[], bool]
ProgressFn = Callable[[str, float], None]


class ImportProblem(SourceError):
    """A file that cannot be imported; ``str()`` is one line naming the file and the place.
    ``columns``: a spreadsheet's header, when the problem is which column is which (the
    preview then offers to map them)."""

    columns: tuple[str, ...] = ()


class ImportCancelled(Exception):
    """The user stopped the import; nothing was written."""


@dataclass
class DatasetInfo:
    """The dataset a file becomes: a stable ``key`` (a newer version replaces it) and what the
    file itself declares about who published it, under which licence and which version."""

    key: str
    name: str
    publisher: str = ""
    licence: str = ""
    version: str = ""
    url: str = ""
    citation: str = ""
    coverage: str = ""


@dataclass(slots=True)  # 100,000s of them in one file: no __dict__ each
class Participant:
    role: str
    iso3: str | None = None
    org_name: str | None = None
    source_name: str = ""


@dataclass(slots=True)  # 100,000s of them in one file: no __dict__ each
class InitiativeRecord:
    """One initiative of a file, keyed by ``record_id`` (the source's own identifier)."""

    record_id: str
    title: str
    fields: dict[str, Any] = field(default_factory=dict)
    participants: list[Participant] = field(default_factory=list)
    sectors: list[tuple[str, str | None, str]] = field(default_factory=list)  # scheme, code, name
    links: list[tuple[str, str]] = field(default_factory=list)  # url, label
    locator: str = ""
    # The title and description in each language the file gives, when it gives several:
    # (field, language, text); the page shows the user's language where present.
    texts: tuple[tuple[str, str, str], ...] = ()


@dataclass(slots=True)  # 100,000s of them in one file: no __dict__ each
class IndicatorRecord:
    code: str
    name: str
    unit: str = ""
    topic: str = ""
    description: str = ""


@dataclass(slots=True)  # 100,000s of them in one file: no __dict__ each
class TradeRecord:
    """A bilateral flow as the file gives it (``value_usd`` in US dollars)."""

    reporter: str  # ISO3
    partner: str  # ISO3, or the aggregate's name when ``partner_is_group``
    flow: str  # X or M
    year: int
    value_usd: float
    commodity: str = "TOTAL"
    partner_is_group: bool = False


@dataclass
class Parsed:
    """Everything one file holds, with what could not be resolved (never guessed)."""

    format: str
    dataset: DatasetInfo
    initiatives: list[InitiativeRecord] = field(default_factory=list)
    indicators: list[IndicatorRecord] = field(default_factory=list)
    observations: list[tuple[str, str, int, float]] = field(default_factory=list)
    group_observations: list[tuple[str, str, int, float]] = field(default_factory=list)
    trade: list[TradeRecord] = field(default_factory=list)
    unresolved: Counter[str] = field(default_factory=Counter)
    warnings: list[str] = field(default_factory=list)
    skipped: int = 0
    columns: list[str] = field(default_factory=list)  # a spreadsheet's header, as given
    column_map: dict[str, str] = field(default_factory=dict)  # our field -> header used

    @property
    def records(self) -> int:
        """How many records the file holds (initiatives, observations or flows)."""
        return (len(self.initiatives) + len(self.observations) + len(self.group_observations)
                + len(self.trade))

    def warn_once(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)


class Lookup(Protocol):
    """Country codes and names of the database a file is imported into."""

    def iso3(self, code: str) -> str | None: ...

    def by_name(self, name: str) -> str | None: ...

    def is_group(self, code: str) -> bool: ...


@dataclass
class ParseContext:
    """What a parser receives besides the file."""

    lookup: Lookup
    cancelled: CancelFn = lambda: False
    progress: ProgressFn = lambda _label, _fraction: None
    codelists: Path | None = None  # IATI codelists folder (xml/*.xml), if available
    mapping: dict[str, str] | None = None  # spreadsheet: our field -> the file's header
    name: str = ""  # the file's name as the user gave it (a kept copy has another)

    def origin(self, path: Path) -> Path:
        """The file as the user named it: what datasets are keyed and named after."""
        return Path(self.name) if self.name else path

    def check_cancel(self) -> None:
        if self.cancelled():
            raise ImportCancelled()


class Format(Protocol):
    """One file format: detect it from the first bytes, parse it into a ``Parsed``."""

    name: str
    label: str  # what the format is, for messages and the preview
    expected: str  # what a file of this format looks like, for "unknown file" messages

    def sniff(self, head: bytes, path: Path) -> int:
        """How sure this format is that ``head`` (the file's first bytes) is its own: 0 not
        at all, 1 a generic fallback, 10 a clear signature."""
        ...

    def parse(self, path: Path, ctx: ParseContext) -> Parsed: ...
