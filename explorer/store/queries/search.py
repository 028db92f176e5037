"""Searching initiatives: the total, one page of ids, and display rows fetched on demand.

A query becomes one FTS5 MATCH string: the user's words (confined to the text columns; a
word or run of words naming a country in any language also matches that country's ISO3 code
among the participants), ANDed with the key tokens of the field filters and year ranges, and
NOT the excluded ones. Counting and paging are then single statements on the index. Ranking
by relevance (bm25) costs time in proportion to the number of matches, so it is done only when
the match set is small (``RANK_LIMIT``); larger sets are paged straight off the
index by start year, newest first (years missing last; ties newest record first).
"""

from __future__ import annotations

import re
import threading
from collections import defaultdict
from collections.abc import Mapping

from sqlalchemy import BindParameter, bindparam, func, select

from explorer.domain.keys import initiative_key
from explorer.domain.query import FieldFilter, Query, Term, fold, mine_filters, parse
from explorer.domain.search import InitiativeRow, SearchPage
from explorer.store import fts
from explorer.store.models import (
    Country,
    Dataset,
    Initiative,
    InitiativeParticipant,
    InitiativeSector,
)
from explorer.store.queries import search_keys as keys
from explorer.store.queries.search_filters import (
    MAX_NAME_WORDS,
    Db,
    Vocab,
    countries,
    filter_expressions,
    fingerprint,
    vocab,
)

RANK_LIMIT = 2000
MAX_LIMIT = 1000
COUNT_CACHE = 256  # totals remembered, per database and MATCH string
_counts: dict[tuple[object, ...], int] = {}
_count_lock = threading.Lock()


def clear_count_cache() -> None:
    """Forget the remembered totals (benchmarks time cold counts)."""
    with _count_lock:
        _counts.clear()


_WORD = re.compile(r"\w+")


def _name_codes(v: Vocab, words: list[str], partial: bool) -> set[str]:
    """ISO3 codes of the country ``words`` name in any language (or begin, when ``partial``),
    leaving out those whose English name holds these words in a row: the index has it."""
    key = fold(" ".join(words)).strip()
    if not key:
        return set()
    codes = set(v.names[key]) if key in v.names else countries(v, key) if partial else set()
    typed = _WORD.findall(key)
    return {
        c for c in codes if not _in_a_row(typed, _WORD.findall(fold(v.country_names.get(c, ""))))
    }


def _in_a_row(needle: list[str], words: list[str]) -> bool:
    k = len(needle)
    return any(words[i : i + k] == needle for i in range(len(words) - k + 1))


def _term(v: Vocab | None, term: Term) -> str:
    expr = fts.text_term(term)
    if v is None or term.prefix:
        return expr
    codes = _name_codes(v, term.text.split(), term.phrase)
    return f"({expr} OR {fts.who_codes(codes)})" if codes else expr


def text_expressions(v: Vocab | None, query: Query) -> list[str]:
    """The MATCH sub-expressions of the words, each group with country names expanded."""
    out: list[str] = []
    groups = list(query.groups)
    i = 0
    while i < len(groups):
        run = 0  # the longest run of single plain words from i naming a country
        codes: set[str] = set()
        if v is not None:
            for j in range(min(len(groups), i + MAX_NAME_WORDS), i + 1, -1):
                chunk = groups[i:j]
                if all(len(g) == 1 and not g[0].prefix and not g[0].phrase for g in chunk):
                    codes = _name_codes(v, [g[0].text for g in chunk], partial=True)
                    if codes:
                        run = j - i
                        break
        if run:
            words = " AND ".join(fts.text_term(g[0]) for g in groups[i : i + run])
            out.append(f"(({words}) OR {fts.who_codes(codes)})")
            i += run
            continue
        parts = [_term(v, t) for t in groups[i]]
        out.append(parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")")
        i += 1
    return out


class Plan:
    """A query as one MATCH string, with the hints of what was not understood."""

    def __init__(self, db: Db, query: Query) -> None:
        from explorer.domain.thesaurus import load_thesaurus

        # Words of the thesaurus also find their equivalents in the other languages (issue
        # 13); a quoted phrase is searched as typed.
        expansion = load_thesaurus().expand(query)
        self.query = query
        query = expansion.query
        hints: list[str] = [h for h in (expansion.hint(),) if h]
        self.indexed = fts.has_index(db)
        if not self.indexed:
            hints.append("The search index is missing: words and filters were ignored.")
            self.match: str | None = None
            self.positive: list[str] = []
            self.negative: list[str] = []
        else:
            positive, self.negative, filter_hints = filter_expressions(db, query)
            hints += filter_hints
            v = vocab(db) if query.groups else None
            positive = text_expressions(v, query) + positive
            self.negative += [fts.text_term(t) for t in query.excluded]
            self.positive = positive
            self.match = fts.compose(positive, self.negative)
        self.hints = tuple(dict.fromkeys((*query.hints, *hints)))

    def count(self, db: Db) -> int:
        """The number of matching initiatives (remembered: paging recounts the same query)."""
        if self.match is None:
            return self._count(db)
        key = (fingerprint(db), self.match)
        with _count_lock:
            found = _counts.get(key)
        if found is None:
            found = self._count(db)
            with _count_lock:
                _counts[key] = found
                while len(_counts) > COUNT_CACHE:
                    del _counts[next(iter(_counts))]
        return found

    def _count(self, db: Db) -> int:
        if self.match is None:
            return int(db.execute(select(func.count()).select_from(Initiative)).scalar_one())
        if not self.positive:  # everything but the excluded: count those instead
            everything = fts.key_count(db, keys.ALL)
            if not self.negative:
                return everything
            key = fts.single_key(self.negative[0]) if len(self.negative) == 1 else None
            excluded = fts.key_count(db, key) if key else fts.count(db, " OR ".join(self.negative))
            return everything - excluded
        key = fts.single_key(self.positive[0]) if len(self.positive) == 1 else None
        if key is not None and not self.negative:  # one filter: its count is precomputed
            return fts.key_count(db, key)
        return fts.count(db, self.match)

    def page(self, db: Db, total: int, limit: int, offset: int) -> tuple[list[int], bool]:
        """The ids of one page, and whether they are ranked by relevance."""
        # Unranked pages are newest by start year (then newest record), as the list says.
        ranked = self.match is not None and bool(self.query.groups) and total <= RANK_LIMIT
        if not ranked:
            return fts.ordered_page(db, self.match, "newest", limit, offset), False
        assert self.match is not None
        return fts.page(db, self.match, True, limit, offset), True


