"""Bulk copy of a catalogue into PostgreSQL with ``COPY`` (psycopg), table by table.

Used to put an SQLite catalogue (a built reference database) on a server: the schema comes
from the same migrations, the rows from the source in dependency order, all in the caller's
transaction, so a failure leaves nothing half-written. The search index is built after.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection

BATCH = 10_000


def copy_tables(
    src: Connection, dst: Connection, *, skip: frozenset[str] = frozenset()
) -> dict[str, int]:
    """Copy every table of the models (but ``skip``) from ``src`` into the empty schema of
    ``dst`` (PostgreSQL); returns the rows copied per table."""
    from sqlalchemy import Integer, inspect, select, text

    from explorer.store.models import Base

    raw = dst.connection.dbapi_connection
    assert raw is not None
    present = set(inspect(src).get_table_names())
    copied: dict[str, int] = {}
    for table in Base.metadata.sorted_tables:
        if table.name in skip or table.name not in present:
            continue  # a source built before a table existed has no rows for it
        have = {c["name"] for c in inspect(src).get_columns(table.name)}
        cols = [c.name for c in table.columns if c.name in have]  # newer columns: defaults
        quoted = ", ".join(f'"{c}"' for c in cols)
        n = 0
        cur = raw.cursor()
        with cur.copy(f'COPY "{table.name}" ({quoted}) FROM STDIN') as copy:
            columns = [table.c[c] for c in cols]
            result = src.execution_options(yield_per=BATCH).execute(select(*columns))
            for row in result:
                copy.write_row(tuple(row))
                n += 1
        copied[table.name] = n
        pk = list(table.primary_key.columns)
        if len(pk) == 1 and isinstance(pk[0].type, Integer) and n:
            seq = dst.scalar(
                text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": pk[0].name}
            )
            if seq:
                dst.execute(
                    text(f'SELECT setval(:s, (SELECT max("{pk[0].name}") FROM "{table.name}"))'),
                    {"s": seq},
                )
    return copied


def load_catalogue(src: Connection, dst: Connection) -> dict[str, int]:
    """Replace the catalogue on the server ``dst`` by the one in ``src`` (a built SQLite
    reference database), in ``dst``'s transaction: readers keep seeing the old rows (MVCC)
    until the caller commits, and a failure leaves the old catalogue as it was.

    The schema is created or upgraded by the same migrations; old rows are deleted (not
    truncated, so readers are not locked out), the new ones copied, the search index
    rebuilt. Returns the rows copied per table.
    """
    from sqlalchemy import text

    from explorer.store.migrate import upgrade_reference
    from explorer.store.models import Base
    from explorer.store.postgresql import fts
    from explorer.store.postgresql.admin import relax_lengths

    upgrade_reference(dst)
    relax_lengths(dst)
    for table in reversed(Base.metadata.sorted_tables):
        dst.execute(text(f'DELETE FROM "{table.name}"'))
    copied = copy_tables(src, dst)
    fts.build_index(dst)
    return copied
