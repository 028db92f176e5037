"""The runner without broadcasts: a failure goes to its own handle only, and one that is
our bug (an SQL syntax error on a real file) is logged with its traceback."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from explorer.ui.runner import JobError, Runner


def _bad_sql(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("SELEC 1")
    finally:
        conn.close()


def _locked_out(path: Path) -> None:
    sqlite3.connect(f"file:{path}?mode=ro", uri=True).execute("SELECT 1").fetchall()


def test_a_syntax_error_is_logged_with_its_traceback_and_reaches_only_its_submitter(
    qtbot: QtBot, runner: Runner, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    mine: list[JobError] = []
    other: list[object] = []
    runner.submit("other", lambda: 42, on_done=other.append, on_error=other.append)
    with caplog.at_level(logging.ERROR, logger="explorer.ui.runner"):
        handle = runner.submit("bad", _bad_sql, tmp_path / "x.sqlite", on_error=mine.append)
        with qtbot.waitSignal(handle.failed, timeout=5000):
            pass
        qtbot.waitUntil(lambda: not runner.pending(), timeout=5000)
    assert len(mine) == 1 and not mine[0].environment
    assert other == [42]
    logged = [r for r in caplog.records if "bad" in r.getMessage()]
    assert len(logged) == 1 and "SELEC" in logged[0].getMessage()
    assert "Traceback" in logged[0].getMessage()


def test_a_missing_file_is_the_environment_and_not_logged(
    qtbot: QtBot, runner: Runner, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    errors: list[JobError] = []
    with caplog.at_level(logging.ERROR, logger="explorer.ui.runner"):
        handle = runner.submit("gone", _locked_out, tmp_path / "gone.sqlite",
                               on_error=errors.append)  # fmt: skip
        with qtbot.waitSignal(handle.failed, timeout=5000):
            pass
    assert errors and errors[0].environment
    assert not [r for r in caplog.records if r.name == "explorer.ui.runner"]
