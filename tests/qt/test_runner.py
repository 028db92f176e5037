"""The runner: newest request per key wins; results and errors arrive as signals."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from explorer.store.quick import DatabaseUnavailable
from explorer.ui.runner import JobError, Runner, classify_error


def test_result_arrives_on_signal(qtbot: QtBot, runner: Runner) -> None:
    with qtbot.waitSignal(runner.job_finished, timeout=5000) as blocker:
        runner.submit("sum", sum, [1, 2, 3])
    assert blocker.args == ["sum", 6]


def test_newest_submission_wins(qtbot: QtBot, runner: Runner) -> None:
    release = threading.Event()
    delivered: list[tuple[str, object]] = []
    runner.job_finished.connect(lambda key, result: delivered.append((key, result)))

    def slow(value: str) -> str:
        release.wait(5)
        return value

    runner.submit("page", slow, "old")
    with qtbot.waitSignal(runner.job_finished, timeout=5000):
        runner.submit("page", lambda: "new")
    release.set()
    runner.wait_for_done(5000)
    qtbot.wait(50)  # let the superseded result's queued signal be processed (and dropped)
    assert delivered == [("page", "new")]


def test_other_keys_are_independent(qtbot: QtBot, runner: Runner) -> None:
    got: dict[str, object] = {}
    runner.job_finished.connect(lambda key, result: got.__setitem__(key, result))
    runner.submit("a", lambda: 1)
    runner.submit("b", lambda: 2)
    qtbot.waitUntil(lambda: len(got) == 2, timeout=5000)
    assert got == {"a": 1, "b": 2}


def test_bug_arrives_as_failed_signal(qtbot: QtBot, runner: Runner) -> None:
    def broken() -> None:
        raise ValueError("boom")

    with qtbot.waitSignal(runner.job_failed, timeout=5000) as blocker:
        runner.submit("x", broken)
    key, error = blocker.args
    assert key == "x"
    assert isinstance(error, JobError)
    assert not error.environment
    assert "boom" in error.message and "ValueError" in error.details


def test_missing_database_is_an_environment_failure(
    qtbot: QtBot, runner: Runner, tmp_path: Path
) -> None:
    from explorer.store.quick import load_home

    with qtbot.waitSignal(runner.job_failed, timeout=5000) as blocker:
        runner.submit("home", load_home, tmp_path / "missing.sqlite")
    error = blocker.args[1]
    assert error.environment
    assert "missing.sqlite" in error.message


def test_classify_error_table() -> None:
    cases = [
        (DatabaseUnavailable(Path("x.sqlite"), "file is not a database"), True),
        (sqlite3.OperationalError("database is locked"), True),
        (sqlite3.DatabaseError("database disk image is malformed"), True),
        (PermissionError("denied"), True),
        (KeyError("oops"), False),
        (AssertionError(), False),
    ]
    for exc, environment in cases:
        assert classify_error(exc).environment is environment, exc


def test_shutdown_drops_pending_results(qtbot: QtBot) -> None:
    r = Runner()
    delivered: list[object] = []
    r.job_finished.connect(lambda _k, v: delivered.append(v))
    r.submit("k", lambda: 1)
    r.shutdown()
    qtbot.wait(20)
    assert delivered == []
    r.deleteLater()
