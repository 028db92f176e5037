"""What a search of initiatives returns: a page of rows, facets, and highlight ranges.

Plain frozen dataclasses, so the UI and the command line can hold them across threads.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from explorer.domain.query import Query, Term, fold
from explorer.domain.query_lexer import is_word_char


@dataclass(frozen=True)
class InitiativeRow:
    """One initiative as a result list shows it."""

    id: int
    title: str
    providers: tuple[str, ...]  # ISO3 codes
    provider_names: tuple[str, ...]  # country names, then organisations without a country
    recipients: tuple[str, ...]
    recipient_names: tuple[str, ...]
    sectors: tuple[str, ...]
    modality: str
    start_year: int | None
    end_year: int | None
    source: str  # dataset key
    key: str = ""  # stable key (dataset:record), what notes and bookmarks point at

    def as_json(self) -> dict[str, object]:
        """A JSON-ready dict (for ``search --json``)."""
        return {
            "id": self.id,
            "key": self.key,
            "title": self.title,
            "providers": list(self.providers),
            "provider_names": list(self.provider_names),
            "recipients": list(self.recipients),
            "recipient_names": list(self.recipient_names),
            "start_year": self.start_year,
            "end_year": self.end_year,
            "sectors": list(self.sectors),
            "modality": self.modality,
            "sources": [self.source],
        }


@dataclass(frozen=True)
class SearchPage:
    """One page of results: the total, the ids in order and their rows."""

    query: Query
    total: int
    ids: tuple[int, ...]
    rows: tuple[InitiativeRow, ...]
    ranked: bool  # ordered by relevance (else newest first: the match set was too large)
    offset: int = 0
    hints: tuple[str, ...] = ()  # what was not understood, in readable sentences


@dataclass(frozen=True)
class FacetValue:
    """A value of a facet with the number of results having it.

    ``refine`` is the clause that, added to the query, narrows it to exactly ``count``
    results (e.g. ``provider:BRA``).
    """

    key: str
    label: str
    count: int
    refine: str
    depth: int = 0  # 1: listed under the value before it (a DAC purpose under its sector)


@dataclass(frozen=True)
class Facets:
    """Counts by value of each facet, following the current query.

    ``approximate`` when the query matched too many initiatives to count them all: the counts
    were then taken over the newest ones and scaled to the total (show them as "≈"); choosing
    a value still gives its exact total.
    """

    providers: tuple[FacetValue, ...] = ()
    recipients: tuple[FacetValue, ...] = ()
    regions: tuple[FacetValue, ...] = ()
    groups: tuple[FacetValue, ...] = ()
    sectors: tuple[FacetValue, ...] = ()
    modalities: tuple[FacetValue, ...] = ()
    decades: tuple[FacetValue, ...] = ()
    sources: tuple[FacetValue, ...] = ()
    approximate: bool = False

    def items(self) -> tuple[tuple[str, tuple[FacetValue, ...]], ...]:
        """(facet name, values) pairs, in display order."""
        names = ("providers", "recipients", "regions", "groups", "sectors", "modalities",
                 "decades", "sources")  # fmt: skip
        return tuple((n, getattr(self, n)) for n in names)


def _folded_with_map(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` and, for each folded character, its index in ``text``."""
    out: list[str] = []
    where: list[int] = []
    for i, c in enumerate(text):
        for d in unicodedata.normalize("NFKD", c):
            if unicodedata.combining(d):
                continue
            for f in d.casefold():
                out.append(f)
                where.append(i)
    return "".join(out), where


def _words(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = -1
    for i, c in enumerate(text):
        if is_word_char(c):
            if start < 0:
                start = i
        elif start >= 0:
            spans.append((start, i))
            start = -1
    if start >= 0:
        spans.append((start, len(text)))
    return spans


def highlight_ranges(query: Query, text: str) -> list[tuple[int, int]]:
    """(start, end) character ranges of ``text`` matching the query's words, merged, sorted.

    Accent- and case-insensitive; a phrase is highlighted where its words follow each other;
    a prefix term (agri*) highlights whole words starting with it.
    """
    folded, where = _folded_with_map(text)
    spans = _words(folded)
    words = [folded[a:b] for a, b in spans]
    found: list[tuple[int, int]] = []
    for term in query.positive_terms():
        found.extend(_term_hits(term, words, spans))
    ranges = sorted((where[a], where[b - 1] + 1) for a, b in found)
    merged: list[tuple[int, int]] = []
    for a, b in ranges:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _term_hits(term: Term, words: list[str], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    needle = [w for w in (fold(term.text[a:b]) for a, b in _words(term.text)) if w]
    if not needle:
        return []
    hits: list[tuple[int, int]] = []
    k = len(needle)
    for i in range(len(words) - k + 1):
        head_ok = all(words[i + j] == needle[j] for j in range(k - 1))
        last = words[i + k - 1]
        if head_ok and (last == needle[-1] or (term.prefix and last.startswith(needle[-1]))):
            hits.append((spans[i][0], spans[i + k - 1][1]))
    return hits
