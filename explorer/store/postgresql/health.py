"""``check`` on a PostgreSQL server: the counterpart of ``explorer.store.sqlite.health``.

The portable checks of ``store.check`` (counts, orphans, datasets without a citation, the
build's row counts) run as they are. What SQLite checks itself is reported for what it is
on a server, never claimed:

- SQLite's ``integrity_check`` has no server equivalent: the B-tree indexes of our tables
  are verified with ``amcheck``'s ``bt_index_check`` when that extension is installed in
  the database, and the report says "not verified" when it is not.
- Foreign keys are enforced by the server on every write, so they are not re-checked.
- The search index (``initiative_search``) must hold one row per initiative.

Server facts go in ``CheckReport.server``: version, database, user, whether this is a
standby, the schema revision against the app's newest, and what was verified.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from explorer.store.check import CheckReport
    from explorer.store.database import Database

# The DAC coverage of store.check, with sum(boolean) written the way PostgreSQL accepts.
COVERAGE_SQL = """
SELECT d.key, count(*),
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM initiative_sector s
                                      WHERE s.initiative_id = i.id AND s.scheme = 'dac'))
FROM initiative i JOIN dataset d ON d.id = i.dataset_id GROUP BY d.key ORDER BY d.key
"""

REQUIRED_TABLES = frozenset({"dataset", "country", "initiative"})


class ServerUnusable(Exception):
    """The server cannot be reached, or holds no Exchange Explorer catalogue."""


def check_server(database: Database) -> CheckReport:
    """Run every check that means something on the server behind ``database``."""
    from sqlalchemy import inspect
    from sqlalchemy.exc import DBAPIError

    from explorer.store.check import CheckReport
    from explorer.store.postgresql.errors import is_connection_lost, reason

    report = CheckReport()
    try:
        with database.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            if not tables >= REQUIRED_TABLES:
                raise ServerUnusable(
                    f"{database.display_name}: no Exchange Explorer catalogue in this database "
                    "(run 'exchange-explorer server init' and 'build-db --out' first)"
                )
            report.server = _facts(conn)
            _portable_checks(conn, report, tables)
            report.problems.extend(_server_problems(conn, report, tables))
    except DBAPIError as exc:
        if is_connection_lost(exc):
            raise ServerUnusable(
                f"{database.display_name}: the server cannot be reached ({reason(exc)})"
            ) from None
        if getattr(exc.orig, "sqlstate", None) == "42501":  # insufficient privilege
            raise ServerUnusable(
                f"{database.display_name}: permission denied ({reason(exc)})"
            ) from None
        raise
    return report


def _scalar(conn: Connection, sql: str, **params: object) -> Any:
    from sqlalchemy import text

    return conn.execute(text(sql), params).scalar()


def _facts(conn: Connection) -> dict[str, object]:
    from explorer.store.migrate import head_revision

    revision = _scalar(conn, "SELECT version_num FROM alembic_version LIMIT 1")
    return {
        "engine": "postgresql",
        "version": _scalar(conn, "SHOW server_version"),
        "database": _scalar(conn, "SELECT current_database()"),
        "user": _scalar(conn, "SELECT current_user"),
        "standby": bool(_scalar(conn, "SELECT pg_is_in_recovery()")),
        "schema_revision": revision,
        "schema_newest": head_revision("reference"),
        "foreign_keys": "enforced by the server",
    }


def _portable_checks(conn: Connection, report: CheckReport, tables: set[str]) -> None:
    from sqlalchemy import text

    from explorer.store import check

    for label, sql in check.COUNTS:
        report.counts[label] = int(conn.execute(text(sql)).scalar_one())
    report.initiatives_without_country = [
        f"{key}:{record}" for key, record in conn.execute(text(check.GAPS_SQL))
    ]
    if "dac_sector" in tables:
        report.dac_coverage = {
            str(k): (int(n), int(w or 0)) for k, n, w in conn.execute(text(COVERAGE_SQL))
        }
    for label, sql in check.PROBLEMS:
        n = int(conn.execute(text(sql)).scalar_one())
        if n:
            report.problems.append(f"{n} {label}")
    if report.counts.get("countries") == 0 or report.counts.get("initiatives") == 0:
        report.problems.append("the database is empty (no countries or no initiatives)")


def _server_problems(conn: Connection, report: CheckReport, tables: set[str]) -> list[str]:
    from sqlalchemy import text

    from explorer.store.build_record import RECORDED_TABLES
    from explorer.store.postgresql import fts

    problems: list[str] = []
    facts = report.server
    if facts["schema_revision"] != facts["schema_newest"]:
        problems.append(
            f"schema revision {facts['schema_revision']} is not this app's newest "
            f"({facts['schema_newest']}); an administrator runs 'exchange-explorer server init'"
        )
    recorded = {
        str(k)[5:]: str(v)
        for k, v in conn.execute(text("SELECT key, value FROM build_info WHERE key LIKE 'rows:%'"))
    }
    for table, expected in sorted(recorded.items()):
        if table in RECORDED_TABLES and expected.isdigit():
            actual = int(_scalar(conn, f'SELECT count(*) FROM "{table}"'))
            if actual != int(expected):
                problems.append(
                    f"table {table} has {actual:,} rows; the build wrote {int(expected):,}"
                )
    if fts.TABLE not in tables or not fts.has_index(conn):
        problems.append("no search index, or one older than this app (initiative_search); "
                        "rebuild with 'build-db --out'")
    else:
        indexed = int(_scalar(conn, f"SELECT count(*) FROM {fts.TABLE}"))
        if indexed != report.counts.get("initiatives"):
            problems.append(
                f"search index holds {indexed:,} initiatives; the catalogue has "
                f"{report.counts.get('initiatives', 0):,}"
            )
    problems.extend(_index_structure(conn, facts))
    return problems


def _index_structure(conn: Connection, facts: dict[str, object]) -> list[str]:
    """``bt_index_check`` on every B-tree index of the public schema, where amcheck is."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    if not _scalar(conn, "SELECT 1 FROM pg_extension WHERE extname = 'amcheck'"):
        facts["indexes"] = "not verified (the amcheck extension is not installed here)"
        return []
    rows = conn.execute(text(
        "SELECT c.relname, c.oid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
        "JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE a.amname = 'btree' AND n.nspname = current_schema() ORDER BY c.relname"
    )).all()  # fmt: skip
    problems = []
    for name, oid in rows:
        try:
            with conn.begin_nested():
                conn.execute(text("SELECT bt_index_check(CAST(:oid AS regclass))"), {"oid": oid})
        except DBAPIError as exc:
            problems.append(f"index {name} damaged: {str(exc.orig).splitlines()[0]}")
    facts["indexes"] = f"{len(rows)} B-tree indexes verified with amcheck"
    return problems
