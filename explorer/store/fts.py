"""SQLite FTS5 full-text index of initiatives: the one place SQLite-only SQL lives.

The index is contentless and holds one row per initiative (rowid = initiative.id) with its
words by column: title, body (summary and description), who (participant ISO3 codes, their
English names and organisation names), tags (sectors, themes, modality), and keys: synthetic
tokens of its attributes (``explorer.store.queries.search_keys``) that field filters match.
Names in other languages are not indexed: a word that names a country in any language is
expanded at query time into (word OR its ISO3 code in ``who``), unless it is the English name,
which the index finds by itself (one doclist instead of two for "China"). No user word can
reach a key token (see ``text_term``).

Two plain tables go with the index: ``initiative_fts_keys`` (each initiative's key tokens
that facets count, read to count them) and ``initiative_fts_dict`` (every key token with what
it stands for and its document count: the facets of the empty search). Accents and case are
folded (``remove_diacritics 2``), so "Sao Tome" finds "São Tomé". There is no prefix index:
it would triple the postings of the keys and only helps two- and three-letter prefixes
(``ag*``); longer ones read the few terms they cover. A PostgreSQL port would replace this
module with a tsvector column and an array of keys; nothing else needs to change.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from explorer.domain.query import Query, Term, fold
from explorer.store.queries import search_keys as keys

Db = Connection | Session
FTS_TABLE = "initiative_fts"
KEYS_TABLE = "initiative_fts_keys"
DICT_TABLE = "initiative_fts_dict"
COLUMNS = ("title", "body", "who", "tags", "keys")
TEXT = "{title body who tags}"
# bm25 weights of the columns: title > who, tags > body; keys never rank.
WEIGHTS = (10.0, 1.0, 4.0, 4.0, 0.0)
BATCH = 20_000
_SINGLE_KEY = re.compile(r'"(0[0-9a-z]+)"')

_CREATE = (
    f"""CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(
    title, body, who, tags, keys,
    content = '',
    tokenize = 'unicode61 remove_diacritics 2'
)""",
    f"CREATE TABLE {KEYS_TABLE} (id INTEGER PRIMARY KEY, keys TEXT NOT NULL)",
    f"""CREATE TABLE {DICT_TABLE} (token TEXT PRIMARY KEY, kind TEXT NOT NULL,
    value TEXT NOT NULL, n INTEGER NOT NULL) WITHOUT ROWID""",
)

_FILL = f"""
INSERT INTO {FTS_TABLE} (rowid, title, body, who, tags, keys)
SELECT i.id,
       i.title,
       i.summary || ' ' || i.description,
       coalesce((
           SELECT group_concat(
               coalesce(p.iso3 || ' ' || c.name, '') || ' ' || coalesce(p.org_name, '') ||
               CASE WHEN p.iso3 IS NULL AND p.source_name IS NOT p.org_name
                    THEN ' ' || coalesce(p.source_name, '') ELSE '' END, ' ')
           FROM initiative_participant p LEFT JOIN country c ON c.iso3 = p.iso3
           WHERE p.initiative_id = i.id
       ), ''),
       i.modality || ' ' || i.theme || ' ' || coalesce((
           SELECT group_concat(s.name || ' ' || coalesce(s.code, ''), ' ')
           FROM initiative_sector s WHERE s.initiative_id = i.id
       ), ''),
       :keys
