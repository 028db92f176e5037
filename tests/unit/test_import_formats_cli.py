"""``exchange-explorer import`` / ``imports list`` / ``imports remove`` end to end, in process,
on a small real reference database and the user's imports folder in tmp_path; survival of
imports across a rebuild."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from explorer.cli import main
from tests.fixtures.importers import fixture, small_reference
from tests.unit.test_import_formats_iati import rows, snapshot

pytestmark = pytest.mark.realdata


@pytest.fixture()
def db_path(reference_db: Path, tmp_path_factory: pytest.TempPathFactory, tmp_path: Path,
            monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("EXPLORER_USER_DIR", str(tmp_path / "user"))
    return small_reference(reference_db, tmp_path_factory.getbasetemp(), tmp_path / "ref.sqlite")


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[dict[str, object]]]:
    code = main(list(argv))
    lines = [ln for ln in capsys.readouterr().out.splitlines() if ln.strip()]
    return code, [json.loads(ln) for ln in lines]


def test_import_folder_json_list_remove(db_path: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    shutil.copyfile(fixture("iati-2.03.xml"), folder / "a.xml")
    shutil.copyfile(fixture("own-initiatives-fr-cp1252-cr.csv"), folder / "b.csv")
    (folder / "c.dat").write_bytes(b"\x00\x01garbage")
    code, out = run_json(capsys, "import", str(folder), "--db", str(db_path), "--json")
    assert code == 1  # one file was refused
    assert [o["format"] for o in out] == ["iati", "spreadsheet", ""]
    assert set(out[0]) >= {"file", "format", "dataset", "added", "updated", "skipped",
                           "unresolved", "warnings", "error"}
    assert out[0]["added"] == 2 and out[0]["error"] is None
    assert out[1]["unresolved"] == {"Atlantide": 1}
    assert isinstance(out[2]["error"], str) and "c.dat" in out[2]["error"]
    code = main(["imports", "list", "--db", str(db_path), "--json"])
    listed = json.loads(capsys.readouterr().out)
    assert code == 0 and [e["file"] for e in listed] == ["a.xml", "b.csv"]
    assert all(e["in_database"] for e in listed)
    assert main(["imports", "remove", str(listed[0]["id"]), "--db", str(db_path)]) == 0
    assert "removed import" in capsys.readouterr().out
    assert rows(db_path, "SELECT count(*) FROM dataset WHERE key = ?", out[0]["dataset"]) == [(0,)]
    assert rows(db_path, "SELECT count(*) FROM initiative") == [(3,)]
    assert main(["imports", "remove", "999", "--db", str(db_path)]) == 1


def test_dry_run_and_text_output(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(db_path)
    code = main(["--db", str(db_path), "import", str(fixture("iati-2.03.xml")), "--dry-run"])
    text = capsys.readouterr().out
    assert code == 0 and "would add 2" in text and "unresolved: recipient-country QQ" in text
    assert snapshot(db_path) == before


def test_format_override_and_bad_mapping(db_path: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["import", str(fixture("iati-2.03.xml")), "--db", str(db_path),
                 "--format", "spreadsheet"])
    assert code == 1 and "no title column" in capsys.readouterr().err
    bad = tmp_path / "map.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    code = main(["import", str(fixture("iati-2.03.xml")), "--db", str(db_path),
                 "--mapping", str(bad)])
    assert code == 1 and "mapping must be an object" in capsys.readouterr().err


def test_imports_survive_a_rebuild(db_path: Path, reference_db: Path, tmp_path: Path,
                                   tmp_path_factory: pytest.TempPathFactory,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(fixture("iati-2.03.xml")), "--db", str(db_path)]) == 0
    capsys.readouterr()
    # A new reference database (as a rebuild or a data update makes): the import is
    # put back on top of it, with its search index and its provenance.
    fresh = small_reference(reference_db, tmp_path_factory.getbasetemp(), tmp_path / "new.sqlite")
    from explorer.importers.formats.run import reapply_missing
    from explorer.store.database import Database

    db = Database.open(fresh)
    try:
        assert reapply_missing(db) == []
        assert reapply_missing(db) == []  # already there: nothing to do
    finally:
        db.dispose()
    assert rows(fresh, "SELECT count(*) FROM initiative") == [(2,)]
    assert rows(fresh, "SELECT rowid FROM initiative_fts WHERE initiative_fts MATCH "
                "'smallholders'") != []
    (value,), = rows(fresh, "SELECT value FROM build_info WHERE key = ?",
                     "import:import-iati-xx-test-1")
    assert json.loads(value)["name"] == "iati-2.03.xml"


def test_build_step_reapplies_kept_imports(db_path: Path, reference_db: Path, tmp_path: Path,
                                           tmp_path_factory: pytest.TempPathFactory,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    """The step ``build-db`` runs before its row counts and search index."""
    assert main(["import", str(fixture("iati-1.05-crlf.xml")), "--db", str(db_path)]) == 0
    assert main(["import", str(fixture("own-initiatives-es-utf16.csv")), "--db",
                 str(db_path)]) == 0
    capsys.readouterr()
    from explorer.importers.build import _steps
    from explorer.importers.context import BuildContext
    from explorer.store import fts
    from explorer.store.engine import make_engine

    keys = [s.key for s in _steps()]
    assert keys.index("imports") < keys.index("row_counts") < keys.index("search_index")
    step = next(s for s in _steps() if s.key == "imports")
    fresh = small_reference(reference_db, tmp_path_factory.getbasetemp(), tmp_path / "b.sqlite")
    engine = make_engine(fresh)
    try:
        with engine.begin() as conn:
            ctx = BuildContext(conn=conn, sources=tmp_path, curated=tmp_path)
            assert step.run(ctx) == 2
            fts.build_index(conn)
    finally:
        engine.dispose()
    assert rows(fresh, "SELECT count(*) FROM initiative") == [(3,)]
    assert rows(fresh, "SELECT count(*) FROM build_info WHERE key LIKE 'import:%'") == [(2,)]
    # keyed and named after the files as the user gave them, not the kept copies
    assert rows(fresh, "SELECT key, files FROM dataset WHERE key LIKE 'import-%' ORDER BY 1") == [
        ("import-iati-xx-old-7", "iati-1.05-crlf.xml"),
        ("import-sheet-own-initiatives-es-utf16", "own-initiatives-es-utf16.csv")]
