"""Category 1b: kill -9 during the long writes: an import into the reference database and
the upgrade of an old user database. After each kill the file passes SQLite's integrity
check and holds all or nothing of the interrupted work; the next run then finishes it
(an import killed half-way is not taken for done; an upgrade killed half-way loses no
note)."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.qt.conftest import small_db  # noqa: F401 - fixture
from tests.reliability.conftest import SEED, Campaign, cases
from tests.sqlite_files import integrity, table_counts

ROOT = Path(__file__).resolve().parents[2]
ROWS = 1_500


def _sheet(path: Path) -> None:
    """An organisation's own spreadsheet of initiatives (CSV), every row resolvable."""
    lines = ["Reference;Title;Provider;Recipient;Year"]
    pairs = [("Brazil", "Botswana"), ("Bangladesh", "Botswana"), ("Brazil", "Bangladesh")]
    for i in range(ROWS):
        give, get = pairs[i % 3]
        lines.append(f"R-{i:05d};Training course {i} for health workers;{give};{get};"
                     f"{2000 + i % 20}")  # fmt: skip
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _indexed(small: Path, folder: Path) -> Path:
    """The small reference database with its search index built (an import adds to it)."""
    out = folder / "indexed.sqlite"
    if not out.exists():
        from explorer.store import fts
        from explorer.store.engine import make_engine

        out.write_bytes(small.read_bytes())
        engine = make_engine(out)
        with engine.begin() as c:
            fts.build_index(c)
        engine.dispose()
    return out


def _kill_after(argv: list[str], after: float, *, env: dict[str, str] | None = None,
                ready: bool = False) -> None:
    """Start ``argv``, wait until it prints its first line when ``ready`` (its imports
    done), then SIGKILL it ``after`` seconds later and reap it."""
    proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)  # fmt: skip
    if ready:
        assert proc.stdout is not None
        proc.stdout.readline()
    time.sleep(after)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)


def _explorer(*args: str) -> list[str]:
    return [sys.executable, "-m", "explorer", *args]


def _cli(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "explorer", *args], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip


def _import_file(kind: str, folder: Path, db: Path) -> Path:
    """A file of each kind big enough for kills to land inside the import: an own
    spreadsheet, an IATI 2.03 file and a World Bank bulk zip (the benchmarks' generators:
    synthetic load-test content on real codes, never shown as data)."""
    if kind == "spreadsheet":
        path = folder / "our-initiatives.csv"
        _sheet(path)
        return path
    if kind == "iati":
        from bench.bench_import_iati import write_file

        return write_file(folder / "activities.xml", 2_000)
    from bench.bench_import_worldbank import write_file as write_zip
    from tests.conftest import SOURCES

    if not (SOURCES / "wdi-datahub" / "_index.csv").is_file():
        pytest.skip("public sources not found")
    return write_zip(folder / "wdi-bulk.zip", db, SOURCES, 30_000)


