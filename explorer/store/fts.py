"""SQLite FTS5 full-text index of initiatives: the one place SQLite-only SQL lives.

The index holds one row per initiative (rowid = initiative.id) with its words grouped by
column: title, text (summary and description), who (participants: country names in every
stored language, organisations), tags (sectors, themes, modality). Accents and case are
folded (``remove_diacritics 2``), so "Sao Tome" finds "São Tomé". A PostgreSQL port would
replace this module with a tsvector column; nothing else needs to change.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Integer, Select, TextClause, column, select, table, text

from explorer.domain.query import Query, Term

FTS_TABLE = "initiative_fts"
COLUMNS = ("title", "body", "who", "tags")
# bm25 weights of the columns: title > who, tags > body.
WEIGHTS = (10.0, 1.0, 4.0, 4.0)
fts_table = table(FTS_TABLE, column("rowid", Integer))

_CREATE = f"""
CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(
    title, body, who, tags,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
)
"""

_FILL = f"""
INSERT INTO {FTS_TABLE} (rowid, title, body, who, tags)
SELECT i.id,
       i.title,
       i.summary || ' ' || i.description,
       coalesce((
           SELECT group_concat(w, ' ') FROM (
               SELECT coalesce(p.org_name, '') || ' ' || coalesce(p.iso3, '') || ' ' ||
                      coalesce(p.source_name, '') AS w
               FROM initiative_participant p WHERE p.initiative_id = i.id
               UNION ALL
               SELECT n.name FROM initiative_participant p
               JOIN country_name n ON n.iso3 = p.iso3
               WHERE p.initiative_id = i.id
               UNION ALL
               SELECT c.name FROM initiative_participant p
               JOIN country c ON c.iso3 = p.iso3
               WHERE p.initiative_id = i.id
           )
       ), ''),
       i.modality || ' ' || i.theme || ' ' || coalesce((
           SELECT group_concat(s.name || ' ' || coalesce(s.code, ''), ' ')
           FROM initiative_sector s WHERE s.initiative_id = i.id
       ), '')
FROM initiative i
"""


def build_index(conn: Connection) -> int:
    """(Re)create and fill the index; returns the number of initiatives indexed."""
    conn.execute(text(f"DROP TABLE IF EXISTS {FTS_TABLE}"))
    conn.execute(text(_CREATE))
    conn.execute(text(_FILL))
    conn.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')"))
    return int(conn.execute(text(f"SELECT count(*) FROM {FTS_TABLE}")).scalar_one())


def has_index(conn: Connection) -> bool:
    """Whether the database has the full-text index."""
    row = conn.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :n"),
        {"n": FTS_TABLE},
    ).first()
    return row is not None


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
    """The MATCH string of the query's words, or None when no word must match.

    Every term is quoted, so nothing the user typed is read as FTS5 syntax; excluded terms
    become ``NOT`` (only possible after something positive, see ``exclusion_expression``).
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


def match_clause(expression: str) -> TextClause:
    """``initiative_fts MATCH :expression`` for a WHERE clause."""
    return text(f"{FTS_TABLE} MATCH :fts_match").bindparams(fts_match=expression)


def matching_ids(expression: str) -> Select[Any]:
    """SELECT of the initiative ids matching ``expression``."""
    return select(fts_table.c.rowid).where(match_clause(expression))


def relevance() -> TextClause:
    """ORDER BY term for relevance (bm25, lower is better), with the column weights."""
    weights = ", ".join(str(w) for w in WEIGHTS)
    return text(f"bm25({FTS_TABLE}, {weights})")
