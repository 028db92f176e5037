"""An installed app ships its data as a signed package and installs it on first start (or
when a new version ships a newer one) through the same verified path, with a progress bar;
a tampered shipped package is refused in one line. Real packages signed with a key made
here, a bundle folder laid out as PyInstaller's (sys._MEIPASS), real SQLite files."""

from __future__ import annotations

import os
import sqlite3
import sys
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization as s
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pytestqt.qtbot import QtBot

from explorer.packages.core import DATA, active_record, build, install
from explorer.packages.startup import needs_first_install, package_sequence, shipped_package
from explorer.ui.dialogs.first_start import install_shipped
from explorer.ui.runner import Runner


def _db(path: Path, rows: int) -> Path:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(rows)])
    con.commit()
    con.close()
    return path


def _rows(path: Path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(con.execute("SELECT count(*) FROM t").fetchone()[0])
    finally:
        con.close()


@pytest.fixture()
def key() -> Ed25519PrivateKey:
    """A fresh key, trusted through the user's keys folder (as the project key is through
    resources/keys in a real installer)."""
    k = Ed25519PrivateKey.generate()
    keys = Path(os.environ["EXPLORER_USER_DIR"]) / "keys"
    keys.mkdir(parents=True)
    (keys / "project.pub").write_bytes(k.public_key().public_bytes(
        s.Encoding.PEM, s.PublicFormat.SubjectPublicKeyInfo))
    return k


def test_when_to_install(tmp_path: Path, key: Ed25519PrivateKey) -> None:
    v1, v2 = tmp_path / "v1.eedata", tmp_path / "v2.eedata"
    build(_db(tmp_path / "a.sqlite", 3), v1, key, name="reference", sequence=1)
    build(_db(tmp_path / "b.sqlite", 4), v2, key, name="reference", sequence=2)
    assert package_sequence(v2) == 2 and package_sequence(tmp_path / "a.sqlite") is None
    target = tmp_path / "user" / "reference.sqlite"
    assert needs_first_install(v1, target)  # nothing there yet
    target.parent.mkdir()
    install(v1, target, {"project": key.public_key()})
    assert not needs_first_install(v1, target)  # the same version again
    assert needs_first_install(v2, target)  # a new version of the app ships newer data
    install(v2, target, {"project": key.public_key()})
    assert not needs_first_install(v1, target)  # never back to older shipped data
    built = _db(tmp_path / "built.sqlite", 9)  # rebuilt from a folder: no package record
    assert not needs_first_install(v2, built)


def test_first_start_installs_with_progress(qtbot: QtBot, runner: Runner, tmp_path: Path,
                                            key: Ed25519PrivateKey,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from explorer.app import _install_shipped_data
    from explorer.paths import default_reference_db, user_data_dir

    bundle = tmp_path / "bundle"
    (bundle / "data").mkdir(parents=True)
    build(_db(tmp_path / "ref.sqlite", 200_000), bundle / "data" / "reference.eedata", key,
          name="reference", sequence=3)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)  # as PyInstaller does
    monkeypatch.delenv("EXPLORER_DB", raising=False)
    assert shipped_package() == bundle / "data" / "reference.eedata"
    first = default_reference_db()
    assert not first.exists()  # the bundle holds no database, only the package
    seen: list[int] = []
    shot = Path(os.environ.get("EXPLORER_PACKAGE_SHOTS", "/tmp/package-shots")) / "first-start.png"
    shot.unlink(missing_ok=True)

    def watch() -> None:
        from PySide6.QtWidgets import QApplication, QProgressDialog

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                seen.append(widget.value())
                if widget.value() > 0 and not shot.exists():
                    shot.parent.mkdir(parents=True, exist_ok=True)
                    widget.grab().save(str(shot))

    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(watch)
    timer.start(5)
    opened = _install_shipped_data(runner, first)
    timer.stop()
    target = user_data_dir() / "reference.sqlite"
    assert opened == target and _rows(target) == 200_000
    assert active_record(target)["sequence"] == 3 and active_record(target)["signer"] == "project"
    assert seen, "the progress dialog was shown"
    assert default_reference_db() == target  # later starts open the installed data
    before = target.stat().st_mtime_ns
    assert _install_shipped_data(runner, default_reference_db()) == target
    assert target.stat().st_mtime_ns == before  # not installed twice


def test_a_tampered_shipped_package_is_refused(qtbot: QtBot, runner: Runner, tmp_path: Path,
                                               key: Ed25519PrivateKey) -> None:
    good = tmp_path / "good.eedata"
    build(_db(tmp_path / "ref.sqlite", 50), good, key, name="reference", sequence=1)
    with zipfile.ZipFile(good) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    data = bytearray(members[DATA])
    data[len(data) // 2] ^= 2
    members[DATA] = bytes(data)
    bad = tmp_path / "reference.eedata"
    with zipfile.ZipFile(bad, "w") as zf:
        for name, body in members.items():
            zf.writestr(name, body)
    target = tmp_path / "user" / "reference.sqlite"
    target.parent.mkdir()
    installed, message = install_shipped(runner, bad, target)
    assert not installed and "hash differs" in message and "\n" not in message
    assert not target.exists()
    installed, message = install_shipped(runner, good, target)
    assert installed and message == "Installed the data (sequence 1)." and _rows(target) == 50
