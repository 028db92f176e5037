"""Regression tests of the fault probe's data-loss defects (issue 20): concurrent builds,
unsafe targets, truncated sources, damage `check` missed, kiosk PIN hashes and configs,
tracebacks instead of one line, and temporary files that nothing removed."""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.importers.errors import SourceError
from explorer.importers.readers import iter_csv
from explorer.store.swap import (
    TargetError,
    TargetLock,
    check_target,
    durable_replace,
    remove_stale_temps,
    temp_beside,
)

pytestmark = pytest.mark.realdata

UNDP = "undp-south-south-projects/undp_south_south_projects.csv"


def _cli(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "explorer", *args],
        capture_output=True, text=True, env=env, timeout=600, check=False, **kwargs,  # type: ignore[call-overload]
    )


def _one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr, result.stderr
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("error:")]
    assert len(lines) == 1, result.stderr
    return lines[0]


def _sources_with(tmp_path: Path, real: Path, name: str, content: bytes) -> Path:
    sources = tmp_path / "sources"
    shutil.copytree(real, sources, symlinks=True, copy_function=os.symlink)
    (sources / name).unlink()
    (sources / name).write_bytes(content)
    return sources


def _stamp(path: Path) -> tuple[int, int]:
    info = path.stat()
    return info.st_size, info.st_mtime_ns


# 1. Two builds of one target ------------------------------------------------------------


def test_a_second_build_of_the_same_target_is_refused_at_once(
    tmp_path: Path, sources_dir: Path
) -> None:
    out = tmp_path / "reference.sqlite"
    out.write_bytes(b"previous good database")
    with TargetLock(out):  # a first build (or a window's update) is writing it
        result = _cli("build-db", "--sources", str(sources_dir), "--out", str(out), "--quiet")
    assert result.returncode == 2
    assert "another process" in _one_error_line(result)
    assert out.read_bytes() == b"previous good database"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reference.sqlite"]  # lock removed


def test_the_lock_is_free_again_when_its_holder_is_killed(tmp_path: Path) -> None:
    out = tmp_path / "x.sqlite"
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from pathlib import Path; from explorer.store.swap import TargetLock;"
         f"TargetLock(Path({str(out)!r})).acquire(); print('held', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    with pytest.raises(TargetError, match=f"process {holder.pid}"):
        TargetLock(out).acquire()
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    with TargetLock(out):
        pass


def test_temporary_names_are_unique_and_stale_ones_are_removed(tmp_path: Path) -> None:
    out = tmp_path / "reference.sqlite"
    names = {temp_beside(out).name for _ in range(50)}
    assert len(names) == 50 and all(n.startswith("reference.sqlite.building-") for n in names)
    stale = [tmp_path / "reference.sqlite.building", tmp_path / next(iter(names))]
    for path in stale:
        path.write_bytes(b"x" * 1000)
    other = tmp_path / "other.sqlite.building-1-aa"
    other.write_bytes(b"not ours")
    with TargetLock(out):
        assert remove_stale_temps(out) == 2
    assert not any(p.exists() for p in stale) and other.exists()


def test_a_killed_build_leaves_a_temporary_file_the_next_build_removes(
    tmp_path: Path, sources_dir: Path
) -> None:
    out = tmp_path / "reference.sqlite"
    out.write_bytes(b"previous good database")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    build = subprocess.Popen(
        [sys.executable, "-m", "explorer", "build-db", "--sources", str(sources_dir),
         "--out", str(out)],
        stderr=subprocess.PIPE, text=True, env=env,
    )
    assert build.stderr is not None
    for line in build.stderr:  # kill it mid-way, once it writes trade flows
        if "Direction of Trade" in line:
            break
    build.send_signal(signal.SIGKILL)
    build.wait()
    leftovers = list(tmp_path.glob("reference.sqlite.building-*"))
    assert len(leftovers) == 1 and leftovers[0].stat().st_size > 0
    assert out.read_bytes() == b"previous good database"
    # The next writer removes it before anything else (the bad sources stop it early).
    broken = tmp_path / "broken"
    broken.mkdir()
    result = _cli("build-db", "--sources", str(broken), "--out", str(out), "--quiet")
    assert result.returncode == 2
    assert not list(tmp_path.glob("reference.sqlite.building*"))
    assert out.read_bytes() == b"previous good database"


# 2. Targets that must not be replaced ------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "message"),
    [("/dev/full", "not a regular file"), ("/dev/null", "not a regular file")],
)
def test_build_refuses_device_targets(sources_dir: Path, target: str, message: str) -> None:
    result = _cli("build-db", "--sources", str(sources_dir), "--out", target, "--quiet")
    assert result.returncode == 2 and message in _one_error_line(result)
    assert Path(target).is_char_device()


def test_build_refuses_a_folder_before_any_work(tmp_path: Path, sources_dir: Path) -> None:
    result = _cli("build-db", "--sources", str(sources_dir), "--out", str(tmp_path), "--quiet")
    assert result.returncode == 2 and "is a folder" in _one_error_line(result)
    assert list(tmp_path.iterdir()) == []  # refused before a temporary file existed


