"""Write a parsed file into a reference database: one transaction, replace-by-dataset.

The dataset's ``key`` is stable across versions of a file (an IATI publisher, a World Bank
indicator, a spreadsheet's name), so a newer version replaces the rows of the older one and
keeps the initiatives' stable keys (dataset key + the source's own record id). The file's
provenance (name, SHA-256, size, import time, format) is kept in ``build_info`` under
``import:<dataset key>``; the same file again is a no-op. The caller owns the transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from explorer.importers.formats.base import Parsed

BATCH = 5_000
INFO_PREFIX = "import:"


@dataclass(frozen=True)
class FileInfo:
    """Where a dataset came from: the file as the user gave it."""

    name: str
    sha256: str
    size: int
    imported_at: str
    format: str


@dataclass
class Written:
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: bool = False


def provenance(conn: Any, dataset_key: str) -> FileInfo | None:
    """The file a dataset was last imported from, or None."""
    from sqlalchemy import text

    row = conn.execute(text("SELECT value FROM build_info WHERE key = :k"),
                       {"k": INFO_PREFIX + dataset_key}).first()
    if row is None:
        return None
    return FileInfo(**json.loads(row[0]))


def imported(conn: Any) -> dict[str, FileInfo]:
    """Every imported dataset of the database: key -> its file."""
    from sqlalchemy import text

    rows = conn.execute(text("SELECT key, value FROM build_info WHERE key LIKE 'import:%'"))
    return {str(k)[len(INFO_PREFIX):]: FileInfo(**json.loads(v)) for k, v in rows}


def counts(conn: Any, parsed: Parsed) -> Written:
    """What writing ``parsed`` would add and update (for the preview and --dry-run)."""
    old = _old_records(conn, parsed.dataset.key, sorted({i.code for i in parsed.indicators}))
    if not any(k.startswith("o:") for k in old):
        # No value of these series is there yet: each of the file's values is new (the
        # tables' keys allow no repeat), so a bulk file's millions need no key strings.
        values = len(parsed.observations) + len(parsed.group_observations)
        new = _record_keys(parsed, values=False)
        return Written(added=len(new - old) + values, updated=len(new & old),
                       removed=len(old - new))
    new = _record_keys(parsed)
    return Written(added=len(new - old), updated=len(new & old), removed=len(old - new))


def write(conn: Any, parsed: Parsed, info: FileInfo, *, reindex: bool = True) -> Written:
    """Replace the dataset's rows by ``parsed`` (nothing when the same file is already in)."""
    from sqlalchemy import text

    before = provenance(conn, parsed.dataset.key)
    if before is not None and before.sha256 == info.sha256:
        return Written(unchanged=True)
    result = counts(conn, parsed)
    ds_id = _dataset_row(conn, parsed, info)
    had = conn.execute(text("SELECT count(*) FROM initiative WHERE dataset_id = :d"),
                       {"d": ds_id}).scalar_one()
    remove_rows(conn, ds_id)
    restore_originals(conn, parsed.dataset.key)
    first = _insert_initiatives(conn, parsed, ds_id)
    _insert_indicators(conn, parsed, ds_id)
    _insert_trade(conn, parsed, ds_id)
    conn.execute(text("DELETE FROM build_info WHERE key = :k"),
                 {"k": INFO_PREFIX + parsed.dataset.key})
    conn.execute(text("INSERT INTO build_info (key, value) VALUES (:k, :v)"),
                 {"k": INFO_PREFIX + parsed.dataset.key, "v": json.dumps(asdict(info))})
    conn.execute(text("UPDATE dataset SET row_count = :n WHERE id = :id"),
                 {"n": parsed.records, "id": ds_id})
    if reindex:
        # Only appended (nothing of this dataset was indexed): index just the new rows.
        finish(conn, initiatives=bool(parsed.initiatives) or result.removed > 0,
               since=first if not had else None)
    return result


