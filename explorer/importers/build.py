"""Build the reference database from the sources folder, atomically.

The build writes a temporary file beside the target and swaps it in only when every step
succeeded and the integrity check passed, so a failed or cancelled build leaves the previous
good database untouched.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from explorer import __version__
from explorer.importers.context import BuildContext, CancelFn, ProgressFn
from explorer.importers.errors import BuildCancelled, SourceError
from explorer.importers.readers import load_toml
from explorer.paths import CURATED_DIR

StepFn = Callable[[BuildContext], int]


@dataclass(frozen=True)
class Step:
    """One build step: a label for progress, the loader, and its share of the work."""

    key: str
    label: str
    run: StepFn
    weight: float


def _steps() -> list[Step]:
    # Imported here so that `exchange-explorer --help` does not pay for every importer.
    from explorer.importers import (
        abc_brazil,
        aiddata,
        brief,
        countries,
        dots,
        groups,
        sectors,
        shapes,
        students,
        undp,
        wdi,
    )
    from explorer.store import fts

    return [
        Step("datasets", "Datasets", load_datasets, 0.5),
        Step("countries", "Countries and names", countries.load_countries, 2),
        Step("income_history", "Income classifications", countries.load_income_history, 1),
        Step("groups", "Groups and memberships", groups.load_groups, 1),
        Step("indicators", "World Development Indicators", wdi.load_wdi, 14),
        Step("trade", "IMF Direction of Trade", dots.load_trade, 40),
        Step("students", "Student mobility", students.load_students, 2),
        Step("shapes", "Country shapes", shapes.load_shapes, 3),
        Step("undp", "UNDP South-South projects", undp.load_undp, 0.5),
        Step("aiddata", "AidData Chinese official finance", aiddata.load_aiddata, 3),
        Step("abc", "Brazilian Cooperation Agency", abc_brazil.load_abc, 1),
        Step("brief", "Cases and figures of the brief", brief.load_brief, 0.5),
        Step("summary", "Summary figures", _summaries, 1),
        Step("imports", "Your imported files", _reapply_imports, 1),
        Step("sectors", "DAC sectors (codes, crosswalk, inference)", sectors.load_dac, 1),
        Step("row_counts", "Provenance counts", count_rows_per_dataset, 1),
        Step("search_index", "Search index", lambda ctx: fts.build_index(ctx.conn), 4),
    ]


def _summaries(ctx: BuildContext) -> int:
    """The trade summary figures, then the WDI ones (two modules, no cycle between them)."""
    from explorer.store.summary import build_summary
    from explorer.store.summary_wdi import build_wdi_summary

    return build_summary(ctx.conn) + build_wdi_summary(ctx.conn)


def _reapply_imports(ctx: BuildContext) -> int:
    from explorer.importers.formats.run import build_step

    return build_step(ctx)


def load_datasets(ctx: BuildContext) -> int:
    """Declare every dataset of ``datasets.toml`` so importers can point rows at it."""
    from explorer.store.models import Dataset

    declared = load_toml(ctx.curated / "datasets.toml")
    rows = []
    for key, info in declared.items():
        try:
            rows.append(
                {
                    "key": key,
                    "name": info["name"],
                    "publisher": info["publisher"],
                    "licence": info["licence"],
                    "version": info["version"],
                    "url": info.get("url", ""),
                    "citation": info["citation"],
                    "coverage": info.get("coverage", ""),
                    "notes": info.get("notes", ""),
                    "files": info.get("files", ""),
                    "row_count": 0,
                }
            )
        except KeyError as exc:
            raise SourceError(ctx.curated / "datasets.toml", f"[{key}] lacks {exc}") from None
    ctx.insert(Dataset, rows)
    from sqlalchemy import select

    for ds_id, key in ctx.conn.execute(select(Dataset.id, Dataset.key)):
        ctx.datasets[key] = ds_id
    return len(rows)


def count_rows_per_dataset(ctx: BuildContext) -> int:
    """Store in ``dataset.row_count`` how many rows each dataset contributed."""
    from sqlalchemy import text

    from explorer.store.models import Base

    counts: dict[int, int] = {}
    for table in Base.metadata.sorted_tables:
        # initiative_source repeats the initiative's own dataset; counting it would double.
        if "dataset_id" not in table.c or table.name in {"dataset", "initiative_source"}:
            continue
        sql = f"SELECT dataset_id, count(*) FROM {table.name} GROUP BY dataset_id"
        for ds_id, n in ctx.conn.execute(text(sql)):
            counts[ds_id] = counts.get(ds_id, 0) + int(n)
    # Observations reach their dataset through the indicator.
    for name in ("observation", "group_observation"):
        sql = (
            f"SELECT i.dataset_id, count(*) FROM {name} o "
            "JOIN indicator i ON i.code = o.indicator_code GROUP BY i.dataset_id"
        )
        for ds_id, n in ctx.conn.execute(text(sql)):
            counts[ds_id] = counts.get(ds_id, 0) + int(n)
    ctx.conn.execute(
        text("UPDATE dataset SET row_count = :n WHERE id = :id"),
        [{"id": ds_id, "n": n} for ds_id, n in counts.items()],
    )
    return len(counts)


@dataclass
class BuildResult:
    """What a finished build reports."""

    path: Path
    counts: dict[str, int]
    seconds: float


def build_database(
    sources: Path,
    out: Path,
    *,
    curated: Path = CURATED_DIR,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
    allow_shrink: bool = False,
) -> BuildResult:
    """Build the reference database from ``sources`` into ``out``.

    Raises ``SourceError`` (naming the file) for bad input, an unusable target, a second
    build of the same target, or a source that shrank far below the previous build (a
    truncated file; ``allow_shrink`` accepts it), and ``BuildCancelled`` when cancelled; in
    every case ``out`` is left exactly as it was. The target is checked before any work.
    """
    from explorer.store.swap import TargetError, TargetLock, check_target, remove_stale_temps

    if not sources.is_dir():
        raise SourceError(sources, "sources folder not found")
    started = time.perf_counter()
    try:
        if not out.parent.exists():
            out.parent.mkdir(parents=True, exist_ok=True)
        target = check_target(out, kind="database")
        lock = TargetLock(target)
        lock.acquire()
    except TargetError as exc:
        raise SourceError(exc.path, exc.problem) from None
    except OSError as exc:
        raise SourceError(out, exc.strerror or str(exc)) from None
    try:
        remove_stale_temps(target)
        result = _build_locked(sources, target, curated, progress, cancelled, allow_shrink)
    finally:
        lock.release()
    return BuildResult(out, result, time.perf_counter() - started)


def _build_locked(
    sources: Path,
    target: Path,
    curated: Path,
    progress: ProgressFn | None,
    cancelled: CancelFn | None,
    allow_shrink: bool,
) -> dict[str, int]:
    """The build itself, while this process holds the target's lock."""
    from sqlalchemy import text

    from explorer.store.engine import make_engine
    from explorer.store.migrate import upgrade_reference
    from explorer.store.swap import durable_replace, temp_beside

    tmp = temp_beside(target)
    report = progress or (lambda _label, _fraction: None)
    engine = make_engine(tmp, bulk=True)
    steps = _steps()
    total_weight = sum(s.weight for s in steps)
    try:
        with engine.begin() as conn:
            upgrade_reference(conn)
        done = 0.0
        with engine.begin() as conn:
            ctx = BuildContext(
                conn=conn,
                sources=sources,
                curated=curated,
                progress=report,
                cancelled=cancelled or (lambda: False),
            )
            for step in steps:
                ctx.check_cancel()
                report(step.label, done / total_weight)
                ctx.counts[step.key] = _run_step(step, ctx, tmp)
                done += step.weight
            stamp = datetime.now(UTC).isoformat(timespec="seconds")
            info = {
                "built_at": stamp,
                "app_version": __version__,
                "sources": str(sources.resolve()),
            }
            conn.execute(
                text("INSERT INTO build_info (key, value) VALUES (:k, :v)"),
                [{"k": k, "v": v} for k, v in info.items()],
            )
        with engine.begin() as conn:
            from explorer.store import build_record

            build_record.record(conn)  # after the index is final: check compares with it
        report("Checking", 0.99)
        with engine.connect() as conn:
            from explorer.store.sqlite.health import integrity_problems

            raw = conn.connection.dbapi_connection  # the SQLite file's own checks
            problems = integrity_problems(raw) if raw is not None else []  # type: ignore[arg-type]
            if problems:
                raise SourceError(tmp, "integrity check failed: " + "; ".join(problems[:5]))
            conn.execute(text("ANALYZE"))
            conn.commit()
            new_counts = _dataset_counts(conn)
        engine.dispose()
        if not allow_shrink:
            _refuse_shrink(target, new_counts)
        durable_replace(tmp, target)
        report("Done", 1.0)
    except BaseException as exc:
        engine.dispose()
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError) and not isinstance(exc, SourceError):
            raise SourceError(Path(exc.filename or target), exc.strerror or str(exc)) from None
        problem = _write_failure(exc)
        if problem:
            raise SourceError(tmp, f"cannot write the new database ({problem})") from None
        raise
    return dict(ctx.counts)