FROM initiative i WHERE i.id = :id
"""


def build_index(conn: Connection) -> int:
    """(Re)create and fill the index and its key tables; returns the initiatives indexed."""
    for name in (FTS_TABLE, KEYS_TABLE, DICT_TABLE):
        conn.execute(text(f"DROP TABLE IF EXISTS {name}"))
    for ddl in _CREATE:
        conn.execute(text(ddl))
    counts = _fill(conn, 0)
    conn.execute(
        text(f"INSERT INTO {DICT_TABLE} (token, kind, value, n) VALUES (:t, :k, :v, :n)"),
        [{"t": t, "k": k.kind, "v": k.value, "n": n} for t, (k, n) in counts.items()]
        or [{"t": keys.ALL, "k": "all", "v": "", "n": 0}],
    )
    conn.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')"))
    return counts[keys.ALL][1] if keys.ALL in counts else 0


def append_index(conn: Connection, since: int) -> int:
    """Add the initiatives from id ``since`` on (rows written after the index, none of them
    indexed yet, as an import appends them) to the index and its key tables, and their
    tokens to the document counts; returns how many were added. Much cheaper than
    ``build_index`` on a big database; the result is the same index content."""
    counts = _fill(conn, since)
    if counts:
        conn.execute(
            text(f"INSERT INTO {DICT_TABLE} (token, kind, value, n) VALUES (:t, :k, :v, :n) "
                 "ON CONFLICT (token) DO UPDATE SET n = n + excluded.n"),
            [{"t": t, "k": k.kind, "v": k.value, "n": n} for t, (k, n) in counts.items()],
        )
    return counts[keys.ALL][1] if keys.ALL in counts else 0


def _fill(conn: Connection, since: int) -> dict[str, tuple[keys.KeyInfo, int]]:
    """Index the initiatives from id ``since`` on; every token with what it stands for and
    how many of them have it."""
    counts: Counter[str] = Counter()
    infos: dict[str, keys.KeyInfo] = {}
    shown: list[dict[str, object]] = []
    every: list[dict[str, object]] = []
    insert = text(f"INSERT INTO {KEYS_TABLE} (id, keys) VALUES (:id, :keys)")
    for init, tokens, facet_tokens, new in keys.initiative_keys(conn, since):
        infos.update(new)
        counts.update(tokens.split())
        shown.append({"id": init, "keys": facet_tokens})
        every.append({"id": init, "keys": tokens})
        if len(shown) >= BATCH:
            conn.execute(insert, shown)
            conn.execute(text(_FILL), every)
            shown, every = [], []
    if shown:
        conn.execute(insert, shown)
        conn.execute(text(_FILL), every)
    return {t: (infos[t], n) for t, n in counts.items()}


def _on_server(db: Db) -> bool:
    """Whether ``db`` is a PostgreSQL connection: its SQL lives in ``store.postgresql.fts``."""
    return db.get_bind().dialect.name == "postgresql" if isinstance(db, Session) else \
        db.dialect.name == "postgresql"


def has_index(db: Db) -> bool:
    """Whether the database has the full-text index (of this design)."""
    if _on_server(db):
        from explorer.store.postgresql import fts as pgfts

        return pgfts.has_index(db)
    row = db.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :n"),
        {"n": DICT_TABLE},
    ).first()
    return row is not None


def key_dictionary(db: Db) -> list[tuple[str, str, str, int]]:
    """Every key token: (token, kind, value, number of initiatives having it)."""
    rows = db.execute(text(f"SELECT token, kind, value, n FROM {DICT_TABLE}"))
    return [(str(t), str(k), str(v), int(n)) for t, k, v, n in rows]


# --- match strings -----------------------------------------------------------------------


def quote(text_: str) -> str:
    """``text_`` as one FTS5 string: always quoted, embedded quotes doubled, NULs dropped."""
    return '"' + text_.replace("\x00", "").replace('"', '""') + '"'


def term_expression(term: Term) -> str:
    """One term in FTS5 syntax: a quoted string, with ``*`` when it is a prefix."""
    return quote(term.text) + (" *" if term.prefix else "")


def _any_of(terms: tuple[Term, ...] | list[Term]) -> str:
    parts = [term_expression(t) for t in terms]
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def match_expression(query: Query) -> str | None:
    """The MATCH string of the query's words alone (any column), or None without words.

    Every term is quoted, so nothing the user typed is read as FTS5 syntax; excluded terms
    become ``NOT`` (only possible after something positive, see ``exclusion_expression``).
    Searches use ``text_term`` and ``compose`` instead, which also keep words off the keys.
    """
    if not query.groups:
        return None
    expr = " AND ".join(_any_of(group) for group in query.groups)
    if query.excluded:
        expr = f"{expr} NOT {_any_of(query.excluded)}"
    return expr


def exclusion_expression(query: Query) -> str | None:
    """The MATCH string of excluded terms when the query has no positive word."""
    if query.groups or not query.excluded:
        return None
    return _any_of(query.excluded)


def text_term(term: Term) -> str:
    """A user term that cannot match a key token.

    Every key token starts with "0" and user terms are quoted, so only a term with a 0 in it
    (after folding, as the tokenizer folds) could reach one: that term alone is confined to
    the text columns; column filters cost time on common words, so the others are not.
    """
    expr = term_expression(term)
    return f"{TEXT} : {expr}" if "0" in fold(term.text) else expr


def who_codes(iso3s: Iterable[str]) -> str:
    """Initiatives with any of ``iso3s`` among their participants (the ``who`` column)."""
    return "who : (" + " OR ".join(quote(c) for c in sorted(iso3s)) + ")"


def any_key(tokens: Iterable[str], prefix: bool = False) -> str:
    """Any of the key ``tokens`` (each a prefix when ``prefix``)."""
    star = " *" if prefix else ""
    parts = sorted({quote(t) + star for t in tokens}) or [quote(keys.NONE)]
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def single_key(expression: str) -> str | None:
    """The key token when ``expression`` is just one (as ``any_key`` writes it), else None."""
    m = _SINGLE_KEY.fullmatch(expression)
    return m.group(1) if m else None


def compose(positive: list[str], negative: list[str]) -> str:
    """All of ``positive`` and none of ``negative`` (every initiative when no positive)."""
    expr = " AND ".join(positive) if positive else quote(keys.ALL)
    if negative:
        expr = f"({expr}) NOT ({' OR '.join(negative)})"
    return expr


# --- execution ---------------------------------------------------------------------------


def count(db: Db, expression: str) -> int:
    """The number of initiatives matching ``expression``."""
    if _on_server(db):
        from explorer.store.postgresql import fts as pgfts

        return pgfts.count(db, expression)
    stmt = text(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :m")
    return int(db.execute(stmt, {"m": expression}).scalar_one())


def key_count(db: Db, token: str) -> int:
    """The number of initiatives having the key ``token`` (precomputed)."""
    n = db.execute(text(f"SELECT n FROM {DICT_TABLE} WHERE token = :t"), {"t": token}).scalar()
    return int(n or 0)


def page(db: Db, expression: str, ranked: bool, limit: int, offset: int) -> list[int]:
    """Ids of one page: by relevance (bm25) when ``ranked``, else newest (highest id) first."""
    if _on_server(db):
        from explorer.store.postgresql import fts as pgfts

        return pgfts.page(db, expression, ranked, limit, offset)
    order = f"bm25({FTS_TABLE}, {', '.join(str(w) for w in WEIGHTS)})" if ranked else "rowid DESC"
    stmt = text(
        f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :m "
        f"ORDER BY {order} LIMIT :limit OFFSET :offset"
    )
    rows = db.execute(stmt, {"m": expression, "limit": limit, "offset": offset})
    return [int(r) for r in rows.scalars()]


# ORDER BY of each sort order the result list offers besides relevance. Years missing go
# last either way; titles compare case-insensitively (ASCII) and ties keep newest first.
ORDERS = {
    "newest": "i.start_year DESC, i.id DESC",  # SQLite puts NULLs last when descending
    "oldest": "i.start_year IS NULL, i.start_year ASC, i.id ASC",
    "title": "i.title COLLATE NOCASE, i.id DESC",
}


def ordered_page(
    db: Db, expression: str | None, order: str, limit: int, offset: int
) -> list[int]:
    """Ids of one page of the initiatives matching ``expression`` (all when None), sorted by
    ``order`` (a key of ``ORDERS``)."""
    if _on_server(db):
        from explorer.store.postgresql import fts as pgfts

        return pgfts.ordered_page(db, expression, order, limit, offset)
    where = (
        f"WHERE i.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :m)"
        if expression
        else ""
    )
    stmt = text(
        f"SELECT i.id FROM initiative i {where} ORDER BY {ORDERS[order]} "
        "LIMIT :limit OFFSET :offset"
    )
    params: dict[str, object] = {"limit": limit, "offset": offset}
    if expression:
        params["m"] = expression
    return [int(r) for r in db.execute(stmt, params).scalars()]


def key_counts(db: Db, expression: str, cap: int) -> tuple[Counter[str], int]:
    """Key token counts over the newest ``cap`` initiatives matching ``expression``, and how
    many initiatives were read."""
    if _on_server(db):
        from explorer.store.postgresql import fts as pgfts

        return pgfts.key_counts(db, expression, cap)
    stmt = text(
        f"SELECT count(*), group_concat(k.keys, ' ') FROM "
        f"(SELECT rowid AS id FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :m "
        f"ORDER BY rowid DESC LIMIT :cap) AS m CROSS JOIN {KEYS_TABLE} AS k ON k.id = m.id"
    )
    n, joined = db.execute(stmt, {"m": expression, "cap": cap}).one()
    return Counter(str(joined or "").split()), int(n)


def within(db: Db, expression: str, ids: Iterable[int], ranked: bool) -> list[int]:
    """Those of ``ids`` matching ``expression`` (a small set: the user's noted initiatives),
    by relevance when ``ranked``, else highest id first."""
    wanted = sorted(set(ids))
    if not wanted:
        return []
    if _on_server(db):
        from explorer.store.postgresql import fts as pgfts

        return pgfts.within(db, expression, wanted, ranked)
    from sqlalchemy import bindparam

    order = f"bm25({FTS_TABLE}, {', '.join(str(w) for w in WEIGHTS)})" if ranked else "rowid DESC"
    stmt = text(
        f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :m AND rowid IN :ids "
        f"ORDER BY {order}"
    ).bindparams(bindparam("ids", expanding=True))
    return [int(r) for r in db.execute(stmt, {"m": expression, "ids": wanted}).scalars()]
