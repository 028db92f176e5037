"""Benchmark "search_mine": has:note, -has:note and note:word over 2,000 notes.

A user database in the work folder holds notes on 2,000 initiatives of the real reference
database (a heavy user: ten missions' worth). Each repeat (one sample) runs five searches
with a filter on the user's records, the user database read each time as the window does
(``resolve_mine_at``), and as the baseline the same searches without that filter, in the
same run, so the ratio says what asking the user's records costs whatever the load.

Run alone: ``python -m bench.run --only search_mine --results /tmp/r.json``.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from bench.harness import BenchmarkFailed, Measurement, RunContext, Target, register

NOTES = 2000
# (with the user's records, the same search without them)
PAIRS = (
    ("has:note", ""),
    ("-has:note", ""),
    ("note:irrigation", ""),
    ("has:note water", "water"),
    ("-has:note provider:CHN", "provider:CHN"),
)


def _db(ctx: RunContext) -> Path:
    from explorer.paths import default_reference_db

    path = Path(ctx.options.get("db") or os.environ.get("EXPLORER_DB") or default_reference_db())
    if not path.is_file():
        raise BenchmarkFailed(f"search_mine: reference database {path} not found")
    return path


def _user_db(reference: Path, work: Path) -> Path:
    """A user database with ``NOTES`` notes on real initiatives (made once per work folder)."""
    from datetime import datetime

    from sqlalchemy.orm import Session

    from explorer.store import workspace as ws
    from explorer.store.engine import make_engine
    from explorer.store.user_models import Note
    from explorer.store.userdb import open_user_db

    path = work / f"search_mine_{NOTES}.sqlite"
    if path.exists():
        return path
    ref = make_engine(reference, readonly=True)
    keys: list[str] = []
    for dataset in ("aiddata-china-v1", "abc-brazil", "undp-ss", "brief"):
        keys += ws.initiative_keys(ref, dataset, NOTES - len(keys))
    ref.dispose()
    user = open_user_db(path)
    now = datetime.now()
    with Session(user) as s, s.begin():
        s.add_all(
            Note(target_kind="initiative", target_key=k, title="", created_at=now,
                 updated_at=now, text="irrigation pilot" if i % 4 == 0 else "ministry visit")
            for i, k in enumerate(keys)
        )  # fmt: skip
    user.dispose()
    return path


@register("search_mine", "Search with has:note/note: over 2,000 notes vs the same without",
          repeats=5, warmup=1, target=Target("ratio", 4.0))  # fmt: skip
def bench_search_mine(ctx: RunContext) -> Measurement:
    from explorer.store.engine import make_engine
    from explorer.store.queries.search import clear_count_cache, search
    from explorer.store.workspace_search import resolve_mine_at

    reference = _db(ctx)
    ctx.work_dir.mkdir(parents=True, exist_ok=True)
    user = _user_db(reference, ctx.work_dir)
    engine = make_engine(reference, readonly=True)
    samples: list[float] = []
    baseline: list[float] = []
    totals: dict[str, int] = {}
    with engine.connect() as conn:
        for i in range(ctx.warmup + ctx.repeats):
            took = plain_took = 0.0
            for mine_query, plain in PAIRS:
                clear_count_cache()
                t = time.perf_counter()
                page = search(conn, mine_query, limit=100, mine=resolve_mine_at(user, mine_query))
                took += time.perf_counter() - t
                clear_count_cache()
                t = time.perf_counter()
                search(conn, plain, limit=100)
                plain_took += time.perf_counter() - t
                totals[mine_query] = page.total
            if i >= ctx.warmup:  # one sample: the whole set, with and without
                samples.append(took)
                baseline.append(plain_took)
    engine.dispose()
    if totals["has:note"] != NOTES:
        raise BenchmarkFailed(f"search_mine: has:note found {totals['has:note']}, not {NOTES}")
    return Measurement(samples, baseline, extra={"totals": totals, "notes": NOTES,
                                                  "load": os.getloadavg()[0]})  # fmt: skip