def test_a_symlinked_target_is_replaced_behind_the_link(tmp_path: Path) -> None:
    real = tmp_path / "data" / "reference.sqlite"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "reference.sqlite"
    link.symlink_to(real)
    target = check_target(link)
    assert target == real.resolve()
    tmp = temp_beside(target)
    tmp.write_bytes(b"new")
    durable_replace(tmp, target)
    assert link.is_symlink() and link.read_bytes() == b"new" and real.read_bytes() == b"new"
    (tmp_path / "dev").symlink_to("/dev/null")
    with pytest.raises(TargetError, match="not a regular file"):
        check_target(tmp_path / "dev")


@pytest.fixture()
def db_copy(reference_db: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "ref.sqlite"
    shutil.copyfile(reference_db, copy)
    return copy


@pytest.mark.parametrize(
    "command",
    [
        ("screenshot", "--page", "home", "--out"),
        ("profile", "BRA", "--pdf"),
        ("chart", "network", "--out"),
    ],
)
def test_outputs_naming_the_open_database_are_refused(
    db_copy: Path, command: tuple[str, ...]
) -> None:
    before = _stamp(db_copy)
    result = _cli("--db", str(db_copy), *command, str(db_copy))
    assert result.returncode == 2
    assert "is the open database" in _one_error_line(result)
    assert _stamp(db_copy) == before
    assert sqlite3.connect(db_copy).execute("PRAGMA quick_check").fetchone() == ("ok",)


# 3. Truncated sources ----------------------------------------------------------------------


def test_a_csv_cut_mid_row_is_refused(tmp_path: Path, sources_dir: Path) -> None:
    data = (sources_dir / UNDP).read_bytes()
    cut = tmp_path / "undp.csv"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(SourceError, match="ends in the middle of a row"):
        list(iter_csv(cut, []))
    # The real file, which has no line end after its last (complete) row, is read whole.
    assert len(list(iter_csv(sources_dir / UNDP, []))) >= 140


def test_a_source_cut_in_half_at_a_line_end_is_refused_against_the_current_database(
    tmp_path: Path, sources_dir: Path, db_copy: Path
) -> None:
    lines = (sources_dir / UNDP).read_bytes().splitlines(keepends=True)
    sources = _sources_with(tmp_path, sources_dir, UNDP, b"".join(lines[: len(lines) // 2]))
    before = _stamp(db_copy)
    result = _cli("build-db", "--sources", str(sources), "--out", str(db_copy), "--quiet")
    assert result.returncode == 2
    line = _one_error_line(result)
    assert "undp" in line and "looks truncated" in line and "--allow-shrink" in line
    assert _stamp(db_copy) == before
    assert not list(tmp_path.glob("ref.sqlite.building*"))


# 4. Damage that `check` used to miss -------------------------------------------------------


def _check(db: Path) -> tuple[int, dict[str, object]]:
    result = _cli("--db", str(db), "check", "--json")
    return result.returncode, json.loads(result.stdout)


def test_check_finds_flipped_bytes_in_the_search_index(db_copy: Path) -> None:
    conn = sqlite3.connect(db_copy)
    rowid, block = conn.execute(
        "SELECT id, block FROM initiative_fts_data WHERE length(block) > 200 "
        "ORDER BY id LIMIT 1 OFFSET 3"
    ).fetchone()
    damaged = bytearray(block)
    for i in range(40, 120, 7):
        damaged[i] ^= 0x5A
    conn.execute("UPDATE initiative_fts_data SET block = ? WHERE id = ?", (bytes(damaged), rowid))
    conn.commit()
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)  # SQLite's own passes
    conn.close()
    code, report = _check(db_copy)
    assert code == 1
    assert any("search index damaged" in p for p in report["integrity"])  # type: ignore[union-attr]


def test_check_finds_a_dropped_search_index(db_copy: Path) -> None:
    conn = sqlite3.connect(db_copy)
    conn.execute("DROP TABLE initiative_fts")
    conn.commit()
    conn.close()
    code, report = _check(db_copy)
    assert code == 1
    assert any("search index missing" in p for p in report["integrity"])  # type: ignore[union-attr]


def test_check_compares_row_counts_with_the_build_record(db_copy: Path) -> None:
    conn = sqlite3.connect(db_copy)
    recorded = conn.execute("SELECT value FROM build_info WHERE key = 'rows:initiative'")
    assert recorded.fetchone() is not None, "the build records its row counts"
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DELETE FROM country_name WHERE rowid IN "
                 "(SELECT rowid FROM country_name LIMIT 25)")
    conn.commit()
    conn.close()
    code, report = _check(db_copy)
    assert code == 1
    assert any("country_name has" in p and "the build wrote" in p
               for p in report["integrity"])  # type: ignore[union-attr]


def test_check_refuses_an_empty_database(tmp_path: Path) -> None:
    from explorer.store.engine import make_engine
    from explorer.store.migrate import upgrade_reference

    empty = tmp_path / "empty.sqlite"
    engine = make_engine(empty)
    with engine.begin() as conn:
        upgrade_reference(conn)
    engine.dispose()
    code, report = _check(empty)
    assert code == 1
    assert any("empty" in p for p in report["integrity"])  # type: ignore[union-attr]


def test_check_passes_the_real_database(reference_db: Path) -> None:
    code, report = _check(reference_db)
    assert code == 0 and report["integrity"] == "ok"


# 5-6. Kiosk PIN hashes and configuration files ---------------------------------------------


@pytest.mark.parametrize(
    "params", ["1048576$8$1", "2$8$1", "1024$8$1", "16384$1$1", "65536$16$4", "32768$8$16",
               "16384$8$" + "9" * 40],
)
def test_unsafe_or_uncheckable_scrypt_parameters_are_refused(params: str) -> None:
    from explorer.kiosk.pin import PinHashError, parse_pin_hash

    with pytest.raises(PinHashError, match="safe range"):
        parse_pin_hash(f"scrypt${params}${'ab' * 16}${'cd' * 32}")


def test_every_accepted_pin_hash_can_be_checked(tmp_path: Path) -> None:
    from explorer.kiosk.pin import MAX_N, hash_pin, parse_pin_hash, verify_pin

    strongest = parse_pin_hash(hash_pin("482913", n=MAX_N).line())
    assert verify_pin("482913", strongest) and not verify_pin("482914", strongest)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("idle_seconds = 60\ntitle = 'Caf\u00e9'\n".encode("latin-1"), "not UTF-8"),
        ("idle_seconds = 60\n".encode("utf-16"), "UTF-16"),
        (bytes(range(256)) * 4, "not UTF-8"),
        (b"a = " + b"[" * 100_000 + b"]" * 100_000 + b"\n", "not valid TOML"),
        (b"idle_seconds = " + b"7" * 5000 + b"\n", "not valid TOML"),
    ],
)
def test_bad_kiosk_configuration_files_exit_2_with_one_message(
    tmp_path: Path, content: bytes, message: str
) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_bytes(content)
    result = _cli("--kiosk", "--config", str(config))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert message in result.stderr and str(config) in result.stderr


