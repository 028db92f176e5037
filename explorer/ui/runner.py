"""Background work for the GUI: jobs run on a thread pool, each result goes to its submitter.

Threading rules:

* The GUI thread never touches the database or slow files; it submits a job and is called
  back. Job functions live in ``explorer.jobs`` and never import Qt.
* Each job opens its own connection or Session (the job function does that, not the runner).
* Jobs are keyed by what they fetch ("HomePage", "sources"...). A newer submission with the
  same key supersedes older ones: their control is cancelled, their results, errors and
  progress are dropped, never delivered.
* A submission's result, error, progress and cancellation are delivered only to its own
  ``JobHandle`` (and the ``on_done``/``on_error``/``on_progress`` callbacks given to
  ``submit``), on the GUI thread, through queued signals.
* A long job takes a ``Control`` (``submit_task``): it polls ``control.check()`` between steps
  and reports ``control.progress(done, total, text)``; ``JobHandle.cancel()`` stops it there.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from explorer.jobs.control import Cancelled, Control
from explorer.jobs.errors import JobError, classify_error

__all__ = ["Cancelled", "Control", "JobError", "JobHandle", "Runner", "classify_error"]

log = logging.getLogger(__name__)


class JobHandle(QObject):
    """One submission, as seen by its submitter.

    Signals:
        finished(result: object): the job returned ``result``.
        failed(error: JobError): the job raised; see ``JobError``.
        progressed(done: int, total: int, text: str): the job reported progress.
        cancelled(): the job stopped after ``cancel()``.
    """

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)
    cancelled = Signal()

    def __init__(self, key: str, serial: int, control: Control, parent: QObject) -> None:
        super().__init__(parent)
        self.key = key
        self.serial = serial
        self.control = control
        self.done = False

    def cancel(self) -> None:
        """Ask the job to stop at its next check; ``cancelled`` follows when it does."""
        self.control.cancel()


class _Relay(QObject):
    """Carries a job's outcome and progress from a pool thread to the runner's thread."""

    job_done = Signal(int, str, object)  # serial, "ok" | "error" | "cancelled", payload
    job_progress = Signal(int, int, int, str)


class Runner(QObject):
    """Runs jobs on a thread pool; the newest submission per key wins.

    Signals:
        busy_changed(busy: bool): whether any submission is still to deliver.

    There is no broadcast of results: each goes to its own ``JobHandle``. A failure that is
    our bug (not the environment) is logged here with its traceback, whoever submitted it.
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._latest: dict[str, JobHandle] = {}
        self._serial = 0
        self._relay = _Relay(self)
        self._relay.job_done.connect(self._on_job_done)
        self._relay.job_progress.connect(self._on_job_progress)
        self._closed = False

    def submit(
        self,
        key: str,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], object] | None = None,
        on_error: Callable[[JobError], object] | None = None,
    ) -> JobHandle:
        """Run ``fn(*args)`` in the background; the handle (and callbacks) get the outcome."""
        return self._start(key, fn, args, False, on_done, on_error, None)

    def submit_task(
        self,
        key: str,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], object] | None = None,
        on_error: Callable[[JobError], object] | None = None,
        on_progress: Callable[[int, int, str], object] | None = None,
    ) -> JobHandle:
        """Run ``fn(control, *args)``: a long job that reports progress and can be cancelled."""
        return self._start(key, fn, args, True, on_done, on_error, on_progress)

    def _start(
        self,
        key: str,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        controlled: bool,
        on_done: Callable[[Any], object] | None,
        on_error: Callable[[JobError], object] | None,
        on_progress: Callable[[int, int, str], object] | None,
    ) -> JobHandle:
        if self._closed:
            raise RuntimeError("runner is shut down")
        self._serial += 1
        serial = self._serial
        relay = self._relay
        control = Control(lambda d, t, text: relay.job_progress.emit(serial, d, t, text))
        handle = JobHandle(key, serial, control, self)
        if on_done is not None:
            handle.finished.connect(on_done)
        if on_error is not None:
            handle.failed.connect(on_error)
        if on_progress is not None:
            handle.progressed.connect(on_progress)
        was_busy = bool(self._latest)
        old = self._latest.get(key)
        if old is not None:
            old.control.cancel()  # superseded: let it stop early if it polls
            self._retire(old)
        self._latest[key] = handle
        call_args = (control, *args) if controlled else args

        def job() -> None:
            try:
                result = fn(*call_args)
            except Cancelled:
                relay.job_done.emit(serial, "cancelled", None)
            except Exception as exc:
                relay.job_done.emit(serial, "error", classify_error(exc))
            else:
                relay.job_done.emit(serial, "ok", result)

        self._pool.start(job)
        if not was_busy:
            self.busy_changed.emit(True)
        return handle

    @property
    def closed(self) -> bool:
        """Whether ``shutdown()`` ran: nothing more may be submitted."""
        return self._closed

    def is_pending(self, key: str) -> bool:
        """Whether a job with ``key`` was submitted and has not delivered yet."""
        return key in self._latest

    def pending(self) -> int:
        """How many submissions are still to deliver."""
        return len(self._latest)

    def cancel(self, key: str) -> None:
        """Cancel the newest submission with ``key``, if any is pending."""
        handle = self._latest.get(key)
        if handle is not None:
            handle.cancel()

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until every started job has returned (tests and shutdown only)."""
        return self._pool.waitForDone(msecs)

    def shutdown(self) -> None:
        """Cancel and drop queued jobs, wait for running ones, and deliver nothing more."""
        self._closed = True
        for handle in self._latest.values():
            handle.control.cancel()
        self._pool.clear()
        self._pool.waitForDone()
        for handle in list(self._latest.values()):
            self._retire(handle)
        self._latest.clear()

    def _retire(self, handle: JobHandle) -> None:
        handle.done = True
        handle.deleteLater()

    def _current(self, serial: int) -> JobHandle | None:
        for handle in self._latest.values():
            if handle.serial == serial:
                return handle
        return None

    @Slot(int, int, int, str)
    def _on_job_progress(self, serial: int, done: int, total: int, text: str) -> None:
        handle = self._current(serial)
        if handle is not None:
            handle.progressed.emit(done, total, text)

    @Slot(int, str, object)
    def _on_job_done(self, serial: int, outcome: str, payload: object) -> None:
        handle = self._current(serial)
        if handle is None:
            return  # superseded by a newer request for the same thing, or shut down
        del self._latest[handle.key]
        handle.done = True
        if outcome == "ok":
            handle.finished.emit(payload)
        elif outcome == "error":
            if isinstance(payload, JobError) and not payload.environment:
                log.error("job %s failed:\n%s", handle.key, payload.details)
            handle.failed.emit(payload)
        else:
            handle.cancelled.emit()
        handle.deleteLater()
        if not self._latest:
            self.busy_changed.emit(False)
