"""Which reference database the app opens: the user's update or the shipped one."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import pytest

from explorer import paths
from explorer.paths import default_reference_db


def _db(path: Path, built_at: str | None, *, mtime: float = 1_700_000_000.0) -> Path:
    """A small SQLite file with a ``build_info`` table (``built_at`` when given)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE build_info (key TEXT PRIMARY KEY, value TEXT)")
    if built_at is not None:
        conn.execute("INSERT INTO build_info VALUES ('built_at', ?)", (built_at,))
    conn.commit()
    conn.close()
    os.utime(path, (mtime, mtime))
    return path


@pytest.fixture()
def places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """(updated, shipped): the user's copy and a PyInstaller bundle's, neither made yet."""
    monkeypatch.delenv("EXPLORER_DB", raising=False)
    monkeypatch.setenv("EXPLORER_USER_DIR", str(tmp_path / "user"))
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    return tmp_path / "user" / "reference.sqlite", tmp_path / "bundle" / "data" / "reference.sqlite"


def test_explorer_db_wins(places: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    updated, _shipped = places
    _db(updated, "2030-01-01T00:00:00+00:00")
    monkeypatch.setenv("EXPLORER_DB", "/somewhere/else.sqlite")
    assert default_reference_db() == Path("/somewhere/else.sqlite")


def test_without_an_update_the_shipped_database(places: tuple[Path, Path]) -> None:
    _updated, shipped = places
    assert default_reference_db() == shipped  # even when missing: the error names it
    _db(shipped, "2026-01-01T00:00:00+00:00")
    assert default_reference_db() == shipped


def test_an_update_alone_is_used(places: tuple[Path, Path]) -> None:
    updated, _shipped = places
    _db(updated, "2026-01-01T00:00:00+00:00")
    assert default_reference_db() == updated


def test_from_source_the_shipped_database_is_in_build(
    places: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(sys, "_MEIPASS")
    assert default_reference_db() == paths.REPO_ROOT / "build" / "reference.sqlite"


@pytest.mark.parametrize(
    ("updated_at", "shipped_at", "updated_mtime", "shipped_mtime", "winner"),
    [
        # built_at decides, whatever the files' mtimes say
        ("2026-03-01T00:00:00+00:00", "2026-01-01T00:00:00+00:00", 1.0e9, 1.8e9, "updated"),
        ("2026-01-01T00:00:00+00:00", "2026-03-01T00:00:00+00:00", 1.8e9, 1.0e9, "shipped"),
        # time zones are honoured: 09:00+02:00 is before 08:00 UTC
        ("2026-03-01T09:00:00+02:00", "2026-03-01T08:00:00+00:00", 1.0e9, 1.0e9, "shipped"),
        # without built_at, the mtime decides
        (None, "2026-01-01T00:00:00+00:00", 1.8e9, 1.0e9, "updated"),
        ("not a date", None, 1.0e9, 1.8e9, "shipped"),
        # a tie goes to the user's own update
        ("2026-03-01T00:00:00+00:00", "2026-03-01T00:00:00+00:00", 1.0e9, 1.0e9, "updated"),
    ],
)
def test_the_newer_database_wins(
    places: tuple[Path, Path],
    updated_at: str | None,
    shipped_at: str | None,
    updated_mtime: float,
    shipped_mtime: float,
    winner: str,
) -> None:
    updated, shipped = places
    _db(updated, updated_at, mtime=updated_mtime)
    _db(shipped, shipped_at, mtime=shipped_mtime)
    assert default_reference_db() == {"updated": updated, "shipped": shipped}[winner]


@pytest.mark.parametrize("content", [b"", b"this is not sqlite at all", b"SQLite format 3\x00"])
def test_a_damaged_update_loses_to_a_good_shipped_database(
    places: tuple[Path, Path], content: bytes
) -> None:
    updated, shipped = places
    _db(shipped, "2026-01-01T00:00:00+00:00", mtime=1.0e9)
    updated.parent.mkdir(parents=True)
    updated.write_bytes(content)  # newer by mtime, but unusable
    assert default_reference_db() == shipped


def test_a_damaged_shipped_database_loses_to_an_update(places: tuple[Path, Path]) -> None:
    updated, shipped = places
    _db(updated, "2020-01-01T00:00:00+00:00", mtime=1.0e9)
    shipped.parent.mkdir(parents=True)
    shipped.write_bytes(b"garbage")
    assert default_reference_db() == updated
