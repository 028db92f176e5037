"""``import --db postgresql://...`` on a real server: the same outcome as on a file, one
transaction per file, searchable at once, ``check`` clean after, readers refused."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, text

from explorer.cli import main
from explorer.store.postgresql.admin import PERMISSION_DENIED
from tests.fixtures.importers import fixture, small_reference
from tests.fixtures.postgres import PgServer

pytestmark = pytest.mark.realdata

FILES = ("iati-2.03.xml", "own-initiatives-fr-cp1252-cr.csv")
TABLES = ("dataset", "initiative", "initiative_participant", "initiative_search", "build_info")


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


@pytest.fixture()
def catalogues(
    pg_server: PgServer, reference_db: Path, tmp_path: Path,
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[Path, str]]:
    """The same small catalogue as a file and on the server, with a reader and an editor."""
    from explorer.store.engine import make_engine
    from explorer.store.postgresql.load import load_catalogue

    monkeypatch.setenv("EXPLORER_USER_DIR", str(tmp_path / "user"))
    lite = small_reference(reference_db, tmp_path_factory.getbasetemp(), tmp_path / "ref.sqlite")
    url = pg_server.create_database("t_import")
    src, pg = make_engine(lite, readonly=True), create_engine(url)
    with src.connect() as s, pg.begin() as d:
        load_catalogue(s, d)
    src.dispose()
    pg.dispose()
    with psycopg.connect(pg_server.dsn(), autocommit=True) as conn:
        for user in ("imp_reader", "imp_editor"):
            conn.execute(f"DROP ROLE IF EXISTS {user}")
            conn.execute(f"CREATE ROLE {user} LOGIN")
    assert main(["server", "init", _plain(url)]) == 0
    assert main(["server", "grant", "explorer_reader", "imp_reader", _plain(url)]) == 0
    assert main(["server", "grant", "explorer_editor", "imp_editor", _plain(url)]) == 0
    yield lite, _plain(url)
    with psycopg.connect(pg_server.dsn(), autocommit=True) as conn:
        conn.execute('DROP DATABASE IF EXISTS "t_import" WITH (FORCE)')
        for user in ("imp_reader", "imp_editor"):
            conn.execute(f"DROP ROLE IF EXISTS {user}")


def _as(url: str, user: str) -> str:
    return url.replace("explorer_test@", f"{user}@", 1)


def _counts(url: str) -> dict[str, int]:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as conn:
        found = {t: int(conn.scalar(text(f"SELECT count(*) FROM {t}"))) for t in TABLES}
    engine.dispose()
    return found


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()  # what set-up printed
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def _outcomes(out: str) -> list[dict[str, object]]:
    found = [json.loads(line) for line in out.splitlines() if line.strip()]
    for o in found:
        o.pop("import_id", None)  # a kept copy's number: the file only (none on a server)
    return found


def test_same_outcome_as_the_file_searchable_and_check_clean(
    capsys: pytest.CaptureFixture[str], catalogues: tuple[Path, str],
) -> None:
    lite, url = catalogues
    editor = _as(url, "imp_editor")
    paths = [str(fixture(name)) for name in FILES]
    code_lite, out_lite, err_lite = _run(capsys, "import", *paths, "--db", str(lite), "--json")
    code, out, err = _run(capsys, "import", *paths, "--db", editor, "--json")
    assert (code, err) == (code_lite, err_lite) == (0, "")
    assert _outcomes(out) == _outcomes(out_lite)
    assert [o["added"] for o in _outcomes(out)] == [2, 3]
    for query in ("provider:BRA", "", "Atlantide", "water"):
        lite_hits = _run(capsys, "--db", str(lite), "search", "--json", query)
        assert _run(capsys, "--db", url, "search", "--json", query) == lite_hits, query
    code, out, err = _run(capsys, "--db", url, "check", "--json")
    report = json.loads(out)
    assert not any("search index" in p or "rows; the build wrote" in p
                   for p in report["integrity"] if isinstance(report["integrity"], list))
    # Again: already in, nothing changed.
    before = _counts(url)
    code, out, err = _run(capsys, "import", paths[0], "--db", editor)
    assert code == 0 and "already imported" in out
    assert _counts(url) == before


def test_a_reader_is_refused_and_nothing_changes(
    capsys: pytest.CaptureFixture[str], catalogues: tuple[Path, str],
) -> None:
    _lite, url = catalogues
    before = _counts(url)
    code, out, err = _run(capsys, "import", str(fixture(FILES[0])), "--db",
                          _as(url, "imp_reader"))  # fmt: skip
    assert code == 2 and out == ""
    lines = err.strip().splitlines()  # progress lines, then the one error line
    assert lines[-1] == f"error: {_as(url, 'imp_reader')}: {PERMISSION_DENIED}"
    assert sum(line.startswith("error") for line in lines) == 1
    assert _counts(url) == before


def test_a_dry_run_writes_nothing(
    capsys: pytest.CaptureFixture[str], catalogues: tuple[Path, str],
) -> None:
    _lite, url = catalogues
    before = _counts(url)
    code, out, err = _run(capsys, "import", str(fixture(FILES[0])), "--db", url, "--dry-run")
    assert code == 0 and "would add 2" in out, err
    assert _counts(url) == before


def test_a_failure_late_in_the_write_leaves_nothing(
    capsys: pytest.CaptureFixture[str], catalogues: tuple[Path, str],
) -> None:
    """The search index is refreshed last, in the import's transaction: when the server
    refuses that step, the initiatives already inserted are rolled back with it."""
    _lite, url = catalogues
    admin = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    with admin.begin() as conn:
        conn.execute(text("REVOKE DELETE ON initiative_search FROM explorer_editor"))
    admin.dispose()
    before = _counts(url)
    code, out, err = _run(capsys, "import", str(fixture(FILES[1])), "--db",
                          _as(url, "imp_editor"))  # fmt: skip
    assert code == 2 and out == ""
    assert err.strip().splitlines()[-1].endswith(PERMISSION_DENIED)
    assert _counts(url) == before