@pytest.mark.parametrize("kind", ["spreadsheet", "iati", "worldbank"])
def test_kill_during_import(
    small_db: Path, tmp_path: Path, campaign: Campaign, timed: dict[str, str],  # noqa: F811
    kind: str,
) -> None:  # fmt: skip
    category = timed["category"] = "kill -9: import (spreadsheet, IATI, World Bank)"
    rng = random.Random(SEED + 9)
    template = _indexed(small_db, tmp_path)
    source = _import_file(kind, tmp_path, template)
    before = table_counts(template)
    # How long a whole import takes here, so kills land across all of it.
    probe_db = tmp_path / "probe.sqlite"
    probe_db.write_bytes(template.read_bytes())
    env = {**os.environ, "EXPLORER_USER_DIR": str(tmp_path / "probe")}
    started = time.monotonic()
    whole = _cli(env, "import", str(source), "--db", str(probe_db), "--json")
    _, err = whole.communicate(timeout=600)
    span = time.monotonic() - started
    assert whole.returncode == 0, err
    complete = table_counts(probe_db)
    assert complete != before
    for n in range(cases(2, 25)):
        db = tmp_path / f"case-{n}.sqlite"
        db.write_bytes(template.read_bytes())
        env = {**os.environ, "EXPLORER_USER_DIR": str(tmp_path / f"user-{kind}-{n}")}
        after = rng.uniform(0.2, span)
        _kill_after(_explorer("import", str(source), "--db", str(db), "--json"), after, env=env)
        case = f"{kind}: seed {SEED + 9} case {n} (kill after {after:.2f} of {span:.2f} s)"
        status = integrity(db)
        got = table_counts(db)
        if status != "ok" or got not in (before, complete):
            changed = sorted(t for t in got if got[t] not in (before.get(t), complete.get(t)))
            campaign.record(category, case, False, f"integrity {status}, half-changed {changed}")
            continue
        again = _cli(env, "import", str(source), "--db", str(db), "--json")
        _, err = again.communicate(timeout=600)
        listed = _cli(env, "imports", "list", "--db", str(db), "--json")
        lout, _ = listed.communicate(timeout=120)
        try:
            entries = json.loads(lout)
        except ValueError:
            entries = None
        final = table_counts(db)
        ok = again.returncode == 0 and final == complete and isinstance(entries, list) and len(
            entries) == 1  # fmt: skip
        state = "whole" if got == complete else "old"
        campaign.record(category, case, ok, f"after the kill {state}; re-import rc "
                        f"{again.returncode}, complete {final == complete}, "
                        f"imports listed: {None if entries is None else len(entries)}; "
                        f"{err.strip()[-160:]}")  # fmt: skip
    assert not campaign.failures(category), campaign.failures(category)[:5]


_UPGRADE = """
import sys
from pathlib import Path
from explorer.store.userdb import open_user_db
import explorer.store.migrate  # alembic and the scripts loaded before the clock starts
print("ready", flush=True)
open_user_db(Path(sys.argv[1])).dispose()
print("done", flush=True)
"""


def _v1_file(path: Path, notes: int) -> None:
    """A user database as revision u0001 left it, with ``notes`` notes."""
    from alembic import command
    from alembic.config import Config

    from explorer.store import migrate
    from explorer.store.engine import make_engine

    engine = make_engine(path)
    with engine.begin() as conn:
        cfg = Config()
        cfg.set_main_option("script_location", str(Path(migrate.__file__).parent
                                                   / "migrations" / "user"))  # fmt: skip
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "u0001")
    engine.dispose()
    db = sqlite3.connect(path)
    now = "2026-11-30 10:00:00.000000"
    db.executemany("INSERT INTO note (target_kind, target_key, text, created_at, updated_at) "
                   "VALUES ('country', ?, ?, ?, ?)",
                   [(f"K{i:05d}", f"note {i} " + "ã" * 200, now, now)
                    for i in range(notes)])  # fmt: skip
    db.commit()
    db.close()


def test_kill_during_user_db_upgrade(
    tmp_path: Path, campaign: Campaign, timed: dict[str, str]
) -> None:
    from explorer.store.userdb import start_user_db

    category = timed["category"] = "kill -9: user database upgrade"
    rng = random.Random(SEED + 10)
    notes = 5_000
    template = tmp_path / "v1.sqlite"
    _v1_file(template, notes)
    for n in range(cases(6, 40)):
        folder = tmp_path / f"case-{n}"
        folder.mkdir()
        db = folder / "user.sqlite"
        db.write_bytes(template.read_bytes())
        after = rng.uniform(0.0, 0.6)
        _kill_after([sys.executable, "-c", _UPGRADE, str(db)], after, ready=True)
        case = f"seed {SEED + 10} case {n} (kill {after:.3f} s into the upgrade)"
        try:
            _, report = start_user_db(db)  # the next start finishes (or redoes) it
        except Exception as exc:  # any escape is the finding
            campaign.record(category, case, False, f"{type(exc).__name__}: {exc}"[:200])
            continue
        con = sqlite3.connect(db)
        keys = {r[0] for r in con.execute("SELECT target_key FROM note")}
        con.close()
        ok = integrity(db) == "ok" and len(keys) == notes and report is None
        campaign.record(category, case, ok, f"{len(keys)} of {notes} notes, recovery "
                        f"{'ran' if report is not None else 'not needed'}")  # fmt: skip
    assert not campaign.failures(category), campaign.failures(category)[:5]


