"""A damaged user database: set aside, rebuilt from its readable rows and its newest backup,
never deleted (store.sqlite.user_recovery, userdb.start_user_db, ``workspace recover``)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from explorer.store import workspace as ws
from explorer.store import workspace_collections as wc
from explorer.store.sqlite.user_recovery import (
    DAILY_SUFFIX,
    UserDatabaseDamaged,
    daily_backup,
    problem,
)
from explorer.store.userdb import open_user_db, start_user_db
from tests.sqlite_files import notes_of

ROOT = Path(__file__).resolve().parents[2]


def _workspace(path: Path, notes: int, *, start: int = 0) -> None:
    user = ws.durable(open_user_db(path))
    try:
        for i in range(start, start + notes):
            note = ws.add_note(user, f"abc-brazil:BRA/04/{i:03d}", f"note {i}: " + "ç" * 40,
                               f"Title {i}")  # fmt: skip
            if i % 3 == 0:
                wc.tag_note(user, note, [f"tag{i % 4}"])
        ws.add_bookmark(user, f"undp-ss:{start}", f"Bookmark {start}")
        if start == 0:
            wc.create_collection(user, "Mozambique file")
            wc.add_items(user, "Mozambique file", [("BRA", "Brazil"), ("MOZ", "Mozambique")])
    finally:
        user.dispose()


def _checkpoint(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _damage_pages(path: Path, pages: list[int]) -> None:
    """Overwrite whole pages (not the header page) with junk, as a bad disk sector would."""
    size = sqlite3.connect(path).execute("PRAGMA page_size").fetchone()[0]
    with path.open("r+b") as f:
        for page in pages:
            f.seek(page * size)
            f.write(b"\xa5" * size)


def test_a_healthy_file_is_left_alone_and_backed_up_once_a_day(tmp_path: Path) -> None:
    path = tmp_path / "user.sqlite"
    _workspace(path, 5)
    assert problem(path) is None
    target, report = start_user_db(path)
    assert target == path and report is None
    backup = path.with_name(path.name + DAILY_SUFFIX)
    assert backup.exists() and problem(backup) is None
    assert notes_of(backup) == notes_of(path)
    first = backup.stat().st_mtime_ns
    assert daily_backup(path) is None  # same day: not taken again
    assert backup.stat().st_mtime_ns == first
    assert daily_backup(path, now=time.time() + 2 * 86400) == backup  # a day later: taken


def test_a_zeroed_header_is_rebuilt_from_the_backup_and_the_damaged_file_kept(
    tmp_path: Path,
) -> None:
    path = tmp_path / "user.sqlite"
    _workspace(path, 6)
    start_user_db(path)  # the day's backup
    _checkpoint(path)
    original = notes_of(path)
    with path.open("r+b") as f:
        f.write(b"\0" * 100)
    damaged_bytes = path.read_bytes()
    with pytest.raises(UserDatabaseDamaged, match="workspace recover"):
        open_user_db(path)  # a job that opens it names the problem and the way out
    _, report = start_user_db(path)
    assert report is not None
    assert report.damaged.read_bytes() == damaged_bytes  # nothing deleted
    assert report.backup is not None and report.backup.name.endswith(DAILY_SUFFIX)
    assert notes_of(path) == original
    assert problem(path) is None
    user = open_user_db(path)
    try:
        assert [i.key for i in wc.items(user, "Mozambique file")] == ["BRA", "MOZ"]
        assert wc.all_tags(user)  # tags came back attached to their notes
    finally:
        user.dispose()


def test_readable_rows_of_a_damaged_file_win_over_the_older_backup(tmp_path: Path) -> None:
    path = tmp_path / "user.sqlite"
    _workspace(path, 40)
    start_user_db(path)  # backup holds notes 0-39
    _workspace(path, 400, start=40)  # written after the backup: only the file has them
    user = ws.durable(open_user_db(path))
    note_id = next(n.id for n in ws.list_notes(user) if n.target_key.endswith("/001"))
    ws.save_note_text(user, note_id, "edited after the backup")
    user.dispose()
    _checkpoint(path)
    written = notes_of(path)
    n_pages = path.stat().st_size // 4096
    _damage_pages(path, [n_pages // 2, n_pages // 2 + 1])  # two pages in the middle
    found = problem(path)
    assert found is not None
    _, report = start_user_db(path)
    assert report is not None
    got = notes_of(path)
    # Every note the file still holds is back as written; the rest come from the backup.
    assert got["abc-brazil:BRA/04/001"] == "edited after the backup"
    assert all(got[k] == written[k] for k in got if k != "abc-brazil:BRA/04/001" and
               int(k.rsplit("/", 1)[1]) >= 40)  # fmt: skip
    assert all(f"abc-brazil:BRA/04/{i:03d}" in got for i in range(40))  # the backup's all
    lost = len(written) - len(got)
    assert 0 < report.salvaged["note"] <= len(written)
    assert lost < 80, f"{lost} of {len(written)} notes lost to two damaged pages"
    assert report.unreadable_ranges > 0 or lost == 0


def test_without_a_backup_the_readable_rows_are_still_saved(tmp_path: Path) -> None:
    path = tmp_path / "user.sqlite"
    _workspace(path, 300)
    _checkpoint(path)
    written = notes_of(path)
    n_pages = path.stat().st_size // 4096
    _damage_pages(path, [n_pages - 2])
    if problem(path) is None:  # the page was free space: nothing to do
        pytest.skip("the damaged page held no rows")  # pragma: no cover
    _, report = start_user_db(path)
    assert report is not None and report.backup is None
    got = notes_of(path)
    assert got and all(written[k] == v for k, v in got.items())


def test_cli_workspace_check_and_recover(tmp_path: Path) -> None:
    user_dir = tmp_path / "user-dir"
    env = {**os.environ, "EXPLORER_USER_DIR": str(user_dir)}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "explorer", *args], env=env, cwd=ROOT,
                              capture_output=True, text=True, timeout=120)  # fmt: skip

    assert cli("notes", "add", "--on", "BRA", "Embrapa contacts").returncode == 0
    path = next(user_dir.rglob("user.sqlite"))
    ok = cli("workspace", "check", "--json")
    assert ok.returncode == 0 and json.loads(ok.stdout)["problem"] is None
    _checkpoint(path)
    with path.open("r+b") as f:
        f.write(b"garbage!" * 20)
    bad = cli("workspace", "check")
    assert bad.returncode == 1 and "damaged" in bad.stdout
    listed = cli("notes", "list")
    assert listed.returncode == 2 and "workspace recover" in listed.stderr
    assert "Traceback" not in listed.stderr
    fixed = cli("workspace", "recover", "--json")
    assert fixed.returncode == 0, fixed.stderr
    data = json.loads(fixed.stdout)
    assert data["recovered"] and Path(data["damaged_kept_at"]).exists()
    assert cli("workspace", "check").returncode == 0
    assert cli("notes", "list").returncode == 0
