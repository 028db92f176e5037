"""End to end: the CLI's build-db and check on the real sources, and on broken sources."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.realdata


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "explorer", *args],
        capture_output=True, text=True, env=env, timeout=600, check=False,
    )


def test_check_json_meets_the_foundation_targets(reference_db: Path) -> None:
    result = _cli("--db", str(reference_db), "check", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["integrity"] == "ok"
    assert report["countries_with_income_group"] >= 210
    assert report["indicators"] >= 70
    assert report["observations"] >= 500_000
    assert report["trade_flows"] >= 1_000_000
    assert report["initiatives"] >= 6_900
    assert report["initiatives_with_source"] == report["initiatives"]
    # Only records whose source names no country at all lack one (see store/check.py).
    gaps = report["initiatives_without_country"]
    assert report["initiatives_with_country"] + len(gaps) == report["initiatives"]
    assert set(gaps) == {
        "undp-ss:211", "undp-ss:227", "undp-ss:249", "undp-ss:331", "undp-ss:332",
        "brief:brief:warda-nerica",
    }
    assert report["sources"] >= 10


def _sources_with(tmp_path: Path, real: Path, broken_file: str, content: bytes) -> Path:
    """A sources folder linking to the real one, with one file replaced by ``content``."""
    sources = tmp_path / "sources"
    shutil.copytree(real, sources, symlinks=True, copy_function=os.symlink)
    target = sources / broken_file
    target.unlink()
    target.write_bytes(content)
    return sources


@pytest.mark.parametrize(
    ("broken_file", "content", "message"),
    [
        ("country-codes/country-codes.csv", b"just,some\n1,2\n", "missing column"),
        ("imf-dots/dots_bilateral_1990_2020.csv.gz", b"\x1f\x8b\x08\x00trunc", "damaged"),
    ],
)
def test_failed_build_leaves_previous_database_untouched(
    tmp_path: Path, sources_dir: Path, broken_file: str, content: bytes, message: str
) -> None:
    out = tmp_path / "reference.sqlite"
    out.write_bytes(b"previous good database")
    sources = _sources_with(tmp_path, sources_dir, broken_file, content)
    result = _cli("build-db", "--sources", str(sources), "--out", str(out), "--quiet")
    assert result.returncode == 2
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("error:")]
    assert len(lines) == 1 and broken_file.split("/")[-1] in lines[0] and message in lines[0]
    assert "Traceback" not in result.stderr
    assert out.read_bytes() == b"previous good database"
    assert not list(tmp_path.glob("*.building"))


def test_missing_sources_folder(tmp_path: Path) -> None:
    result = _cli("build-db", "--sources", str(tmp_path / "nope"), "--out",
                  str(tmp_path / "x.sqlite"))
    assert result.returncode == 2
    assert "sources folder not found" in result.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "not an Exchange Explorer"), (b"garbage" * 200, "not a readable SQLite")],
)
def test_check_rejects_corrupt_database(tmp_path: Path, content: bytes, message: str) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(content)
    result = _cli("--db", str(bad), "check", "--json")
    assert result.returncode == 2
    assert message in result.stderr
    assert json.loads(result.stdout)["integrity"] != "ok"


def test_check_missing_database(tmp_path: Path) -> None:
    result = _cli("--db", str(tmp_path / "missing.sqlite"), "check")
    assert result.returncode == 2
    assert "database file not found" in result.stderr
