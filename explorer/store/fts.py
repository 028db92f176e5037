"""SQLite FTS5 full-text index of initiatives: the one place SQLite-only SQL lives.

The index holds one row per initiative (rowid = initiative.id) with its words grouped by
column: title, text (summary and description), who (participants: country names in every
stored language, organisations), tags (sectors, themes, modality). Accents and case are
folded (``remove_diacritics 2``), so "Sao Tome" finds "São Tomé". A PostgreSQL port would
replace this module with a tsvector column; nothing else needs to change.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

FTS_TABLE = "initiative_fts"
COLUMNS = ("title", "body", "who", "tags")

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
