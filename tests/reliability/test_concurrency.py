"""Category 6: readers while the data is swapped. Reader processes search the reference
database over and over (one opening it afresh for every query, as the command line does;
one keeping its handle, as the window does) while the file is replaced again and again the
way a build or a package install replaces it (a temporary file beside it, then an atomic,
durable rename). Every read sees the old data or the new, never an error."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from explorer.store.swap import durable_replace, temp_beside
from tests.reliability.conftest import Campaign, cases

_READER = """
import json, sys, time
from pathlib import Path
from explorer.store.database import Database
from explorer.store.queries.search import search
path, mode, seconds = Path(sys.argv[1]), sys.argv[2], float(sys.argv[3])
kept = Database.open(path, readonly=True) if mode == "keep" else None
end = time.monotonic() + seconds
reads, errors, totals = 0, [], set()
while time.monotonic() < end:
    db = kept or Database.open(path, readonly=True)
    try:
        with db.connect() as conn:
            search(conn, "health provider:BRA", limit=20)
            totals.add(conn.exec_driver_sql("SELECT count(*) FROM initiative").scalar())
        reads += 1
    except Exception as exc:
        errors.append(f"{type(exc).__name__}: {str(exc)[:160]}")
    finally:
        if kept is None:
            db.dispose()
print(json.dumps({"reads": reads, "errors": errors[:5], "n_errors": len(errors),
                  "totals": sorted(totals)}))
"""


@pytest.mark.realdata
def test_readers_during_swaps(reference_db: Path, tmp_path: Path, campaign: Campaign,
                              timed: dict[str, str]) -> None:  # fmt: skip
    category = timed["category"] = "concurrency: readers during swaps"
    old = tmp_path / "old.sqlite"
    new = tmp_path / "new.sqlite"
    shutil.copyfile(reference_db, old)
    shutil.copyfile(reference_db, new)
    con = sqlite3.connect(new)  # the "new" data: five initiatives fewer
    con.execute("PRAGMA foreign_keys=ON")
    con.execute("DELETE FROM initiative WHERE id IN (SELECT id FROM initiative LIMIT 5)")
    con.commit()
    expected = {con.execute("SELECT count(*) FROM initiative").fetchone()[0]}
    con.close()
    con = sqlite3.connect(old)
    expected.add(con.execute("SELECT count(*) FROM initiative").fetchone()[0])
    con.close()
    target = tmp_path / "reference.sqlite"
    shutil.copyfile(old, target)
    swaps = cases(6, 30)
    seconds = swaps * 1.5 + 2
    readers = [
        subprocess.Popen([sys.executable, "-c", _READER, str(target), mode, str(seconds)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for mode in ("fresh", "keep", "fresh")
    ]  # fmt: skip
    time.sleep(1.0)
    for n in range(swaps):
        tmp = temp_beside(target)
        shutil.copyfile(new if n % 2 == 0 else old, tmp)
        durable_replace(tmp, target)
        time.sleep(0.5)
    seen: set[int] = set()
    for n, proc in enumerate(readers):
        out, err = proc.communicate(timeout=seconds + 120)
        case = f"reader {n}"
        if proc.returncode != 0 or not out.strip():
            campaign.record(category, case, False, err.strip()[-200:])
            continue
        result = json.loads(out.strip().splitlines()[-1])
        seen |= set(result["totals"])
        stray = set(result["totals"]) - expected
        failures = [f"{case}: {e}" for e in result["errors"]]
        if stray:
            failures.append(f"{case}: saw {sorted(stray)} initiatives (neither old nor new)")
        campaign.bulk(category, int(result["reads"]) + int(result["n_errors"]), failures)
    assert not campaign.failures(category), campaign.failures(category)
    assert seen == expected  # the readers really saw both the old and the new data
