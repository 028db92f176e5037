"""Robustness of install: SIGKILL at random moments, and mutated or malformed packages."""

from __future__ import annotations

import io
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization as s
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.packages.core import PackageError, active_record, build, installed_versions, verify

ROWS_NEW = 80_000
ROWS_OLD = 5

INSTALLER = """
import sys
from pathlib import Path
from cryptography.hazmat.primitives.serialization import load_pem_public_key
from explorer.packages.core import install
key = load_pem_public_key(Path(sys.argv[3]).read_bytes())
install(Path(sys.argv[1]), Path(sys.argv[2]), {"t": key}, allow_older=True)
print("done", flush=True)
"""


def _db(path: Path, rows: int) -> Path:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x, pad)")
    con.executemany("INSERT INTO t VALUES (?, ?)",
                    [(i, os.urandom(24).hex()) for i in range(rows)])
    con.commit()
    con.close()
    return path


def _rows(path: Path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return int(con.execute("SELECT count(*) FROM t").fetchone()[0])
    finally:
        con.close()


def test_sigkill_during_install_leaves_a_whole_database(tmp_path: Path) -> None:
    key = Ed25519PrivateKey.generate()
    pub = tmp_path / "t.pub"
    pub.write_bytes(key.public_key().public_bytes(s.Encoding.PEM,
                                                  s.PublicFormat.SubjectPublicKeyInfo))
    pkg = tmp_path / "new.eedata"
    build(_db(tmp_path / "src.sqlite", ROWS_NEW), pkg, key, name="t", sequence=1)
    live = tmp_path / "live"
    live.mkdir()
    target = _db(live / "ref.sqlite", ROWS_OLD)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    argv = [sys.executable, "-c", INSTALLER, str(pkg), str(target), str(pub)]
    start = time.monotonic()
    subprocess.run(argv, env=env, check=True, capture_output=True, timeout=120)
    full = time.monotonic() - start
    assert _rows(target) == ROWS_NEW
    rng = random.Random(15)
    seen = set()
    limit = 3 * (live / "ref.sqlite").stat().st_size + (64 << 10)  # + the small records
    for _ in range(50):
        proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
        time.sleep(rng.uniform(0.0, full * 1.1))
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        rows = _rows(target)  # the old or the new one, and integrity_check ok
        seen.add(rows)
        # the record shown is the one of the rows there: it switches in the same rename
        assert active_record(target).get("sequence") == (1 if rows == ROWS_NEW else None)
        assert (live / "ref.sqlite.previous").is_file()
        # leftovers are the fixed names, each reused (truncated) by the next install
        allowed = {"ref.sqlite", "ref.sqlite.previous", "ref.sqlite.package.json",
                   "ref.sqlite.previous.package.json", "ref.sqlite.installing",
                   "ref.sqlite.previous.part", "ref.sqlite.package.json.part",
                   "ref.sqlite.previous.package.json.part", "ref.sqlite.installing-journal"}
        names = {p.name for p in live.iterdir()}
        assert names <= allowed, names - allowed
        # disk use: a hard link (.previous beside the live file) is one file, not two
        inodes = {p.stat().st_ino: p.stat().st_size for p in live.iterdir()}
        assert sum(inodes.values()) <= limit, sorted(p.name for p in live.iterdir())
    assert seen <= {ROWS_OLD, ROWS_NEW}
    assert ROWS_NEW in seen


# Dies by SIGKILL right after (or right before) the rename that swaps the new file in.
KILL_AT_SWAP = """
import os, signal, sys
from pathlib import Path
from cryptography.hazmat.primitives.serialization import load_pem_public_key
from explorer.packages.core import install
target, when = Path(sys.argv[2]), sys.argv[4]
real = os.replace
def replace(src, dst):
    if Path(dst) == target and when == "before":
        os.kill(os.getpid(), signal.SIGKILL)
    real(src, dst)
    if Path(dst) == target and when == "after":
        os.kill(os.getpid(), signal.SIGKILL)
os.replace = replace
key = load_pem_public_key(Path(sys.argv[3]).read_bytes())
install(Path(sys.argv[1]), target, {"t": key})
"""


@pytest.mark.parametrize("when", ["before", "after"])
def test_sigkill_at_the_swap_shows_the_record_of_the_rows_there(tmp_path: Path,
                                                                  when: str) -> None:
    key = Ed25519PrivateKey.generate()
    pub = tmp_path / "t.pub"
    pub.write_bytes(key.public_key().public_bytes(s.Encoding.PEM,
                                                  s.PublicFormat.SubjectPublicKeyInfo))
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    from explorer.packages.core import install

    old, new = tmp_path / "old.eedata", tmp_path / "new.eedata"
    build(_db(tmp_path / "a.sqlite", ROWS_OLD), old, key, name="t", sequence=1)
    build(_db(tmp_path / "b.sqlite", 300), new, key, name="t", sequence=2)
    target = tmp_path / "live" / "ref.sqlite"
    target.parent.mkdir()
    _db(target, 1)
    install(old, target, {"t": load_pem_public_key(pub.read_bytes())})
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    proc = subprocess.run([sys.executable, "-c", KILL_AT_SWAP, str(new), str(target),
                           str(pub), when], env=env, capture_output=True, timeout=60)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    versions = {v.active: v for v in installed_versions(target)}
    if when == "after":
        assert _rows(target) == 300 and versions[True].record["sequence"] == 2
        assert _rows(versions[False].path) == ROWS_OLD
        assert versions[False].record["sequence"] == 1
    else:
        assert _rows(target) == ROWS_OLD and versions[True].record["sequence"] == 1
    assert versions[True].record["signer"] == "t"


@pytest.fixture(scope="module")
def package_bytes(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, object, dict]:
    tmp = tmp_path_factory.mktemp("pkg")
    key = Ed25519PrivateKey.generate()
    pkg = tmp / "a.eedata"
    manifest = build(_db(tmp / "src.sqlite", 50), pkg, key, name="t", sequence=1)
    return pkg.read_bytes(), key.public_key(), manifest


def _check(path: Path, trusted: dict, manifest: dict) -> None:
    """Refused with one line naming the problem, or (a harmless byte) the same manifest."""
    try:
        verified = verify(path, trusted)
    except PackageError as exc:
        message = str(exc)
        assert message and "\n" not in message and path.name in message
        return
    assert verified.manifest == manifest


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_packages_refused_or_unchanged(tmp_path: Path, package_bytes: tuple,
                                               data: st.DataObject) -> None:
    body, pub, manifest = package_bytes
    raw = bytearray(body)
    kind = data.draw(st.sampled_from(["flip", "truncate", "insert", "delete"]))
    at = data.draw(st.integers(0, len(raw) - 1))
    if kind == "flip":
        raw[at] ^= data.draw(st.integers(1, 255))
    elif kind == "truncate":
        del raw[at:]
    elif kind == "insert":
        raw[at:at] = data.draw(st.binary(min_size=1, max_size=16))
    else:
        del raw[at:at + data.draw(st.integers(1, 16))]
    path = tmp_path / "m.eedata"
    path.write_bytes(bytes(raw))
    if kind == "truncate":
        with pytest.raises(PackageError):
            verify(path, {"t": pub})
    _check(path, {"t": pub}, manifest)


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(members=st.dictionaries(
    st.sampled_from(["manifest.json", "manifest.sig", "catalogue.sqlite.xz", "../x",
                     "/etc/x", "C:/x", "a/../../b", "extra"]),
    st.binary(max_size=64) | st.sampled_from([b"{}", b'{"format": 1, "members": {}}',
                                               b'{"format": 99, "members": {}}', b"[]"]),
    max_size=6))
def test_malformed_archives_always_refused(tmp_path: Path, package_bytes: tuple,
                                           members: dict[str, bytes]) -> None:
    _, pub, _ = package_bytes
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, content in members.items():
            zf.writestr(name, content)
    path = tmp_path / "h.eedata"
    path.write_bytes(buf.getvalue())
    with pytest.raises(PackageError) as info:
        verify(path, {"t": pub})
    assert "\n" not in str(info.value) and path.name in str(info.value)
