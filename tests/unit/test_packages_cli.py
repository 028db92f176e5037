"""The package commands end to end in a subprocess on small real SQLite files."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path


def _run(tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EXPLORER_KEY_PASSPHRASE": "correct horse"}
    return subprocess.run([sys.executable, "-m", "explorer", *args], cwd=tmp, env=env,
                          capture_output=True, text=True, timeout=60)


def test_keygen_package_verify_install_rollback(tmp_path: Path) -> None:
    for name, table in (("src.sqlite", "new"), ("ref.sqlite", "old")):
        con = sqlite3.connect(tmp_path / name)
        con.execute(f"CREATE TABLE {table} (x)")
        con.commit()
        con.close()
    assert _run(tmp_path, "keygen", "--out", "k.key").returncode == 0
    assert b"ENCRYPTED" in (tmp_path / "k.key").read_bytes()
    assert _run(tmp_path, "package-data", "--from", "src.sqlite", "--out", "a.eedata",
                "--sign", "k.key", "--sequence", "3").returncode == 0
    assert _run(tmp_path, "verify-data", "a.eedata", "--keys", "k.pub").returncode == 0
    refused = _run(tmp_path, "verify-data", "a.eedata")
    assert refused.returncode == 1 and "unknown signing key" in refused.stderr
    assert _run(tmp_path, "--db", "ref.sqlite", "install-data", "a.eedata",
                "--keys", "k.pub").returncode == 0
    tables = sqlite3.connect(tmp_path / "ref.sqlite").execute(
        "SELECT name FROM sqlite_master ORDER BY name").fetchall()
    assert tables == [("new",), ("package_install",)]  # the record travels inside
    versions = _run(tmp_path, "--db", "ref.sqlite", "data-versions", "--keys", "k.pub")
    assert versions.returncode == 0, versions.stderr
    lines = versions.stdout.splitlines()
    assert lines[0].startswith("* active") and "sequence 3" in lines[1]
    assert "signed by k (" in lines[1]
    assert any(line.startswith("  previous") for line in lines)
    assert _run(tmp_path, "--db", "ref.sqlite", "rollback-data").returncode == 0
    tables = sqlite3.connect(tmp_path / "ref.sqlite").execute(
        "SELECT name FROM sqlite_master").fetchall()
    assert tables == [("old",)]
