"""PostgreSQL full-text index of initiatives: the counterpart of ``explorer.store.fts``.

One table ``initiative_search`` holds each initiative's text by column and its key tokens;
two generated ``tsvector`` columns with GIN indexes are searched:

- ``doc``: title (weight A), who (B), tags (C), body (D) through the ``explorer`` text
  search configuration: the ``simple`` dictionary after ``unaccent``, so it is
  language-neutral and "Sao Tome" finds "São Tomé". Text is cut at every run of
  non-alphanumeric characters first, as SQLite's ``unicode61`` tokenizer cuts it, so both
  engines see the same words.
- ``keyv``: the synthetic key tokens (``search_keys``) verbatim, so no user word reaches one.

``compile_match`` turns the match strings the search plan writes (the FTS5 subset of
``explorer.store.fts``: quoted strings, ``*`` prefixes, AND/OR/NOT, parentheses, the
``who :`` and ``{title body who tags} :`` column filters) into one SQL condition over these
columns: phrases as ``<->``, prefixes as ``:*``, columns as tsquery weights.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from explorer.domain.query import fold

if TYPE_CHECKING:
    from collections import Counter

    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

TABLE = "initiative_search"
DICT_TABLE = "initiative_fts_dict"
KEYS_TABLE = "initiative_fts_keys"
CONFIG = "explorer"
FUNCTION = "explorer_ids(text,text[])"  # made with the index (_SETUP)
WEIGHT = {"title": "A", "who": "B", "tags": "C", "body": "D"}
_SPLIT = "'[^[:alnum:]]+'"

_SETUP = (
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    # unaccent() is only STABLE (it reads its dictionary by name); a generated column needs
    # an IMMUTABLE function, which is true once the dictionary is named explicitly.
    """CREATE OR REPLACE FUNCTION explorer_words(t text) RETURNS text
       LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
       AS $$ SELECT regexp_replace(public.unaccent('public.unaccent'::regdictionary, t),
                                   '[^[:alnum:]]+', ' ', 'g') $$""",
    # Searches are planned with sequential scans priced out (see ``_index_first``): the
    # statement, built by this module only, runs inside a function whose SET clause holds
    # for its planning and execution alone, in one round trip.
    """CREATE OR REPLACE FUNCTION explorer_ids(statement text, args text[])
       RETURNS SETOF integer LANGUAGE plpgsql STABLE SET enable_seqscan = off
       AS $$ BEGIN RETURN QUERY EXECUTE statement USING args; END $$""",
    """CREATE OR REPLACE FUNCTION explorer_count(statement text, args text[])
       RETURNS bigint LANGUAGE plpgsql STABLE SET enable_seqscan = off
       AS $$ DECLARE n bigint; BEGIN EXECUTE statement INTO n USING args; RETURN n; END $$""",
    f"""DO $$ BEGIN
         IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{CONFIG}') THEN
           CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = simple);
           ALTER TEXT SEARCH CONFIGURATION {CONFIG}
             ALTER MAPPING FOR asciiword, word, numword, hword_part, hword_asciipart,
                               hword_numpart, asciihword, hword, numhword
             WITH unaccent, simple;
         END IF; END $$""",
)

_CREATE = f"""CREATE TABLE {TABLE} (
    id integer PRIMARY KEY,
    title text NOT NULL, body text NOT NULL, who text NOT NULL, tags text NOT NULL,
    keys text NOT NULL,
    newest integer NOT NULL,
    doc tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('{CONFIG}', explorer_words(title)), 'A') ||
        setweight(to_tsvector('{CONFIG}', explorer_words(who)), 'B') ||
        setweight(to_tsvector('{CONFIG}', explorer_words(tags)), 'C') ||
        setweight(to_tsvector('{CONFIG}', explorer_words(body)), 'D')) STORED,
    keyv tsvector GENERATED ALWAYS AS (array_to_tsvector(string_to_array(keys, ' '))) STORED
)"""

_FILL = f"""
INSERT INTO {TABLE} (id, title, body, who, tags, keys, newest)
SELECT i.id, i.title, i.summary || ' ' || i.description,
       coalesce((
           SELECT string_agg(
               coalesce(p.iso3 || ' ' || c.name, '') || ' ' || coalesce(p.org_name, '') ||
               CASE WHEN p.iso3 IS NULL AND p.source_name IS DISTINCT FROM p.org_name
                    THEN ' ' || coalesce(p.source_name, '') ELSE '' END, ' ')
           FROM initiative_participant p LEFT JOIN country c ON c.iso3 = p.iso3
           WHERE p.initiative_id = i.id
       ), ''),
       i.modality || ' ' || i.theme || ' ' || coalesce((
           SELECT string_agg(s.name || ' ' || coalesce(s.code, ''), ' ')
           FROM initiative_sector s WHERE s.initiative_id = i.id
       ), ''),
       :keys, :newest
