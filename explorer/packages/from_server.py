"""An organisation's PostgreSQL catalogue as an SQLite file, to be signed into a package.

The laptops read one format (SQLite), whatever the organisation keeps on its server: the
schema comes from the same migrations, the rows are read from the server in one
REPEATABLE READ transaction (a consistent snapshot while others keep writing), the SQLite
search index is built from them and ``build_record.record`` notes what was written, so
``check`` on a laptop compares against this file's own counts. Qt-free.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

BATCH = 5_000
Progress = Callable[[int, int, str], None]


def export_catalogue(url: str, out: Path, *, progress: Progress | None = None) -> dict[str, int]:
    """Write the catalogue on the server at ``url`` to the SQLite file ``out`` (written
    beside as ``.part`` and renamed when complete); returns the rows copied per table."""
    from sqlalchemy import insert, inspect, select, text

    from explorer.store import build_record, fts
    from explorer.store.database import Database
    from explorer.store.migrate import upgrade_reference
    from explorer.store.models import Base
    from explorer.store.sqlite.engine import file_engine

    part = out.with_name(out.name + ".part")
    for leftover in (part, part.with_name(part.name + "-journal")):
        leftover.unlink(missing_ok=True)
    server = Database.open(url, readonly=True)
    lite = file_engine(part, bulk=True)
    copied: dict[str, int] = {}
    try:
        src_engine = server.engine.execution_options(isolation_level="REPEATABLE READ")
        with src_engine.connect() as src, lite.begin() as dst:
            upgrade_reference(dst)
            present = set(inspect(src).get_table_names())
            tables = [t for t in Base.metadata.sorted_tables
                      if t.name in present and t.name != "alembic_version"]
            for n, table in enumerate(tables):
                have = {c["name"] for c in inspect(src).get_columns(table.name)}
                columns = [c for c in table.columns if c.name in have]
                rows = src.execution_options(yield_per=BATCH).execute(select(*columns))
                count = 0
                for batch in rows.partitions(BATCH):
                    dst.execute(insert(table), [dict(r._mapping) for r in batch])
                    count += len(batch)
                copied[table.name] = count
                if progress is not None:
                    progress(n + 1, len(tables) + 1, table.name)
            fts.build_index(dst)
            build_record.record(dst)  # after the index is final, as a build does
            dst.execute(text("ANALYZE"))
        if progress is not None:
            progress(len(tables) + 1, len(tables) + 1, "index")
    except BaseException:
        lite.dispose()
        part.unlink(missing_ok=True)
        raise
    finally:
        server.dispose()
    lite.dispose()
    with part.open("rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(part, out)
    return copied
