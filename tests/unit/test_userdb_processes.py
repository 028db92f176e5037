"""Several real processes opening one fresh (or old) user database at the same moment: each
opens it, the schema is made once, and an upgrade keeps one backup with every row."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from explorer.store.migrate import head_revision

ROOT = Path(__file__).resolve().parents[2]
PROCESSES = 4

# Each process loads SQLAlchemy and Alembic first, then waits for the "go" file, so that
# all of them call open_user_db within a millisecond or so of each other.
OPENER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from explorer.store.userdb import open_user_db
    import alembic.command, alembic.script  # loaded before the start, not during it
    go = Path(sys.argv[2])
    Path(sys.argv[3]).touch()
    while not go.exists():
        time.sleep(0.0005)
    open_user_db(Path(sys.argv[1])).dispose()
    """
)


def open_at_once(path: Path, tmp: Path) -> list[subprocess.CompletedProcess[str]]:
    go = tmp / "go"
    go.unlink(missing_ok=True)
    ready = [tmp / f"ready{n}" for n in range(PROCESSES)]
    command = [sys.executable, "-c", OPENER, str(path), str(go)]
    pipe = subprocess.PIPE
    procs = [
        subprocess.Popen([*command, str(flag)], cwd=ROOT, text=True, stdout=pipe, stderr=pipe)
        for flag in ready
    ]
    deadline = time.monotonic() + 120
    while not all(flag.exists() for flag in ready):
        assert time.monotonic() < deadline, "the openers did not start"
        time.sleep(0.01)
    go.touch()
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    for flag in ready:
        flag.unlink()
    return results


def revision(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])


@pytest.mark.parametrize("round_", range(2))
def test_fresh_file_opened_by_several_processes_at_once(tmp_path: Path, round_: int) -> None:
    path = tmp_path / "user" / "user.sqlite"
    for done in open_at_once(path, tmp_path):
        assert done.returncode == 0, done.stderr
    assert revision(path) == head_revision("user")
    assert not list(path.parent.glob("*.bak-*"))  # a new file has nothing to back up


def test_old_file_upgraded_once_by_several_processes(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    from explorer.store.engine import make_engine
    from explorer.store.migrate import _HERE

    path = tmp_path / "user.sqlite"
    engine = make_engine(path)
    with engine.begin() as conn:  # the first schema only, with a note on it
        cfg = Config()
        cfg.set_main_option("script_location", str(_HERE / "user"))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "u0001")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO note (target_kind, target_key, text, created_at, updated_at)"
            " VALUES ('initiative', 'undp-ss:149', 'kept', '2026-12-01 10:00:00',"
            " '2026-12-01 10:00:00')"
        )
    for done in open_at_once(path, tmp_path):
        assert done.returncode == 0, done.stderr
    assert revision(path) == head_revision("user")
    assert [p.name for p in tmp_path.glob("*.bak-*")] == ["user.sqlite.bak-u0001"]
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT text FROM note").fetchall() == [("kept",)]