# 7. One line, not a traceback ---------------------------------------------------------------


def test_commands_on_a_damaged_database_print_one_line(tmp_path: Path, db_copy: Path) -> None:
    size = db_copy.stat().st_size
    with db_copy.open("r+b") as fh:
        for offset in range(size // 3, size, size // 40):
            fh.seek(offset)
            fh.write(os.urandom(4096))
    for command in (("profile", "BRA", "--pdf", str(tmp_path / "b.pdf")),
                    ("chart", "network", "--out", str(tmp_path / "n.png"))):
        result = _cli("--db", str(db_copy), *command)
        assert result.returncode == 2, result.stderr
        assert "database" in _one_error_line(result)


def test_search_never_prints_sql(db_copy: Path) -> None:
    conn = sqlite3.connect(db_copy)
    conn.execute("DROP TABLE initiative_fts")
    conn.commit()
    conn.close()
    result = _cli("--db", str(db_copy), "search", "water")
    assert result.returncode == 2
    line = _one_error_line(result)
    assert "SELECT" not in result.stderr and "[SQL" not in result.stderr and "initiative" in line


def test_deeply_nested_json_in_a_source_is_one_line(tmp_path: Path, sources_dir: Path) -> None:
    name = "wdi-datahub/ag.prd.food.xd.datapackage.json"
    sources = _sources_with(tmp_path, sources_dir, name, b"[" * 200_000 + b"]" * 200_000)
    out = tmp_path / "reference.sqlite"
    result = _cli("build-db", "--sources", str(sources), "--out", str(out), "--quiet")
    assert result.returncode == 2
    line = _one_error_line(result)
    assert "ag.prd.food.xd.datapackage.json" in line and "nested too deeply" in line
    assert not out.exists()


def test_a_source_that_is_a_folder_is_one_line(tmp_path: Path, sources_dir: Path) -> None:
    sources = tmp_path / "sources"
    shutil.copytree(sources_dir, sources, symlinks=True, copy_function=os.symlink)
    (sources / UNDP).unlink()
    (sources / UNDP).mkdir()
    result = _cli("build-db", "--sources", str(sources), "--out", str(tmp_path / "r.sqlite"),
                  "--quiet")
    assert result.returncode == 2
    assert "undp_south_south_projects.csv" in _one_error_line(result)


def _limit_file_size() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
    resource.setrlimit(resource.RLIMIT_FSIZE, (20_000_000, 20_000_000))


def test_a_full_disk_during_the_build_is_one_line_and_keeps_the_database(
    tmp_path: Path, sources_dir: Path
) -> None:
    out = tmp_path / "reference.sqlite"
    out.write_bytes(b"previous good database")
    result = _cli("build-db", "--sources", str(sources_dir), "--out", str(out), "--quiet",
                  preexec_fn=_limit_file_size)
    assert result.returncode == 2
    assert "cannot write the new database" in _one_error_line(result)
    assert out.read_bytes() == b"previous good database"
    assert not list(tmp_path.glob("reference.sqlite.building*"))
