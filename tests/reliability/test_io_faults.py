"""Category 2: I/O faults while writing. A full disk (``RLIMIT_FSIZE`` below the file's
size, so every page SQLite writes past it fails) and a database locked by another process,
for an import into the reference database and for a saved search in the user database.
Each gives a clear message, and nothing stored is lost or half-changed."""

from __future__ import annotations

import hashlib
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from explorer.store.userdb import open_user_db
from tests.reliability.conftest import Campaign

ROOT = Path(__file__).resolve().parents[2]
IATI = ROOT / "tests" / "fixtures" / "importers" / "iati-2.03.xml"

_SAVE = """
import sys
from pathlib import Path
from sqlalchemy.orm import Session
from explorer.store.queries.saved_searches import save_search
from explorer.store.userdb import open_user_db
from explorer.cli.common import environment_problem
engine = open_user_db(Path(sys.argv[1]))
try:
    for i in range(2000):
        with Session(engine) as s, s.begin():
            save_search(s, f"search {i}", "x" * 4000)
except Exception as exc:
    problem = environment_problem(exc)
    if problem is None:
        raise
    print(problem, file=sys.stderr)
    sys.exit(2)
"""


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE '%fts%'"
            " AND name NOT LIKE 'sqlite_%'")]  # fmt: skip
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        con.close()


def _limited(limit: int) -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def _verdict(result: subprocess.CompletedProcess[str], before: dict[str, int],
             after: dict[str, int], integrity: str) -> str | None:  # fmt: skip
    if "Traceback" in result.stderr:
        return "traceback: " + result.stderr.strip().splitlines()[-1][:160]
    if result.returncode == 0:
        return "exit 0 although the write could not be done"
    if not result.stderr.strip() and not result.stdout.strip():
        return "no message"
    if integrity != "ok":
        return f"integrity: {integrity}"
    if after != before:
        changed = sorted(k for k in before if before[k] != after.get(k))
        return f"half-changed tables: {changed}"
    return None


def _integrity(db: Path) -> str:
    con = sqlite3.connect(db)
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()


@pytest.mark.realdata
def test_import_on_a_full_disk_and_a_locked_database(
    reference_db: Path, tmp_path: Path, campaign: Campaign, timed: dict[str, str]
) -> None:
    category = timed["category"] = "I/O faults: import"
    env = {**os.environ, "EXPLORER_USER_DIR": str(tmp_path / "user")}
    for fault in ("disk full", "locked"):
        db = tmp_path / f"{fault.replace(' ', '-')}.sqlite"
        shutil.copyfile(reference_db, db)
        before = _counts(db)
        command = [sys.executable, "-m", "explorer", "import", "--db", str(db), str(IATI)]
        holder = None
        if fault == "disk full":
            size = db.stat().st_size
            result = subprocess.run(command, capture_output=True, text=True, env=env,
                                    timeout=300, preexec_fn=lambda s=size: _limited(s))  # fmt: skip
        else:
            holder = sqlite3.connect(db, timeout=0)
            holder.execute("BEGIN EXCLUSIVE")
            started = time.monotonic()
            result = subprocess.run(command, capture_output=True, text=True, env=env,
                                    timeout=300)  # fmt: skip
            waited = time.monotonic() - started
            holder.rollback()
            holder.close()
        problem = _verdict(result, before, _counts(db), _integrity(db))
        if problem is None and fault == "locked" and waited > 60:
            problem = f"waited {waited:.0f} s for the lock"
        if problem is None and fault == "locked" and "in use" not in result.stderr:
            problem = "a lock reported as something else: " + result.stderr.strip()[:120]
        campaign.record(category, fault, problem is None,
                        problem or result.stderr.strip()[:120])  # fmt: skip
    assert not campaign.failures(category), campaign.failures(category)


def test_saved_searches_on_a_full_disk(tmp_path: Path, campaign: Campaign,
                                       timed: dict[str, str]) -> None:  # fmt: skip
    category = timed["category"] = "I/O faults: user database"
    db = tmp_path / "user.sqlite"
    open_user_db(db).dispose()
    con = sqlite3.connect(db)
    con.execute("INSERT INTO saved_search (name, query, created_at) "
                "VALUES ('kept', 'health', '2026-12-03 10:00:00')")  # fmt: skip
    con.commit()
    con.close()
    limit = db.stat().st_size + 64 * 1024
    result = subprocess.run([sys.executable, "-c", _SAVE, str(db)], capture_output=True,
                            text=True, timeout=120, preexec_fn=lambda: _limited(limit))  # fmt: skip
    con = sqlite3.connect(db)
    names = {r[0] for r in con.execute("SELECT name FROM saved_search")}
    integrity = str(con.execute("PRAGMA integrity_check").fetchone()[0])
    con.close()
    problems = []
    if "Traceback" in result.stderr or result.returncode != 2:
        problems.append(f"exit {result.returncode}: {result.stderr.strip()[-160:]}")
    if integrity != "ok" or "kept" not in names:
        problems.append(f"integrity {integrity}; kept search present: {'kept' in names}")
    campaign.record(category, "disk full during saved searches", not problems, "; ".join(problems))
    assert not problems, problems