FROM initiative i WHERE i.id = :id
"""


def build_index(conn: Connection) -> int:
    """(Re)create and fill the index and its key tables; returns the initiatives indexed."""
    from sqlalchemy import text

    for ddl in _SETUP:
        conn.execute(text(ddl))
    for name in (TABLE, KEYS_TABLE, DICT_TABLE):
        conn.execute(text(f"DROP TABLE IF EXISTS {name}"))
    conn.execute(text(_CREATE))
    conn.execute(text(f"CREATE TABLE {KEYS_TABLE} (id integer PRIMARY KEY, keys text NOT NULL)"))
    conn.execute(
        text(
            f"CREATE TABLE {DICT_TABLE} (token text PRIMARY KEY, kind text NOT NULL, "
            "value text NOT NULL, n integer NOT NULL)"
        )
    )
    indexed = _fill(conn)
    conn.execute(text(f"CREATE INDEX {TABLE}_doc ON {TABLE} USING gin (doc)"))
    conn.execute(text(f"CREATE INDEX {TABLE}_keyv ON {TABLE} USING gin (keyv)"))
    conn.execute(text(f"CREATE INDEX {TABLE}_newest ON {TABLE} (newest)"))
    # The empty search's newest-first page, read off an index of the table itself.
    conn.execute(text("CREATE INDEX IF NOT EXISTS initiative_newest ON initiative "
                      "(start_year DESC NULLS LAST, id DESC)"))
    conn.execute(text(f"ANALYZE {TABLE}"))
    return indexed


def refresh_index(conn: Connection) -> int:
    """Fill the index again in place, after an import changed initiatives on the server.

    Rows are deleted and inserted in the caller's transaction, with no DDL: readers keep
    searching the old index (MVCC, no exclusive lock) until the import commits, and a
    failed import leaves it as it was. Builds it when the catalogue has none yet.
    """
    from sqlalchemy import text

    if not has_index(conn):
        return build_index(conn)
    for name in (TABLE, KEYS_TABLE, DICT_TABLE):
        conn.execute(text(f"DELETE FROM {name}"))
    return _fill(conn)


def _fill(conn: Connection) -> int:
    from collections import Counter

    from sqlalchemy import text

    from explorer.store.queries import search_keys as keys

    counts: Counter[str] = Counter()
    infos: dict[str, keys.KeyInfo] = {}
    shown: list[dict[str, object]] = []
    every: list[dict[str, object]] = []
    # Each initiative's place in the "newest" order (start year, years missing last, then
    # newest record), so a page in that order is read off one index of this table.
    order = f"SELECT id FROM initiative ORDER BY {ORDERS['newest'].replace('i.', '')}"
    place = {int(i): n for n, i in enumerate(conn.execute(text(order)).scalars())}
    for init, tokens, facet_tokens, new in keys.initiative_keys(conn):
        infos.update(new)
        counts.update(tokens.split())
        shown.append({"id": init, "keys": facet_tokens})
        every.append({"id": init, "keys": tokens, "newest": place[init]})
    if shown:
        conn.execute(text(f"INSERT INTO {KEYS_TABLE} (id, keys) VALUES (:id, :keys)"), shown)
        conn.execute(text(_FILL), every)
    conn.execute(
        text(f"INSERT INTO {DICT_TABLE} (token, kind, value, n) VALUES (:t, :k, :v, :n)"),
        [{"t": t, "k": infos[t].kind, "v": infos[t].value, "n": n} for t, n in counts.items()]
        or [{"t": keys.ALL, "k": "all", "v": "", "n": 0}],
    )
    return counts[keys.ALL]


# --- compiling match strings -------------------------------------------------------------

_TOKEN = re.compile(r'\s*(?:("(?:[^"]|"")*")|(\{[^}]*\})|(\(|\)|\*|:)|([^\s"(){}:*]+))')
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Part:
    """A compiled node: a tsquery over ``doc`` or ``keyv``, or a plain SQL condition."""

    kind: str  # "doc", "keys" or "sql"
    body: str


class MatchSyntaxError(ValueError):
    """A match string outside the subset the plan writes (a bug, never user input)."""


def _lex(match: str) -> list[str]:
    out: list[str] = []
    pos = 0
    while pos < len(match):
        m = _TOKEN.match(match, pos)
        if m is None or m.end() == pos:
            if match[pos:].strip() == "":
                break
            raise MatchSyntaxError(f"cannot read {match[pos:]!r}")
        out.append(next(g for g in m.groups() if g is not None))
        pos = m.end()
    return out


class _Compiler:
    def __init__(self, match: str) -> None:
        self.tokens = _lex(match)
        self.i = 0
        self.params: dict[str, str] = {}

    def peek(self) -> str | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self) -> str:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def parse(self) -> Part:
        part = self.or_expr(None)
        if self.peek() is not None:
            raise MatchSyntaxError(f"unexpected {self.peek()!r}")
        return part

    def or_expr(self, cols: str | None) -> Part:
        parts = [self.and_expr(cols)]
        while self.peek() == "OR":
            self.take()
            parts.append(self.and_expr(cols))
        return combine(parts, "|", "OR")

    def and_expr(self, cols: str | None) -> Part:
        parts = [self.not_expr(cols)]
        while self.peek() not in (None, ")", "OR"):
            if self.peek() == "AND":
                self.take()
            parts.append(self.not_expr(cols))
        return combine(parts, "&", "AND")

    def not_expr(self, cols: str | None) -> Part:
        part = self.primary(cols)
        while self.peek() == "NOT":
            self.take()
            part = negate_and(part, self.primary(cols))
        return part

    def primary(self, cols: str | None) -> Part:
        tok = self.take()
        if tok == "(":
            part = self.or_expr(cols)
            if self.take() != ")":
                raise MatchSyntaxError("unbalanced parenthesis")
            return part
        if tok.startswith("{") or (tok in WEIGHT and self.peek() == ":"):
            names = tok.strip("{}").split()
            if self.take() != ":":
                raise MatchSyntaxError(f"column filter {tok!r} without ':'")
            weights = "".join(sorted(WEIGHT[n] for n in names))
            return self.primary(weights)
        if tok.startswith('"'):
            prefix = self.peek() == "*"
            if prefix:
                self.take()
            return self.string(tok[1:-1].replace('""', '"'), prefix, cols)
        raise MatchSyntaxError(f"unexpected {tok!r}")

    def string(self, value: str, prefix: bool, cols: str | None) -> Part:
        if cols is None and value.startswith("0") and _WORD.fullmatch(value):
            return Part("keys", f"'{value}'" + (":*" if prefix else ""))
        words = _WORD.findall(fold(value))
        if not words:
            return Part("sql", "FALSE")
        last = len(words) - 1
        lexemes = []
        for i, word in enumerate(words):
            flags = ("*" if prefix and i == last else "") + (cols or "")
            lexemes.append(f"'{word}'" + (f":{flags}" if flags else ""))
        body = " <-> ".join(lexemes)
        return Part("doc", f"({body})" if last else body)


def _bind(value: str) -> str:
    """A bind-parameter placeholder for ``value`` (no tsquery text is inlined in SQL)."""
    return "\x00" + value + "\x00"


def combine(parts: list[Part], tsop: str, sqlop: str) -> Part:
    if len(parts) == 1:
        return parts[0]
    by_kind: dict[str, list[str]] = {}
    for p in parts:
        by_kind.setdefault(p.kind, []).append(p.body)
    merged = [
        Part(k, "(" + f" {tsop} ".join(bodies) + ")") for k, bodies in by_kind.items() if k != "sql"
    ]
    merged += [Part("sql", b) for b in by_kind.get("sql", [])]
    if len(merged) == 1:
        return merged[0]
    return Part("sql", "(" + f" {sqlop} ".join(as_sql(p) for p in merged) + ")")


def negate_and(left: Part, right: Part) -> Part:
    if left.kind == right.kind and left.kind != "sql":
        return Part(left.kind, f"({left.body} & !({right.body}))")
    return Part("sql", f"({as_sql(left)} AND NOT {as_sql(right)})")


def as_sql(part: Part) -> str:
    if part.kind == "doc":
        return f"doc @@ to_tsquery('{CONFIG}', {_bind(part.body)})"
    if part.kind == "keys":
        return f"keyv @@ CAST({_bind(part.body)} AS tsquery)"
    return part.body


def _parametrise(sql: str) -> tuple[str, dict[str, str]]:
    pieces = sql.split("\x00")
    params: dict[str, str] = {}
    out = []
    for i, piece in enumerate(pieces):
        if i % 2:
            name = f"q{len(params)}"
            params[name] = piece
            out.append(f":{name}")
        else:
            out.append(piece)
    return "".join(out), params


def compile_match(match: str) -> tuple[str, dict[str, str]]:
    """One SQL condition on ``initiative_search`` equivalent to the FTS5 ``match`` string.

    Words are reduced to their alphanumeric runs before they reach SQL, so the condition
    carries no user text that could be read as SQL or tsquery syntax.
    """
    return _parametrise(as_sql(_Compiler(match).parse()))


# --- execution ---------------------------------------------------------------------------


def _positional(sql: str) -> tuple[str, list[str]]:
    """``sql`` with each bound value (``_bind``) as ``$1[n]``, and the values in order."""
    pieces = sql.split("\x00")
    args: list[str] = []
    out = []
    for i, piece in enumerate(pieces):
        if i % 2:
            args.append(piece)
            out.append(f"$1[{len(args)}]")
        else:
            out.append(piece)
    return "".join(out), args


def _index_first_ids(conn: Connection | Session, statement: str, args: list[str]) -> list[int]:
    """The ids ``statement`` (one integer column) returns, in its order, planned with
    sequential scans priced out.

    The planner prices ``doc @@ query`` at one operator per row, so for a common word it
    scans the table, reading and decompressing every row's tsvector: 75 ms for "china"
    (5,488 of 6,979 initiatives) against 1.7 ms through the GIN index, whose matches need
    no recheck (EXPLAIN ANALYZE on the reference catalogue). ``statement`` is built here
    from ``compile_match``'s SQL, which carries no user text; the values go in ``args``.
    """
    from sqlalchemy import text

    sql = ("SELECT t.id FROM explorer_ids(:s, CAST(:a AS text[])) WITH ORDINALITY "
           "AS t(id, n) ORDER BY t.n")  # fmt: skip
    return [int(r) for r in conn.execute(text(sql), {"s": statement, "a": args}).scalars()]


def count(conn: Connection | Session, match: str) -> int:
    """The number of initiatives matching the FTS5-style ``match``."""
    from sqlalchemy import text

    cond, args = _positional(as_sql(_Compiler(match).parse()))
    statement = f"SELECT count(*) FROM {TABLE} WHERE {cond}"
    sql = "SELECT explorer_count(:s, CAST(:a AS text[]))"  # see _index_first_ids
    return int(conn.execute(text(sql), {"s": statement, "a": args}).scalar_one())


def page(
    conn: Connection | Session, match: str, ranked: bool, limit: int, offset: int
) -> list[int]:
    """Ids of one page: by ``ts_rank_cd`` when ``ranked``, else newest (highest id) first."""

    part = _Compiler(match).parse()
    order = "id DESC"
    if ranked and part.kind == "doc":
        order = f"ts_rank_cd(doc, to_tsquery('{CONFIG}', {_bind(part.body)})) DESC, id DESC"
    cond, args = _positional(f"{as_sql(part)} ORDER BY {order}")
    statement = f"SELECT id FROM {TABLE} WHERE {cond} LIMIT {int(limit)} OFFSET {int(offset)}"
    return _index_first_ids(conn, statement, args)


def has_index(conn: Connection | Session) -> bool:
    """Whether the server's catalogue has this index (``build_index`` was run)."""
    from sqlalchemy import text

    # An index built before the search functions existed counts as missing (rebuild it).
    sql = "SELECT to_regclass(:n) IS NOT NULL AND to_regprocedure(:f) IS NOT NULL"
    return bool(conn.execute(text(sql), {"n": DICT_TABLE, "f": FUNCTION}).scalar())


