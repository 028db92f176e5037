"""Background work for the GUI: jobs run on a thread pool, results come back as signals.

Threading rules:

* The GUI thread never touches the database; it submits a job and waits for a signal.
* Each job opens its own connection or Session (the job function does that, not the runner).
* Jobs are keyed by what they fetch ("home", "sources"...). A newer submission with the same
  key supersedes older ones: their results and errors are dropped, never delivered.
* Results and errors are delivered on the GUI thread through queued signals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from explorer.store.quick import DatabaseUnavailable


@dataclass(frozen=True)
class JobError:
    """Why a job failed.

    ``environment`` is True when the environment failed (database missing, locked, corrupt,
    disk errors): the message is for the user. Otherwise it is our bug and ``details`` holds
    the traceback for a report.
    """

    environment: bool
    message: str
    details: str


def classify_error(exc: BaseException) -> JobError:
    """Split a job's exception into an environment failure or a bug."""
    import sqlite3
    import traceback

    details = "".join(traceback.format_exception(exc))
    cause: BaseException = exc
    orig = getattr(exc, "orig", None)  # SQLAlchemy wraps the DB-API error
    if isinstance(orig, BaseException):
        cause = orig
    if isinstance(cause, DatabaseUnavailable):
        return JobError(True, str(cause), details)
    if isinstance(cause, sqlite3.OperationalError | sqlite3.DatabaseError | OSError):
        return JobError(True, str(cause), details)
    return JobError(False, f"{type(exc).__name__}: {exc}", details)


class _Relay(QObject):
    """Carries a job's outcome from a pool thread to the runner's (GUI) thread."""

    job_done = Signal(str, int, bool, object)


class Runner(QObject):
    """Runs jobs on a thread pool; the newest submission per key wins.

    Signals:
        job_finished(key: str, result: object): a job's result, on the GUI thread.
        job_failed(key: str, error: JobError): a job raised; see ``JobError``.
    """

    job_finished = Signal(str, object)
    job_failed = Signal(str, object)

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._latest: dict[str, int] = {}
        self._serial = 0
        self._relay = _Relay(self)
        self._relay.job_done.connect(self._on_job_done)
        self._closed = False

    def submit(self, key: str, fn: Callable[..., Any], *args: Any) -> int:
        """Run ``fn(*args)`` in the background; returns the job's serial number."""
        if self._closed:
            raise RuntimeError("runner is shut down")
        self._serial += 1
        serial = self._serial
        self._latest[key] = serial
        relay = self._relay

        def job() -> None:
            try:
                result = fn(*args)
            except Exception as exc:
                relay.job_done.emit(key, serial, False, classify_error(exc))
            else:
                relay.job_done.emit(key, serial, True, result)

        self._pool.start(job)
        return serial

    def is_pending(self, key: str) -> bool:
        """Whether a job with ``key`` was submitted and has not delivered yet."""
        return key in self._latest

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until every started job has returned (tests and shutdown only)."""
        return self._pool.waitForDone(msecs)

    def shutdown(self) -> None:
        """Drop queued jobs, wait for running ones, and deliver nothing more."""
        self._closed = True
        self._pool.clear()
        self._pool.waitForDone()
        self._latest.clear()

    @Slot(str, int, bool, object)
    def _on_job_done(self, key: str, serial: int, ok: bool, payload: object) -> None:
        if self._latest.get(key) != serial:
            return  # superseded by a newer request for the same thing
        del self._latest[key]
        if ok:
            self.job_finished.emit(key, payload)
        else:
            self.job_failed.emit(key, payload)
