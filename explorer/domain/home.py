"""What Home shows: the brief's headlines beside our own figures, featured cases, counts.

Plain frozen dataclasses and pure helpers; no Qt, no SQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# Years a trend shows besides the latest: the first year of DOTS, the turn of the
# century and the brief's own year.
TREND_YEARS = (1990, 2000, 2007)


@dataclass(frozen=True)
class FigurePoint:
    """One value of a series for one year."""

    year: int
    value: float


@dataclass(frozen=True)
class OurSeries:
    """A measure computed from our sources (``SummaryFigure`` rows), with its dataset."""

    measure: str
    unit: str
    dataset_name: str
    points: tuple[FigurePoint, ...]

    @property
    def latest(self) -> FigurePoint:
        """The newest point (series are never empty)."""
        return self.points[-1]


@dataclass(frozen=True)
class HeadlineComparison:
    """A statement of the brief and, where we have one, our figure for the same measure."""

    key: str
    statement: str
    value: float | None
    unit: str
    year: int | None
    cited_source: str
    source_name: str
    ours: OurSeries | None


@dataclass(frozen=True)
class OutcomeFigure:
    """A result figure of an initiative, e.g. 2,032 engineers trained."""

    quantity: float
    unit: str
    description: str
    year: int | None


@dataclass(frozen=True)
class FeaturedInitiative:
    """A case of the brief: who provided, who received, and one outcome."""

    id: int
    title: str
    summary: str
    providers: tuple[str, ...]
    recipients: tuple[str, ...]
    start_year: int | None
    outcome: OutcomeFigure | None
    source_name: str
    source_year: int | None


@dataclass(frozen=True)
class HomeCounts:
    """How much the reference database holds."""

    countries: int
    initiatives: int
    datasets: int


@dataclass(frozen=True)
class BuildVintage:
    """When and by which app version the reference database was built (may be unknown)."""

    built_at: str
    app_version: str


@dataclass(frozen=True)
class HomeSnapshot:
    """Everything Home shows, read in one go."""

    headlines: tuple[HeadlineComparison, ...]
    featured: tuple[FeaturedInitiative, ...]
    counts: HomeCounts
    vintage: BuildVintage


def trend_points(
    points: Sequence[FigurePoint], years: Sequence[int] = TREND_YEARS
) -> tuple[FigurePoint, ...]:
    """The points of ``points`` for ``years`` that exist, plus the latest, in year order.

    Never invents a value: a year the series lacks is simply left out.
    """
    if not points:
        return ()
    by_year = {p.year: p for p in points}
    latest = max(points, key=lambda p: p.year)
    chosen = {y: by_year[y] for y in years if y in by_year}
    chosen[latest.year] = latest
    return tuple(chosen[y] for y in sorted(chosen))


def year_from_text(text: str) -> int | None:
    """The last four-digit year (1900-2099) in ``text``, e.g. 2007 in "Briefs, 2007"."""
    found: int | None = None
    for i in range(len(text) - 3):
        chunk = text[i : i + 4]
        before = text[i - 1] if i > 0 else " "
        after = text[i + 4] if i + 4 < len(text) else " "
        if (
            chunk.isdigit()
            and chunk[:2] in ("19", "20")
            and not before.isdigit()
            and not (after.isdigit())
        ):
            found = int(chunk)
    return found