# ORDER BY of the sort orders besides relevance, as ``explorer.store.fts.ORDERS`` sorts them
# on SQLite (NULL years last; titles case-insensitive by ASCII only, ties newest first).
ORDERS = {
    "newest": "i.start_year DESC NULLS LAST, i.id DESC",
    "oldest": "i.start_year ASC NULLS LAST, i.id ASC",
    "title": "translate(i.title, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
    ' COLLATE "C", i.id DESC',
}


def ordered_page(
    conn: Connection | Session, match: str | None, order: str, limit: int, offset: int
) -> list[int]:
    """Ids of one page of the initiatives matching ``match`` (all when None) by ``order``."""

    window = f"LIMIT {int(limit)} OFFSET {int(offset)}"
    if not match:  # every initiative: no index table involved (there may be none)
        from sqlalchemy import text

        sql = f"SELECT i.id FROM initiative i ORDER BY {ORDERS[order]} {window}"
        return [int(r) for r in conn.execute(text(sql)).scalars()]
    cond, args = _positional(as_sql(_Compiler(match).parse()))
    if order == "newest":  # the place of each row in this order is kept in the index table
        statement = f"SELECT id FROM {TABLE} WHERE {cond} ORDER BY newest {window}"
    else:
        where = f"WHERE i.id IN (SELECT id FROM {TABLE} WHERE {cond})"
        statement = f"SELECT i.id FROM initiative i {where} ORDER BY {ORDERS[order]} {window}"
    return _index_first_ids(conn, statement, args)


