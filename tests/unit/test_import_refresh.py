"""Kept imports put back when a newer reference database replaces the user's copy (issue 12):
``stale``/``refresh`` on real small reference files, a cancel and a lost kept file change
nothing, ``imports refresh`` on the command line."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from explorer.cli import main
from explorer.importers.formats.base import ImportCancelled
from explorer.importers.formats.refresh import refresh, stale
from explorer.importers.formats.store import ImportStore
from tests.fixtures.importers import fixture, small_reference
from tests.unit.test_import_formats_iati import rows

pytestmark = pytest.mark.realdata


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture()
def user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("EXPLORER_USER_DIR", str(tmp_path / "user"))
    monkeypatch.delenv("EXPLORER_DB", raising=False)
    return tmp_path / "user"


@pytest.fixture()
def kept(user: Path, reference_db: Path, tmp_path_factory: pytest.TempPathFactory,
         tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """Two files imported into the user's copy; returns a newer reference database (as a
    new installer ships it) that lacks them."""
    base = tmp_path_factory.getbasetemp()
    copy = small_reference(reference_db, base, tmp_path / "old.sqlite")
    for name in ("iati-2.03.xml", "own-initiatives-fr-cp1252-cr.csv"):
        assert main(["import", str(fixture(name)), "--db", str(copy)]) == 0
    capsys.readouterr()
    assert rows(copy, "SELECT count(*) FROM initiative") == [(5,)]
    return small_reference(reference_db, base, tmp_path / "shipped.sqlite")


def test_refresh_puts_kept_imports_on_the_new_database(kept: Path, user: Path) -> None:
    store = ImportStore.default()
    assert [e.file for e in stale(kept, store)] == ["iati-2.03.xml",
                                                    "own-initiatives-fr-cp1252-cr.csv"]
    shipped_before = digest(kept)
    steps: list[tuple[int, int, str]] = []
    result = refresh(kept, user / "reference.sqlite", store,
                     progress=lambda d, t, w: steps.append((d, t, w)))
    assert result.database == user / "reference.sqlite"
    assert result.applied == ["iati-2.03.xml", "own-initiatives-fr-cp1252-cr.csv"]
    assert result.problems == []
    assert rows(result.database, "SELECT count(*) FROM initiative") == [(5,)]
    assert rows(result.database, "SELECT count(*) FROM build_info WHERE key LIKE 'import:%'"
                ) == [(2,)]
    assert rows(result.database, "SELECT count(*) FROM initiative_fts WHERE initiative_fts "
                "MATCH 'smallholders'") == [(1,)]
    assert digest(kept) == shipped_before  # the shipped file is never written
    assert steps[-1][0] == steps[-1][1] and steps[-1][2] == "own-initiatives-fr-cp1252-cr.csv"
    assert [d for d, _t, _w in steps] == sorted(d for d, _t, _w in steps)
    assert stale(result.database, store) == []
    again = refresh(result.database, user / "reference.sqlite", store)
    assert again.applied == [] and again.database == result.database
    assert len(store.entries()) == 2 and all(store.path_of(e).is_file() for e in store.entries())
    assert not list(user.glob("*.tmp*")) and not list(user.glob(".*reference*"))


def test_cancel_changes_no_file(kept: Path, user: Path) -> None:
    store = ImportStore.default()
    target = user / "reference.sqlite"
    target.write_bytes(b"the user's previous copy")
    calls = {"n": 0}

    def cancelled() -> bool:  # past the copy: inside the second import's parse
        calls["n"] += 1
        return calls["n"] > 3

    with pytest.raises(ImportCancelled):
        refresh(kept, target, store, cancelled=cancelled)
    assert calls["n"] > 3
    assert target.read_bytes() == b"the user's previous copy"
    assert sorted(p.name for p in user.iterdir()) == ["imports", "reference.sqlite"]
    assert len(stale(kept, store)) == 2


def test_a_lost_kept_file_is_reported_and_the_others_applied(kept: Path, user: Path) -> None:
    store = ImportStore.default()
    store.path_of(store.entries()[0]).unlink()
    result = refresh(kept, user / "reference.sqlite", store)
    assert result.applied == ["own-initiatives-fr-cp1252-cr.csv"]
    assert len(result.problems) == 1 and "iati-2.03.xml" in result.problems[0]
    assert rows(result.database, "SELECT count(*) FROM initiative") == [(3,)]


def test_cli_imports_refresh(kept: Path, user: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["imports", "refresh", "--db", str(kept)]) == 0
    assert "2 import(s) put on" in capsys.readouterr().out
    assert rows(user / "reference.sqlite", "SELECT count(*) FROM initiative") == [(5,)]
    assert main(["imports", "refresh", "--db", str(user / "reference.sqlite")]) == 0
    assert "already in" in capsys.readouterr().out
