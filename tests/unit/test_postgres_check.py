"""``check --db postgresql://...`` on a real server: the same figures as on the file, server
facts stated for what they are, damage found, a gone server in one line."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from explorer.cli import main
from explorer.store.migrate import head_revision
from tests.fixtures.postgres import PgServer, free_port
from tests.unit.test_postgres_cli import BIG, pg_url  # noqa: F401  (the loaded server)


def _check(capsys: pytest.CaptureFixture[str], db: str, *extra: str) -> tuple[int, str, str]:
    code = main(["--db", db, "check", *extra])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.realdata
def test_same_figures_as_the_file_and_the_left_out_tables_reported(
    capsys: pytest.CaptureFixture[str], reference_db: Path, pg_url: str,  # noqa: F811
) -> None:
    code_lite, out_lite, _ = _check(capsys, str(reference_db), "--json")
    code, out, err = _check(capsys, pg_url, "--json")
    lite, server = json.loads(out_lite), json.loads(out)
    assert code_lite == 0 and lite["integrity"] == "ok"
    left_out = {"trade_flows", "group_observations", "student_flows"}  # BIG, not copied
    for key, value in lite.items():
        if key not in left_out | {"integrity"}:
            assert server[key] == value, key
    for key in left_out:
        assert server[key] == 0
    # Honest: the build recorded trade_flow's rows and the server has none of them.
    expected = lite["trade_flows"]
    assert code == 1, err
    assert server["integrity"] == [f"table trade_flow has 0 rows; the build wrote {expected:,}"]
    facts = server["server"]
    assert facts["engine"] == "postgresql" and facts["version"].startswith(("15", "16", "17"))
    assert facts["database"] == "t_cli" and facts["user"] == "explorer_test"
    assert facts["standby"] is False
    assert facts["schema_revision"] == facts["schema_newest"] == head_revision("reference")
    assert facts["foreign_keys"] == "enforced by the server"
    assert facts["indexes"].startswith("not verified")  # amcheck is not installed there
    assert "trade_flow" in BIG


@pytest.fixture()
def small_server(pg_server: PgServer, empty_db: Engine) -> str:
    from explorer.store import build_record
    from explorer.store.postgresql.load import load_catalogue
    from tests.qt.conftest import fill_small_db

    fill_small_db(empty_db)
    pg = create_engine(pg_server.create_database("t_check"))
    with empty_db.connect() as src, pg.begin() as dst:
        load_catalogue(src, dst)
        build_record.record(dst)  # what an import on the server records
    pg.dispose()
    return pg_server.url("t_check").replace("postgresql+psycopg://", "postgresql://")


def test_damage_and_an_older_schema_are_found(
    capsys: pytest.CaptureFixture[str], small_server: str
) -> None:
    code, out, err = _check(capsys, small_server)
    # The small catalogue's two cases cite no initiative_source row: found as on SQLite.
    assert code == 1, out + err
    assert out.endswith(
        "integrity                    PROBLEMS\n  - 2 initiatives without a source\n")
    assert "server standby               False" in out
    pg = create_engine(small_server.replace("postgresql://", "postgresql+psycopg://"))
    with pg.begin() as conn:
        conn.execute(text("CREATE EXTENSION amcheck"))
        conn.execute(text("DELETE FROM initiative_search WHERE id = (SELECT min(id) FROM "
                          "initiative_search)"))  # fmt: skip
        conn.execute(text("DELETE FROM initiative_participant WHERE id = "
                          "(SELECT min(id) FROM initiative_participant)"))  # fmt: skip
        conn.execute(text("UPDATE alembic_version SET version_num = 'r0001'"))
    pg.dispose()
    code, out, err = _check(capsys, small_server, "--json")
    report = json.loads(out)
    assert code == 1
    problems = report["integrity"]
    assert f"schema revision r0001 is not this app's newest ({head_revision('reference')}); " \
        "an administrator runs 'exchange-explorer server init'" in problems
    assert "search index holds 1 initiatives; the catalogue has 2" in problems
    assert "table initiative_participant has 3 rows; the build wrote 4" in problems
    assert report["server"]["indexes"].endswith("B-tree indexes verified with amcheck")
    assert int(report["server"]["indexes"].split()[0]) > 10


def test_a_gone_server_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    url = f"postgresql://nobody@127.0.0.1:{free_port()}/catalogue"
    began = time.monotonic()
    code, out, err = _check(capsys, url)
    assert code == 2 and out == ""
    assert err.strip().splitlines() == [
        f"error: {url}: the server cannot be reached (Connection refused)"]
    assert time.monotonic() - began < 30


def test_a_database_without_a_catalogue(
    capsys: pytest.CaptureFixture[str], pg_server: PgServer
) -> None:
    url = pg_server.create_database("t_empty").replace("postgresql+psycopg://", "postgresql://")
    code, out, err = _check(capsys, url, "--json")
    assert code == 2
    assert "no Exchange Explorer catalogue in this database" in err
    assert json.loads(out)["integrity"][0].endswith("'build-db --out' first)")


def test_an_index_older_than_the_app_is_reported(
    capsys: pytest.CaptureFixture[str], small_server: str
) -> None:
    """A catalogue indexed before the search functions existed: check says to rebuild, and
    the search says its index is missing instead of failing."""
    pg = create_engine(small_server.replace("postgresql://", "postgresql+psycopg://"))
    with pg.begin() as conn:
        conn.execute(text("DROP FUNCTION explorer_ids(text, text[])"))
    pg.dispose()
    code, out, _err = _check(capsys, small_server, "--json")
    assert code == 1
    assert ("no search index, or one older than this app (initiative_search); rebuild with "
            "'build-db --out'") in json.loads(out)["integrity"]
    assert main(["--db", small_server, "search", "--json", "HIV"]) == 0
    assert "The search index is missing" in capsys.readouterr().err