def remove(conn: Any, dataset_key: str, *, reindex: bool = True) -> bool:
    """Delete an imported dataset and all its rows; False if the database has none."""
    from sqlalchemy import text

    row = conn.execute(text("SELECT id FROM dataset WHERE key = :k"), {"k": dataset_key}).first()
    if row is None:
        return False
    remove_rows(conn, int(row[0]))
    restore_originals(conn, dataset_key)
    conn.execute(text("DELETE FROM dataset WHERE id = :id"), {"id": int(row[0])})
    conn.execute(text("DELETE FROM build_info WHERE key = :k"),
                 {"k": INFO_PREFIX + dataset_key})
    if reindex:
        finish(conn, initiatives=True)
    return True


def finish(conn: Any, *, initiatives: bool, since: int | None = None) -> None:
    """Bring the search index up to date (when initiatives changed: the rows from id
    ``since`` on added to it, else rebuilt) and record the new row counts."""
    from explorer.store import build_record

    if initiatives and conn.dialect.name == "sqlite":
        from explorer.store import fts

        if fts.has_index(conn):
            if since is not None:
                fts.append_index(conn, since)
            else:
                fts.build_index(conn)
    elif initiatives and conn.dialect.name == "postgresql":
        from explorer.store.postgresql import fts as server_fts

        server_fts.refresh_index(conn)  # in place, in the import's transaction
    build_record.record(conn)


def remove_rows(conn: Any, ds_id: int) -> None:
    """Delete every row that points at dataset ``ds_id`` (its initiatives' children too)."""
    from sqlalchemy import text

    sub = "SELECT id FROM initiative WHERE dataset_id = :d"
    for child in ("initiative_participant", "initiative_sector", "initiative_outcome",
                  "initiative_link", "initiative_source"):
        conn.execute(text(f"DELETE FROM {child} WHERE initiative_id IN ({sub})"), {"d": ds_id})
    conn.execute(text("DELETE FROM initiative WHERE dataset_id = :d"), {"d": ds_id})
    if _has_table(conn, TEXT_TABLE):
        conn.execute(text(f"DELETE FROM {TEXT_TABLE} WHERE dataset_id = :d"), {"d": ds_id})
    codes = "SELECT code FROM indicator WHERE dataset_id = :d"
    conn.execute(text(f"DELETE FROM observation WHERE indicator_code IN ({codes})"), {"d": ds_id})
    conn.execute(text(f"DELETE FROM group_observation WHERE indicator_code IN ({codes})"),
                 {"d": ds_id})
    conn.execute(text("DELETE FROM indicator WHERE dataset_id = :d"), {"d": ds_id})
    if _has_table(conn, TRADE_TABLE):
        conn.execute(text(f"DELETE FROM {TRADE_TABLE} WHERE dataset_id = :d"), {"d": ds_id})


def _create(conn: Any, name: str, ddl: str) -> None:
    """Create one of the import tables on first use. Only when it is missing: on a shared
    server an editor may write rows but not create tables (``ensure_tables`` at ``server
    init`` makes them), and PostgreSQL checks that right even for CREATE ... IF NOT EXISTS."""
    from sqlalchemy import text

    if not _has_table(conn, name):
        conn.execute(text(ddl))


def ensure_tables(conn: Any) -> None:
    """Create every table imports write besides the reference schema (``server init``)."""
    for name, ddl in ((TEXT_TABLE, _TEXT_DDL), (TRADE_TABLE, _TRADE_DDL),
                      (SAVED_INDICATOR, _SAVED_DDL[0]), (SAVED_VALUE, _SAVED_DDL[1])):
        _create(conn, name, ddl)


def _has_table(conn: Any, name: str) -> bool:
    from sqlalchemy import inspect

    return bool(inspect(conn).has_table(name))