def search(
    db: Db, query: Query | str, *, limit: int = 50, offset: int = 0, order: str = "relevance",
    mine: Mapping[FieldFilter, frozenset[str]] | None = None,
) -> SearchPage:
    """Search initiatives; never raises for any query text (see ``explorer.domain.query``).

    ``order``: "relevance" (ranked where the match set is small, else newest first),
    "newest", "oldest" (by start year) or "title"; anything else means relevance.
    ``mine``: the stable keys each ``has:note``/``has:bookmark``/``note:`` filter selects in
    the user's database (``explorer.store.workspace_search.resolve_mine``).
    """
    q = parse(query) if isinstance(query, str) else query
    limit = max(0, min(limit, MAX_LIMIT))
    offset = max(0, offset)
    plan = Plan(db, q)
    if mine_filters(q):
        from explorer.store.queries.search_mine import search_mine

        return search_mine(db, q, plan, mine, limit=limit, offset=offset, order=order,
                           rank_limit=RANK_LIMIT, fetch_rows=fetch_rows)  # fmt: skip
    total = plan.count(db)
    if not (limit and total > offset):
        ids, ranked = [], True
    elif order in fts.ORDERS:
        ids, ranked = fts.ordered_page(db, plan.match, order, limit, offset), False
    else:
        ids, ranked = plan.page(db, total, limit, offset)
    rows = fetch_rows(db, ids)
    return SearchPage(q, total, tuple(ids), tuple(rows), ranked, offset, plan.hints)


_I, _P, _S = Initiative, InitiativeParticipant, InitiativeSector
_IDS: BindParameter[int] = bindparam("ids", expanding=True)
# Built once: constructing statements costs more than running them for a page of rows.
_BASE = (
    select(_I.id, _I.title, _I.modality, _I.start_year, _I.end_year, Dataset.key,
           _I.source_record_id)
    .join(Dataset, Dataset.id == _I.dataset_id)
    .where(_I.id.in_(_IDS))
)
_WHO = (
    select(_P.initiative_id, _P.role, _P.iso3, _P.org_name, Country.name)
    .outerjoin(Country, Country.iso3 == _P.iso3)
    .where(_P.initiative_id.in_(_IDS), _P.role.in_(("provider", "recipient")))
    .order_by(_P.id)
)
_SECTORS = select(_S.initiative_id, _S.name).where(_S.initiative_id.in_(_IDS)).order_by(_S.id)


def fetch_rows(db: Db, ids: list[int] | tuple[int, ...]) -> list[InitiativeRow]:
    """Display rows of ``ids``, in the same order (unknown ids are skipped)."""
    if not ids:
        return []
    params = {"ids": list(ids)}
    base = {r[0]: r for r in db.execute(_BASE, params).all()}
    who: dict[tuple[int, str], list[tuple[str | None, str]]] = defaultdict(list)
    for init_id, role, iso3, org, name in db.execute(_WHO, params).all():
        who[(init_id, role)].append((iso3, name or org or iso3 or ""))
    sectors: dict[int, dict[str, None]] = defaultdict(dict)
    for init_id, sector in db.execute(_SECTORS, params).all():
        sectors[init_id][sector] = None
    rows = []
    for init_id in ids:
        r = base.get(init_id)
        if r is None:
            continue
        prov, rec = who.get((init_id, "provider"), []), who.get((init_id, "recipient"), [])
        rows.append(
            InitiativeRow(
                id=r[0],
                title=r[1],
                providers=_codes(prov),
                provider_names=_names(prov),
                recipients=_codes(rec),
                recipient_names=_names(rec),
                sectors=tuple(sectors.get(init_id, ())),
                modality=r[2],
                start_year=r[3],
                end_year=r[4],
                source=r[5],
                key=initiative_key(r[5], str(r[6])),
            )
        )
    return rows


def _codes(who: list[tuple[str | None, str]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(c for c, _ in who if c))


def _names(who: list[tuple[str | None, str]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(n for _, n in who if n))