def key_counts(conn: Connection | Session, match: str, cap: int) -> tuple[Counter[str], int]:
    """Key token counts over the newest ``cap`` initiatives matching ``match``, and how many
    initiatives were read (``explorer.store.fts.key_counts`` on a server)."""
    from collections import Counter

    from sqlalchemy import text

    cond, params = compile_match(match)
    sql = (
        f"SELECT count(*), string_agg(k.keys, ' ') FROM "
        f"(SELECT id FROM {TABLE} WHERE {cond} ORDER BY id DESC LIMIT :cap) AS m "
        f"JOIN {KEYS_TABLE} AS k ON k.id = m.id"
    )
    n, joined = conn.execute(text(sql), {**params, "cap": cap}).one()
    return Counter(str(joined or "").split()), int(n)


def within(
    conn: Connection | Session, match: str, ids: list[int], ranked: bool
) -> list[int]:
    """Those of ``ids`` matching ``match`` (``explorer.store.fts.within`` on a server)."""
    from sqlalchemy import bindparam, text

    cond, params = compile_match(match)
    order = "id DESC"
    part = _Compiler(match).parse()
    if ranked and part.kind == "doc":
        order = f"ts_rank_cd(doc, to_tsquery('{CONFIG}', :rank)) DESC, id DESC"
        params["rank"] = part.body
    stmt = text(
        f"SELECT id FROM {TABLE} WHERE ({cond}) AND id IN :ids ORDER BY {order}"
    ).bindparams(bindparam("ids", expanding=True))
    return [int(r) for r in conn.execute(stmt, {**params, "ids": ids}).scalars()]
