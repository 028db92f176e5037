"""What the kiosk reads: stories, chips and search hits. No Qt.

Every read opens its own read-only connection (``mode=ro``, never creating the file) through
``explorer.store.quick``, so the kiosk cannot write to the reference database and runs each
call on the background runner. Search hits come from the window's search
(``store.queries.search``), so the kiosk folds accents and reads the same query language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from explorer.domain.home import (
    FeaturedInitiative,
    HeadlineComparison,
)
from explorer.domain.keys import initiative_key
from explorer.store.quick import (
    check_file,
    connect_readonly,
    display_name_sql,
    load_cases,
    load_home,
)

CHIP_LIMIT = 14
HIT_LIMIT = 40


@dataclass(frozen=True)
class Story:
    """One thing the attract screen and the stories page show: a case or a headline."""

    key: str
    case: FeaturedInitiative | None = None
    headline: HeadlineComparison | None = None


@dataclass(frozen=True)
class Chip:
    """A tappable search term: a country (``iso3``) or a sector name."""

    kind: str  # "country" or "sector"
    value: str
    label: str
    count: int


@dataclass(frozen=True)
class SearchQuery:
    """What the visitor asked for: typed text and tapped chips."""

    text: str = ""
    countries: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        """Nothing typed and nothing tapped."""
        return not (self.text.strip() or self.countries or self.sectors)


def featured_keys(path: Path) -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """What ``featured`` may name (config checking): each initiative's stable key, and its
    bare ``source_record_id`` (older configurations), mapped to the keys it stands for (a
    bare id shared by two datasets stands for both: ambiguous); and the headline keys."""
    conn = connect_readonly(path)
    try:
        rows = conn.execute("SELECT d.key, i.source_record_id FROM initiative i "
                            "JOIN dataset d ON d.id = i.dataset_id").fetchall()  # fmt: skip
        keys = frozenset(r[0] for r in conn.execute("SELECT key FROM headline"))
    finally:
        conn.close()
    names: dict[str, tuple[str, ...]] = {}
    for dataset, rid in rows:
        key = initiative_key(dataset, rid)
        names[key] = (key,)
        if rid != key:
            names[rid] = (*names.get(rid, ()), key)
    return names, keys


def load_stories(path: Path, lang: str, featured: Sequence[str]) -> tuple[Story, ...]:
    """The featured stories in ``featured`` order (initiatives by stable key, or by a record
    id no other dataset shares; headlines by key); all brief cases and headlines if empty."""
    headlines = {h.key: h for h in load_home(path, lang).headlines}
    conn = connect_readonly(path)
    try:
        if featured:
            # A key's record id, or the entry itself (a bare id, or the brief's prefixed ids).
            wanted = sorted({*featured, *(n.partition(":")[2] for n in featured if ":" in n)})
            rows = conn.execute(
                "SELECT i.id, d.key, i.source_record_id FROM initiative i JOIN dataset d "
                f"ON d.id = i.dataset_id WHERE i.source_record_id IN "
                f"({','.join('?' * len(wanted))})", wanted).fetchall()
            by_key: dict[str, int] = {}
            by_rid: dict[str, list[int]] = {}
            for db_id, dataset, rid in rows:
                by_key[initiative_key(dataset, rid)] = db_id
                by_rid.setdefault(rid, []).append(db_id)
            by_record: dict[str, int] = {}
            for name in featured:
                if name in by_key:
                    by_record[name] = by_key[name]
                elif len(by_rid.get(name, ())) == 1:  # a bare id only when unambiguous
                    by_record[name] = by_rid[name][0]
        else:
            rows = conn.execute(
                "SELECT i.id, i.source_record_id FROM initiative i JOIN dataset d "
                "ON d.id = i.dataset_id WHERE d.key = 'brief' ORDER BY i.id"
            ).fetchall()
            by_record = {rec: db_id for db_id, rec in rows}
        cases = {c.id: c for c in load_cases(conn, lang, list(by_record.values()))}
    finally:
        conn.close()
    stories: list[Story] = []
    if featured:
        for key in featured:
            if key in by_record and by_record[key] in cases:
                stories.append(Story(key, case=cases[by_record[key]]))
            elif key in headlines:
                stories.append(Story(key, headline=headlines[key]))
        return tuple(stories)
    case_list = [Story(rec, case=cases[i]) for rec, i in by_record.items() if i in cases]
    head_list = [Story(k, headline=h) for k, h in headlines.items()]
    # Interleave so the attract screen alternates between people and figures.
    for i in range(max(len(case_list), len(head_list))):
        stories.extend(s[i] for s in (case_list, head_list) if i < len(s))
    return tuple(stories)


def load_case(path: Path, lang: str, initiative_id: int) -> Story:
    """One initiative as a story (a search hit the visitor tapped)."""
    conn = connect_readonly(path)
    try:
        cases = load_cases(conn, lang, [initiative_id])
    finally:
        conn.close()
    if not cases:
        raise LookupError(f"initiative {initiative_id} is not in the database")
    return Story(str(initiative_id), case=cases[0])


def load_chips(path: Path, lang: str, limit: int = CHIP_LIMIT) -> tuple[Chip, ...]:
    """The countries and sectors with the most initiatives, names in ``lang``."""
    conn = connect_readonly(path)
    try:
        countries = conn.execute(
            "SELECT p.iso3, " + display_name_sql("p.iso3") + ", "
            "COUNT(DISTINCT p.initiative_id) AS k FROM initiative_participant p "
            "WHERE p.iso3 IS NOT NULL GROUP BY p.iso3 ORDER BY k DESC, p.iso3 LIMIT ?",
            (lang, lang, limit),
        ).fetchall()
        sectors = conn.execute(
            "SELECT name, COUNT(DISTINCT initiative_id) AS k FROM initiative_sector "
            "WHERE scheme IN ('theme', 'dac') GROUP BY name ORDER BY k DESC, name LIMIT ?",
            (limit,),
        ).fetchall()
    finally:
        conn.close()
    return tuple(Chip("country", iso, name, int(k)) for iso, name, k in countries) + tuple(
        Chip("sector", name, name, int(k)) for name, k in sectors
    )


def search_text(query: SearchQuery) -> str:
    """The window's query language for what the visitor typed and tapped: the typed words as
    typed, tapped countries as one ``country:`` filter (any of them), tapped sectors as
    quoted ``sector:`` filters joined by OR (any of them)."""
    parts = [query.text.strip()] if query.text.strip() else []
    if query.countries:
        parts.append("country:" + ",".join(query.countries))
    if query.sectors:
        parts.append(" OR ".join(f'sector:"{s.replace(chr(34), " ")}"' for s in query.sectors))
    return " ".join(parts)


def search(path: Path, lang: str, query: SearchQuery, limit: int = HIT_LIMIT) -> tuple[Story, ...]:
    """Initiatives found by the window's search (accent folding, the query language, country
    names in any language) for ``query``, in its order."""
    from explorer.store.database import Database
    from explorer.store.queries.search import search as run_search

    check_file(path)
    database = Database.open(path, readonly=True)
    try:
        with database.session() as session:
            ids = list(run_search(session, search_text(query), limit=limit).ids)
    finally:
        database.dispose()
    conn = connect_readonly(path)
    try:
        cases = {c.id: c for c in load_cases(conn, lang, ids)}
    finally:
        conn.close()
    return tuple(Story(str(i), case=cases[i]) for i in ids if i in cases)