def test_kill_during_package_install(
    tmp_path: Path, campaign: Campaign, timed: dict[str, str]
) -> None:
    """``data-install`` of a signed package killed at seeded moments: the live database is
    always the old or the new one whole, and the record shown is the one of its rows."""
    from cryptography.hazmat.primitives import serialization as s
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from explorer.packages.core import active_record, build
    from tests.unit.test_packages_robust import INSTALLER, ROWS_NEW, ROWS_OLD, _db, _rows

    category = timed["category"] = "kill -9: data package install"
    rng = random.Random(SEED + 11)
    key = Ed25519PrivateKey.generate()
    pub = tmp_path / "t.pub"
    pub.write_bytes(key.public_key().public_bytes(s.Encoding.PEM,
                                                  s.PublicFormat.SubjectPublicKeyInfo))  # fmt: skip
    pkg = tmp_path / "new.eedata"
    build(_db(tmp_path / "src.sqlite", ROWS_NEW), pkg, key, name="t", sequence=1)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.monotonic()
    probe = _db(tmp_path / "probe.sqlite", ROWS_OLD)
    subprocess.run([sys.executable, "-c", INSTALLER, str(pkg), str(probe), str(pub)], env=env,
                   check=True, capture_output=True, timeout=300)  # fmt: skip
    span = time.monotonic() - started
    for n in range(cases(4, 100)):
        live = tmp_path / f"live-{n % 4}"  # a few folders, each installed into again and again
        live.mkdir(exist_ok=True)
        target = live / "ref.sqlite"
        if not target.exists():
            _db(target, ROWS_OLD)
        after = rng.uniform(0.0, span * 1.1)
        _kill_after([sys.executable, "-c", INSTALLER, str(pkg), str(target), str(pub)], after,
                    env=env)  # fmt: skip
        case = f"seed {SEED + 11} case {n} (kill after {after:.2f} of {span:.2f} s)"
        try:
            rows = _rows(target)  # asserts integrity_check ok
            record = active_record(target).get("sequence")
        except Exception as exc:  # any escape is the finding
            campaign.record(category, case, False, f"{type(exc).__name__}: {exc}"[:200])
            continue
        ok = rows in (ROWS_OLD, ROWS_NEW) and record == (1 if rows == ROWS_NEW else None)
        campaign.record(category, case, ok, f"{rows} rows, record sequence {record}")
    assert not campaign.failures(category), campaign.failures(category)[:5]


