"""Category 2: I/O faults while writing. A full disk (a tmpfs with 64 KiB free beside the
database; where mounting is not allowed, ``RLIMIT_FSIZE`` at the file's size), a database
locked by another process and a read-only user folder, for an import into the reference
database and for the user database.
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
from tests.sqlite_files import integrity, table_counts

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


@pytest.mark.realdata
def test_import_on_a_full_disk_and_a_locked_database(
    reference_db: Path, tmp_path: Path, campaign: Campaign, timed: dict[str, str]
) -> None:
    category = timed["category"] = "I/O faults: import"
    env = {**os.environ, "EXPLORER_USER_DIR": str(tmp_path / "user")}
    for fault in ("disk full", "locked"):
        db = tmp_path / f"{fault.replace(' ', '-')}.sqlite"
        disk = None
        if fault == "disk full" and _mount(tmp_path / "disk", reference_db.stat().st_size
                                           + (64 << 10)):  # fmt: skip
            disk = tmp_path / "disk"  # a real full disk: the database and 64 KiB free
            db = disk / db.name
        shutil.copyfile(reference_db, db)
        before = table_counts(db)
        command = [sys.executable, "-m", "explorer", "import", "--db", str(db), str(IATI)]
        holder = None
        if fault == "disk full" and disk is not None:
            result = subprocess.run(command, capture_output=True, text=True, env=env,
                                    timeout=300)  # fmt: skip
        elif fault == "disk full":  # no mount allowed: every file limited to the DB's size
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
        problem = _verdict(result, before, table_counts(db), integrity(db))
        if problem is None and fault == "locked" and waited > 60:
            problem = f"waited {waited:.0f} s for the lock"
        if problem is None and fault == "locked" and "in use" not in result.stderr:
            problem = "a lock reported as something else: " + result.stderr.strip()[:120]
        campaign.record(category, fault, problem is None,
                        problem or result.stderr.strip()[:120])  # fmt: skip
        if disk is not None:
            subprocess.run(["umount", "-l", str(disk)], check=False)
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


def _mount(folder: Path, size: int = 8 << 20) -> bool:
    """A tmpfs of ``size`` bytes at ``folder``: a small disk that can really fill up, or be
    made read-only (root in CI, so a chmod would not stop writes). False when not allowed."""
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True, check=False)  # fmt: skip
    return done.returncode == 0


def test_read_only_user_folder(tmp_path: Path, campaign: Campaign, timed: dict[str, str]
                               ) -> None:  # fmt: skip
    """The user folder on a read-only disk: every command that writes says so in one line
    naming the disk, nothing is moved or rebuilt, and the file is byte-identical after."""
    from explorer.jobs.errors import classify_error
    from explorer.store.sqlite.user_recovery import UserFolderUnwritable
    from explorer.store.userdb import start_user_db

    category = timed["category"] = "I/O faults: read-only user folder"
    mount = tmp_path / "usb"
    if not _mount(mount):
        pytest.skip("no permission to mount a tmpfs here")  # CI runs as root: it can
    try:
        user_dir = mount / "user"
        env = {**os.environ, "EXPLORER_USER_DIR": str(user_dir)}
        cli = [sys.executable, "-m", "explorer"]
        made = subprocess.run([*cli, "notes", "add", "--on", "BRA", "Embrapa: call Ana"],
                              env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert made.returncode == 0, made.stderr
        db = next(user_dir.rglob("user.sqlite"))
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        before = _digest(db)
        names = sorted(p.name for p in db.parent.iterdir())
        for argv in (["notes", "add", "--on", "MOZ", "new"], ["notes", "list"],
                     ["bookmarks", "add", "MOZ"], ["workspace", "recover"]):  # fmt: skip
            done = subprocess.run([*cli, *argv], env=env, cwd=ROOT, capture_output=True,
                                  text=True, timeout=120)  # fmt: skip
            lines = done.stderr.strip().splitlines()
            ok = (done.returncode == 2 and len(lines) == 1 and "read-only" in lines[0]
                  and "Traceback" not in done.stderr and _digest(db) == before)  # fmt: skip
            campaign.record(category, " ".join(argv), ok, f"rc {done.returncode}: {lines[-3:]}")
        # The app's start-up job: a clear environment message, not a "repair".
        try:
            start_user_db(db)
            campaign.record(category, "start-up job", False, "no error on a read-only disk")
        except UserFolderUnwritable as exc:
            error = classify_error(exc)
            campaign.record(category, "start-up job", error.environment and "read-only" in
                            error.message and _digest(db) == before, error.message)  # fmt: skip
        fresh = subprocess.run([*cli, "notes", "list"], cwd=ROOT, capture_output=True,
                               text=True, timeout=120,
                               env={**env, "EXPLORER_USER_DIR": str(mount / "new")})  # fmt: skip
        campaign.record(category, "no user folder yet", fresh.returncode == 2 and
                        "read-only" in fresh.stderr and "Traceback" not in fresh.stderr,
                        fresh.stderr.strip()[-200:])  # fmt: skip
        assert sorted(p.name for p in db.parent.iterdir()) == names  # nothing moved aside
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)
    assert not campaign.failures(category), campaign.failures(category)
