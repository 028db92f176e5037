"""Home's figures with the standard library only, so the first window paints fast.

SQLAlchemy is not imported here on purpose: Home is the first thing users see and its read
must not pay for the ORM. Plain portable SQL, a read-only connection per call.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from explorer.domain.home import (
    BuildVintage,
    FeaturedInitiative,
    FigurePoint,
    HeadlineComparison,
    HomeCounts,
    HomeSnapshot,
    OurSeries,
    OutcomeFigure,
    year_from_text,
)

if TYPE_CHECKING:
    import sqlite3

SQLITE_HEADER = b"SQLite format 3\x00"
FEATURED_LIMIT = 6


class DatabaseUnavailable(Exception):
    """The reference database is missing, unreadable or not ours: tell the user."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def check_file(path: Path) -> None:
    """Raise ``DatabaseUnavailable`` unless ``path`` looks like an SQLite file.

    Reads 16 bytes only: cheap enough for start-up, before any window exists.
    """
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        raise DatabaseUnavailable(path, "file not found") from None
    except OSError as exc:
        raise DatabaseUnavailable(path, exc.strerror or str(exc)) from None
    if header != SQLITE_HEADER:
        raise DatabaseUnavailable(path, "file is not a database")


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection that never creates the file."""
    import sqlite3  # here, so the import happens on the worker thread, off the first paint

    check_file(path)
    uri = f"file:{path.resolve().as_posix()}?mode=ro"
    return sqlite3.connect(uri, uri=True, check_same_thread=False)


def load_home(path: Path, lang: str = "en") -> HomeSnapshot:
    """Read everything Home shows from the reference database at ``path``.

    ``lang`` picks country names (``country_name`` rows) where the database has them.
    Raises ``DatabaseUnavailable`` for a missing file or one without our schema.
    """
    import sqlite3

    conn = connect_readonly(path)
    try:
        return HomeSnapshot(
            headlines=_headlines(conn),
            featured=_featured(conn, lang),
            counts=load_counts(conn),
            vintage=load_vintage(conn),
        )
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc) or "no such column" in str(exc):
            raise DatabaseUnavailable(path, f"not an Exchange Explorer database ({exc})") from exc
        raise
    finally:
        conn.close()


def load_status(path: Path) -> tuple[BuildVintage, HomeCounts]:
    """The build vintage and counts, for the status bar."""
    conn = connect_readonly(path)
    try:
        return load_vintage(conn), load_counts(conn)
    finally:
        conn.close()


def load_counts(conn: sqlite3.Connection) -> HomeCounts:
    """How many countries, initiatives and datasets the database holds."""

    def count(table: str) -> int:
        row = conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()
        return int(row[0])

    return HomeCounts(count("country"), count("initiative"), count("dataset"))


def load_vintage(conn: sqlite3.Connection) -> BuildVintage:
    """``built_at`` and ``app_version`` from ``build_info`` (empty when unknown)."""
    info = dict(conn.execute("SELECT key, value FROM build_info").fetchall())
    return BuildVintage(info.get("built_at", ""), info.get("app_version", ""))


def _series(conn: sqlite3.Connection) -> dict[str, OurSeries]:
    rows = conn.execute(
        "SELECT f.key, f.year, f.value, f.unit, d.name FROM summary_figure f "
        "JOIN dataset d ON d.id = f.dataset_id ORDER BY f.key, f.year"
    ).fetchall()
    points: dict[str, list[FigurePoint]] = defaultdict(list)
    meta: dict[str, tuple[str, str]] = {}
    for key, year, value, unit, dataset_name in rows:
        points[key].append(FigurePoint(int(year), float(value)))
        meta[key] = (unit, dataset_name)
    return {
        key: OurSeries(key, meta[key][0], meta[key][1], tuple(pts)) for key, pts in points.items()
    }


def _headlines(conn: sqlite3.Connection) -> tuple[HeadlineComparison, ...]:
    series = _series(conn)
    rows = conn.execute(
        "SELECT h.key, h.statement, h.value, h.unit, h.year, h.measure, h.cited_source, "
        "d.name, d.version FROM headline h JOIN dataset d ON d.id = h.dataset_id "
        "ORDER BY h.ordinal, h.key"
    ).fetchall()
    out = []
    for key, statement, value, unit, year, measure, cited, ds_name, ds_version in rows:
        out.append(
            HeadlineComparison(
                key=key,
                statement=statement,
                value=None if value is None else float(value),
                unit=unit or "",
                year=year if year is not None else year_from_text(ds_version or ""),
                cited_source=cited or "",
                source_name=ds_name,
                ours=series.get(measure) if measure else None,
            )
        )
    # Headlines our data can speak to first; otherwise in the brief's order.
    return tuple(sorted(out, key=lambda h: h.ours is None))


def _featured(conn: sqlite3.Connection, lang: str) -> tuple[FeaturedInitiative, ...]:
    ids = [
        r[0]
        for r in conn.execute(
            # Through the (dataset_id, source_record_id) index rather than a scan.
            "SELECT id FROM initiative WHERE dataset_id = "
            "(SELECT id FROM dataset WHERE key = 'brief') ORDER BY id LIMIT ?",
            (FEATURED_LIMIT,),
        )
    ]
    return load_cases(conn, lang, ids)


def load_cases(
    conn: sqlite3.Connection, lang: str, ids: Sequence[int]
) -> tuple[FeaturedInitiative, ...]:
    """Initiatives ``ids`` (in id order) with who helped whom, names in ``lang``, and their
    first outcome figure. Where a case names no provider (or recipient) country, its funder
    (or implementer) stands in, so JICA's programmes still say who acted."""
    if not ids:
        return ()
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        "SELECT i.id, i.title, i.summary, i.start_year, d.name, d.version FROM initiative i "
        f"JOIN dataset d ON d.id = i.dataset_id WHERE i.id IN ({marks}) ORDER BY i.id",
        tuple(ids),
    ).fetchall()
    people: dict[tuple[int, str], list[str]] = defaultdict(list)
    for init_id, role, country, org, written in conn.execute(
        "SELECT p.initiative_id, p.role, " + display_name_sql("p.iso3") + ", p.org_name, "
        "p.source_name FROM initiative_participant p "
        f"WHERE p.initiative_id IN ({marks}) ORDER BY p.id",
        (lang, lang, *ids),
    ):
        name = _participant_name(country, org, written)
        if name and name not in people[(init_id, role)]:
            people[(init_id, role)].append(name)
    outcomes: dict[int, OutcomeFigure] = {}
    for init_id, qty, unit, desc, year in conn.execute(
        "SELECT initiative_id, quantity, unit, description, year FROM initiative_outcome "
        f"WHERE initiative_id IN ({marks}) ORDER BY id",
        tuple(ids),
    ):
        outcomes.setdefault(init_id, OutcomeFigure(float(qty), unit, desc or "", year))
    return tuple(
        FeaturedInitiative(
            id=init_id,
            title=title,
            summary=summary or "",
            providers=tuple(people[(init_id, "provider")] or people[(init_id, "funder")]),
            recipients=tuple(
                people[(init_id, "recipient")] or people[(init_id, "implementer")]
            ),
            start_year=start,
            outcome=outcomes.get(init_id),
            source_name=ds_name,
            source_year=year_from_text(ds_version or ""),
        )
        for init_id, title, summary, start, ds_name, ds_version in rows
    )