@pytest.mark.realdata
def test_kill_during_build(
    reference_db: Path, tmp_path: Path, campaign: Campaign, timed: dict[str, str]
) -> None:
    """``build-db`` over the real sources killed at seeded moments: the database it
    replaces is byte-identical (or, killed after the swap, the new one passes ``check``);
    at most the killed build's temporary file is left, and the next build removes it."""
    import hashlib

    from tests.conftest import SOURCES

    category = timed["category"] = "kill -9: build-db"
    rng = random.Random(SEED + 12)
    target = tmp_path / "reference.sqlite"
    target.write_bytes(reference_db.read_bytes())

    def digest() -> str:
        return hashlib.sha256(target.read_bytes()).hexdigest()

    build = _explorer("build-db", "--sources", str(SOURCES), "--out", str(target), "--quiet")

    def checked() -> bool:
        done = subprocess.run([sys.executable, "-m", "explorer", "--db", str(target), "check"],
                              cwd=ROOT, capture_output=True, text=True, timeout=600)  # fmt: skip
        return done.returncode == 0

    for n in range(cases(1, 10)):
        before = digest()
        after = rng.uniform(1.0, 40.0)
        _kill_after(build, after)
        case = f"seed {SEED + 12} case {n} (kill after {after:.1f} s)"
        temps = [p.name for p in tmp_path.iterdir() if ".building" in p.name]
        same = digest() == before
        ok = (same or checked()) and len(temps) <= 1 and integrity(target) == "ok"
        campaign.record(category, case, ok, f"unchanged {same}, temporary files {temps}")
    whole = subprocess.run(build, cwd=ROOT, capture_output=True, text=True, timeout=1800)
    left = [p.name for p in tmp_path.iterdir() if ".building" in p.name]
    ok = whole.returncode == 0 and not left and checked()
    campaign.record(category, "the next build", ok,
                    f"rc {whole.returncode}, left {left}: {whole.stderr.strip()[-160:]}")
    assert not campaign.failures(category), campaign.failures(category)[:5]


_COLLECTION_IMPORT = """
import sys
from pathlib import Path
from explorer.store import workspace as ws
from explorer.store import workspace_exchange as wx
from explorer.store.userdb import open_user_db
user = ws.durable(open_user_db(Path(sys.argv[1])))
print("ready", flush=True)
wx.import_file(user, Path(sys.argv[2]))
print("done", flush=True)
"""


def test_kill_during_collection_import(
    tmp_path: Path, campaign: Campaign, timed: dict[str, str]
) -> None:
    """A colleague's large ``.eecollection`` imported and killed at seeded moments: the
    user database holds all of it or none of it, and importing it again afterwards gives
    each entry once."""
    from explorer.store import workspace as ws
    from explorer.store import workspace_collections as wc
    from explorer.store import workspace_exchange as wx
    from explorer.store.userdb import open_user_db

    category = timed["category"] = "kill -9: collection file import"
    rng = random.Random(SEED + 13)
    source = ws.durable(open_user_db(tmp_path / "colleague.sqlite"))
    wc.create_collection(source, "Mozambique mission", "March")
    wc.add_items(source, "Mozambique mission",
                 [(f"undp-ss:{i}", f"Project {i}") for i in range(3_000)])  # fmt: skip
    for i in range(300):
        ws.add_note(source, f"undp-ss:{i}", f"what the ministry said about {i}", f"P {i}")
    shared = tmp_path / "mozambique.eecollection"
    wx.export(source, shared)
    source.dispose()

    def counts(db: Path) -> tuple[int, int]:
        con = sqlite3.connect(db)
        try:
            return (int(con.execute("SELECT count(*) FROM collection_item").fetchone()[0]),
                    int(con.execute("SELECT count(*) FROM note").fetchone()[0]))  # fmt: skip
        finally:
            con.close()

    for n in range(cases(4, 40)):
        db = tmp_path / f"mine-{n}.sqlite"
        own = ws.durable(open_user_db(db))
        ws.add_note(own, "MOZ", "my own note", "Mozambique")
        own.dispose()
        after = rng.uniform(0.0, 1.5)
        _kill_after([sys.executable, "-c", _COLLECTION_IMPORT, str(db), str(shared)], after,
                    ready=True)  # fmt: skip
        case = f"seed {SEED + 13} case {n} (kill {after:.2f} s into the import)"
        status = integrity(db)
        got = counts(db)
        whole = got in ((0, 1), (3_000, 301))
        user = ws.durable(open_user_db(db))
        try:
            wx.import_file(user, shared)
        finally:
            user.dispose()
        again = counts(db)
        ok = status == "ok" and whole and again == (3_000, 301)
        campaign.record(category, case, ok, f"integrity {status}; after the kill {got}, "
                        f"after importing again {again}")  # fmt: skip
    assert not campaign.failures(category), campaign.failures(category)[:5]
