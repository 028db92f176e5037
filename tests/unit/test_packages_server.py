"""``package-data --from postgresql://...``: an organisation's server catalogue signed into a
package that a laptop installs as SQLite; a real PostgreSQL server started by the tests,
loaded from the real reference data."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import load_pem_public_key

from explorer.cli import main
from explorer.packages.core import install, installed_versions, verify
from tests.fixtures.postgres import PgServer, cli_url, free_port, load_catalogue

pytestmark = pytest.mark.realdata
# The largest fact tables stay behind: the path is the same, the test minutes fewer.
BIG = frozenset({"trade_flow", "group_observation", "student_flow", "student_total",
                 "observation"})


@pytest.fixture(scope="module")
def server_url(pg_server: PgServer, reference_db: Path) -> Iterator[str]:
    yield cli_url(load_catalogue(pg_server, reference_db, "t_package", BIG))


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_server_catalogue_signed_installed_and_checked(
        server_url: str, reference_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXPLORER_KEY_PASSPHRASE", "a passphrase for the test key")
    key = tmp_path / "org.key"
    assert main(["keygen", "--out", str(key)]) == 0
    out = tmp_path / "catalogue.eedata"
    code = main(["package-data", "--from", server_url, "--out", str(out), "--sign", str(key),
                 "--name", "Organisation catalogue", "--sequence", "12"])
    printed = capsys.readouterr()
    assert code == 0, printed.err
    assert "sequence 12" in printed.out
    assert not (tmp_path / "catalogue.eedata.server.sqlite").exists()  # snapshot removed
    trusted = {"org": load_pem_public_key(key.with_suffix(".pub").read_bytes())}
    manifest = verify(out, trusted).manifest
    datasets = "SELECT key, version, row_count FROM dataset ORDER BY key"
    assert [(d["key"], d["version"], d["rows"]) for d in manifest["datasets"]] == \
        _rows(reference_db, datasets)
    target = tmp_path / "laptop" / "reference.sqlite"
    target.parent.mkdir()
    install(out, target, trusted)
    assert installed_versions(target)[0].record["sequence"] == 12
    for table in ("country", "initiative", "initiative_participant", "dataset"):
        sql = f"SELECT count(*) FROM {table}"
        assert _rows(target, sql) == _rows(reference_db, sql), table
    # the same initiatives, key for key, and the laptop's search index finds them
    keys = "SELECT d.key, i.source_record_id FROM initiative i JOIN dataset d " \
           "ON d.id = i.dataset_id ORDER BY 1, 2"
    assert _rows(target, keys) == _rows(reference_db, keys)
    fts = "SELECT count(*) FROM initiative_fts WHERE initiative_fts MATCH 'health'"
    assert _rows(target, fts)[0][0] > 0
    assert _rows(target, fts) == _rows(reference_db, fts)
    # the file's own build record matches its rows: `check` on the laptop finds no damage
    from explorer.store import build_record
    from explorer.store.engine import make_engine

    engine = make_engine(target, readonly=True)
    with engine.connect() as conn:
        now = build_record.current_record(conn)
    engine.dispose()
    stored = dict(_rows(target, "SELECT key, value FROM build_info WHERE key LIKE 'rows:%' "
                                "OR key = 'index:sha256'"))
    assert stored == now


def test_unreachable_server_is_one_line_and_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXPLORER_KEY_PASSPHRASE", "pass")
    key = tmp_path / "org.key"
    assert main(["keygen", "--out", str(key)]) == 0
    capsys.readouterr()
    out = tmp_path / "x.eedata"
    url = f"postgresql://someone:secret@127.0.0.1:{free_port()}/nothing"
    code = main(["package-data", "--from", url, "--out", str(out), "--sign", str(key),
                 "--sequence", "1"])
    err = capsys.readouterr().err.strip()
    assert code == 1 and "\n" not in err
    assert "127.0.0.1" in err and "secret" not in err and "refused" in err.lower(), err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["org.key", "org.pub"]
