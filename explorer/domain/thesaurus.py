"""Cross-language expansion of search words from a curated thesaurus (issue 13).

``db/curated/thesaurus.csv`` holds development concepts with their terms in English, French,
Spanish and Portuguese (the languages of the records) and in Arabic, Chinese and Russian (the
other interface languages), variants separated by ``|``, and a source per concept. A term in
any of the seven languages is found; what is added to the search are the terms in the records'
languages (no record is written in Arabic, Chinese or Russian), so "疟疾" finds "malária". A
word or a run of up to four plain words of a query that is a thesaurus term becomes "that OR its
equivalents", so "school feeding" also finds "alimentação escolar". A quoted phrase is never
expanded: quoting is how a user searches only the typed words. Matching ignores case and
accents, like the rest of the search.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from explorer.domain.query import Query, Term, fold

THESAURUS_PATH = Path(__file__).resolve().parents[2] / "db" / "curated" / "thesaurus.csv"
RECORD_LANGUAGES = ("en", "fr", "es", "pt")  # required for every concept
LANGUAGES = (*RECORD_LANGUAGES, "ar", "zh", "ru")
MAX_WORDS = 4


class ThesaurusError(ValueError):
    """A thesaurus file that cannot be read; the message names the line."""


@dataclass(frozen=True, slots=True)
class Concept:
    key: str
    terms: dict[str, tuple[str, ...]]  # language -> terms as curated
    source: str

    def all_terms(self) -> tuple[str, ...]:
        return tuple(t for lang in LANGUAGES for t in self.terms.get(lang, ()))

    def record_terms(self) -> tuple[str, ...]:
        """The terms in the languages records are written in (what a search adds)."""
        return tuple(t for lang in RECORD_LANGUAGES for t in self.terms.get(lang, ()))


@dataclass(frozen=True, slots=True)
class Expansion:
    """What a query's words were expanded with: (typed words, added equivalents)."""

    query: Query
    added: tuple[tuple[str, tuple[str, ...]], ...]

    def hint(self) -> str | None:
        """English template of the hint (the UI translates its own copy)."""
        if not self.added:
            return None
        parts = "; ".join(f"{typed}: {', '.join(extra)}" for typed, extra in self.added)
        return f"Also searched for equivalents ({parts}); quote the words to search only them."


class Thesaurus:
    def __init__(self, concepts: tuple[Concept, ...]) -> None:
        self.concepts = concepts
        self._index: dict[str, Concept] = {}
        for concept in concepts:
            for term in concept.all_terms():
                self._index.setdefault(" ".join(fold(term).split()), concept)

    def lookup(self, words: str) -> Concept | None:
        return self._index.get(" ".join(fold(words).split()))

    def equivalents(self, words: str) -> tuple[str, ...]:
        """The other terms of the concept ``words`` belongs to (as curated, one per folded
        form)."""
        concept = self.lookup(words)
        if concept is None:
            return ()
        out: dict[str, str] = {}
        for term in concept.record_terms():
            out.setdefault(" ".join(fold(term).split()), term)
        out.pop(" ".join(fold(words).split()), None)
        return tuple(out.values())

    def expand(self, query: Query) -> Expansion:
        """``query`` with every thesaurus term among its words ORed with its equivalents."""
        groups = list(query.groups)
        out: list[tuple[Term, ...]] = []
        added: list[tuple[str, tuple[str, ...]]] = []
        i = 0
        while i < len(groups):
            for n in range(min(MAX_WORDS, len(groups) - i), 0, -1):
                chunk = groups[i : i + n]
                if not all(len(g) == 1 and not g[0].phrase and not g[0].prefix for g in chunk):
                    continue
                typed = " ".join(g[0].text for g in chunk)
                extra = self.equivalents(typed)
                if extra:
                    first = Term(typed, phrase=n > 1)
                    alts = tuple(Term(e, phrase=" " in e) for e in extra)
                    out.append((first, *alts))
                    added.append((typed, extra))
                    i += n
                    break
            else:
                out.append(groups[i])
                i += 1
        if not added:
            return Expansion(query, ())
        return Expansion(replace(query, groups=tuple(out)), tuple(added))


def parse_thesaurus(lines: list[str]) -> Thesaurus:
    body = [line for line in lines if line.strip() and not line.lstrip().startswith("#")]
    reader = csv.DictReader(body)
    need = {"concept", *RECORD_LANGUAGES, "source"}
    if reader.fieldnames is None or not need <= set(reader.fieldnames):
        raise ThesaurusError("thesaurus: header must name concept, en, fr, es, pt, source")
    languages = [lang for lang in LANGUAGES if lang in reader.fieldnames]
    concepts: list[Concept] = []
    for number, row in enumerate(reader, start=2):
        terms = {
            lang: tuple(t.strip() for t in (row.get(lang) or "").split("|") if t.strip())
            for lang in languages
        }
        key = (row.get("concept") or "").strip()
        source = (row.get("source") or "").strip()
        if not key or not source or sum(1 for lang in RECORD_LANGUAGES if terms[lang]) < 2:
            raise ThesaurusError(
                f"thesaurus: row {number} needs a concept, terms in two languages and a source"
            )
        concepts.append(Concept(key, terms, source))
    return Thesaurus(tuple(concepts))


@lru_cache(maxsize=4)
def load_thesaurus(path: Path = THESAURUS_PATH) -> Thesaurus:
    """The curated thesaurus (read once per path)."""
    return parse_thesaurus(path.read_text(encoding="utf-8").splitlines())