def _old_records(conn: Any, key: str, codes: list[str]) -> set[str]:
    from sqlalchemy import bindparam, text

    rows = conn.execute(
        text("SELECT i.source_record_id FROM initiative i JOIN dataset d ON d.id = i.dataset_id "
             "WHERE d.key = :k"), {"k": key})
    found = {f"i:{r[0]}" for r in rows}
    rows = conn.execute(
        text("SELECT o.indicator_code, o.iso3, o.year FROM observation o JOIN indicator i "
             "ON i.code = o.indicator_code JOIN dataset d ON d.id = i.dataset_id "
             "WHERE d.key = :k"), {"k": key})
    found |= {f"o:{c}:{iso}:{y}" for c, iso, y in rows}
    if codes:
        for table, who in (("observation", "iso3"), ("group_observation", "group_code")):
            sel = text(f"SELECT indicator_code, {who}, year FROM {table} "
                       "WHERE indicator_code IN :codes").bindparams(
                           bindparam("codes", expanding=True))
            found |= {f"o:{c}:{w}:{y}" for c, w, y in conn.execute(sel, {"codes": codes})}
    if _has_table(conn, TRADE_TABLE):
        rows = conn.execute(
            text(f"SELECT t.reporter, t.partner, t.flow, t.year, t.commodity FROM {TRADE_TABLE} "
                 "t JOIN dataset d ON d.id = t.dataset_id WHERE d.key = :k"), {"k": key})
        found |= {"t:" + ":".join(str(v) for v in r) for r in rows}
    return found


def _record_keys(parsed: Parsed, *, values: bool = True) -> set[str]:
    keys = {f"i:{r.record_id}" for r in parsed.initiatives}
    if values:
        keys |= {f"o:{c}:{iso}:{y}" for c, iso, y, _v in parsed.observations}
        keys |= {f"o:{c}:{g}:{y}" for c, g, y, _v in parsed.group_observations}
    keys |= {f"t:{t.reporter}:{t.partner}:{t.flow}:{t.year}:{t.commodity}" for t in parsed.trade}
    return keys


def _dataset_row(conn: Any, parsed: Parsed, info: FileInfo) -> int:
    from sqlalchemy import text

    ds = parsed.dataset
    notes = (f"Imported {info.imported_at} from {info.name} ({info.size:,} bytes, SHA-256 "
             f"{info.sha256}) as {parsed.format}.")
    values = {"key": ds.key, "name": ds.name[:300], "publisher": ds.publisher[:300] or "-",
              "licence": ds.licence[:200] or "not stated in the file",
              "version": ds.version[:200] or "not stated in the file", "url": ds.url[:500],
              "citation": ds.citation or ds.name, "coverage": ds.coverage, "notes": notes,
              "files": info.name}
    row = conn.execute(text("SELECT id FROM dataset WHERE key = :key"), values).first()
    if row is not None:
        conn.execute(text(
            "UPDATE dataset SET name = :name, publisher = :publisher, licence = :licence, "
            "version = :version, url = :url, citation = :citation, coverage = :coverage, "
            "notes = :notes, files = :files WHERE key = :key"), values)
        return int(row[0])
    conn.execute(text(
        "INSERT INTO dataset (key, name, publisher, licence, version, url, citation, coverage, "
        "notes, files, row_count) VALUES (:key, :name, :publisher, :licence, :version, :url, "
        ":citation, :coverage, :notes, :files, 0)"), values)
    new = conn.execute(text("SELECT id FROM dataset WHERE key = :key"), values).scalar_one()
    return int(new)


