"""The runner: newest request per key wins; results and errors reach their submitter."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from explorer.jobs.control import Control
from explorer.store.quick import DatabaseUnavailable
from explorer.ui.runner import JobError, Runner, classify_error


def test_result_arrives_on_signal(qtbot: QtBot, runner: Runner) -> None:
    handle = runner.submit("sum", sum, [1, 2, 3])
    with qtbot.waitSignal(handle.finished, timeout=5000) as blocker:
        pass
    assert [handle.key, *blocker.args] == ["sum", 6]


def test_result_goes_to_its_submitter_only(qtbot: QtBot, runner: Runner) -> None:
    mine: list[object] = []
    theirs: list[object] = []
    runner.submit("a", lambda: "for a", on_done=mine.append)
    runner.submit("b", lambda: "for b", on_done=theirs.append)
    qtbot.waitUntil(lambda: bool(mine and theirs), timeout=5000)
    assert mine == ["for a"] and theirs == ["for b"]


def test_newest_submission_wins(qtbot: QtBot, runner: Runner) -> None:
    release = threading.Event()
    delivered: list[tuple[str, object]] = []

    def slow(value: str) -> str:
        release.wait(5)
        return value

    runner.submit("page", slow, "old", on_done=lambda r: delivered.append(("page", r)))
    new = runner.submit("page", lambda: "new", on_done=lambda r: delivered.append(("page", r)))
    with qtbot.waitSignal(new.finished, timeout=5000):
        pass
    release.set()
    runner.wait_for_done(5000)
    qtbot.wait(50)  # let the superseded result's queued signal be processed (and dropped)
    assert delivered == [("page", "new")]


def test_other_keys_are_independent(qtbot: QtBot, runner: Runner) -> None:
    got: dict[str, object] = {}
    runner.submit("a", lambda: 1, on_done=lambda r: got.__setitem__("a", r))
    runner.submit("b", lambda: 2, on_done=lambda r: got.__setitem__("b", r))
    qtbot.waitUntil(lambda: len(got) == 2, timeout=5000)
    assert got == {"a": 1, "b": 2}


def test_bug_arrives_as_failed_signal(qtbot: QtBot, runner: Runner) -> None:
    def broken() -> None:
        raise ValueError("boom")

    handle = runner.submit("x", broken)
    with qtbot.waitSignal(handle.failed, timeout=5000) as blocker:
        pass
    (error,) = blocker.args
    assert handle.key == "x"
    assert isinstance(error, JobError)
    assert not error.environment
    assert "boom" in error.message and "ValueError" in error.details


def test_missing_database_is_an_environment_failure(
    qtbot: QtBot, runner: Runner, tmp_path: Path
) -> None:
    from explorer.store.quick import load_home

    errors: list[JobError] = []
    runner.submit("home", load_home, tmp_path / "missing.sqlite", on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    error = errors[0]
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


def test_sql_syntax_error_is_our_bug(tmp_path: Path) -> None:
    """Regression: a syntax error (SQLITE_ERROR) is our bug, with its traceback."""
    conn = sqlite3.connect(tmp_path / "x.sqlite")
    try:
        conn.execute("SELEC 1")
    except sqlite3.OperationalError as exc:
        error = classify_error(exc)
    finally:
        conn.close()
    assert not error.environment
    assert "OperationalError" in error.message and "SELEC" in error.details


def test_sqlite_code_for_a_locked_or_corrupt_file_is_the_environment(tmp_path: Path) -> None:
    bad = tmp_path / "not.sqlite"
    bad.write_bytes(b"this is not a database at all" * 100)
    conn = sqlite3.connect(bad)
    try:
        conn.execute("SELECT * FROM sqlite_master")
    except sqlite3.DatabaseError as exc:
        assert exc.sqlite_errorcode == 26  # SQLITE_NOTADB, raised by SQLite itself
        error = classify_error(exc)
    finally:
        conn.close()
    assert error.environment


def test_progress_reaches_the_submitter(qtbot: QtBot, runner: Runner) -> None:
    seen: list[tuple[int, int, str]] = []

    def count(control: Control, n: int) -> int:
        for i in range(1, n + 1):
            control.progress(i, n, f"step {i}")
        return n

    handle = runner.submit_task(
        "count", count, 3, on_progress=lambda d, t, s: seen.append((d, t, s))
    )
    with qtbot.waitSignal(handle.finished, timeout=5000) as blocker:
        pass
    qtbot.wait(20)
    assert blocker.args == [3]
    assert seen == [(1, 3, "step 1"), (2, 3, "step 2"), (3, 3, "step 3")]


def test_cancel_stops_a_polling_job(qtbot: QtBot, runner: Runner) -> None:
    started = threading.Event()
    steps: list[int] = []
    done: list[object] = []

    def forever(control: Control) -> str:
        started.set()
        for i in range(10_000):
            control.check()
            steps.append(i)
            threading.Event().wait(0.005)
        return "ran to the end"

    handle = runner.submit_task("long", forever, on_done=done.append)
    assert started.wait(5)
    with qtbot.waitSignal(handle.cancelled, timeout=5000):
        handle.cancel()
    runner.wait_for_done(5000)
    qtbot.wait(20)
    assert done == []
    assert 0 < len(steps) < 10_000
    assert not runner.is_pending("long")


def test_superseded_job_is_cancelled(qtbot: QtBot, runner: Runner) -> None:
    started = threading.Event()
    stopped = threading.Event()

    def poll(control: Control) -> None:
        started.set()
        while not control.cancelled:
            threading.Event().wait(0.005)
        stopped.set()

    runner.submit_task("k", poll)
    assert started.wait(5)
    newer = runner.submit("k", lambda: "newer")
    with qtbot.waitSignal(newer.finished, timeout=5000):
        pass
    assert stopped.wait(5)


def test_shutdown_drops_pending_results(qtbot: QtBot) -> None:
    r = Runner()
    delivered: list[object] = []
    r.submit("k", lambda: 1, on_done=delivered.append)
    r.shutdown()
    qtbot.wait(20)
    assert delivered == []
    r.deleteLater()
