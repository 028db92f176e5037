"""Health check of a reference database: integrity, foreign keys, orphans, provenance.

Used by ``exchange-explorer check`` and by the app before it trusts a database file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from explorer.store.sqlite.health import (
    Connection,
    DatabaseError,
    DatabaseUnreadable,
    foreign_key_problems,
    integrity_problems,
    open_readonly,
    search_index_problems,
    table_names,
)

__all__ = ["COVERAGE_SQL", "CheckReport", "DatabaseUnreadable", "check_database", "open_readonly"]

# (label, SQL returning one count) of figures the report carries.
COUNTS: tuple[tuple[str, str], ...] = (
    ("countries", "SELECT count(*) FROM country"),
    ("countries_with_income_group", "SELECT count(*) FROM country WHERE income_group IS NOT NULL"),
    ("groups", "SELECT count(*) FROM country_group"),
    ("memberships", "SELECT count(*) FROM membership"),
    ("indicators", "SELECT count(*) FROM indicator"),
    ("observations", "SELECT count(*) FROM observation"),
    ("group_observations", "SELECT count(*) FROM group_observation"),
    ("trade_flows", "SELECT count(*) FROM trade_flow"),
    ("student_flows", "SELECT count(*) FROM student_flow"),
    ("shapes", "SELECT count(*) FROM country_shape"),
    ("initiatives", "SELECT count(*) FROM initiative"),
    (
        "initiatives_with_source",
        "SELECT count(*) FROM initiative i WHERE EXISTS "
        "(SELECT 1 FROM initiative_source s WHERE s.initiative_id = i.id)",
    ),
    (
        "initiatives_with_country",
        "SELECT count(*) FROM initiative i WHERE EXISTS (SELECT 1 FROM initiative_participant p"
        " WHERE p.initiative_id = i.id AND p.iso3 IS NOT NULL)",
    ),
    ("sources", "SELECT count(*) FROM dataset"),
)

# Records whose source names no country at all (e.g. a UNDP webinar series "for emerging
# donor partners"): kept, because dropping them would hide what the source says, and listed
# in the report so nobody mistakes them for an import fault. Their participants are
# organisations (checked above).
GAPS_SQL = (
    "SELECT d.key, i.source_record_id FROM initiative i JOIN dataset d ON d.id = i.dataset_id "
    "WHERE NOT EXISTS (SELECT 1 FROM initiative_participant p WHERE p.initiative_id = i.id "
    "AND p.iso3 IS NOT NULL) ORDER BY d.key, i.source_record_id"
)

# Problems: (description, SQL returning a count that must be zero).
PROBLEMS: tuple[tuple[str, str], ...] = (
    (
        "initiatives without a source",
        "SELECT count(*) FROM initiative i WHERE NOT EXISTS "
        "(SELECT 1 FROM initiative_source s WHERE s.initiative_id = i.id)",
    ),
    (
        "initiatives without any participant",
        "SELECT count(*) FROM initiative i WHERE NOT EXISTS (SELECT 1 FROM initiative_participant"
        " p WHERE p.initiative_id = i.id)",
    ),
    (
        "indicators whose dataset is missing",
        "SELECT count(*) FROM indicator x LEFT JOIN dataset d ON d.id = x.dataset_id "
        "WHERE d.id IS NULL",
    ),
    (
        "observations of unknown indicators",
        "SELECT count(*) FROM observation o LEFT JOIN indicator x ON x.code = o.indicator_code "
        "WHERE x.code IS NULL",
    ),
    (
        "trade flows whose dataset is missing",
        "SELECT count(*) FROM trade_flow t LEFT JOIN dataset d ON d.id = t.dataset_id "
        "WHERE d.id IS NULL",
    ),
    (
        "countries whose dataset is missing",
        "SELECT count(*) FROM country c LEFT JOIN dataset d ON d.id = c.dataset_id "
        "WHERE d.id IS NULL",
    ),
    (
        "memberships whose dataset is missing",
        "SELECT count(*) FROM membership m LEFT JOIN dataset d ON d.id = m.dataset_id "
        "WHERE d.id IS NULL",
    ),
    (
        "aggregates stored as countries",
        "SELECT count(*) FROM country c JOIN country_group g ON g.code = c.iso3",
    ),
    ("datasets without a citation", "SELECT count(*) FROM dataset WHERE citation = ''"),
)


# Initiatives per dataset and how many have a DAC sector (issue 13).
COVERAGE_SQL = """
SELECT d.key, count(*),
       sum(EXISTS (SELECT 1 FROM initiative_sector s
                   WHERE s.initiative_id = i.id AND s.scheme = 'dac'))