def _run_step(step: Step, ctx: BuildContext, tmp: Path) -> int:
    """Run one step; failures of the machine or the file become one-line ``SourceError``s."""
    from sqlalchemy.exc import IntegrityError, OperationalError

    try:
        return step.run(ctx)
    except (SourceError, BuildCancelled):
        raise
    except PermissionError as exc:
        raise SourceError(Path(exc.filename or ctx.sources), "permission denied") from None
    except IsADirectoryError as exc:
        raise SourceError(Path(exc.filename or ctx.sources), "is a folder, not a file") from None
    except RecursionError:
        raise SourceError(ctx.sources, f"{step.label}: a source is nested too deeply") from None
    except IntegrityError as exc:
        reason = str(exc.orig).splitlines()[0] if exc.orig is not None else "constraint failed"
        raise SourceError(
            ctx.sources, f"{step.label}: a record occurs twice or points nowhere ({reason})"
        ) from None
    except OperationalError as exc:
        problem = _write_failure(exc)
        if problem:
            raise SourceError(tmp, f"cannot write the new database ({problem})") from None
        raise


def _write_failure(exc: BaseException) -> str | None:
    """The driver's reason when ``exc`` is the disk failing (full, I/O error), else None."""
    from sqlalchemy.exc import OperationalError

    if not isinstance(exc, OperationalError) or exc.orig is None:
        return None
    reason = str(exc.orig).splitlines()[0]
    return reason if any(w in reason for w in ("full", "disk", "I/O")) else None