def display_name_sql(iso3: str) -> str:
    """SQL for the name of the country whose code is the column ``iso3``, in the language
    bound (twice) to its two ``?``: English uses the curated display name; another language
    its everyday form ("Brésil"), not the UN short name with its article ("Brésil (le)")."""
    return (
        f"COALESCE(CASE WHEN ? = 'en' THEN (SELECT c0.name FROM country c0 WHERE c0.iso3 = {iso3})"
        f" END, (SELECT n.name FROM country_name n WHERE n.iso3 = {iso3} AND n.lang = ? "
        "AND n.kind IN ('official', 'short') ORDER BY n.kind = 'short', n.name LIMIT 1), "
        f"(SELECT c1.name FROM country c1 WHERE c1.iso3 = {iso3}))"
    )


def _participant_name(country: str | None, org: str | None, written: str | None) -> str:
    """"ASA (Bangladesh)" for an organisation acting for a country, else whichever is known."""
    if org and country:
        return f"{org} ({country})"
    return country or org or written or ""


def freshness(path: Path) -> tuple[bool, float]:
    """(readable, when built) of a reference file: ``build_info.built_at``,
    read read-only, else the mtime (``paths`` picks the fresher of two files by it)."""
    import sqlite3
    from datetime import UTC, datetime

    mtime = path.stat().st_mtime
    try:
        conn = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if "build_info" not in tables:  # empty, or not ours
                return False, mtime
            sql = "SELECT value FROM build_info WHERE key = 'built_at'"
            row = conn.execute(sql).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:  # not a database, damaged, unreadable: the other file wins
        return False, mtime
    try:
        built = datetime.fromisoformat(str(row[0])) if row else None
    except ValueError:
        built = None
    if built is None:
        return True, mtime
    if built.tzinfo is None:
        built = built.replace(tzinfo=UTC)
    return True, built.timestamp()