def _batched(conn: Any, table: Any, rows: Iterable[Mapping[str, Any]]) -> None:
    batch: list[Mapping[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            _insert_rows(conn, table, batch)
            batch = []
    if batch:
        _insert_rows(conn, table, batch)


INIT_DEFAULTS: dict[str, Any] = {
    "summary": "", "description": "", "language": "en", "modality": "unspecified", "theme": "",
    "start_year": None, "end_year": None, "status": "", "flow_class": None, "flow_type": None,
    "intent": None, "recommended_for_research": None, "amount_usd": None, "amount_note": "",
}  # fmt: skip


def _insert_initiatives(conn: Any, parsed: Parsed, ds_id: int) -> int | None:
    """Write the initiatives (ids after the highest there is); the first new id."""
    if not parsed.initiatives:
        return None
    from sqlalchemy import func, select

    from explorer.domain.vocab import MODALITIES, ROLES
    from explorer.store.models import (
        Initiative,
        InitiativeLink,
        InitiativeParticipant,
        InitiativeSector,
        InitiativeSource,
    )

    top = conn.execute(select(func.max(Initiative.id))).scalar_one_or_none() or 0
    inits: list[dict[str, Any]] = []
    people: list[dict[str, Any]] = []
    sectors: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    sources: list[dict[str, Any]] = []
    texts: list[dict[str, Any]] = []
    citation = parsed.dataset.citation or parsed.dataset.name
    if any(rec.texts for rec in parsed.initiatives):
        _create(conn, TEXT_TABLE, _TEXT_DDL)
    text_stmt = _text_insert(conn)

    def flush() -> None:
        for table, rows in ((Initiative, inits), (InitiativeParticipant, people),
                            (InitiativeSector, sectors), (InitiativeLink, links),
                            (InitiativeSource, sources)):
            if rows:
                _insert_rows(conn, table, rows)
                rows.clear()
        if texts:
            conn.execute(text_stmt, texts)
            texts.clear()
    for n, rec in enumerate(parsed.initiatives, start=top + 1):
        row = {**INIT_DEFAULTS, **rec.fields}
        if row["modality"] not in MODALITIES:
            row["modality"] = "unspecified"
        inits.append({"id": n, "dataset_id": ds_id, "source_record_id": rec.record_id,
                      "title": rec.title, **row})
        seen: set[tuple[str, str | None, str | None]] = set()
        for p in rec.participants:
            key = (p.role, p.iso3, p.org_name)
            if p.role in ROLES and (p.iso3 or p.org_name) and key not in seen:
                seen.add(key)
                people.append({"initiative_id": n, "role": p.role, "iso3": p.iso3,
                               "org_name": (p.org_name or None) and p.org_name[:300],
                               "source_name": p.source_name[:300]})
        for scheme, code, name in rec.sectors:
            sectors.append({"initiative_id": n, "scheme": scheme, "code": code,
                            "name": name[:200]})
        urls: set[str] = set()
        for url, label in rec.links:
            if url.startswith(("http://", "https://")) and len(url) <= 1000 and url not in urls:
                urls.add(url)
                links.append({"initiative_id": n, "url": url, "label": label[:300]})
        sources.append({"initiative_id": n, "dataset_id": ds_id, "locator": rec.locator[:300],
                        "citation": citation})
        texts.extend({"d": ds_id, "r": rec.record_id, "f": field, "l": lang[:16], "t": value}
                     for field, lang, value in rec.texts)
        if len(inits) >= BATCH:  # written as we go: the rows never all sit in memory twice
            flush()
    flush()
    return int(top) + 1


def _insert_indicators(conn: Any, parsed: Parsed, ds_id: int) -> None:
    if not parsed.indicators:
        return
    from sqlalchemy import text

    from explorer.store.models import GroupObservation, Indicator, Observation

    taken = {str(c): str(k) for c, k in conn.execute(text(
        "SELECT i.code, d.key FROM indicator i JOIN dataset d ON d.id = i.dataset_id"))}
    mine = {i.code for i in parsed.indicators}
    clash = sorted(c for c in mine if c in taken and taken[c].startswith("import-"))
    if clash:
        # Another import holds these series: the first import keeps them.
        parsed.warn_once(f"{len(clash)} indicator(s) already imported from another file kept "
                         f"as they are: {', '.join(clash[:5])}")
        keep = set(clash)
        parsed.indicators = [i for i in parsed.indicators if i.code not in keep]
        parsed.observations = [o for o in parsed.observations if o[0] not in keep]
        parsed.group_observations = [o for o in parsed.group_observations if o[0] not in keep]
    taken_over = sorted(c for c in mine if c in taken and c not in clash)
    if taken_over:
        _save_originals(conn, parsed.dataset.key, taken_over)
        parsed.warn_once(f"{len(taken_over)} indicator(s) of the reference data now show this "
                         f"file's values (removing the import restores them): "
                         f"{', '.join(taken_over[:5])}")
    years: dict[str, list[int]] = {}
    for code, _iso3, year, _value in parsed.observations:
        span = years.setdefault(code, [year, year])
        span[0], span[1] = min(span[0], year), max(span[1], year)
    _batched(conn, Indicator.__table__, (
        {"code": i.code, "name": i.name[:300], "unit": i.unit[:100], "topic": i.topic[:100],
         "description": i.description, "first_year": years.get(i.code, [None, None])[0],
         "last_year": years.get(i.code, [None, None])[1], "dataset_id": ds_id}
        for i in parsed.indicators))
    _batched(conn, Observation.__table__, (
        {"indicator_code": c, "iso3": iso3, "year": y, "value": v}
        for c, iso3, y, v in parsed.observations))
    _batched(conn, GroupObservation.__table__, (
        {"indicator_code": c, "group_code": g, "year": y, "value": v}
        for c, g, y, v in parsed.group_observations))


# Reference series an import took over, kept so that removing the import restores them.
SAVED_INDICATOR = "import_saved_indicator"
SAVED_VALUE = "import_saved_value"
_SAVED_DDL = (
    f"CREATE TABLE IF NOT EXISTS {SAVED_INDICATOR} (code VARCHAR(40) PRIMARY KEY, "
    "owner VARCHAR(64) NOT NULL, data TEXT NOT NULL)",
    f"CREATE TABLE IF NOT EXISTS {SAVED_VALUE} (code VARCHAR(40) NOT NULL, "
    "is_group BOOLEAN NOT NULL, who VARCHAR(32) NOT NULL, year SMALLINT NOT NULL, "
    "value FLOAT NOT NULL)",
)


def _save_originals(conn: Any, owner: str, codes: list[str]) -> None:
    from sqlalchemy import bindparam, text

    for name, ddl in zip((SAVED_INDICATOR, SAVED_VALUE), _SAVED_DDL, strict=True):
        _create(conn, name, ddl)
    cols = ("code", "name", "unit", "topic", "description", "first_year", "last_year",
            "dataset_id")
    sel = text(f"SELECT {', '.join(cols)} FROM indicator WHERE code IN :codes").bindparams(
        bindparam("codes", expanding=True))
    saved = [{"code": r[0], "owner": owner, "data": json.dumps(dict(zip(cols, r, strict=True)))}
             for r in conn.execute(sel, {"codes": codes})]
    conn.execute(text(f"INSERT INTO {SAVED_INDICATOR} (code, owner, data) "
                      "VALUES (:code, :owner, :data)"), saved)
    for table, who, flag in (("observation", "iso3", 0), ("group_observation", "group_code", 1)):
        copy = text(f"INSERT INTO {SAVED_VALUE} (code, is_group, who, year, value) "
                    f"SELECT indicator_code, {flag}, {who}, year, value FROM {table} "
                    "WHERE indicator_code IN :codes").bindparams(
                        bindparam("codes", expanding=True))
        conn.execute(copy, {"codes": codes})
        drop = text(f"DELETE FROM {table} WHERE indicator_code IN :codes").bindparams(
            bindparam("codes", expanding=True))
        conn.execute(drop, {"codes": codes})
    conn.execute(text("DELETE FROM indicator WHERE code IN :codes").bindparams(
        bindparam("codes", expanding=True)), {"codes": codes})


def restore_originals(conn: Any, owner: str) -> int:
    """Put back the reference series the import ``owner`` took over; returns how many."""
    from sqlalchemy import text

    if not _has_table(conn, SAVED_INDICATOR):
        return 0
    rows = conn.execute(text(f"SELECT code, data FROM {SAVED_INDICATOR} WHERE owner = :o"),
                        {"o": owner}).all()
    for code, data in rows:
        values = json.loads(data)
        conn.execute(text("DELETE FROM observation WHERE indicator_code = :c"), {"c": code})
        conn.execute(text("DELETE FROM group_observation WHERE indicator_code = :c"),
                     {"c": code})
        conn.execute(text("DELETE FROM indicator WHERE code = :c"), {"c": code})
        conn.execute(text(
            "INSERT INTO indicator (code, name, unit, topic, description, first_year, "
            "last_year, dataset_id) VALUES (:code, :name, :unit, :topic, :description, "
            ":first_year, :last_year, :dataset_id)"), values)
        for table, who, flag in (("observation", "iso3", 0),
                                 ("group_observation", "group_code", 1)):
            conn.execute(text(
                f"INSERT INTO {table} (indicator_code, {who}, year, value) SELECT code, who, "
                f"year, value FROM {SAVED_VALUE} WHERE code = :c AND is_group = {flag}"),
                {"c": code})
        conn.execute(text(f"DELETE FROM {SAVED_VALUE} WHERE code = :c"), {"c": code})
    conn.execute(text(f"DELETE FROM {SAVED_INDICATOR} WHERE owner = :o"), {"o": owner})
    return len(rows)


# Bilateral flows of Comtrade and WITS files, kept apart from the IMF's trade_flow (their
# reporters, partners, units and commodity splits differ); created on first use.
TRADE_TABLE = "import_trade_flow"
_TRADE_DDL = f"""CREATE TABLE IF NOT EXISTS {TRADE_TABLE} (
    dataset_id INTEGER NOT NULL REFERENCES dataset(id),
    reporter VARCHAR(3) NOT NULL,
    partner VARCHAR(200) NOT NULL,
    partner_is_group BOOLEAN NOT NULL,
    flow VARCHAR(1) NOT NULL CHECK (flow IN ('X', 'M')),
    year SMALLINT NOT NULL,
    commodity VARCHAR(20) NOT NULL,
    value_usd FLOAT NOT NULL,
    PRIMARY KEY (dataset_id, reporter, partner, flow, year, commodity)
)"""


def _insert_trade(conn: Any, parsed: Parsed, ds_id: int) -> None:
    if not parsed.trade:
        return
    from sqlalchemy import text

    _create(conn, TRADE_TABLE, _TRADE_DDL)
    stmt = text(f"INSERT OR REPLACE INTO {TRADE_TABLE} VALUES (:d, :r, :p, :g, :f, :y, :c, :v)"
                if conn.dialect.name == "sqlite" else
                f"INSERT INTO {TRADE_TABLE} VALUES (:d, :r, :p, :g, :f, :y, :c, :v)")
    rows = [{"d": ds_id, "r": t.reporter, "p": t.partner, "g": t.partner_is_group, "f": t.flow,
             "y": t.year, "c": t.commodity, "v": t.value_usd} for t in parsed.trade]
    for start in range(0, len(rows), BATCH):
        conn.execute(stmt, rows[start:start + BATCH])


# Titles and descriptions in each language a file gives (IATI narratives' xml:lang), keyed
# on the initiative's stable key (dataset + the source's record id), not its row id.
TEXT_TABLE = "import_initiative_text"
_TEXT_DDL = f"""CREATE TABLE IF NOT EXISTS {TEXT_TABLE} (
    dataset_id INTEGER NOT NULL REFERENCES dataset(id),
    source_record_id VARCHAR(200) NOT NULL,
    field VARCHAR(20) NOT NULL CHECK (field IN ('title', 'description')),
    lang VARCHAR(16) NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (dataset_id, source_record_id, field, lang)
)"""


def _text_insert(conn: Any) -> Any:
    """The insert of one text (a language repeated in a file: its first text is kept)."""
    from sqlalchemy import text

    verb = "INSERT OR IGNORE INTO" if conn.dialect.name == "sqlite" else "INSERT INTO"
    tail = "" if conn.dialect.name == "sqlite" else " ON CONFLICT DO NOTHING"
    return text(f"{verb} {TEXT_TABLE} VALUES (:d, :r, :f, :l, :t){tail}")


def _insert_rows(conn: Any, model: Any, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the first row's keys) into ``model``'s table; on SQLite
    straight through the driver's executemany (SQLAlchemy's per-row parameter handling was a
    third of the write time of a 100,000-activity import), elsewhere through SQLAlchemy."""
    if conn.dialect.name != "sqlite":
        from sqlalchemy import insert

        conn.execute(insert(model), rows)
        return
    cols = list(rows[0])
    name = getattr(model, "__tablename__", None) or model.name  # a model or its Table
    sql = (f"INSERT INTO {name} ({', '.join(cols)}) "
           f"VALUES ({', '.join('?' * len(cols))})")
    conn.exec_driver_sql(sql, [tuple(row.get(c) for c in cols) for row in rows])