# A dataset whose rows fall below this share of the previous build's is taken for a
# truncated or damaged source and refused (unless the build allows it).
SHRINK_LIMIT = 0.8


def _dataset_counts(conn: Any) -> dict[str, int]:
    from sqlalchemy import text

    rows = conn.execute(text("SELECT key, row_count FROM dataset"))
    return {str(key): int(n) for key, n in rows}


def _refuse_shrink(target: Path, new_counts: dict[str, int]) -> None:
    """``SourceError`` when a dataset lost far more rows than a source update would."""
    previous = _previous_counts(target)
    shrunk = [
        (key, new_counts.get(key, 0), old)
        for key, old in sorted(previous.items())
        if old >= 20 and new_counts.get(key, 0) < old * SHRINK_LIMIT
    ]
    if not shrunk:
        return
    key, new, old = shrunk[0]
    more = f" (and {len(shrunk) - 1} more)" if len(shrunk) > 1 else ""
    raise SourceError(
        target,
        f"dataset {key} has {new:,} rows, the current database {old:,}{more}: a source file "
        "looks truncated; the current database was kept (build with --allow-shrink if the "
        "smaller source is right)",
    )


def _previous_counts(target: Path) -> dict[str, int]:
    """Rows per dataset in the database being replaced ({} if there is none, or unreadable)."""
    if not target.is_file():
        return {}
    from sqlalchemy.exc import SQLAlchemyError

    from explorer.store.engine import make_engine

    engine = make_engine(target, readonly=True)
    try:
        with engine.connect() as conn:
            return _dataset_counts(conn)
    except SQLAlchemyError:
        return {}
    finally:
        engine.dispose()
