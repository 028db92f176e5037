"""What the writer of a reference database records about it, for ``check`` to compare.

``build_info`` keeps ``rows:<table>`` (row counts of the main tables) and, on SQLite,
``index:sha256`` (a digest of every block of the search index). Whoever changes those
tables after the build (an import) calls ``record(conn)`` in the same transaction, so a
later difference can only mean damage.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

# Tables whose row counts the writer records and ``check`` compares.
RECORDED_TABLES = (
    "dataset", "country", "country_name", "indicator", "observation", "trade_flow",
    "initiative", "initiative_participant", "initiative_sector", "country_shape",
)  # fmt: skip
INDEX_DATA_TABLE = "initiative_fts_data"  # FTS5's own blocks of the SQLite search index
INDEX_DIGEST_KEY = "index:sha256"
INDEX_BLOCKS_SQL = f"SELECT id, block FROM {INDEX_DATA_TABLE} ORDER BY id"


def index_digest(blocks: Iterable[tuple[int, bytes]]) -> str:
    """SHA-256 over the search index's blocks in id order."""
    digest = hashlib.sha256()
    for block_id, block in blocks:
        digest.update(int(block_id).to_bytes(8, "big", signed=True))
        digest.update(len(block).to_bytes(4, "big"))
        digest.update(block)
    return digest.hexdigest()


def current_record(conn: Any) -> dict[str, str]:
    """The record for the database behind ``conn`` (an SQLAlchemy connection)."""
    from sqlalchemy import text

    record = {
        f"rows:{table}": str(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
        for table in RECORDED_TABLES
    }
    if conn.dialect.name == "sqlite":
        rows = conn.execute(text(INDEX_BLOCKS_SQL))
        record[INDEX_DIGEST_KEY] = index_digest((int(i), bytes(b)) for i, b in rows)
    return record


def record(conn: Any) -> dict[str, str]:
    """Write ``current_record`` into ``build_info`` (replacing the previous one)."""
    from sqlalchemy import text

    values = current_record(conn)
    conn.execute(text("DELETE FROM build_info WHERE key LIKE 'rows:%' OR key = :k"),
                 {"k": INDEX_DIGEST_KEY})
    conn.execute(
        text("INSERT INTO build_info (key, value) VALUES (:k, :v)"),
        [{"k": k, "v": v} for k, v in values.items()],
    )
    return values