FROM initiative i JOIN dataset d ON d.id = i.dataset_id GROUP BY d.key ORDER BY d.key
"""


@dataclass
class CheckReport:
    """Counts and problems found; ``ok`` when there are no problems."""

    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    initiatives_without_country: list[str] = field(default_factory=list)
    # Per dataset key: initiatives, and how many have at least one DAC sector (issue 13).
    dac_coverage: dict[str, tuple[int, int]] = field(default_factory=dict)
    # On a server: what it is and what was verified (store.postgresql.health); empty on SQLite.
    server: dict[str, object] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_json(self) -> dict[str, Any]:
        """The report as one JSON object (``integrity`` is "ok" or the list of problems)."""
        return {
            **self.counts,
            "initiatives_without_country": self.initiatives_without_country,
            "initiatives_without_dac_sector": {
                key: total - with_dac for key, (total, with_dac) in self.dac_coverage.items()
            },
            "integrity": "ok" if self.ok else self.problems,
            **({"server": self.server} if self.server else {}),
        }


def check_database(path: Path) -> CheckReport:
    """Run every check on the database at ``path``."""
    conn = open_readonly(path)
    report = CheckReport()
    try:
        report.problems.extend(integrity_problems(conn))
        try:
            report.problems.extend(foreign_key_problems(conn))
            for label, sql in COUNTS:
                report.counts[label] = int(conn.execute(sql).fetchone()[0])
            report.initiatives_without_country = [
                f"{key}:{record}" for key, record in conn.execute(GAPS_SQL)
            ]
            if "dac_sector" in table_names(conn):
                report.dac_coverage = {
                    str(k): (int(n), int(w or 0)) for k, n, w in conn.execute(COVERAGE_SQL)
                }
            for label, sql in PROBLEMS:
                n = int(conn.execute(sql).fetchone()[0])
                if n:
                    report.problems.append(f"{n} {label}")
        except DatabaseError as exc:
            report.problems.append(f"database error: {exc}")
        if report.counts.get("countries") == 0 or report.counts.get("initiatives") == 0:
            report.problems.append("the database is empty (no countries or no initiatives)")
        report.problems.extend(_row_count_problems(conn))
    finally:
        conn.close()
    report.problems.extend(search_index_problems(path))
    return report


def _row_count_problems(conn: Connection) -> list[str]:
    try:
        recorded = {
            str(k)[5:]: str(v)
            for k, v in conn.execute("SELECT key, value FROM build_info WHERE key LIKE 'rows:%'")
        }
    except DatabaseError as exc:
        return [f"build record unreadable: {exc}"]
    from explorer.store.build_record import (
        INDEX_BLOCKS_SQL,
        INDEX_DIGEST_KEY,
        RECORDED_TABLES,
        index_digest,
    )

    problems = []
    digest = conn.execute("SELECT value FROM build_info WHERE key = ?", (INDEX_DIGEST_KEY,))
    expected_digest = digest.fetchone()
    if expected_digest is not None:
        try:
            actual_digest = index_digest(conn.execute(INDEX_BLOCKS_SQL))
        except DatabaseError as exc:
            actual_digest = f"unreadable ({exc})"
        if actual_digest != expected_digest[0]:
            problems.append("search index damaged (its blocks differ from what was written); "
                            "rebuild the database")
    for table, expected in sorted(recorded.items()):
        if table not in RECORDED_TABLES or not expected.isdigit():
            continue
        try:
            actual = int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        except DatabaseError as exc:
            problems.append(f"table {table} unreadable: {exc}")
            continue
        if actual != int(expected):
            problems.append(f"table {table} has {actual:,} rows; the build wrote {int(expected):,}")
    return problems
