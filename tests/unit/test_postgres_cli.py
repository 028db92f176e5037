"""``--db postgresql://...`` on the read commands of the CLI, against a real server.

The real reference database is copied into a PostgreSQL server started by the tests (same
migrations, ``COPY``); each command then runs twice through ``explorer.cli.main``, once on
the SQLite file and once on the server URL, and must print the same thing. A server that is
gone gives one line on stderr and exit status 2, within the connect timeout.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from explorer.cli import main
from tests.fixtures.postgres import PgServer, cli_url, free_port, load_catalogue

pytestmark = pytest.mark.realdata

# Rows no command below reads: not copied, to keep the fixture quick.
BIG = frozenset({"trade_flow", "group_observation", "student_flow", "student_total"})


@pytest.fixture(scope="module")
def pg_url(pg_server: PgServer, reference_db: Path) -> Iterator[str]:
    yield cli_url(load_catalogue(pg_server, reference_db, "t_cli", BIG))


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


COMMANDS = (
    ("resolve-country", "Brasil"),
    ("resolve-country", "--json", "Côte d'Ivoire"),
    ("resolve-country", "Atlantis"),
    ("peers", "KEN"),
    ("peers", "--json", "Brazil", "--limit", "5"),
    ("peers", "IND", "--sector", "health", "--json"),
    # filters only: newest first, so the same page to the row
    ("search", "provider:BRA recipient:MOZ"),
    ("search", "--json", "provider:CHN", "--limit", "50", "--offset", "10"),
    ("search", "region:africa year:2010..2015", "--json"),
    ("search", "sector:agriculture -sector:water", "--json"),
    ("search", "'; DROP TABLE initiative; --"),
)


@pytest.mark.parametrize("argv", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_same_output_as_sqlite(
    capsys: pytest.CaptureFixture[str], reference_db: Path, pg_url: str, argv: tuple[str, ...]
) -> None:
    lite = _run(capsys, "--db", str(reference_db), *argv)
    server = _run(capsys, "--db", pg_url, *argv)
    assert server == lite
    assert lite[1] or lite[2]  # the command said something


def test_a_server_url_is_not_taken_for_a_file(pg_url: str) -> None:
    from explorer.cli.common import db_target

    assert db_target(pg_url) == pg_url
    assert isinstance(db_target("/tmp/x.sqlite"), Path)


def test_server_gone_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    url = f"postgresql://nobody@127.0.0.1:{free_port()}/catalogue"
    started = time.monotonic()
    code, out, err = _run(capsys, "--db", url, "peers", "KEN")
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "server" in lines[0], err
    assert "SELECT" not in err
    assert time.monotonic() - started < 30


RANKED = ("health", "rice training", "water sanitation", "agri* year:..2010", "São Tomé")


@pytest.mark.parametrize("query", RANKED)
def test_ranked_search_same_total_and_set(
    capsys: pytest.CaptureFixture[str], reference_db: Path, pg_url: str, query: str
) -> None:
    """Relevance order may differ (bm25 vs ts_rank_cd): the total and the set are equal."""
    import json

    answers = []
    for db in (str(reference_db), pg_url):
        code, out, err = _run(capsys, "--db", db, "search", query)
        assert code == 0, err
        total = out.splitlines()[0].split(" initiatives")[0]
        code, out, err = _run(capsys, "--db", db, "search", "--json", "--limit", "1000", query)
        answers.append((total, err, {row["id"] for row in json.loads(out)}))
    assert answers[1] == answers[0]
    assert answers[0][2]


CHARTS = (
    ("over-time", "--by", "modality"),
    ("region-pairs",),
    ("network", "--country", "BRA"),
    ("map", "--indicator", "initiatives_received"),
    ("bubbles", "--year", "2015"),
)


@pytest.mark.parametrize("argv", CHARTS, ids=[" ".join(c) for c in CHARTS])
def test_chart_data_same_as_sqlite(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    reference_db: Path,
    pg_url: str,
    argv: tuple[str, ...],
) -> None:
    """``chart --out X.csv`` writes the same table from the file and from the server."""
    lite, server = tmp_path / "lite.csv", tmp_path / "server.csv"
    assert _run(capsys, "--db", str(reference_db), "chart", *argv, "--out", str(lite))[0] == 0
    assert _run(capsys, "--db", pg_url, "chart", *argv, "--out", str(server))[0] == 0
    text = lite.read_text(encoding="utf-8")
    assert len(text.splitlines()) > 2
    assert server.read_text(encoding="utf-8") == text
