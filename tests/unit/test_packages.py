"""Signed packages on a small real SQLite file: build, verify, install, tampering refused."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from explorer.packages.core import PackageError, build, install, verify


def _db(path: Path, rows: int) -> Path:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(rows)])
    con.commit()
    con.close()
    return path


def test_build_verify_install_and_refusals(tmp_path: Path) -> None:
    key = Ed25519PrivateKey.generate()
    trusted = {"project": key.public_key()}
    pkg = tmp_path / "a.eedata"
    build(_db(tmp_path / "src.sqlite", 100), pkg, key, name="test", sequence=2)
    assert verify(pkg, trusted).signer == "project"
    target = tmp_path / "ref.sqlite"
    _db(target, 5)
    install(pkg, target, trusted)
    assert sqlite3.connect(target).execute("SELECT count(*) FROM t").fetchone()[0] == 100
    assert (tmp_path / "ref.sqlite.previous").exists()
    with pytest.raises(PackageError, match="not newer"):
        install(pkg, target, trusted)
    with pytest.raises(PackageError, match="unknown signing key"):
        verify(pkg, {"other": Ed25519PrivateKey.generate().public_key()})
    with zipfile.ZipFile(pkg) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    for name, body in members.items():
        for offset in (0, len(body) // 2, len(body) - 1):
            bad = bytearray(body)
            bad[offset] ^= 1
            with zipfile.ZipFile(tmp_path / "bad.eedata", "w") as zf:
                for other, content in members.items():
                    zf.writestr(other, bytes(bad) if other == name else content)
            with pytest.raises(PackageError):
                verify(tmp_path / "bad.eedata", trusted)
    data = pkg.read_bytes()
    (tmp_path / "cut.eedata").write_bytes(bytes(data[: len(data) // 2]))
    with pytest.raises(PackageError):
        verify(tmp_path / "cut.eedata", trusted)
    with zipfile.ZipFile(tmp_path / "trav.eedata", "w") as zf:
        zf.writestr("../evil", b"x")
    with pytest.raises(PackageError, match="unsafe"):
        verify(tmp_path / "trav.eedata", trusted)
    assert sqlite3.connect(target).execute("SELECT count(*) FROM t").fetchone()[0] == 100


def test_versions_record_and_rollback_swap(tmp_path: Path) -> None:
    from explorer.packages.core import installed_versions, rollback

    key = Ed25519PrivateKey.generate()
    trusted = {"org": key.public_key()}
    src = _db(tmp_path / "src.sqlite", 3)
    con = sqlite3.connect(src)
    con.execute('CREATE TABLE dataset ("key", version, row_count)')
    con.execute("INSERT INTO dataset VALUES ('wdi', 'commit 4ebec5a', 3)")
    con.execute("CREATE TABLE alembic_version (version_num)")
    con.execute("INSERT INTO alembic_version VALUES ('r0001')")
    con.commit()
    con.close()
    pkg = tmp_path / "a.eedata"
    manifest = build(src, pkg, key, name="org", sequence=7)
    assert manifest["schema"] == "r0001"
    assert manifest["datasets"] == [{"key": "wdi", "version": "commit 4ebec5a", "rows": 3}]
    target = _db(tmp_path / "ref.sqlite", 5)
    [only] = installed_versions(target)
    assert only.active and only.record.get("signer") is None and only.record["datasets"] == []
    install(pkg, target, trusted)
    active, previous = installed_versions(target)
    assert active.active and active.record["signer"] == "org"
    assert active.record["sequence"] == 7 and active.record["datasets"][0]["key"] == "wdi"
    assert not previous.active and previous.record.get("signer") is None
    rollback(target)
    active, previous = installed_versions(target)
    assert active.record.get("signer") is None and previous.record["sequence"] == 7
    assert sqlite3.connect(target).execute("SELECT count(*) FROM t").fetchone()[0] == 5
    rollback(target)  # and forward again
    assert installed_versions(target)[0].record["sequence"] == 7
    assert sqlite3.connect(target).execute("SELECT count(*) FROM t").fetchone()[0] == 3


def test_shipped_project_key_matches_documented_fingerprint() -> None:
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    from explorer.packages.core import fingerprint
    from explorer.paths import REPO_ROOT

    keys = REPO_ROOT / "resources" / "keys"
    key = load_pem_public_key((keys / "exchange-explorer.pub").read_bytes())
    assert fingerprint(key) in (keys / "README.md").read_text(encoding="utf-8")


def test_jobs_preview_install_cancel(tmp_path: Path) -> None:
    from cryptography.hazmat.primitives import serialization as s

    from explorer.jobs.control import Cancelled, Control
    from explorer.jobs.packages import install_package, preview_package, rollback_data

    key = Ed25519PrivateKey.generate()
    (tmp_path / "org.pub").write_bytes(key.public_key().public_bytes(
        s.Encoding.PEM, s.PublicFormat.SubjectPublicKeyInfo))
    src = _db(tmp_path / "src.sqlite", 100_000)
    con = sqlite3.connect(src)
    con.execute('CREATE TABLE dataset ("key", version, row_count)')
    con.executemany("INSERT INTO dataset VALUES (?, ?, ?)",
                    [("wdi", "2026-07", 1), ("abc", "v2", 2)])
    con.commit()
    con.close()
    target = _db(tmp_path / "ref.sqlite", 5)
    con = sqlite3.connect(target)
    con.execute('CREATE TABLE dataset ("key", version, row_count)')
    con.executemany("INSERT INTO dataset VALUES (?, ?, ?)",
                    [("wdi", "2025-07", 1), ("old", "v1", 2)])
    con.commit()
    con.close()
    pkg = tmp_path / "a.eedata"
    build(src, pkg, key, name="org", sequence=4)
    keys = [tmp_path / "org.pub"]
    seen: list[tuple[int, int]] = []

    class Sink:
        def __call__(self, done: int, total: int, text: str) -> None:
            seen.append((done, total))

    preview = preview_package(Control(), pkg, target, keys)
    assert preview.signer == "org" and preview.fingerprint and preview.sequence == 4
    assert preview.added == ["abc"] and preview.removed == ["old"]
    assert preview.changed == [("wdi", "2025-07", "2026-07")]
    control = Control()
    calls = 0

    def cancel_midway(done: int, total: int, text: str) -> None:
        nonlocal calls
        calls += 1
        if text == "install":  # after the first 1 MiB is written
            control.cancel()
            control.check()

    with pytest.raises(Cancelled):
        install(pkg, target, {"org": key.public_key()}, progress=cancel_midway)
    assert not (tmp_path / "ref.sqlite.installing").exists()
    assert sqlite3.connect(target).execute("SELECT count(*) FROM t").fetchone()[0] == 5
    assert install_package(Control(Sink()), pkg, target, extra_keys=keys) == 4
    assert seen and all(total == 1000 for _, total in seen) and seen[-1][0] >= 990
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert sqlite3.connect(target).execute("SELECT count(*) FROM t").fetchone()[0] == 100_000
    rollback_data(Control(), target)
    assert sqlite3.connect(target).execute("SELECT count(*) FROM t").fetchone()[0] == 5
