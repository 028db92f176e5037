"""Category 1: kill -9 during a write path, at seeded random moments. After each kill the
file passes SQLite's integrity check and every write the process reported complete is
there."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from explorer.store.userdb import open_user_db
from tests.reliability.conftest import SEED, Campaign, cases
from tests.sqlite_files import integrity

_NOTES = """
import sys
from pathlib import Path
from explorer.store import workspace as ws
from explorer.store.userdb import open_user_db
user = ws.durable(open_user_db(Path(sys.argv[1])))
nid = ws.add_note(user, "MOZ", "", "Mozambique")
print("note", nid, flush=True)
i = 0
while True:
    i += 1
    ws.save_note_text(user, nid, f"draft {i}")
    print(i, flush=True)
"""

_SAVED_SEARCHES = """
import sys
from pathlib import Path
from sqlalchemy.orm import Session
from explorer.store import workspace as ws
from explorer.store.queries.saved_searches import save_search
from explorer.store.userdb import open_user_db
user = ws.durable(open_user_db(Path(sys.argv[1])))
tag = sys.argv[2]
print("ready", flush=True)
i = 0
while True:
    i += 1
    with Session(user) as s, s.begin():
        save_search(s, f"{tag}-{i}", f"sector:health provider:BRA {i}")
    print(i, flush=True)
"""


def _run_and_kill(script: str, args: list[str], after: float) -> tuple[list[str], int]:
    """Start ``script``, read what it reports for ``after`` seconds, SIGKILL it; (the
    first line, the last number it reported complete)."""
    proc = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)  # fmt: skip
    assert proc.stdout is not None
    first = proc.stdout.readline().split()
    reported = 0
    deadline = time.monotonic() + after
    line = proc.stdout.readline()
    while line and time.monotonic() < deadline:
        reported = int(line.split()[0])
        line = proc.stdout.readline()
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return first, reported


def test_kill_during_note_autosave(
    tmp_path: Path, campaign: Campaign, timed: dict[str, str]
) -> None:
    category = timed["category"] = "kill -9: note autosave"
    rng = random.Random(SEED)
    db = tmp_path / "user.sqlite"
    open_user_db(db).dispose()
    for n in range(cases(20, 100)):
        after = rng.uniform(0.0, 0.3)
        first, reported = _run_and_kill(_NOTES, [str(db)], after)
        case = f"seed {SEED} case {n} (kill after {after:.3f} s)"
        status = integrity(db)
        if status != "ok":
            campaign.record(category, case, False, f"integrity: {status}")
            continue
        con = sqlite3.connect(db)
        row = con.execute("SELECT text FROM note WHERE id = ?", (int(first[1]),)).fetchone()
        con.close()
        saved = int(row[0].rsplit(" ", 1)[-1]) if row and row[0] else 0
        ok = row is not None and saved >= reported
        campaign.record(category, case, ok, f"reported draft {reported}, found {saved}")
    assert not campaign.failures(category)


def test_kill_during_saved_searches(
    tmp_path: Path, campaign: Campaign, timed: dict[str, str]
) -> None:
    category = timed["category"] = "kill -9: saved searches"
    rng = random.Random(SEED + 1)
    db = tmp_path / "user.sqlite"
    open_user_db(db).dispose()
    expected: set[str] = set()
    for n in range(cases(20, 100)):
        after = rng.uniform(0.0, 0.3)
        _, reported = _run_and_kill(_SAVED_SEARCHES, [str(db), f"r{n}"], after)
        expected |= {f"r{n}-{i}" for i in range(1, reported + 1)}
        case = f"seed {SEED + 1} case {n} (kill after {after:.3f} s)"
        status = integrity(db)
        if status != "ok":
            campaign.record(category, case, False, f"integrity: {status}")
            continue
        con = sqlite3.connect(db)
        names = {r[0] for r in con.execute("SELECT name FROM saved_search")}
        con.close()
        missing = expected - names
        campaign.record(category, case, not missing, f"{len(missing)} reported saves missing")
    assert not campaign.failures(category)
